#include "domain/AlertSearch.h"
#include "domain/AlertStatus.h"
#include "domain/Severity.h"

#include <QTest>

using namespace soc::domain;

class tst_AlertSearch : public QObject {
    Q_OBJECT
private slots:
    void fieldsAndWords()
    {
        const auto s = AlertSearch::parse(QStringLiteral("src:10.0.0.5 sev:cao sig:\"SSH brute\" status:new sub:nsm beacon"));
        QVERIFY(s.error.isEmpty());
        QCOMPARE(s.terms.size(), 3);
        QCOMPARE(s.terms[0].field, AlertSearch::Field::SrcIp);
        QCOMPARE(s.terms[0].value, QStringLiteral("10.0.0.5"));
        QCOMPARE(s.terms[1].field, AlertSearch::Field::Signature);
        QCOMPARE(s.terms[1].value, QStringLiteral("SSH brute"));
        QCOMPARE(s.terms[2].field, AlertSearch::Field::Any);
        QCOMPARE(s.severityMask, 1 << int(Severity::High));
        QCOMPARE(s.statusMask, 1 << int(AlertStatus::New));
        QCOMPARE(s.subsystem, QStringLiteral("NSM"));
    }
    // toText() gives the text that parses back to the same search (the dashboard's filters go into
    // the alert screen's search box this way).
    void textRoundTrip()
    {
        const auto s = AlertSearch::parse(QStringLiteral("beacon src:10.0.0.5 sev:cao sev:thap sig:\"SSH brute\" status:benign sub:nsm host:web01"));
        QVERIFY(s.error.isEmpty());
        const QString text = s.toText();
        QCOMPARE(text, QStringLiteral("sev:low sev:high status:benign sub:NSM Beacon src:10.0.0.5 sig:\"SSH brute\" host:web01")
                           .replace(QStringLiteral("Beacon"), QStringLiteral("beacon")));
        const auto back = AlertSearch::parse(text);
        QCOMPARE(back.severityMask, s.severityMask);
        QCOMPARE(back.statusMask, s.statusMask);
        QCOMPARE(back.subsystem, s.subsystem);
        QCOMPARE(back.terms.size(), s.terms.size());
        for (qsizetype i = 0; i < s.terms.size(); ++i) {
            QCOMPARE(back.terms[i].field, s.terms[i].field);
            QCOMPARE(back.terms[i].value, s.terms[i].value);
        }
        QCOMPARE(AlertSearch{}.toText(), QString());
    }
    void vietnameseSeverityWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("severity");
        QTest::newRow("thap") << "thap" << int(Severity::Low);
        QTest::newRow("thấp") << QStringLiteral("thấp") << int(Severity::Low);
        QTest::newRow("tb") << "tb" << int(Severity::Medium);
        QTest::newRow("cao") << "cao" << int(Severity::High);
        QTest::newRow("khancap") << "khancap" << int(Severity::Emergency);
        QTest::newRow("emergency") << "emergency" << int(Severity::Emergency);
    }
    void vietnameseSeverityWords()
    {
        QFETCH(QString, word);
        QFETCH(int, severity);
        QCOMPARE(AlertSearch::parse(QStringLiteral("sev:") + word).severityMask, 1 << severity);
    }
    void errorsAreExplained_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unclosed quote") << "sig:\"SSH";
        QTest::newRow("unknown severity") << "sev:huge";
        QTest::newRow("unknown status") << "status:done";
        QTest::newRow("empty field") << "src:";
    }
    void errorsAreExplained()
    {
        QFETCH(QString, text);
        QVERIFY(!AlertSearch::parse(text).error.isEmpty());
    }
    void trailingStarAndNfc()
    {
        // Decomposed "cảnh" (a + combining hook above) is normalised to NFC.
        const auto s = AlertSearch::parse(QStringLiteral("10.20.* ca\u0309nh"));
        QCOMPARE(s.terms[0].value, QStringLiteral("10.20."));
        QCOMPARE(s.terms[1].value, QStringLiteral("cảnh"));
    }
    void severityMappings()
    {
        QCOMPARE(severityFromSuricata(1), Severity::High);
        QCOMPARE(severityFromSuricata(2), Severity::Medium);
        QCOMPARE(severityFromSuricata(3), Severity::Low);
        QCOMPARE(severityFromSuricata(4), Severity::Low);
        QCOMPARE(severityFromWazuh(6), Severity::Low);
        QCOMPARE(severityFromWazuh(7), Severity::Medium);
        QCOMPARE(severityFromWazuh(10), Severity::Medium);
        QCOMPARE(severityFromWazuh(11), Severity::High);
        QCOMPARE(severityFromWazuh(13), Severity::High);
        QCOMPARE(severityFromWazuh(14), Severity::Emergency);
        QCOMPARE(severityFromCef(3), Severity::Low);
        QCOMPARE(severityFromCef(4), Severity::Medium);
        QCOMPARE(severityFromCef(7), Severity::High);
        QCOMPARE(severityFromCef(9), Severity::Emergency);
        QCOMPARE(severityFromCefWord(QStringLiteral("Very-High")), Severity::Emergency);
    }
};

QTEST_GUILESS_MAIN(tst_AlertSearch)
#include "tst_AlertSearch.moc"
