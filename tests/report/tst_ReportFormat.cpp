// Number and date formats of NĐ 30, the per-year numbering, and issuing as one unit of work.
#include "ReportFixture.h"

#include "domain/IssuedReport.h"
#include "report/DocumentFrame.h"
#include "report/Mau03Form.h"
#include "report/IncidentDossier.h"
#include "report/VietnameseDate.h"
#include "store/Database.h"
#include "store/DatabaseError.h"
#include "store/IssuedReportRepository.h"
#include "store/TimelineRepository.h"

using namespace soc;

class tst_ReportFormat : public QObject {
    Q_OBJECT

private:
    static bool hasLine(const report::OfficialDocument& doc, const QString& text)
    {
        for (const auto& b : doc.body)
            if (b.text.contains(text) || b.value.contains(text))
                return true;
        return false;
    }

private slots:
    void dateLine_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("day and January padded") << QDate(2026, 1, 5) << QStringLiteral("Bến Tre, ngày 05 tháng 01 năm 2026");
        QTest::newRow("February padded") << QDate(2026, 2, 9) << QStringLiteral("Bến Tre, ngày 09 tháng 02 năm 2026");
        QTest::newRow("March not padded") << QDate(2025, 3, 11) << QStringLiteral("Bến Tre, ngày 11 tháng 3 năm 2025");
        QTest::newRow("December") << QDate(2025, 12, 25) << QStringLiteral("Bến Tre, ngày 25 tháng 12 năm 2025");
    }
    void dateLine()
    {
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QCOMPARE(report::VietnameseDate::placeDateLine(QStringLiteral("Bến Tre"), date), expected);
    }

    void numberFormat()
    {
        QCOMPARE(domain::documentNumber(5, QStringLiteral("BC"), QStringLiteral("SOC")), QStringLiteral("05/BC-SOC"));
        QCOMPARE(domain::documentNumber(12, QStringLiteral("BB"), QStringLiteral("SOC")), QStringLiteral("12/BB-SOC"));
        QCOMPARE(domain::reportTypeCode(domain::ReportKind::Record), QStringLiteral("BB"));
        QCOMPARE(domain::reportTypeCode(domain::ReportKind::Mau03), QStringLiteral("BC"));
        for (auto k : {domain::ReportKind::Mau03, domain::ReportKind::Handover, domain::ReportKind::Mau05})
            QCOMPARE(domain::reportKindFromKey(domain::reportKindKey(k)), std::optional(k));
    }

    // Numbers restart each year (counted in Asia/Ho_Chi_Minh) and run separately for BC and BB.
    void numberingPerYearAndType()
    {
        test::ReportFixture f;
        f.seed(0);
        const qint64 dec31 = 1767173400000; // 2025-12-31 09:30 UTC = 16:30 +07:00
        f.clock.advance(dec31 - f.clock.nowMs());
        QCOMPARE(f.cases->issueReport({domain::ReportKind::Mau03, f.ticketId}).code, QStringLiteral("01/BC-SOC"));
        QCOMPARE(f.cases->issueReport({domain::ReportKind::Incident, f.ticketId}).code, QStringLiteral("02/BC-SOC"));
        QCOMPARE(f.cases->issueReport({domain::ReportKind::Record, f.ticketId}).code, QStringLiteral("01/BB-SOC"));
        // 2025-12-31 17:30 UTC is already 2026-01-01 00:30 in Việt Nam.
        f.clock.advance(8 * 3600'000);
        const auto r = f.cases->issueReport({domain::ReportKind::Mau04, f.ticketId});
        QCOMPARE(r.year, 2026);
        QCOMPARE(r.code, QStringLiteral("01/BC-SOC"));
    }

    void issuingAddsTimelineEventAtomically()
    {
        test::ReportFixture f;
        f.seed(0);
        store::Database& db = f.session->database();
        const auto before = store::TimelineRepository(db).countForTicket(f.ticketId, domain::TimelineKind::ReportIssued);
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError,
                                 f.cases->issueReport({domain::ReportKind::Mau03, f.ticketId}, [](const domain::IssuedReport&) {
                                     throw store::DatabaseError(store::ErrorCode::Refused, QStringLiteral("disk full"));
                                 }));
        QCOMPARE(store::TimelineRepository(db).countForTicket(f.ticketId, domain::TimelineKind::ReportIssued), before);
        QVERIFY(store::IssuedReportRepository(db).forTicket(f.ticketId).empty());

        const auto issued = f.cases->issueReport({domain::ReportKind::Mau03, f.ticketId});
        QCOMPARE(issued.code, QStringLiteral("01/BC-SOC")); // the failed attempt did not use a number
        const auto events = store::TimelineRepository(db).forTicket(f.ticketId);
        const auto it = std::find_if(events.begin(), events.end(),
                                     [](const domain::TimelineEvent& e) { return e.kind == domain::TimelineKind::ReportIssued; });
        QVERIFY(it != events.end());
        QCOMPARE(it->details.value(QStringLiteral("number")).toString(), issued.code);
        QVERIFY(it->summary.contains(issued.code));
        QCOMPARE(store::IssuedReportRepository(db).latest(f.ticketId, domain::ReportKind::Mau03)->code, issued.code);
    }

    // Mẫu 03: mandatory items always, optional item 9 only when something is known.
    void mau03OmitsEmptyOptionalParts()
    {
        test::ReportFixture f;
        f.seed(0);
        auto dossier = report::IncidentDossier::load(f.session->database(), f.ticketCode);
        const report::DocumentIssue issue{domain::ReportSettings::defaults(), QStringLiteral("07/BC-SOC"), f.clock.nowMs()};
        auto doc = report::Mau03Form::build(dossier, issue);
        QCOMPARE(doc.number, QStringLiteral("07/BC-SOC"));
        QVERIFY(hasLine(doc, QStringLiteral("8. Đã thông báo sự cố cho (*)")));
        QVERIFY(hasLine(doc, QStringLiteral("☒ Nhận được thông báo từ: Trung tâm NCSC")));
        QVERIFY(hasLine(doc, QStringLiteral("☐ Qua kiểm tra dữ liệu nhật ký")));
        QVERIFY(hasLine(doc, QStringLiteral("☒ 3")));
        QVERIFY(!hasLine(doc, QStringLiteral("9. Thông tin bổ sung")));
        dossier.form.operatingSystem = QStringLiteral("Ubuntu 22.04");
        doc = report::Mau03Form::build(dossier, issue);
        QVERIFY(hasLine(doc, QStringLiteral("9. Thông tin bổ sung")));
        QVERIFY(hasLine(doc, QStringLiteral("Ubuntu 22.04")));
    }
};

QTEST_GUILESS_MAIN(tst_ReportFormat)
#include "tst_ReportFormat.moc"
