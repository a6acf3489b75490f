#include "domain/BackupSchedule.h"

#include "domain/SocTimeZone.h"

#include <QDateTime>

#include <algorithm>

namespace soc::domain {

BackupSchedule::BackupSchedule(int minuteOfDay, QTimeZone zone, qint64 retryAfterMs)
    : m_minuteOfDay(std::clamp(minuteOfDay, 0, 24 * 60 - 1))
    , m_zone(zone.isValid() ? std::move(zone) : socTimeZone())
    , m_retryAfterMs(std::max<qint64>(retryAfterMs, 60'000))
{
}

qint64 BackupSchedule::slotAtOrBefore(qint64 nowMs) const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, m_zone);
    const QTime at(m_minuteOfDay / 60, m_minuteOfDay % 60);
    QDateTime slot(now.date(), at, m_zone);
    if (slot.toMSecsSinceEpoch() > nowMs)
        slot = QDateTime(now.date().addDays(-1), at, m_zone);
    return slot.toMSecsSinceEpoch();
}

qint64 BackupSchedule::nextDueMs(qint64 lastSuccessMs, qint64 lastAttemptMs, qint64 nowMs) const
{
    const qint64 slot = slotAtOrBefore(nowMs);
    if (lastSuccessMs >= slot) {
        const QDateTime current = QDateTime::fromMSecsSinceEpoch(slot, m_zone);
        return QDateTime(current.date().addDays(1), current.time(), m_zone).toMSecsSinceEpoch(); // the next day's slot
    }
    // A slot passed without a verified backup: due now, unless an attempt after that slot failed.
    if (lastAttemptMs > lastSuccessMs && lastAttemptMs >= slot)
        return lastAttemptMs + m_retryAfterMs;
    return slot;
}

} // namespace soc::domain
