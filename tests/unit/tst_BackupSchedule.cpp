#include "domain/BackupSchedule.h"
#include "domain/Clock.h"

#include <QDateTime>
#include <QTest>

using namespace soc;

namespace {

const QTimeZone kVietnam(7 * 3600);

// Epoch ms of a wall-clock time in Vietnam.
qint64 vn(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), kVietnam).toMSecsSinceEpoch();
}

constexpr qint64 kHour = 3600 * 1000;

} // namespace

class tst_BackupSchedule : public QObject {
    Q_OBJECT

private slots:
    void slotIsTheLastScheduledTimeOfDay()
    {
        const domain::BackupSchedule at0200(2 * 60, kVietnam);
        QCOMPARE(at0200.slotAtOrBefore(vn(11, 20, 10)), vn(11, 20, 2));
        QCOMPARE(at0200.slotAtOrBefore(vn(11, 20, 2)), vn(11, 20, 2));
        QCOMPARE(at0200.slotAtOrBefore(vn(11, 20, 1, 59)), vn(11, 19, 2));
        // Midnight in Vietnam is 17:00 UTC the day before: the day is Vietnam's, not UTC's.
        const domain::BackupSchedule at2330(23 * 60 + 30, kVietnam);
        QCOMPARE(at2330.slotAtOrBefore(vn(11, 21, 0, 15)), vn(11, 20, 23, 30));
        // Month and year ends.
        QCOMPARE(at0200.slotAtOrBefore(QDateTime(QDate(2027, 1, 1), QTime(1, 0), kVietnam).toMSecsSinceEpoch()), vn(12, 31, 2));
    }

    void dueAtTheScheduledTimeEachDay()
    {
        const domain::BackupSchedule s(2 * 60, kVietnam);
        domain::FixedClock clock(vn(11, 20, 10));
        const qint64 lastSuccess = vn(11, 20, 2, 1); // today's backup done
        QVERIFY(!s.isDue(lastSuccess, lastSuccess, clock));
        QCOMPARE(s.nextDueMs(lastSuccess, lastSuccess, clock.nowMs()), vn(11, 21, 2));
        clock.set(vn(11, 21, 1, 59));
        QVERIFY(!s.isDue(lastSuccess, lastSuccess, clock));
        clock.set(vn(11, 21, 2));
        QVERIFY(s.isDue(lastSuccess, lastSuccess, clock));
    }

    // A station that was off at the slot (or whose last backup is older than a day) backs up as
    // soon as it starts.
    void missedSlotIsDueAtStartUp()
    {
        const domain::BackupSchedule s(2 * 60, kVietnam);
        domain::FixedClock clock(vn(11, 20, 8));
        QVERIFY(s.isDue(0, 0, clock)); // never backed up
        QVERIFY(s.isDue(vn(11, 19, 1), vn(11, 19, 1), clock)); // yesterday before the slot
        QVERIFY(s.isDue(vn(11, 17, 2), vn(11, 17, 2), clock)); // days ago
        QCOMPARE(s.nextDueMs(vn(11, 17, 2), vn(11, 17, 2), clock.nowMs()), vn(11, 20, 2));
        // A manual backup after today's slot counts as today's.
        QVERIFY(!s.isDue(vn(11, 20, 7), vn(11, 20, 7), clock));
        // Started before the slot with a recent backup from yesterday evening: waits for the slot.
        clock.set(vn(11, 20, 1));
        QVERIFY(!s.isDue(vn(11, 19, 22), vn(11, 19, 22), clock));
        QCOMPARE(s.nextDueMs(vn(11, 19, 22), vn(11, 19, 22), clock.nowMs()), vn(11, 20, 2));
    }

    // A failed attempt is retried after the retry delay, not in a loop.
    void failedAttemptIsRetriedLater()
    {
        const domain::BackupSchedule s(2 * 60, kVietnam, kHour);
        domain::FixedClock clock(vn(11, 20, 2, 5));
        const qint64 lastSuccess = vn(11, 19, 2, 1);
        const qint64 failedAt = vn(11, 20, 2, 3);
        QVERIFY(!s.isDue(lastSuccess, failedAt, clock));
        QCOMPARE(s.nextDueMs(lastSuccess, failedAt, clock.nowMs()), failedAt + kHour);
        clock.set(failedAt + kHour);
        QVERIFY(s.isDue(lastSuccess, failedAt, clock));
        // A failure before the slot does not delay the slot.
        clock.set(vn(11, 20, 2, 1));
        QVERIFY(s.isDue(lastSuccess, vn(11, 20, 1, 30), clock));
    }

    void defaultZoneIsTheSocs()
    {
        const domain::BackupSchedule s(0); // midnight, Asia/Ho_Chi_Minh
        QCOMPARE(s.slotAtOrBefore(vn(11, 20, 12)), vn(11, 20, 0));
    }
};

QTEST_GUILESS_MAIN(tst_BackupSchedule)
#include "tst_BackupSchedule.moc"
