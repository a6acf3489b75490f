// The duty roster's arithmetic: which shift slot an instant belongs to, in the SOC time zone,
// across midnight, month ends and the year end, and which patterns are refused.
#include "domain/ShiftPattern.h"
#include "domain/SocTimeZone.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

using namespace soc;
using domain::ShiftDefinition;
using domain::ShiftPattern;

namespace {

qint64 at(const QString& local) // "2026-12-01 03:00" in Asia/Ho_Chi_Minh
{
    return QDateTime(QDate::fromString(local.left(10), Qt::ISODate), QTime::fromString(local.mid(11), QStringLiteral("HH:mm")),
                     domain::socTimeZone())
        .toMSecsSinceEpoch();
}

} // namespace

class tst_ShiftPattern : public QObject {
    Q_OBJECT

private slots:
    void defaults()
    {
        const ShiftPattern p = ShiftPattern::defaults();
        QCOMPARE(p.count(), 3);
        QCOMPARE(p.shifts()[0].startMinute, 6 * 60);
        QCOMPARE(p.shifts()[1].startMinute, 14 * 60);
        QCOMPARE(p.shifts()[2].startMinute, 22 * 60);
        for (const auto& s : p.shifts())
            QCOMPARE(s.lengthMinutes, 8 * 60);
        QCOMPARE(p.shifts()[2].name, QStringLiteral("Night shift")); // untranslated in the unit test
    }

    void slotAt_data()
    {
        QTest::addColumn<QString>("instant");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("morning") << "2026-11-20 10:00" << "2026-11-20/1" << "2026-11-20 06:00" << "2026-11-20 14:00";
        QTest::newRow("first minute") << "2026-11-20 06:00" << "2026-11-20/1" << "2026-11-20 06:00" << "2026-11-20 14:00";
        QTest::newRow("last minute of morning") << "2026-11-20 13:59" << "2026-11-20/1" << "2026-11-20 06:00" << "2026-11-20 14:00";
        QTest::newRow("afternoon") << "2026-11-20 14:00" << "2026-11-20/2" << "2026-11-20 14:00" << "2026-11-20 22:00";
        QTest::newRow("night before midnight") << "2026-11-20 23:30" << "2026-11-20/3" << "2026-11-20 22:00" << "2026-11-21 06:00";
        QTest::newRow("night after midnight") << "2026-11-21 00:00" << "2026-11-20/3" << "2026-11-20 22:00" << "2026-11-21 06:00";
        QTest::newRow("month end") << "2026-12-01 03:00" << "2026-11-30/3" << "2026-11-30 22:00" << "2026-12-01 06:00";
        QTest::newRow("february end") << "2028-03-01 05:59" << "2028-02-29/3" << "2028-02-29 22:00" << "2028-03-01 06:00";
        QTest::newRow("year end") << "2027-01-01 01:00" << "2026-12-31/3" << "2026-12-31 22:00" << "2027-01-01 06:00";
        QTest::newRow("new year's morning") << "2027-01-01 06:00" << "2027-01-01/1" << "2027-01-01 06:00" << "2027-01-01 14:00";
    }
    void slotAt()
    {
        QFETCH(QString, instant);
        QFETCH(QString, key);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const ShiftPattern p = ShiftPattern::defaults();
        const domain::ShiftSlot s = p.slotAt(at(instant));
        QCOMPARE(s.key(), key);
        QCOMPARE(s.startMs, at(from));
        QCOMPARE(s.endMs, at(to));
        QVERIFY(s.contains(at(instant)));
        // The key finds the same slot back.
        const auto again = p.slotForKey(key);
        QVERIFY(again);
        QCOMPARE(again->startMs, s.startMs);
        QCOMPARE(again->name, s.name);
    }

    void nextAndPrevious()
    {
        const ShiftPattern p = ShiftPattern::defaults();
        domain::ShiftSlot s = p.slotAt(at(QStringLiteral("2026-12-31 15:00")));
        QCOMPARE(s.key(), QStringLiteral("2026-12-31/2"));
        s = p.next(s);
        QCOMPARE(s.key(), QStringLiteral("2026-12-31/3"));
        s = p.next(s);
        QCOMPARE(s.key(), QStringLiteral("2027-01-01/1"));
        QCOMPARE(s.startMs, at(QStringLiteral("2027-01-01 06:00")));
        QCOMPARE(p.previous(s).key(), QStringLiteral("2026-12-31/3"));
        QCOMPARE(p.previous(p.previous(s)).key(), QStringLiteral("2026-12-31/2"));
        // Slots tile time: walking a whole year, each ends where the next begins, 8 hours each
        // (Asia/Ho_Chi_Minh has no daylight saving time).
        domain::ShiftSlot walk = p.slotAt(at(QStringLiteral("2026-01-01 06:00")));
        for (int i = 0; i < 3 * 366; ++i) {
            const domain::ShiftSlot n = p.next(walk);
            QCOMPARE(n.startMs, walk.endMs);
            QCOMPARE(walk.endMs - walk.startMs, 8 * 3600'000LL);
            QCOMPARE(p.slotAt(walk.endMs - 1).key(), walk.key());
            walk = n;
        }
        QCOMPARE(walk.key(), QStringLiteral("2027-01-02/1"));
    }

    void slotsOn()
    {
        const auto day = ShiftPattern::defaults().slotsOn(QDate(2026, 2, 28));
        QCOMPARE(day.size(), size_t(3));
        QCOMPARE(day[2].key(), QStringLiteral("2026-02-28/3"));
        QCOMPARE(day[2].endMs, at(QStringLiteral("2026-03-01 06:00")));
    }

    void customPatternAndJson()
    {
        // Two 12-hour shifts, given out of order: sorted by start.
        QString error;
        const auto p = ShiftPattern::create({{QStringLiteral("Đêm"), 19 * 60, 12 * 60}, {QStringLiteral("Ngày"), 7 * 60, 12 * 60}}, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->shifts()[0].name, QStringLiteral("Ngày"));
        QCOMPARE(p->slotAt(at(QStringLiteral("2026-11-21 06:59"))).key(), QStringLiteral("2026-11-20/2"));
        QCOMPARE(p->slotAt(at(QStringLiteral("2026-11-21 07:00"))).key(), QStringLiteral("2026-11-21/1"));
        const auto back = ShiftPattern::fromJson(QJsonDocument::fromJson(QJsonDocument(p->toJson()).toJson()).object());
        QVERIFY(back);
        QCOMPARE(back->count(), 2);
        QCOMPARE(back->shifts()[1].startMinute, 19 * 60);
        QCOMPARE(back->shifts()[1].name, QStringLiteral("Đêm"));
        // A pattern that starts at midnight has no shift running past it.
        const auto midnight = ShiftPattern::create({{QStringLiteral("A"), 0, 720}, {QStringLiteral("B"), 720, 720}});
        QVERIFY(midnight);
        QCOMPARE(midnight->slotAt(at(QStringLiteral("2026-11-21 00:00"))).key(), QStringLiteral("2026-11-21/1"));
        QCOMPARE(midnight->slotAt(at(QStringLiteral("2026-11-20 23:59"))).key(), QStringLiteral("2026-11-20/2"));
    }

    void invalidPatterns_data()
    {
        QTest::addColumn<QList<int>>("starts");
        QTest::addColumn<QList<int>>("lengths");
        QTest::addColumn<QString>("needle");
        QTest::newRow("gap") << QList<int>{360, 840, 1320} << QList<int>{480, 420, 480} << "21:00";
        QTest::newRow("overlap") << QList<int>{360, 840, 1320} << QList<int>{540, 480, 480} << "overlaps";
        QTest::newRow("short of a day") << QList<int>{360, 840} << QList<int>{480, 480} << "22:00";
        QTest::newRow("zero length") << QList<int>{360} << QList<int>{0} << "one minute";
        QTest::newRow("start out of day") << QList<int>{1440} << QList<int>{1440} << "00:00";
        QTest::newRow("empty") << QList<int>{} << QList<int>{} << "at least one";
    }
    void invalidPatterns()
    {
        QFETCH(QList<int>, starts);
        QFETCH(QList<int>, lengths);
        QFETCH(QString, needle);
        std::vector<ShiftDefinition> shifts;
        for (qsizetype i = 0; i < starts.size(); ++i)
            shifts.push_back({QStringLiteral("S%1").arg(i), starts[i], lengths[i]});
        QString error;
        QVERIFY(!ShiftPattern::create(shifts, &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
        // An unnamed shift and a start that is no time of day are refused too.
        QVERIFY(!ShiftPattern::create({{QStringLiteral("  "), 0, 1440}}, &error));
        QVERIFY(!ShiftPattern::fromJson(QJsonDocument::fromJson(R"({"shifts":[{"name":"A","start":"25:00","minutes":1440}]})").object(), &error));
    }

    void keys()
    {
        QDate d;
        int n = 0;
        QVERIFY(domain::ShiftSlot::parseKey(QStringLiteral("2026-11-30/3"), &d, &n));
        QCOMPARE(d, QDate(2026, 11, 30));
        QCOMPARE(n, 3);
        QVERIFY(!domain::ShiftSlot::parseKey(QStringLiteral("2026-11-31/1"), &d, &n));
        QVERIFY(!domain::ShiftSlot::parseKey(QStringLiteral("2026-11-30"), &d, &n));
        QVERIFY(!domain::ShiftSlot::parseKey(QStringLiteral("2026-11-30/0"), &d, &n));
        QVERIFY(!ShiftPattern::defaults().slotForKey(QStringLiteral("2026-11-30/4")));
    }
};

QTEST_GUILESS_MAIN(tst_ShiftPattern)
#include "tst_ShiftPattern.moc"
