#include "report/VietnameseDate.h"

#include "domain/SocTimeZone.h"

namespace soc::report {

QString VietnameseDate::dateLine(const QDate& date)
{
    const int m = date.month();
    const QString month = m <= 2 ? QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0')) : QString::number(m);
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(date.day(), 2, 10, QLatin1Char('0')).arg(month).arg(date.year());
}

QString VietnameseDate::placeDateLine(const QString& place, const QDate& date)
{
    return place.isEmpty() ? dateLine(date).replace(0, 1, QStringLiteral("N")) : place + QStringLiteral(", ") + dateLine(date);
}

QDateTime VietnameseDate::local(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, domain::socTimeZone()); }

QString VietnameseDate::date(qint64 ms) { return ms ? local(ms).toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

QString VietnameseDate::dateTime(qint64 ms)
{
    if (!ms)
        return {};
    const QDateTime t = local(ms);
    return t.toString(QStringLiteral("HH:mm")) + QStringLiteral(" ngày ") + t.toString(QStringLiteral("dd/MM/yyyy"));
}

QString VietnameseDate::hourMinute(qint64 ms)
{
    if (!ms)
        return {};
    const QDateTime t = local(ms);
    return QStringLiteral("%1 giờ %2 phút").arg(t.time().hour(), 2, 10, QLatin1Char('0')).arg(t.time().minute(), 2, 10, QLatin1Char('0'));
}

} // namespace soc::report
