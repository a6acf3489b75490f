#include "TestSupport.h"

#include "domain/Clock.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"
#include "store/Session.h"

#include <QTemporaryDir>
#include <QTest>

using namespace soc;

// The register of official documents and the settings that head them, in the core:
// what the dialogs and the CLI rely on whichever way they are reached.
class tst_ReportRegister : public QObject {
    Q_OBJECT

    static constexpr qint64 kNewYear = 1798736400000; // 2027-01-01 00:00 +07:00 (2026-12-31 17:00 UTC)

private slots:
    // Settings that could not head or number a document are refused and nothing changes.
    void badSettingsAreRefused()
    {
        QTemporaryDir dir;
        // The manager keeps the report settings (R-27: not the shift lead).
        auto session = test::createWorkspace(dir.path(), QStringLiteral("manager"), domain::Role::Manager);
        domain::FixedClock clock(kNewYear);
        store::CaseService cases(session->database(), session->account().username, clock);
        domain::ReportSettings s = cases.reportSettings();
        const QString before = s.issuingCode;
        s.issuingCode = QStringLiteral("BC/SOC");
        try {
            cases.setReportSettings(s);
            QFAIL("a code with a slash was stored");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::Refused);
            QVERIFY(e.message().contains(QStringLiteral("BC/SOC")));
        }
        s.issuingCode = QStringLiteral("SOC-BT");
        s.issuingBody = QStringLiteral("   ");
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, cases.setReportSettings(s));
        QCOMPARE(cases.reportSettings().issuingCode, before);
        s.issuingBody = QStringLiteral("TRUNG TÂM GIÁM SÁT AN NINH MẠNG");
        cases.setReportSettings(s);
        QCOMPARE(cases.reportSettings().issuingCode, QStringLiteral("SOC-BT"));
    }

    // Numbers run per type code and per year in Vietnam time; a document that could not be produced
    // uses no number.
    void numbersRunPerTypeAndYear()
    {
        QTemporaryDir dir;
        auto session = test::createWorkspace(dir.path());
        domain::FixedClock clock(kNewYear - 3600'000); // 2026-12-31 23:00 +07:00
        store::CaseService cases(session->database(), QLatin1String(test::kTestLead), clock);
        using K = domain::ReportKind;
        QCOMPARE(cases.issueReport({K::Periodic, {}, 0, 1}).code, QStringLiteral("01/BC-SOC"));
        QCOMPARE(cases.issueReport({K::Mau05, {}, 0, 1}).code, QStringLiteral("02/BC-SOC"));
        QCOMPARE(cases.issueReport({K::Record, {}, 0, 0}).code, QStringLiteral("01/BB-SOC")); // records count apart
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, cases.issueReport({K::Periodic, {}, 0, 1}, [](const domain::IssuedReport&) {
                                     throw store::DatabaseError(store::ErrorCode::Refused, QStringLiteral("disk full"));
                                 }));
        QCOMPARE(cases.issueReport({K::Periodic, {}, 0, 1}).code, QStringLiteral("03/BC-SOC"));
        clock.advance(3600'000); // 2027-01-01 00:00 +07:00: a new year, new numbers
        const domain::IssuedReport first = cases.issueReport({K::Periodic, {}, 0, 1});
        QCOMPARE(first.code, QStringLiteral("01/BC-SOC"));
        QCOMPARE(first.year, 2027);
    }
};

QTEST_GUILESS_MAIN(tst_ReportRegister)
#include "tst_ReportRegister.moc"
