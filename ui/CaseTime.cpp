#include "CaseTime.h"

#include "AlertTime.h"

#include <QCoreApplication>

namespace soc::ui {

namespace {
} // namespace

const QTimeZone& CaseTime::zone()
{
    static const QTimeZone z = AlertTime::zone();
    return z;
}

QDateTime CaseTime::local(qint64 utcMs) { return QDateTime::fromMSecsSinceEpoch(utcMs, zone()); }

QString CaseTime::display(qint64 utcMs)
{
    if (utcMs <= 0)
        return QStringLiteral("—");
    return local(utcMs).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString CaseTime::displayShort(qint64 utcMs)
{
    if (utcMs <= 0)
        return QStringLiteral("—");
    return local(utcMs).toString(QStringLiteral("dd/MM HH:mm"));
}

QString CaseTime::tooltip(qint64 occurredMs, int offsetSec, qint64 recordedMs)
{
    QStringList lines;
    lines << QCoreApplication::translate("CaseTime", "Occurred: %1 (UTC %2)").arg(AlertTime::display(occurredMs), AlertTime::utc(occurredMs));
    if (offsetSec != 7 * 3600)
        lines << QCoreApplication::translate("CaseTime", "Entered as: %1").arg(AlertTime::sourceWallClock(occurredMs, offsetSec));
    if (recordedMs > 0)
        lines << QCoreApplication::translate("CaseTime", "Recorded: %1 (UTC %2)").arg(AlertTime::display(recordedMs), AlertTime::utc(recordedMs));
    return lines.join(u'\n');
}

} // namespace soc::ui
