#include "report/FigureWording.h"

#include <QLocale>
#include <QStringList>

namespace soc::report {
namespace {

const QLocale& vietnamese()
{
    static const QLocale locale(QLocale::Vietnamese, QLocale::Vietnam);
    return locale;
}

QString percent(double value)
{
    return vietnamese().toString(value, 'f', 1) + u'%';
}

double ratio(qint64 a, qint64 b)
{
    return static_cast<double>(a) / static_cast<double>(b);
}

} // namespace

QString FigureWording::count(qint64 n)
{
    return vietnamese().toString(n);
}

QString FigureWording::share(qint64 part, qint64 whole)
{
    return whole > 0 ? percent(100.0 * ratio(part, whole)) : QStringLiteral("—");
}

QString FigureWording::change(qint64 current, qint64 previous)
{
    if (previous <= 0)
        return QStringLiteral("—");
    const double pct = 100.0 * ratio(current - previous, previous);
    return (current > previous ? QStringLiteral("+") : QString()) + percent(pct);
}

QString FigureWording::trend(qint64 current, qint64 previous, const std::function<QString(qint64)>& format)
{
    if (current == previous)
        return QStringLiteral("không thay đổi (%1)").arg(format(current));
    if (previous <= 0)
        return QStringLiteral("tăng từ %1 lên %2").arg(format(previous), format(current));
    const QString pct = percent(100.0 * ratio(std::abs(current - previous), previous));
    return current > previous ? QStringLiteral("tăng %1 (từ %2 lên %3)").arg(pct, format(previous), format(current))
                              : QStringLiteral("giảm %1 (từ %2 xuống %3)").arg(pct, format(previous), format(current));
}

QString FigureWording::duration(const domain::MeanDuration& d)
{
    if (!d.isValid())
        return QStringLiteral("—");
    const qint64 seconds = (d.meanMs + 500) / 1000;
    if (seconds < 60)
        return QStringLiteral("%1 giây").arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    QStringList parts;
    if (const qint64 days = minutes / (24 * 60); days > 0)
        parts << QStringLiteral("%1 ngày").arg(days);
    if (const qint64 hours = minutes / 60 % 24; hours > 0)
        parts << QStringLiteral("%1 giờ").arg(hours);
    if (const qint64 rest = minutes % 60; rest > 0)
        parts << QStringLiteral("%1 phút").arg(rest);
    return parts.join(u' ');
}

} // namespace soc::report
