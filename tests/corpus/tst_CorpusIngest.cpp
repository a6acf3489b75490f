#include "TestSupport.h"
#include "ingest/AlertFileReader.h"
#include "ingest/CefLine.h"
#include "ingest/SyslogPrefix.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace soc;
using namespace soc::ingest;
using namespace Qt::StringLiterals;

// Reads every file of the shared sample data (SOCSTATION_CORPUS_DIR) under suricata-eve, wazuh and
// syslog-cef-leef with format detection, and checks per-file counts derived once from the data
// (jq/grep). A change in any number is a change in behaviour: look before updating the table.
namespace {

struct Expected {
    const char* path;   // relative to the corpus dir
    const char* format; // alertFormatKey, or nullptr: open() must fail as "not an alert file"
    int alerts;
    int skipped;
    int rejected;
    const char* rejectedLines; // comma-separated, for files with rejections
};

constexpr Expected kFiles[] = {
    // Suricata EVE: pretty-printed arrays (no offsets in honeypot-2018) ...
    {"suricata-eve/frankhassanabad-suricata-sample-data/SOURCE.txt", nullptr, 0, 0, 0, ""},
    {"suricata-eve/frankhassanabad-suricata-sample-data/first-org-conf-2015.alerts-only.json", "suricata",
     136, 0, 0, ""},
    {"suricata-eve/frankhassanabad-suricata-sample-data/honeypot-2018.alerts-only.json", "suricata", 44, 0, 0,
     ""},
    {"suricata-eve/frankhassanabad-suricata-sample-data/wrccdc-2017.alerts-only.json", "suricata", 161, 0, 0,
     ""},
    {"suricata-eve/frankhassanabad-suricata-sample-data/wrccdc-2018.alerts-only.json", "suricata", 207, 0, 0,
     ""},
    // ... and NDJSON, some without a trailing newline
    {"suricata-eve/gtkcyber-applied-data-science/SOURCE.txt", nullptr, 0, 0, 0, ""},
    {"suricata-eve/gtkcyber-applied-data-science/eve_small.json", "suricata", 47, 953, 0, ""},
    {"suricata-eve/josevnz-suricatalog/SOURCE.txt", nullptr, 0, 0, 0, ""},
    {"suricata-eve/josevnz-suricatalog/eve-2.json", "suricata", 118, 2283, 0, ""},
    {"suricata-eve/josevnz-suricatalog/eve_no_events.json", "suricata", 0, 21, 0, ""},
    {"suricata-eve/josevnz-suricatalog/eve_payload.json", "suricata", 131, 0, 0, ""},
    {"suricata-eve/josevnz-suricatalog/eve_udp_flow.json", "suricata", 0, 32, 0, ""},
    {"suricata-eve/oisf-suricata-verify/SOURCE.txt", nullptr, 0, 0, 0, ""},
    {"suricata-eve/oisf-suricata-verify/alert-testmyids-not-established.eve.json", "suricata", 1, 0, 0, ""},
    {"suricata-eve/oisf-suricata-verify/alert-testmyids.eve.json", "suricata", 1, 0, 0, ""},
    {"suricata-eve/oisf-suricata-verify/detect-engine-state-03.eve.json", "suricata", 0, 3, 0, ""},
    {"suricata-eve/oisf-suricata-verify/detect-ldap-operation.eve.json", "suricata", 4, 3, 0, ""},
    {"suricata-eve/oisf-suricata-verify/dnp3-dnp3_data-alert.eve.json", "suricata", 4, 0, 0, ""},
    {"suricata-eve/oisf-suricata-verify/dnp3-dnp3_func-alert.eve.json", "suricata", 2, 0, 0, ""},
    {"suricata-eve/oisf-suricata-verify/dnp3.eve.json", "suricata", 0, 55, 0, ""},
    {"suricata-eve/oisf-suricata-verify/dns-tcp-www-google-com.eve.json", "suricata", 0, 14, 0, ""},
    {"suricata-eve/oisf-suricata-verify/eve-dns.eve.json", "suricata", 0, 9, 0, ""},
    {"suricata-eve/oisf-suricata-verify/output-eve-fileinfo.eve.json", "suricata", 0, 1, 0, ""},
    {"suricata-eve/oisf-suricata-verify/single-dns-request.eve.json", "suricata", 0, 2, 0, ""},
    {"suricata-eve/oisf-suricata-verify/test-bad-byte-extract-rule-3.eve.json", "suricata", 0, 40, 0, ""},
    {"suricata-eve/oisf-suricata-verify/tls-fingerprint-alert.eve.json", "suricata", 1, 1, 0, ""},
    {"suricata-eve/oisf-suricata-verify/tls-json-output-ids.eve.json", "suricata", 0, 1, 0, ""},
    // Wazuh 3.x alerts.json; the integratord YAML test cases quote alerts but are not alert files
    {"wazuh/ait-aecid-alert-aggregation/SOURCE.txt", nullptr, 0, 0, 0, ""},
    {"wazuh/ait-aecid-alert-aggregation/ossec_spiral.json", "wazuh", 865, 0, 0, ""},
    {"wazuh/wazuh-integratord-test-cases/SOURCE.txt", nullptr, 0, 0, 0, ""},
    {"wazuh/wazuh-integratord-test-cases/cases_integratord_change_inode_alert.yaml", nullptr, 0, 0, 0, ""},
    {"wazuh/wazuh-integratord-test-cases/cases_integratord_read_invalid_json_alerts.yaml", nullptr, 0, 0, 0,
     ""},
    {"wazuh/wazuh-integratord-test-cases/cases_integratord_read_valid_json_alerts.yaml", nullptr, 0, 0, 0,
     ""},
    // CEF; plain syslog, LEEF, CSV and logstash JSON are not alert files
    {"syslog-cef-leef/apache-metron/SOURCE.txt", nullptr, 0, 0, 0, ""},
    {"syslog-cef-leef/apache-metron/adallom.cef", "cef", 1, 0, 0, ""},
    {"syslog-cef-leef/apache-metron/cisco-asa.syslog.log", nullptr, 0, 0, 0, ""},
    {"syslog-cef-leef/apache-metron/cyberark.cef", "cef", 1, 0, 0, ""},
    // FireEye: 13 lines are fragments of split messages without a CEF header
    {"syslog-cef-leef/apache-metron/fireeye-cef.syslog.log", "cef", 77, 0, 13,
     "1,2,3,4,5,67,68,69,70,87,88,89,90"},
    {"syslog-cef-leef/apache-metron/lancope-stealthwatch.logstash.json", nullptr, 0, 0, 0, ""},
    {"syslog-cef-leef/apache-metron/palo.cef", "cef", 1, 0, 0, ""},
    {"syslog-cef-leef/apache-metron/paloalto-panos.syslog.log", nullptr, 0, 0, 0, ""},
    {"syslog-cef-leef/apache-metron/snort-alert.csv", nullptr, 0, 0, 0, ""},
    {"syslog-cef-leef/apache-metron/sourcefire.log", nullptr, 0, 0, 0, ""},
    {"syslog-cef-leef/apache-metron/syslog-rfc5424.log", nullptr, 0, 0, 0, ""},
    {"syslog-cef-leef/apache-metron/trendmicro-deepsecurity.leef", nullptr, 0, 0, 0, ""},
    {"syslog-cef-leef/apache-metron/waf.cef", "cef", 1, 0, 0, ""},
    // CEF test vectors are JSON documents quoting CEF (checked line by line in cefVectors())
    {"syslog-cef-leef/jcustenborder-cef-parser/SOURCE.txt", nullptr, 0, 0, 0, ""},
    {"syslog-cef-leef/jcustenborder-cef-parser/messages/SOURCE.txt", nullptr, 0, 0, 0, ""},
    // Wazuh ruleset tests: .ini files quoting raw vendor lines (a few CEF among many others)
    {"syslog-cef-leef/wazuh-ruleset-tests/SOURCE.txt", nullptr, 0, 0, 0, ""},
};

constexpr const char* kRulesetIni[] = {
    "SonicWall",      "arbor",     "checkpoint_smart1",
    "cisco_asa",      "cisco_ftd", "cisco_ios",
    "cloudflare-waf", "f5_big_ip", "fireeye",
    "fortiddos",      "fortigate", "huawei_usg",
    "iptables",       "junos",     "mcafee_epo",
    "modsecurity",    "netscreen", "owlh",
    "paloalto",       "pfsense",   "pix",
    "sophos_fw",      "sshd",      "web_rules",
};

constexpr int kCefVectorFiles = 90;
constexpr qint64 kCefVectorReferenceMs =
    Q_INT64_C(1493738863000); // 2017-05-02T15:27:43Z, as the vectors expect

struct Counts {
    bool opened = false;
    QString error;
    QString format;
    int alerts = 0;
    int skipped = 0;
    int rejected = 0;
    QStringList rejectedLines;
    QList<domain::Alert> alertList;
};

Counts readFile(const QString& path, bool keepAlerts = false) {
    Counts c;
    AlertFileReader reader(path);
    c.opened = reader.open(&c.error);
    if (!c.opened)
        return c;
    c.format = alertFormatKey(reader.format());
    domain::Alert alert;
    ReadIssue issue;
    for (;;) {
        const AlertFileReader::Step step = reader.next(alert, issue);
        if (step == AlertFileReader::Step::End)
            break;
        if (step == AlertFileReader::Step::Alert) {
            ++c.alerts;
            if (keepAlerts)
                c.alertList.append(alert);
        } else if (step == AlertFileReader::Step::Skipped) {
            ++c.skipped;
        } else {
            ++c.rejected;
            c.rejectedLines << QString::number(issue.line);
            if (issue.line <= 0 || issue.reason.isEmpty())
                c.rejectedLines << u"(no line or reason)"_s;
        }
    }
    return c;
}

QStringList corpusFiles(const QString& root) {
    QStringList files;
    for (const char* dir : {"suricata-eve", "wazuh", "syslog-cef-leef"}) {
        QDirIterator it(QDir(root).filePath(QString::fromLatin1(dir)), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(root).relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

} // namespace

class tst_CorpusIngest : public QObject {
    Q_OBJECT

private:
    QString m_corpus;

private slots:
    void initTestCase() {
        m_corpus = test::corpusDir();
        if (m_corpus.isEmpty())
            QSKIP("SOCSTATION_CORPUS_DIR is not set; the shared sample data is not available.");
    }

    // Every file of the three folders has an expectation, and the table names no missing file.
    void tableCoversCorpus() {
        QSet<QString> expected;
        for (const Expected& e : kFiles)
            expected.insert(QString::fromLatin1(e.path));
        for (const char* ini : kRulesetIni)
            expected.insert(u"syslog-cef-leef/wazuh-ruleset-tests/"_s + QString::fromLatin1(ini) + u".ini"_s);
        int vectors = 0;
        QStringList unexpected;
        for (const QString& f : corpusFiles(m_corpus)) {
            if (f.startsWith(u"syslog-cef-leef/jcustenborder-cef-parser/messages/Message"_s) &&
                f.endsWith(u".json"_s)) {
                ++vectors;
                continue;
            }
            if (!expected.remove(f))
                unexpected << f;
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(u"not in the table: "_s + unexpected.join(u", ")));
        QVERIFY2(expected.isEmpty(),
                 qPrintable(u"missing from the corpus: "_s + expected.values().join(u", ")));
        QCOMPARE(vectors, kCefVectorFiles);
    }

    void files_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("alerts");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<QString>("rejectedLines");
        const auto row = [](const QString& path, const char* format, int a, int s, int r, const char* lines) {
            QTest::newRow(qPrintable(path))
                << path << QString::fromLatin1(format) << a << s << r << QString::fromLatin1(lines);
        };
        for (const Expected& e : kFiles)
            row(QString::fromLatin1(e.path), e.format, e.alerts, e.skipped, e.rejected, e.rejectedLines);
        for (const char* ini : kRulesetIni)
            row(u"syslog-cef-leef/wazuh-ruleset-tests/"_s + QString::fromLatin1(ini) + u".ini"_s, nullptr, 0,
                0, 0, "");
        for (const QString& f : corpusFiles(m_corpus)) {
            if (f.startsWith(u"syslog-cef-leef/jcustenborder-cef-parser/messages/Message"_s))
                row(f, nullptr, 0, 0, 0, "");
        }
    }

    void files() {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(int, alerts);
        QFETCH(int, skipped);
        QFETCH(int, rejected);
        QFETCH(QString, rejectedLines);
        const QString full = QDir(m_corpus).filePath(path);
        const Counts c = readFile(full);
        if (format.isEmpty()) {
            QVERIFY2(!c.opened, qPrintable(QStringLiteral("opened as %1: %2 alerts, %3 skipped, %4 rejected")
                                               .arg(c.format)
                                               .arg(c.alerts)
                                               .arg(c.skipped)
                                               .arg(c.rejected)));
            QVERIFY2(c.error.endsWith(u"is not a Suricata EVE, Wazuh or CEF alert file."_s),
                     qPrintable(c.error));
            QVERIFY2(c.error.contains(QFileInfo(path).fileName()), qPrintable(c.error));
            return;
        }
        QVERIFY2(c.opened, qPrintable(c.error));
        QCOMPARE(c.format, format);
        QCOMPARE(c.alerts, alerts);
        QCOMPARE(c.skipped, skipped);
        QCOMPARE(c.rejected, rejected);
        QCOMPARE(c.rejectedLines.join(u','), rejectedLines);
    }

    // Every alert of the corpus is complete enough to store.
    void alertsAreComplete() {
        int total = 0;
        for (const Expected& e : kFiles) {
            if (!e.format || e.alerts == 0)
                continue;
            const Counts c = readFile(QDir(m_corpus).filePath(QString::fromLatin1(e.path)), true);
            for (const domain::Alert& a : c.alertList) {
                ++total;
                const QString where = QString::fromLatin1(e.path) + u": "_s + a.signatureId;
                QVERIFY2(a.fingerprint.size() == 32, qPrintable(where));
                QVERIFY2(!a.signature.isEmpty() && !a.source.isEmpty() && !a.subsystem.isEmpty(),
                         qPrintable(where));
                QVERIFY2(!a.raw.isEmpty(), qPrintable(where));
                // 2011-01-01 .. 2031-01-01: no time was misread
                QVERIFY2(a.detectedAtMs > Q_INT64_C(1293840000000) &&
                             a.detectedAtMs < Q_INT64_C(1924992000000),
                         qPrintable(where + u" at "_s + QString::number(a.detectedAtMs)));
            }
        }
        QCOMPARE(total, 118 + 131 + 136 + 44 + 161 + 207 + 47 + 1 + 1 + 4 + 4 + 2 + 1 + 865 + 77 + 4);
    }

    // eve_payload.json repeats 34 alerts of eve-2.json (another serialisation, with payload fields).
    void duplicatesAcrossFiles() {
        const QString dir = QDir(m_corpus).filePath(u"suricata-eve/josevnz-suricatalog"_s);
        const Counts eve2 = readFile(QDir(dir).filePath(u"eve-2.json"_s), true);
        const Counts payload = readFile(QDir(dir).filePath(u"eve_payload.json"_s), true);
        QSet<QByteArray> seen;
        for (const domain::Alert& a : eve2.alertList)
            seen.insert(a.fingerprint);
        QCOMPARE(seen.size(), 118); // no duplicates within eve-2.json
        int repeated = 0;
        QSet<QByteArray> payloadSeen;
        for (const domain::Alert& a : payload.alertList) {
            repeated += seen.contains(a.fingerprint) ? 1 : 0;
            payloadSeen.insert(a.fingerprint);
        }
        QCOMPARE(repeated, 34);
        QCOMPARE(payloadSeen.size(), 131); // none within eve_payload.json
    }

    void timeQuirks() {
        // honeypot-2018 writes no offset: read as UTC, offset left empty
        const Counts honeypot = readFile(
            QDir(m_corpus).filePath(
                u"suricata-eve/frankhassanabad-suricata-sample-data/honeypot-2018.alerts-only.json"_s),
            true);
        QCOMPARE(honeypot.alertList.size(), 44);
        for (const domain::Alert& a : honeypot.alertList)
            QVERIFY(!a.sourceOffsetSec.has_value());
        // eve-2.json writes -0500
        const Counts eve2 =
            readFile(QDir(m_corpus).filePath(u"suricata-eve/josevnz-suricatalog/eve-2.json"_s), true);
        for (const domain::Alert& a : eve2.alertList)
            QCOMPARE(a.sourceOffsetSec.value_or(1), -5 * 3600);
    }

    // Wazuh forwards 138 Suricata alerts (numbers stored as strings): NSM with Suricata's own sid.
    void wazuhWrappedSuricata() {
        const Counts c =
            readFile(QDir(m_corpus).filePath(u"wazuh/ait-aecid-alert-aggregation/ossec_spiral.json"_s), true);
        int nsm = 0;
        for (const domain::Alert& a : c.alertList) {
            if (a.subsystem != u"NSM")
                continue;
            ++nsm;
            QVERIFY2(a.signatureId != u"86601" && a.srcPort > 0 && a.dstPort > 0, qPrintable(a.signatureId));
        }
        QCOMPARE(nsm, 138);
    }

    // The CEF test vectors: each "input" line parsed by CefLine gives the "expected" header and
    // extension map, and the syslog prefix its host and time.
    void cefVectors() {
        QDir dir(QDir(m_corpus).filePath(u"syslog-cef-leef/jcustenborder-cef-parser/messages"_s));
        const QStringList files = dir.entryList({u"Message*.json"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), kCefVectorFiles);
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
            const QString input = doc.value(u"input").toString();
            const QJsonObject expected = doc.value(u"expected").toObject();
            CefLine line;
            QString reason;
            QVERIFY2(line.parse(input, reason), qPrintable(name + u": "_s + reason));
            QCOMPARE(line.version(), QString::number(expected.value(u"cefVersion").toInt()));
            QCOMPARE(line.vendor(), expected.value(u"deviceVendor").toString());
            QCOMPARE(line.product(), expected.value(u"deviceProduct").toString());
            QCOMPARE(line.deviceVersion(), expected.value(u"deviceVersion").toString());
            QCOMPARE(line.signatureId(), expected.value(u"deviceEventClassId").toString());
            QCOMPARE(line.name(), expected.value(u"name").toString());
            QCOMPARE(line.severity(), expected.value(u"severity").toString());
            const QJsonObject ext = expected.value(u"extensions").toObject();
            QCOMPARE(line.extensions().size(), ext.size());
            for (auto it = ext.constBegin(); it != ext.constEnd(); ++it)
                QVERIFY2(line.extension(it.key()) == it.value().toString(),
                         qPrintable(name + u": "_s + it.key() + u"="_s + line.extension(it.key())));
            const SyslogPrefix prefix = SyslogPrefix::parse(line.prefix(), kCefVectorReferenceMs);
            if (expected.contains(u"host"))
                QCOMPARE(prefix.host, expected.value(u"host").toString());
            if (expected.contains(u"timestamp")) {
                QVERIFY2(prefix.time.has_value(), qPrintable(name));
                QCOMPARE(prefix.time->utcMs(), expected.value(u"timestamp").toInteger());
            } else {
                QVERIFY2(line.prefix().isEmpty(), qPrintable(name));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_CorpusIngest)
#include "tst_CorpusIngest.moc"
