#include "AlertTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace soc::ui {
namespace {

const QTimeZone& displayZone()
{
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
        return z.isValid() ? z : QTimeZone(7 * 3600); // no tz database: Vietnam has no DST
    }();
    return zone;
}


} // namespace

QTimeZone AlertTime::zone() { return displayZone(); }

QString AlertTime::display(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, displayZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

QString AlertTime::utc(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        + QStringLiteral(" UTC");
}

QString AlertTime::offsetText(int offsetSec)
{
    const int a = std::abs(offsetSec);
    return QStringLiteral("%1%2:%3")
        .arg(offsetSec < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString AlertTime::sourceWallClock(qint64 utcMs, std::optional<int> offsetSec)
{
    if (!offsetSec)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(*offsetSec)).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))
        + u' ' + offsetText(*offsetSec);
}

QString AlertTime::tooltip(qint64 utcMs, std::optional<int> offsetSec)
{
    QString tip = QCoreApplication::translate("AlertTime", "UTC: %1").arg(utc(utcMs));
    if (offsetSec)
        tip += u'\n' + QCoreApplication::translate("AlertTime", "As written by the source: %1 (offset %2)").arg(sourceWallClock(utcMs, offsetSec), offsetText(*offsetSec));
    else
        tip += u'\n' + QCoreApplication::translate("AlertTime", "The source wrote no time zone offset.");
    return tip;
}

} // namespace soc::ui
