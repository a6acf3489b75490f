#include "IngestGolden.h"
#include "TestSupport.h"
#include "ingest/WazuhAlertParser.h"

#include <QFile>
#include <QtTest>

using namespace soc;
using namespace soc::ingest;
using namespace Qt::StringLiterals;

// Golden tests over tests/fixtures/ingest/wazuh/alerts.json (Wazuh 3.x and 4.x lines, a Suricata
// alert forwarded by Wazuh with numbers as strings, an indexer document, malformed records).
class tst_WazuhAlertParser : public QObject {
    Q_OBJECT

private:
    static QByteArray alertWithLevel(const QByteArray& levelJson) {
        return R"({"timestamp":"2024-05-02T09:12:45.318+0700","rule":{"level":)" + levelJson +
               R"(,"description":"test","id":"100001","groups":["test"]},"agent":{"id":"001","name":"a"}})";
    }

private slots:
    void golden_data() {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QJsonObject>("expected");
        QString error;
        const QList<QJsonObject> expected =
            test::ingest::readGolden(test::fixturePath(u"ingest/wazuh/alerts.expected.jsonl"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile f(test::fixturePath(u"ingest/wazuh/alerts.json"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        QCOMPARE(expected.size(), lines.size());
        for (const QJsonObject& e : expected) {
            const int line = e.value(u"line").toInt();
            QJsonObject withoutLine = e;
            withoutLine.remove(u"line");
            QTest::addRow("line %d (%s)", line, qPrintable(e.value(u"step").toString()))
                << lines.value(line - 1) << withoutLine;
        }
    }

    void golden() {
        QFETCH(QByteArray, record);
        QFETCH(QJsonObject, expected);
        WazuhAlertParser parser;
        domain::Alert alert;
        QString reason;
        const ParseOutcome outcome = parser.parse(record, alert, reason);
        QJsonObject actual;
        if (outcome == ParseOutcome::Alert) {
            actual = test::ingest::alertToJson(alert);
            QCOMPARE(alert.fingerprint.size(), 32);
            QCOMPARE(alert.raw, record.trimmed());
        } else {
            actual = QJsonObject{{u"step"_s, outcome == ParseOutcome::Skipped ? u"skipped"_s : u"rejected"_s},
                                 {u"reason"_s, reason}};
        }
        const QString diff = test::ingest::goldenDiff(expected, actual);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // rule.level -> severity at the boundaries of R-1, as a number and as a string.
    void levelBoundaries_data() {
        QTest::addColumn<QByteArray>("level");
        QTest::addColumn<QString>("severity");
        QTest::newRow("0") << QByteArray("0") << u"low"_s;
        QTest::newRow("6") << QByteArray("6") << u"low"_s;
        QTest::newRow("7") << QByteArray("7") << u"medium"_s;
        QTest::newRow("10") << QByteArray("10") << u"medium"_s;
        QTest::newRow("11") << QByteArray("11") << u"high"_s;
        QTest::newRow("13") << QByteArray("13") << u"high"_s;
        QTest::newRow("14") << QByteArray("14") << u"emergency"_s;
        QTest::newRow("15") << QByteArray("15") << u"emergency"_s;
        QTest::newRow("\"6\"") << QByteArray("\"6\"") << u"low"_s;
        QTest::newRow("\"7\"") << QByteArray("\"7\"") << u"medium"_s;
        QTest::newRow("\" 11 \"") << QByteArray("\" 11 \"") << u"high"_s;
        QTest::newRow("\"14\"") << QByteArray("\"14\"") << u"emergency"_s;
        QTest::newRow("\"13.0\"") << QByteArray("\"13.0\"") << u"high"_s;
    }

    void levelBoundaries() {
        QFETCH(QByteArray, level);
        QFETCH(QString, severity);
        WazuhAlertParser parser;
        domain::Alert alert;
        QString reason;
        QCOMPARE(parser.parse(alertWithLevel(level), alert, reason), ParseOutcome::Alert);
        QCOMPARE(domain::severityKey(alert.severity), severity);
    }

    void badLevels_data() {
        QTest::addColumn<QByteArray>("level");
        QTest::newRow("word") << QByteArray("\"high\"");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("fraction") << QByteArray("7.5");
        QTest::newRow("object") << QByteArray("{}");
    }

    void badLevels() {
        QFETCH(QByteArray, level);
        WazuhAlertParser parser;
        domain::Alert alert;
        QString reason;
        QCOMPARE(parser.parse(alertWithLevel(level), alert, reason), ParseOutcome::Rejected);
        QVERIFY2(reason.contains(u"level"), qPrintable(reason));
    }

    // Same bytes, same fingerprint; one byte more (another alert id), another one.
    void fingerprints() {
        WazuhAlertParser parser;
        domain::Alert a;
        domain::Alert b;
        domain::Alert c;
        QString reason;
        const QByteArray record = alertWithLevel("5");
        QCOMPARE(parser.parse(record, a, reason), ParseOutcome::Alert);
        QCOMPARE(parser.parse("  " + record + "\r\n", b, reason), ParseOutcome::Alert);
        QCOMPARE(parser.parse(alertWithLevel("6"), c, reason), ParseOutcome::Alert);
        QCOMPARE(a.fingerprint, b.fingerprint);
        QVERIFY(a.fingerprint != c.fingerprint);
    }
};

QTEST_GUILESS_MAIN(tst_WazuhAlertParser)
#include "tst_WazuhAlertParser.moc"
