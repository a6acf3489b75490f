#pragma once

#include "domain/Clock.h"

#include <QTimeZone>

namespace soc::domain {

// When the next daily backup is due. Pure logic: the daily slot is `minuteOfDay` in the
// given zone (the SOC's, by default). A backup is due as soon as a slot has passed since the last
// verified backup (so a station that was off at the slot, or whose last backup is older than a
// day, backs up at start-up); a failed attempt after that slot is retried after `retryAfterMs`.
class BackupSchedule {
public:
    static constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    static constexpr qint64 kDefaultRetryMs = 3600 * 1000;

    explicit BackupSchedule(int minuteOfDay, QTimeZone zone = {}, qint64 retryAfterMs = kDefaultRetryMs);

    // The slot at or before `nowMs` (epoch ms).
    qint64 slotAtOrBefore(qint64 nowMs) const;
    // When the next backup should start; a value <= nowMs means "now". `lastSuccessMs` is the end
    // of the last verified backup, `lastAttemptMs` the end of the last attempt (0 = never).
    qint64 nextDueMs(qint64 lastSuccessMs, qint64 lastAttemptMs, qint64 nowMs) const;
    bool isDue(qint64 lastSuccessMs, qint64 lastAttemptMs, const Clock& clock) const
    {
        const qint64 now = clock.nowMs();
        return nextDueMs(lastSuccessMs, lastAttemptMs, now) <= now;
    }

private:
    int m_minuteOfDay;
    QTimeZone m_zone;
    qint64 m_retryAfterMs;
};

} // namespace soc::domain
