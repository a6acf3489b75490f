#include "IngestGolden.h"
#include "TestSupport.h"
#include "ingest/SuricataEveParser.h"

#include <QFile>
#include <QtTest>

using namespace soc;
using namespace soc::ingest;
using namespace Qt::StringLiterals;

// Golden tests: tests/fixtures/ingest/suricata/<name>.json is NDJSON, <name>.expected.jsonl says what
// each non-blank line must become (see IngestGolden.h).
class tst_SuricataEveParser : public QObject {
    Q_OBJECT

private:
    static QList<QByteArray> fixtureLines(const QString& name) {
        QFile f(test::fixturePath(u"ingest/suricata/"_s + name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll().split('\n');
    }

    static QJsonObject outcomeJson(ParseOutcome outcome, const domain::Alert& alert, const QString& reason) {
        switch (outcome) {
        case ParseOutcome::Alert:
            return test::ingest::alertToJson(alert);
        case ParseOutcome::Skipped:
            return QJsonObject{{u"step"_s, u"skipped"_s}};
        case ParseOutcome::Rejected:
            break;
        }
        return QJsonObject{{u"step"_s, u"rejected"_s}, {u"reason"_s, reason}};
    }

private slots:
    void golden_data() {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QJsonObject>("expected");
        QString error;
        const QList<QJsonObject> expected = test::ingest::readGolden(
            test::fixturePath(u"ingest/suricata/eve_mixed.expected.jsonl"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<QByteArray> lines = fixtureLines(u"eve_mixed.json"_s);
        QCOMPARE(lines.size(), 16);
        int nonBlank = 0;
        for (const QByteArray& l : lines)
            nonBlank += l.trimmed().isEmpty() ? 0 : 1;
        QCOMPARE(expected.size(), nonBlank); // every record has its golden entry
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
        SuricataEveParser parser;
        domain::Alert alert;
        QString reason;
        const ParseOutcome outcome = parser.parse(record, alert, reason);
        const QString diff = test::ingest::goldenDiff(expected, outcomeJson(outcome, alert, reason));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        if (outcome == ParseOutcome::Alert) {
            QCOMPARE(alert.fingerprint.size(), 32);
            QCOMPARE(alert.raw, record.trimmed());
        }
    }

    void timestamps_data() {
        QTest::addColumn<QString>("timestamp");
        QTest::addColumn<qint64>("utcMs");
        QTest::addColumn<QVariant>("offsetSec"); // invalid = no offset written
        QTest::newRow("-0500") << u"2017-07-28T09:40:09.573451-0500"_s << Q_INT64_C(1501252809573)
                               << QVariant(-18000);
        QTest::newRow("+0700") << u"2024-05-02T20:15:30.500000+0700"_s << Q_INT64_C(1714655730500)
                               << QVariant(25200);
        QTest::newRow("+07:00") << u"2024-05-02T20:15:30+07:00"_s << Q_INT64_C(1714655730000)
                                << QVariant(25200);
        QTest::newRow("Z") << u"2024-05-02T13:15:30.5Z"_s << Q_INT64_C(1714655730500) << QVariant(0);
        QTest::newRow("no offset") << u"2019-01-02T03:50:11.315110"_s << Q_INT64_C(1546401011315)
                                   << QVariant();
        QTest::newRow("+0530") << u"2024-01-01T05:30:00.000000+0530"_s << Q_INT64_C(1704067200000)
                               << QVariant(19800);
        QTest::newRow("leap day") << u"2024-02-29T23:59:59.999999+0000"_s << Q_INT64_C(1709251199999)
                                  << QVariant(0);
    }

    void timestamps() {
        QFETCH(QString, timestamp);
        QFETCH(qint64, utcMs);
        QFETCH(QVariant, offsetSec);
        const QByteArray record =
            "{\"timestamp\":\"" + timestamp.toUtf8() +
            "\",\"event_type\":\"alert\",\"src_ip\":\"10.0.0.1\",\"dest_ip\":\"10.0.0.2\","
            "\"proto\":\"TCP\",\"alert\":{\"signature_id\":1,\"signature\":\"t\",\"severity\":1}}";
        SuricataEveParser parser;
        domain::Alert alert;
        QString reason;
        QCOMPARE(parser.parse(record, alert, reason), ParseOutcome::Alert);
        QCOMPARE(alert.detectedAtMs, utcMs);
        QCOMPARE(alert.sourceOffsetSec.has_value(), offsetSec.isValid());
        if (offsetSec.isValid())
            QCOMPARE(*alert.sourceOffsetSec, offsetSec.toInt());
    }

    void badTimestamps_data() {
        QTest::addColumn<QString>("timestamp");
        QTest::newRow("empty") << QString();
        QTest::newRow("date only") << u"2024-05-02"_s;
        QTest::newRow("month 13") << u"2024-13-02T00:00:00Z"_s;
        QTest::newRow("trailing text") << u"2024-05-02T00:00:00Z junk"_s;
        QTest::newRow("bad offset") << u"2024-05-02T00:00:00+7"_s;
    }

    void badTimestamps() {
        QFETCH(QString, timestamp);
        const QByteArray record =
            "{\"timestamp\":\"" + timestamp.toUtf8() +
            "\",\"event_type\":\"alert\",\"alert\":{\"signature_id\":1,\"signature\":\"t\"}}";
        SuricataEveParser parser;
        domain::Alert alert;
        QString reason;
        QCOMPARE(parser.parse(record, alert, reason), ParseOutcome::Rejected);
        QVERIFY(reason.contains(u"time"));
    }

    // The same alert written with payload fields, without them, and re-serialised with another offset
    // for the same instant has one fingerprint; a different transaction has another.
    void duplicateFingerprints() {
        const QList<QByteArray> lines = fixtureLines(u"eve_duplicates.json"_s);
        QList<QByteArray> prints;
        SuricataEveParser parser;
        for (const QByteArray& line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            domain::Alert alert;
            QString reason;
            QCOMPARE(parser.parse(line, alert, reason), ParseOutcome::Alert);
            prints.append(alert.fingerprint);
        }
        QCOMPARE(prints.size(), 4);
        QCOMPARE(prints[1], prints[0]);
        QCOMPARE(prints[2], prints[0]);
        QVERIFY(prints[3] != prints[0]);
    }

    void quickSkip_data() {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<bool>("plainlyNotAlert");
        QTest::newRow("flow") << QByteArray("{\"timestamp\":\"x\",\"event_type\":\"flow\",\"flow\":{}}")
                              << true;
        QTest::newRow("spaced dns") << QByteArray("{\"timestamp\": \"x\", \"event_type\" : \"dns\"}") << true;
        QTest::newRow("alert") << QByteArray("{\"event_type\":\"alert\",\"alert\":{}}") << false;
        QTest::newRow("spaced alert") << QByteArray("{\"event_type\": \"alert\"}") << false;
        QTest::newRow("truncated flow") << QByteArray("{\"event_type\":\"flow\",\"flow\":{") << false;
        QTest::newRow("no event_type") << QByteArray("{\"timestamp\":\"x\"}") << false;
        QTest::newRow("escaped key")
            << QByteArray("{\"msg\":\"\\\"event_type\\\":\\\"dns\\\"\",\"event_type\":\"alert\"}") << false;
    }

    void quickSkip() {
        QFETCH(QByteArray, record);
        QFETCH(bool, plainlyNotAlert);
        QCOMPARE(SuricataEveParser::isPlainlyNotAlert(record), plainlyNotAlert);
    }

    void notAnObject() {
        SuricataEveParser parser;
        domain::Alert alert;
        QString reason;
        QCOMPARE(parser.parse("[1,2,3]", alert, reason), ParseOutcome::Rejected);
        QVERIFY(reason.contains(u"not a JSON object"));
        QCOMPARE(parser.parse("{\"timestamp\":\"2024-05-02T00:00:00Z\"}", alert, reason),
                 ParseOutcome::Rejected);
        QVERIFY(reason.contains(u"event_type"));
    }

    // Parsing and normalising one ~1.4 KB EVE alert line (run with -iterations N for a stable figure).
    void benchmarkAlertLine() {
        const QList<QByteArray> lines = fixtureLines(u"eve_duplicates.json"_s);
        QByteArray line = lines.value(0);
        // pad to a realistic size with an http object, as Suricata writes for web alerts
        line.chop(1);
        line +=
            ",\"http\":{\"hostname\":\"mail.example.org\",\"url\":\"/owa/auth/"
            "logon.aspx?replaceCurrent=1&url=https%3a%2f%2fmail.example.org%2fowa%2f\",\"http_user_agent\":"
            "\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/124.0.0.0 "
            "Safari/537.36\",\"http_content_type\":\"text/html\",\"http_method\":\"GET\",\"protocol\":\"HTTP/"
            "1.1\",\"status\":200,\"length\":14522},\"flow\":{\"pkts_toserver\":12,\"pkts_toclient\":14,"
            "\"bytes_toserver\":2100,\"bytes_toclient\":16900,\"start\":\"2022-02-08T11:32:59.784371-0500\"}"
            "}";
        QVERIFY(line.size() > 1000);
        SuricataEveParser parser;
        domain::Alert alert;
        QString reason;
        QBENCHMARK {
            alert = domain::Alert{};
            if (parser.parse(line, alert, reason) != ParseOutcome::Alert)
                QFAIL("not parsed");
        }
    }
};

QTEST_GUILESS_MAIN(tst_SuricataEveParser)
#include "tst_SuricataEveParser.moc"
