#include "SnapshotDiff.h"
#include "RecordFormatter.h"

#include <QtTest>

using soc::ui::SnapshotDiff;

// Applies a diff the way AlertTableModel does, to check it really turns `before` into `after`.
static std::vector<qint64> applyDiff(std::vector<qint64> list, const std::vector<qint64>& after, const SnapshotDiff& d)
{
    for (auto it = d.removed.rbegin(); it != d.removed.rend(); ++it)
        list.erase(list.begin() + it->first, list.begin() + it->second + 1);
    for (const auto& [first, last] : d.inserted)
        list.insert(list.begin() + first, after.begin() + first, after.begin() + last + 1);
    return list;
}

class tst_SnapshotDiff : public QObject {
    Q_OBJECT

private slots:
    void diffs_data()
    {
        QTest::addColumn<std::vector<qint64>>("before");
        QTest::addColumn<std::vector<qint64>>("after");
        QTest::addColumn<bool>("ordered");
        QTest::addColumn<int>("runs");
        QTest::newRow("same") << std::vector<qint64>{3, 2, 1} << std::vector<qint64>{3, 2, 1} << true << 0;
        QTest::newRow("new on top") << std::vector<qint64>{3, 2, 1} << std::vector<qint64>{5, 4, 3, 2, 1} << true << 1;
        QTest::newRow("appended") << std::vector<qint64>{3, 2} << std::vector<qint64>{3, 2, 1, 0} << true << 1;
        QTest::newRow("interleaved") << std::vector<qint64>{10, 8, 6} << std::vector<qint64>{11, 10, 9, 8, 6, 5} << true << 3;
        QTest::newRow("removed and added") << std::vector<qint64>{10, 8, 6, 4} << std::vector<qint64>{12, 10, 6, 4, 2} << true << 3;
        QTest::newRow("empty before") << std::vector<qint64>{} << std::vector<qint64>{2, 1} << true << 1;
        QTest::newRow("all gone") << std::vector<qint64>{2, 1} << std::vector<qint64>{} << true << 1;
        QTest::newRow("reordered") << std::vector<qint64>{1, 2, 3} << std::vector<qint64>{2, 1, 3} << false << 0;
    }

    void diffs()
    {
        QFETCH(std::vector<qint64>, before);
        QFETCH(std::vector<qint64>, after);
        QFETCH(bool, ordered);
        QFETCH(int, runs);
        const SnapshotDiff d = SnapshotDiff::compute(before, after);
        QCOMPARE(d.orderPreserved, ordered);
        if (!ordered)
            return;
        QCOMPARE(d.runCount(), runs);
        QCOMPARE(applyDiff(before, after, d), after);
    }

    void recordFormatterKeepsTheOriginalSpelling()
    {
        const QByteArray raw = R"({"flow_id":1234567890123456789,"b":[],"a":{"x":"q\"{,}","y":1.50}})";
        const QString pretty = soc::ui::RecordFormatter::pretty(raw);
        QCOMPARE(pretty, QStringLiteral("{\n  \"flow_id\": 1234567890123456789,\n  \"b\": [],\n  \"a\": {\n    \"x\": "
                                        "\"q\\\"{,}\",\n    \"y\": 1.50\n  }\n}"));
        QCOMPARE(soc::ui::RecordFormatter::pretty("CEF:0|Fortinet|FortiGate|7.0|1|x|5|src=1.2.3.4"),
                 QStringLiteral("CEF:0|Fortinet|FortiGate|7.0|1|x|5|src=1.2.3.4"));
    }
};

QTEST_MAIN(tst_SnapshotDiff)
#include "tst_SnapshotDiff.moc"
