#include "IngestGolden.h"
#include "TestSupport.h"
#include "ingest/CefLine.h"
#include "ingest/CefParser.h"
#include "ingest/SyslogPrefix.h"

#include <QFile>
#include <QtTest>

using namespace soc;
using namespace soc::ingest;
using namespace Qt::StringLiterals;

namespace {
// The golden file was written for a file last modified at 2024-06-01T00:00:00Z: syslog dates without a
// year take 2024, or 2023 when 2024 would put them after that.
constexpr qint64 kReferenceMs = Q_INT64_C(1717200000000);
} // namespace

class tst_CefParser : public QObject {
    Q_OBJECT

private slots:
    void golden_data() {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QJsonObject>("expected");
        QString error;
        const QList<QJsonObject> expected =
            test::ingest::readGolden(test::fixturePath(u"ingest/cef/various.expected.jsonl"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile f(test::fixturePath(u"ingest/cef/various.log"_s));
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
        CefParser parser;
        parser.setReferenceTimeMs(kReferenceMs);
        domain::Alert alert;
        QString reason;
        const ParseOutcome outcome = parser.parse(record, alert, reason);
        QJsonObject actual;
        if (outcome == ParseOutcome::Alert) {
            actual = test::ingest::alertToJson(alert);
            QCOMPARE(alert.fingerprint.size(), 32);
            QCOMPARE(alert.raw, record.trimmed());
        } else {
            actual = QJsonObject{{u"step"_s, u"rejected"_s}, {u"reason"_s, reason}};
        }
        const QString diff = test::ingest::goldenDiff(expected, actual);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void escapes() {
        CefLine line;
        QString reason;
        const QString text =
            uR"(CEF:0|Acme\|Corp|Web\\Shield|2.0|esc-1|a \| b \\ c \x|5|cat=path\=C:\\temp )"
            uR"(act=blocked a \= sign msg=line1\nline2\rend  fname=Root\ABC phobos3 empty= last=x\)"_s;
        const bool parsed = line.parse(text, reason);
        QVERIFY2(parsed, qPrintable(reason));
        QCOMPARE(line.version(), u"0"_s);
        QCOMPARE(line.vendor(), u"Acme|Corp"_s);
        QCOMPARE(line.product(), uR"(Web\Shield)"_s);
        QCOMPARE(line.name(), uR"(a | b \ c \x)"_s); // an unknown escape stays as written
        QCOMPARE(line.severity(), u"5"_s);
        QCOMPARE(line.extension(u"cat"), uR"(path=C:\temp)"_s);
        QCOMPARE(line.extension(u"act"), u"blocked a = sign"_s);
        QCOMPARE(line.extension(u"msg"), u"line1\nline2\rend"_s);
        QCOMPARE(line.extension(u"fname"), uR"(Root\ABC phobos3)"_s);
        QVERIFY(!line.extension(u"empty").isNull());
        QCOMPARE(line.extension(u"empty"), QString());
        QCOMPARE(line.extension(u"last"), uR"(x\)"_s);
        QVERIFY(line.extension(u"absent").isNull());
        QCOMPARE(line.extensions().size(), 6);
    }

    void headers_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("reasonOrName");
        QTest::newRow("empty extension") << u"CEF:0|V|P|1|s|Name|3|"_s << true << u"Name"_s;
        QTest::newRow("no closing pipe") << u"CEF:0|V|P|1|s|Name|3"_s << true << u"Name"_s;
        QTest::newRow("space after CEF:") << u"CEF: 0|V|P|1|s|Name|3|a=b"_s << true << u"Name"_s;
        QTest::newRow("tag glued") << u"host ASM:CEF:0|F5|ASM|11|s|Name|5| dvchost=x"_s << true << u"Name"_s;
        QTest::newRow("6 fields") << u"CEF:0|V|P|1|s|Name|"_s << false << u"6 of the 7"_s;
        QTest::newRow("5 fields") << u"<134>May  2 13:01:03 fw02 CEF:0|Cisco|ASA|9.1|106023"_s << false
                                  << u"5 of the 7"_s;
        QTest::newRow("1 field") << u"CEF:0|"_s << false << u"1 of the 7"_s;
        QTest::newRow("no header") << u"%ASA-4-106023: Deny tcp"_s << false << u"no CEF header"_s;
        QTest::newRow("CEF: without version") << u"note: CEF: is a format"_s << false << u"no CEF header"_s;
    }

    void headers() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, reasonOrName);
        CefLine line;
        QString reason;
        QCOMPARE(line.parse(text, reason), ok);
        if (ok)
            QCOMPARE(line.name(), reasonOrName);
        else
            QVERIFY2(reason.contains(reasonOrName), qPrintable(reason));
    }

    // Syslog prefixes as relays write them before "CEF:".
    void syslogPrefixes_data() {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("utc"); // empty: no time
        QTest::addColumn<QVariant>("offsetSec");
        QTest::addColumn<QString>("host");
        const QVariant none;
        QTest::newRow("RFC 3164") << u"<134>May  2 13:01:02 fw01"_s << u"2024-05-02T13:01:02.000Z"_s << none
                                  << u"fw01"_s;
        QTest::newRow("RFC 3164 no PRI")
            << u"Mar 21 14:05:02 HHHPVATN1"_s << u"2024-03-21T14:05:02.000Z"_s << none << u"HHHPVATN1"_s;
        QTest::newRow("year and zone")
            << u"May 02 2017 15:27:43.000 UTC hostname.example.com"_s << u"2017-05-02T15:27:43.000Z"_s
            << QVariant(0) << u"hostname.example.com"_s;
        QTest::newRow("fraction, ICT")
            << u"May 02 15:27:43.250 ICT h"_s << u"2024-05-02T08:27:43.250Z"_s << QVariant(25200) << u"h"_s;
        QTest::newRow("RFC 5424") << u"<14>1 2014-06-20T09:14:07+00:00 loggregator app - - -"_s
                                  << u"2014-06-20T09:14:07.000Z"_s << QVariant(0) << u"loggregator"_s;
        QTest::newRow("ISO") << u"2016-04-01T09:29:11.356-0400"_s << u"2016-04-01T13:29:11.356Z"_s
                             << QVariant(-14400) << QString();
        QTest::newRow("date space time") << u"2024-05-02 08:15:30.5+0700 fw"_s
                                         << u"2024-05-02T01:15:30.500Z"_s << QVariant(25200) << u"fw"_s;
        QTest::newRow("epoch ms") << u"1493738863000 hostname.example.com"_s << u"2017-05-02T15:27:43.000Z"_s
                                  << none << u"hostname.example.com"_s;
        QTest::newRow("program tag") << u"May  4 18:23:02 some.host.name ASM:"_s
                                     << u"2024-05-04T18:23:02.000Z"_s << none << u"some.host.name"_s;
        QTest::newRow("December before reference")
            << u"<13>Dec 31 23:59:59 gw"_s << u"2023-12-31T23:59:59.000Z"_s << none << u"gw"_s;
        QTest::newRow("tag only") << u"<164>fenotify-851777.alert:"_s << QString() << none << QString();
        QTest::newRow("PRI only") << u"<14>"_s << QString() << none << QString();
        QTest::newRow("empty") << QString() << QString() << none << QString();
    }

    void syslogPrefixes() {
        QFETCH(QString, prefix);
        QFETCH(QString, utc);
        QFETCH(QVariant, offsetSec);
        QFETCH(QString, host);
        const SyslogPrefix p = SyslogPrefix::parse(prefix, kReferenceMs);
        QCOMPARE(p.time.has_value(), !utc.isEmpty());
        if (p.time) {
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(p.time->utcMs(), Qt::UTC).toString(Qt::ISODateWithMs),
                     utc);
            QCOMPARE(p.time->offsetSec.has_value(), offsetSec.isValid());
            if (offsetSec.isValid())
                QCOMPARE(*p.time->offsetSec, offsetSec.toInt());
        }
        QCOMPARE(p.host, host);
    }

    // rt/end/start in the formats devices write.
    void extensionTimes_data() {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("utc");
        QTest::newRow("rt epoch ms") << u"rt=1305034099211"_s << u"2011-05-10T13:28:19.211Z"_s;
        QTest::newRow("rt MMM dd yyyy zone")
            << u"rt=Feb 09 2015 00:27:43 UTC"_s << u"2015-02-09T00:27:43.000Z"_s;
        QTest::newRow("rt with offset")
            << u"rt=Jan 12 2018 13:01:02 +0700"_s << u"2018-01-12T06:01:02.000Z"_s;
        QTest::newRow("rt day first")
            << u"rt=31 March 2016 13:04:55 cat=x"_s << u"2016-03-31T13:04:55.000Z"_s;
        QTest::newRow("rt without year") << u"rt=Jan 12 13:01:02.500"_s << u"2024-01-12T13:01:02.500Z"_s;
        QTest::newRow("end when rt absent")
            << u"start=1459517280000 end=1459517280810"_s << u"2016-04-01T13:28:00.810Z"_s;
        QTest::newRow("start") << u"start=Apr 07 2017 00:10:10 GMT"_s << u"2017-04-07T00:10:10.000Z"_s;
        QTest::newRow("bad rt, syslog time") << u"rt=yesterday"_s << u"2024-05-02T13:01:02.000Z"_s;
    }

    void extensionTimes() {
        QFETCH(QString, extension);
        QFETCH(QString, utc);
        CefParser parser;
        parser.setReferenceTimeMs(kReferenceMs);
        domain::Alert alert;
        QString reason;
        const QByteArray record = "<134>May  2 13:01:02 fw01 CEF:0|V|P|1|sig|Name|5|" + extension.toUtf8();
        QCOMPARE(parser.parse(record, alert, reason), ParseOutcome::Alert);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(alert.detectedAtMs, Qt::UTC).toString(Qt::ISODateWithMs),
                 utc);
    }

    void severities_data() {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("expected");
        for (int i = 0; i <= 10; ++i) {
            const char* key = i <= 3 ? "low" : i <= 6 ? "medium" : i <= 8 ? "high" : "emergency";
            QTest::addRow("%d", i) << QString::number(i) << QString::fromLatin1(key);
        }
        QTest::newRow("Low") << u"Low"_s << u"low"_s;
        QTest::newRow("Medium") << u"Medium"_s << u"medium"_s;
        QTest::newRow("High") << u"High"_s << u"high"_s;
        QTest::newRow("Very-High") << u"Very-High"_s << u"emergency"_s;
        QTest::newRow("unknown word") << u"Informational"_s << u"low"_s;
        QTest::newRow("empty") << QString() << u"low"_s;
    }

    void severities() {
        QFETCH(QString, severity);
        QFETCH(QString, expected);
        CefParser parser;
        domain::Alert alert;
        QString reason;
        const QByteArray record = "CEF:0|V|P|1|sig|Name|" + severity.toUtf8() + "|rt=1305034099211";
        QCOMPARE(parser.parse(record, alert, reason), ParseOutcome::Alert);
        QCOMPARE(domain::severityKey(alert.severity), expected);
    }

    void subsystems_data() {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("subsystem");
        QTest::newRow("ASA") << u"Cisco"_s << u"ASA"_s << u"FW"_s;
        QTest::newRow("PAN-OS") << u"Palo Alto Networks"_s << u"PAN-OS"_s << u"FW"_s;
        QTest::newRow("Fortigate") << u"Fortinet"_s << u"FortiGate"_s << u"FW"_s;
        QTest::newRow("pfSense") << u"Netgate"_s << u"pfSense"_s << u"FW"_s;
        QTest::newRow("Check Point") << u"Check Point"_s << u"SmartDefense"_s << u"FW"_s;
        QTest::newRow("Company is not PAN") << u"Company"_s << u"Panorama Logger"_s << u"SIEM"_s;
        QTest::newRow("ModSecurity") << u"Trustwave"_s << u"ModSecurity"_s << u"WAF"_s;
        QTest::newRow("Imperva") << u"Imperva Inc."_s << u"SecureSphere"_s << u"WAF"_s;
        QTest::newRow("McAfee") << u"McAfee"_s << u"ePO"_s << u"EDR"_s;
        QTest::newRow("Symantec") << u"Symantec"_s << u"Endpoint Protection"_s << u"EDR"_s;
        QTest::newRow("Snort") << u"Cisco"_s << u"Snort"_s << u"IPS"_s;
        QTest::newRow("FireEye") << u"FireEye"_s << u"CMS"_s << u"IPS"_s;
        QTest::newRow("other") << u"CyberArk"_s << u"Vault"_s << u"SIEM"_s;
    }

    void subsystems() {
        QFETCH(QString, vendor);
        QFETCH(QString, product);
        QFETCH(QString, subsystem);
        QCOMPARE(CefParser::subsystemFor(vendor, product), subsystem);
    }

    void hostFallbacks() {
        CefParser parser;
        parser.setReferenceTimeMs(kReferenceMs);
        domain::Alert alert;
        QString reason;
        QCOMPARE(parser.parse("<134>May  2 13:01:02 relay CEF:0|V|P|1|s|N|5|dvc=10.0.0.1 dvchost=fw.local",
                              alert, reason),
                 ParseOutcome::Alert);
        QCOMPARE(alert.host, u"fw.local"_s);
        QCOMPARE(parser.parse("<134>May  2 13:01:02 relay CEF:0|V|P|1|s|N|5|dvc=10.0.0.1", alert, reason),
                 ParseOutcome::Alert);
        QCOMPARE(alert.host, u"10.0.0.1"_s);
        QCOMPARE(parser.parse("<134>May  2 13:01:02 relay CEF:0|V|P|1|s|N|5|src=1.1.1.1", alert, reason),
                 ParseOutcome::Alert);
        QCOMPARE(alert.host, u"relay"_s);
    }
};

QTEST_GUILESS_MAIN(tst_CefParser)
#include "tst_CefParser.moc"
