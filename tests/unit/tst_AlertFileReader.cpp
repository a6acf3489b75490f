#include "IngestGolden.h"
#include "TestSupport.h"
#include "ingest/AlertFileReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace soc;
using namespace soc::ingest;
using namespace Qt::StringLiterals;

namespace {

// 2024-06-01T00:00:00Z: the modification time the CEF golden file assumes (years of syslog dates).
const QDateTime kCefFileTime = QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1717200000000), Qt::UTC);

struct ReadResult {
    bool opened = false;
    QString error;
    AlertFormat format = AlertFormat::Auto;
    QList<QJsonObject> steps; // as in the golden files; "line" only for rejections
    QList<domain::Alert> alerts;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

ReadResult readAll(const QString& path, AlertFormat format = AlertFormat::Auto) {
    ReadResult r;
    AlertFileReader reader(path, format);
    r.opened = reader.open(&r.error);
    r.format = reader.format();
    if (!r.opened)
        return r;
    qint64 lastBytes = 0;
    for (int guard = 0; guard < 1000000; ++guard) {
        domain::Alert alert;
        ReadIssue issue;
        const AlertFileReader::Step step = reader.next(alert, issue);
        if (reader.bytesRead() < lastBytes)
            r.steps.append(QJsonObject{{u"step"_s, u"bytesRead went backwards"_s}});
        lastBytes = reader.bytesRead();
        if (step == AlertFileReader::Step::End)
            break;
        switch (step) {
        case AlertFileReader::Step::Alert:
            r.steps.append(test::ingest::alertToJson(alert));
            r.alerts.append(alert);
            break;
        case AlertFileReader::Step::Skipped:
            r.steps.append(QJsonObject{{u"step"_s, u"skipped"_s}});
            break;
        case AlertFileReader::Step::Rejected:
            r.steps.append(QJsonObject{{u"step"_s, u"rejected"_s},
                                       {u"line"_s, issue.line},
                                       {u"reason"_s, issue.reason},
                                       {u"file"_s, issue.file}});
            break;
        case AlertFileReader::Step::End:
            break;
        }
    }
    r.bytesRead = reader.bytesRead();
    r.totalBytes = reader.totalBytes();
    return r;
}

bool copyWithTime(const QString& from, const QString& to, const QDateTime& time) {
    if (!QFile::copy(from, to))
        return false;
    QFile f(to);
    return f.open(QIODevice::ReadWrite) && f.setFileTime(time, QFileDevice::FileModificationTime);
}

long peakRssKiB() {
#ifdef Q_OS_LINUX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return 0;
#endif
}

} // namespace

class tst_AlertFileReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void compareWithGolden(const ReadResult& r, const QString& goldenPath) {
        QString error;
        const QList<QJsonObject> expected = test::ingest::readGolden(goldenPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.steps.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QJsonObject e = expected[i];
            if (e.value(u"step") != u"rejected"_s)
                e.remove(u"line"); // the reader tells lines for rejections only
            const QString diff = test::ingest::goldenDiff(e, r.steps[i]);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("record %1 (line %2): %3")
                                                    .arg(i + 1)
                                                    .arg(expected[i].value(u"line").toInt())
                                                    .arg(diff)));
        }
        QCOMPARE(r.bytesRead, r.totalBytes);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void golden_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("golden");
        QTest::addColumn<AlertFormat>("format");
        QTest::addColumn<AlertFormat>("detected");
        const auto fx = [](const char* p) { return test::fixturePath(QString::fromLatin1(p)); };
        QTest::newRow("EVE NDJSON") << fx("ingest/suricata/eve_mixed.json")
                                    << fx("ingest/suricata/eve_mixed.expected.jsonl") << AlertFormat::Auto
                                    << AlertFormat::Suricata;
        QTest::newRow("EVE pretty array") << fx("ingest/suricata/eve_pretty_array.json")
                                          << fx("ingest/suricata/eve_pretty_array.expected.jsonl")
                                          << AlertFormat::Auto << AlertFormat::Suricata;
        QTest::newRow("Wazuh") << fx("ingest/wazuh/alerts.json") << fx("ingest/wazuh/alerts.expected.jsonl")
                               << AlertFormat::Auto << AlertFormat::Wazuh;
        QTest::newRow("Wazuh explicit")
            << fx("ingest/wazuh/alerts.json") << fx("ingest/wazuh/alerts.expected.jsonl")
            << AlertFormat::Wazuh << AlertFormat::Wazuh;
        const QString cef = m_dir.filePath(u"various.log"_s);
        QVERIFY(QFile::exists(cef) || copyWithTime(fx("ingest/cef/various.log"), cef, kCefFileTime));
        QTest::newRow("CEF") << cef << fx("ingest/cef/various.expected.jsonl") << AlertFormat::Auto
                             << AlertFormat::Cef;
    }

    void golden() {
        QFETCH(QString, input);
        QFETCH(QString, golden);
        QFETCH(AlertFormat, format);
        QFETCH(AlertFormat, detected);
        const ReadResult r = readAll(input, format);
        QVERIFY2(r.opened, qPrintable(r.error));
        QCOMPARE(r.format, detected);
        compareWithGolden(r, golden);
        for (const QJsonObject& step : r.steps) {
            if (step.value(u"step") == u"rejected"_s)
                QCOMPARE(step.value(u"file").toString(), input);
        }
    }

    // The NDJSON fixture with CRLF line ends reads the same.
    void crlf() {
        QFile in(test::fixturePath(u"ingest/suricata/eve_mixed.json"_s));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray crlf = in.readAll().replace("\n", "\r\n");
        const QString path = m_dir.filePath(u"eve_crlf.json"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(crlf);
        out.close();
        const ReadResult r = readAll(path);
        QVERIFY2(r.opened, qPrintable(r.error));
        compareWithGolden(r, test::fixturePath(u"ingest/suricata/eve_mixed.expected.jsonl"_s));
    }

    void notAlertFiles_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        const QString notAlert = u"is not a Suricata EVE, Wazuh or CEF alert file."_s;
        QTest::newRow("notes quoting CEF") << u"notes.txt"_s << notAlert;
        QTest::newRow("YAML test cases") << u"cases.yaml"_s << notAlert;
        QTest::newRow("CSV") << u"report.csv"_s << notAlert;
        QTest::newRow("LEEF") << u"events.leef"_s << notAlert;
        QTest::newRow("other JSON") << u"inventory.json"_s << notAlert;
        QTest::newRow("empty") << u"empty.json"_s << u"is empty."_s;
        QTest::newRow("blank") << u"blank.log"_s << u"is empty."_s;
    }

    void notAlertFiles() {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString path = test::fixturePath(u"ingest/notalert/"_s + name);
        const ReadResult r = readAll(path);
        QVERIFY(!r.opened);
        QVERIFY2(r.error.endsWith(message), qPrintable(r.error));
        QVERIFY2(r.error.contains(name), qPrintable(r.error));
    }

    void cannotOpen() {
        ReadResult r = readAll(m_dir.filePath(u"missing.json"_s));
        QVERIFY(!r.opened);
        QVERIFY2(r.error.startsWith(u"Cannot open "_s), qPrintable(r.error));
        r = readAll(m_dir.path());
        QVERIFY(!r.opened);
        QVERIFY2(r.error.startsWith(u"Cannot open "_s), qPrintable(r.error));
        AlertFileReader unopened(m_dir.filePath(u"missing.json"_s));
        domain::Alert alert;
        ReadIssue issue;
        QCOMPARE(unopened.next(alert, issue), AlertFileReader::Step::End);
    }

    // A format given by the caller is used as is: an EVE file read as Wazuh gives rejections only.
    void explicitFormat() {
        const ReadResult r =
            readAll(test::fixturePath(u"ingest/suricata/eve_pretty_array.json"_s), AlertFormat::Wazuh);
        QVERIFY(r.opened);
        QCOMPARE(r.format, AlertFormat::Wazuh);
        QCOMPARE(r.steps.size(), 3);
        for (const QJsonObject& s : r.steps) {
            QCOMPARE(s.value(u"step").toString(), u"rejected"_s);
            QVERIFY(s.value(u"reason").toString().contains(u"Wazuh rule"));
        }
        QCOMPARE(r.steps[0].value(u"line").toInt(), 2);
        QCOMPARE(r.steps[2].value(u"line").toInt(), 41);
    }

    void duplicateFingerprints() {
        const ReadResult r = readAll(test::fixturePath(u"ingest/suricata/eve_duplicates.json"_s));
        QVERIFY2(r.opened, qPrintable(r.error));
        QCOMPARE(r.alerts.size(), 4);
        QCOMPARE(r.alerts[1].fingerprint, r.alerts[0].fingerprint);
        QCOMPARE(r.alerts[2].fingerprint, r.alerts[0].fingerprint);
        QVERIFY(r.alerts[3].fingerprint != r.alerts[0].fingerprint);
        QVERIFY(r.alerts[0].raw != r.alerts[1].raw);
    }

    // A record larger than 16 MiB is reported with its line and passed over without being held in
    // memory; the records after it are read.
    void oversizedRecord() {
        const QString path = m_dir.filePath(u"oversized.json"_s);
        // (no raw string literals here: moc 6.4 loses track of them and finds no class)
        const QByteArray alert =
            "{\"timestamp\":\"2024-05-02T13:15:30.5Z\",\"event_type\":\"alert\",\"src_ip\":"
            "\"10.0.0.1\",\"dest_ip\":\"10.0.0.2\",\"proto\":\"TCP\",\"alert\":{\"signature_id\":1,"
            "\"signature\":\"s\",\"severity\":1}}";
        constexpr qint64 kHugeMiB = 80;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(alert + "\n");
            f.write("{\"timestamp\":\"2024-05-02T13:15:31Z\",\"event_type\":\"alert\",\"payload\":\"");
            const QByteArray mib(1024 * 1024, 'A');
            for (qint64 i = 0; i < kHugeMiB; ++i)
                f.write(mib);
            f.write("\"}\n");
            f.write(alert + "\n");
        }
        const long rssBefore = peakRssKiB();
        const ReadResult r = readAll(path);
        const long rssGrowthMiB = (peakRssKiB() - rssBefore) / 1024;
        QVERIFY2(r.opened, qPrintable(r.error));
        QCOMPARE(r.steps.size(), 3);
        QCOMPARE(r.steps[0].value(u"step").toString(), u"alert"_s);
        QCOMPARE(r.steps[1].value(u"step").toString(), u"rejected"_s);
        QCOMPARE(r.steps[1].value(u"line").toInt(), 2);
        QCOMPARE(r.steps[1].value(u"reason").toString(),
                 u"The record is larger than 16 MiB and was not read."_s);
        QCOMPARE(r.steps[2].value(u"step").toString(), u"alert"_s);
        QCOMPARE(r.bytesRead, r.totalBytes);
#ifdef Q_OS_LINUX
        qInfo("peak memory grew by %ld MiB while reading an %lld MiB record", rssGrowthMiB, kHugeMiB);
        QVERIFY2(rssGrowthMiB < 48, qPrintable(QString::number(rssGrowthMiB)));
#else
        Q_UNUSED(rssGrowthMiB);
#endif
    }

    // An oversized first record does not stop format detection.
    void oversizedFirstRecordInArray() {
        const QString path = m_dir.filePath(u"oversized_array.json"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[\n  {\"event_type\": \"alert\", \"payload\": \"");
            const QByteArray mib(1024 * 1024, 'B');
            for (int i = 0; i < 17; ++i)
                f.write(mib);
            f.write("\"},\n  {\"timestamp\": \"2024-05-02T13:15:30Z\", \"event_type\": \"flow\"}\n]\n");
        }
        const ReadResult r = readAll(path);
        QVERIFY2(r.opened, qPrintable(r.error));
        QCOMPARE(r.format, AlertFormat::Suricata);
        QCOMPARE(r.steps.size(), 2);
        QCOMPARE(r.steps[0].value(u"line").toInt(), 2);
        QCOMPARE(r.steps[1].value(u"step").toString(), u"skipped"_s);
    }
};

QTEST_GUILESS_MAIN(tst_AlertFileReader)
#include "tst_AlertFileReader.moc"
