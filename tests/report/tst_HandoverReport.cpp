// The shift handover printed as an official record (issue 7, R-33, R-34): a seeded morning shift
// (alerts, an overdue ticket, an incident at step 1, a duty log with maintenance before/after,
// notes) is prepared, printed before acceptance through the report API, accepted, and issued
// with `socstation report handover`; the PDFs are read back with poppler. An unknown shift gives
// a precise error and writes nothing.
#include "PdfProbe.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/ShiftPattern.h"
#include "domain/SocTimeZone.h"
#include "ingest/AlertImporter.h"
#include "report/DocumentRenderer.h"
#include "report/ReportSource.h"
#include "store/AlertRepository.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/DutyLog.h"
#include "store/HandoverService.h"
#include "store/ShiftRoster.h"
#include "store/TicketRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace soc;
using domain::Role;

namespace {

qint64 at(int day, int hour, int minute = 0) // November 2026, SOC time
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), domain::socTimeZone()).toMSecsSinceEpoch();
}

qint64 count(store::Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

// The part of `text` from the heading `from` up to the heading `to` (or the end): what one section prints.
QString section(const QString& text, const QString& from, const QString& to = {})
{
    const qsizetype start = text.indexOf(from);
    if (start < 0)
        return {};
    const qsizetype end = to.isEmpty() ? -1 : text.indexOf(to, start);
    return end < 0 ? text.mid(start) : text.mid(start, end - start);
}

// Whether the words of `phrase` come in this order in `text`, other words allowed between them:
// text extraction interleaves the lines of a wrapped table cell with those of its neighbours.
bool inOrder(const QString& text, const QString& phrase)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    qsizetype i = 0;
    for (const QString& w : phrase.split(u' ', Qt::SkipEmptyParts)) {
        while (i < words.size() && words[i] != w)
            ++i;
        if (i++ >= words.size())
            return false;
    }
    return true;
}

} // namespace

class tst_HandoverReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    std::unique_ptr<store::Session> m_session;
    domain::FixedClock m_clock{at(20, 8)};
    domain::ShiftPattern m_pattern = domain::ShiftPattern::defaults();
    domain::ShiftSlot m_morning; // 2026-11-20/1, 06:00-14:00
    QString m_overdueCode;       // B: emergency, not acknowledged in 15 minutes
    QString m_incidentCode;      // F: incident at step 1
    QString m_artefacts;

    store::Database& db() { return m_session->database(); }

    test::CliResult cli(const QStringList& args)
    {
        return test::runCli(QStringList{QStringLiteral("report"), QStringLiteral("handover")} + args, {},
                            test::cliEnv(m_ws));
    }

private slots:
    void initTestCase()
    {
        const QStringList missing = test::PdfProbe::missingTools();
        if (!missing.isEmpty())
            QFAIL(qPrintable(QStringLiteral("poppler-utils missing: ") + missing.join(u' ')));
        m_artefacts = QDir::current().filePath(QStringLiteral("report-artefacts"));
        QDir().mkpath(m_artefacts);

        m_ws = m_dir.filePath(QStringLiteral("ws"));
        m_session = test::createWorkspace(m_ws);
        test::addLocalAccount(db(), QStringLiteral("lead2"), Role::ShiftLead);
        test::addLocalAccount(db(), QStringLiteral("ana"), Role::Analyst);
        auto named = db().prepare("UPDATE accounts SET display_name = ?1 WHERE username = ?2");
        named.bind(1, QStringLiteral("Trần Thị Lan"));
        named.bind(2, QStringLiteral("lead2"));
        named.step();

        // Three alerts not triaged (high, medium, low) and one acknowledged.
        QFile f(m_dir.filePath(QStringLiteral("eve.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::eveLine(QStringLiteral("2026-11-20T07:00:00.000000+0700"), 2001219, QStringLiteral("ET SCAN SSH"),
                              1, QStringLiteral("45.148.10.7"), QStringLiteral("10.20.1.15"), 1));
        f.write(test::eveLine(QStringLiteral("2026-11-20T07:01:00.000000+0700"), 2001219, QStringLiteral("ET SCAN SSH"),
                              1, QStringLiteral("45.148.10.8"), QStringLiteral("10.20.1.15"), 2));
        f.write(test::eveLine(QStringLiteral("2026-11-20T07:02:00.000000+0700"), 2027082,
                              QStringLiteral("ET POLICY curl"), 2, QStringLiteral("10.20.1.16"),
                              QStringLiteral("1.1.1.1"), 3));
        f.write(test::eveLine(QStringLiteral("2026-11-20T07:03:00.000000+0700"), 2013028, QStringLiteral("ET INFO"), 3,
                              QStringLiteral("10.20.1.17"), QStringLiteral("8.8.8.8"), 4));
        f.close();
        QCOMPARE(
            ingest::AlertImporter(db(), QStringLiteral("lead")).run({f.fileName()}, ingest::AlertFormat::Auto).imported,
            4);
        const qint64 first[] = {1};
        QCOMPARE(store::AlertRepository(db()).setStatus(first, domain::AlertStatus::Acknowledged, {},
                                                        QStringLiteral("lead")),
                 1);

        // The incident, detected 15 Nov 18:00: at step 1, its notification due 20 Nov 18:00.
        using domain::Severity;
        store::CaseService cases(db(), QStringLiteral("lead"), m_clock);
        m_clock.set(at(15, 18));
        const QString incident = cases
                                     .createTicket({QStringLiteral("Mã độc webshell trên cổng thông tin"),
                                                    {},
                                                    Severity::High,
                                                    {},
                                                    {},
                                                    QStringLiteral("ana"),
                                                    {}})
                                     .id;
        cases.declareIncident(incident, {});
        cases.startStep(incident, 1);
        m_clock.set(at(20, 8));
        const QString overdue = cases
                                    .createTicket({QStringLiteral("Quét cổng SSH từ 45.148.10.7"),
                                                   {},
                                                   Severity::Emergency,
                                                   {},
                                                   {},
                                                   QStringLiteral("lead"),
                                                   {}})
                                    .id;
        const QString working =
            cases
                .createTicket(
                    {QStringLiteral("Thư rác từ máy chủ thư"), {}, Severity::Medium, {}, {}, QStringLiteral("ana"), {}})
                .id;
        cases.setStatus(working, domain::TicketStatus::InProgress);
        m_overdueCode = store::TicketRepository(db()).byId(overdue)->code;
        m_incidentCode = store::TicketRepository(db()).byId(incident)->code;

        m_morning = m_pattern.slotAt(at(20, 10));
        QCOMPARE(m_morning.key(), QStringLiteral("2026-11-20/1"));
        store::ShiftRoster roster(db(), QStringLiteral("lead"), m_clock);
        roster.assign(m_morning, QStringLiteral("lead"), true);
        roster.assign(m_morning, QStringLiteral("ana"), false);
        roster.assign(m_pattern.next(m_morning), QStringLiteral("lead2"), true);

        // The duty log of the morning: the state before and after a maintenance, a call.
        m_clock.set(at(20, 12));
        store::DutyLog log(db(), QStringLiteral("ana"), m_clock);
        log.append(m_morning, domain::DutyEntryKind::MaintenanceBefore,
                   QStringLiteral("Tường lửa: CPU 12%, 3 đường VPN hoạt động"), at(20, 9));
        log.append(m_morning, domain::DutyEntryKind::MaintenanceAfter,
                   QStringLiteral("Tường lửa nâng cấp firmware 7.2.5, CPU 9%"), at(20, 10));
        log.append(m_morning, domain::DutyEntryKind::Call, QStringLiteral("Sở Y tế gọi báo mất kết nối mạng"),
                   at(20, 11, 30));

        m_clock.set(at(20, 13));
        store::HandoverService(db(), QStringLiteral("lead"), m_clock, m_pattern)
            .prepare(
                m_morning,
                QStringLiteral("Theo dõi máy chủ cổng thông tin sau khi gỡ webshell.\nSở Y tế hẹn gọi lại lúc 15:00."));
    }

    // Printed before the incoming lead took it over, through the report API as the GUI does.
    void pendingRecordSaysNotAccepted()
    {
        report::ReportRequest request;
        request.kind = domain::ReportKind::Handover;
        request.shiftKey = m_morning.key();
        const auto source = report::ReportSource::load(db(), request);
        QVERIFY(source && source->handover);
        QVERIFY(!source->handover->isAccepted());
        // What the tables print, cell by cell (text extraction cannot tell wrapped cells apart).
        const auto& sections = source->handover->sections;
        QCOMPARE(sections.size(), size_t(6));
        QStringList titles;
        for (const auto& sec : sections)
            titles << sec.title.left(2);
        QCOMPARE(titles, (QStringList{QStringLiteral("1."), QStringLiteral("2."), QStringLiteral("3."),
                                      QStringLiteral("4."), QStringLiteral("5."), QStringLiteral("6.")}));
        QCOMPARE(sections[1].rows.size(), size_t(2));
        QCOMPARE(sections[1].rows[1],
                 (QStringList{QStringLiteral("2"), m_overdueCode, QStringLiteral("Quét cổng SSH từ 45.148.10.7"),
                              QStringLiteral("Khẩn cấp"), QStringLiteral("Mới"), QStringLiteral("lead"),
                              QStringLiteral("08:15 ngày 20/11/2026")}));
        QCOMPARE(sections[2].rows.size(), size_t(1));
        QCOMPARE(sections[2].rows[0][1], m_incidentCode);
        QCOMPARE(sections[2].rows[0][4], QStringLiteral("Bước 1: Ghi nhận sự cố (đang thực hiện)"));
        QCOMPARE(sections[2].rows[0][5],
                 QStringLiteral("18:00 ngày 20/11/2026\nThông báo sự cố (Mẫu 03), 5 ngày kể từ khi phát hiện"));
        QCOMPARE(sections[3].rows.size(), size_t(1)); // the notification falls in the afternoon
        QCOMPARE(sections[4].rows.size(), size_t(3));
        QCOMPARE(
            sections[4].rows[0],
            (QStringList{QStringLiteral("09:00 ngày 20/11/2026"), QStringLiteral("Trạng thái hệ thống trước bảo trì"),
                         QStringLiteral("ana"), QStringLiteral("Tường lửa: CPU 12%, 3 đường VPN hoạt động")}));
        QCOMPARE(sections[4].rows[1][1], QStringLiteral("Trạng thái hệ thống sau bảo trì"));
        QCOMPARE(sections[5].paragraphs.size(), 2);
        const QString pdf = m_dir.filePath(QStringLiteral("pending.pdf"));
        m_clock.set(at(20, 13, 30));
        const auto issued = report::ReportIssuer::issue(
            db(), QStringLiteral("lead"), m_clock, *source, [&](const report::OfficialDocument& doc) {
                QString error;
                QVERIFY2(report::DocumentRenderer(doc).writePdf(pdf, &error) > 0, qPrintable(error));
            });
        QCOMPARE(issued.report.kind, domain::ReportKind::Handover);
        QVERIFY2(issued.report.code.startsWith(QStringLiteral("01/BB")), qPrintable(issued.report.code));
        QCOMPARE(issued.report.periodFromMs, m_morning.startMs); // the register names the shift
        QCOMPARE(issued.report.periodToMs, m_morning.endMs);

        QFile::remove(QDir(m_artefacts).filePath(QStringLiteral("handover-pending.pdf")));
        QFile::copy(pdf, QDir(m_artefacts).filePath(QStringLiteral("handover-pending.pdf")));
        const QString text = test::PdfProbe(pdf).text().simplified();
        QVERIFY2(text.contains(QStringLiteral("Người nhận ca: chưa tiếp nhận")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("chưa được người nhận ca tiếp nhận")));
        QVERIFY(text.contains(QStringLiteral("Số: ") + issued.report.code));
        QVERIFY(!text.contains(QStringLiteral("lead2")));
    }

    void acceptedRecordFromTheCli()
    {
        m_clock.set(at(20, 14, 5));
        const domain::ShiftHandover accepted =
            store::HandoverService(db(), QStringLiteral("lead2"), m_clock, m_pattern)
                .accept(m_morning.key(), {store::HandoverService::Reassignment::Mode::None, {}});
        QVERIFY(accepted.isAccepted());
        m_session.reset(); // the CLI opens the case database itself

        const QString pdf = m_dir.filePath(QStringLiteral("handover.pdf"));
        const auto r = test::runCli({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("handover"),
                                     QStringLiteral("--shift"), m_morning.key(), QStringLiteral("--out"), pdf},
                                    {}, test::cliEnv(m_ws));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"kind").toString(), QStringLiteral("handover"));
        QCOMPARE(o.value(u"shift").toString(), m_morning.key());
        QCOMPARE(o.value(u"accepted").toBool(), true);
        const QString number = o.value(u"number").toString();
        QVERIFY2(number.startsWith(QStringLiteral("02/BB")), qPrintable(number)); // after the pending one
        QCOMPARE(o.value(u"file").toString(), QFileInfo(pdf).absoluteFilePath());

        const test::PdfProbe probe(pdf);
        // For a person to look at: the record and its first page.
        QFile::remove(QDir(m_artefacts).filePath(QStringLiteral("handover.pdf")));
        QFile::copy(pdf, QDir(m_artefacts).filePath(QStringLiteral("handover.pdf")));
        QVERIFY(probe.render(1, QDir(m_artefacts).filePath(QStringLiteral("handover-page1"))));
        QVERIFY(probe.fonts().join(u'\n').contains(QStringLiteral("Liberation")));
        const QString text = probe.text().simplified();
        QVERIFY2(text.contains(QStringLiteral("BIÊN BẢN")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Giao nhận ca trực giám sát an toàn thông tin mạng")));
        QVERIFY(text.contains(QStringLiteral("Số: ") + number));
        QVERIFY2(text.contains(QStringLiteral(
                     "Ca giao: Ca sáng (2026-11-20/1), từ 06:00 ngày 20/11/2026 đến 14:00 ngày 20/11/2026")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Người giao ca: lead, lập nội dung bàn giao lúc 13:00 ngày 20/11/2026")));
        QVERIFY(
            text.contains(QStringLiteral("Người nhận ca: Trần Thị Lan (lead2), tiếp nhận lúc 14:05 ngày 20/11/2026")));
        QVERIFY(text.contains(QStringLiteral("Vào lúc 14 giờ 05 phút, ngày 20 tháng 11 năm 2026")));

        const QString alerts = section(text, QStringLiteral("1. Cảnh báo"), QStringLiteral("2. Phiếu xử lý"));
        QVERIFY2(alerts.contains(
                     QStringLiteral("Còn 3 cảnh báo chưa được kiểm tra, phân loại, gồm: mức Khẩn cấp: 0; mức Cao: 1; "
                                    "mức Trung bình: 1; mức Thấp: 1.")),
                 qPrintable(alerts));
        // Open: B is new, the incident's ticket (at step 1) and the spam ticket in progress; overdue: the
        // incident's ticket (resolve by 16 Nov) and B (acknowledge by 08:15).
        const QString tickets = section(text, QStringLiteral("2. Phiếu xử lý"), QStringLiteral("3. Sự cố"));
        QVERIFY2(tickets.contains(
                     QStringLiteral("Còn 3 phiếu xử lý đang mở, gồm: Mới: 1; Đang xử lý: 2; Chờ đơn vị phản hồi: 0.")),
                 qPrintable(tickets));
        QVERIFY(tickets.contains(QStringLiteral("Có 2 phiếu xử lý đã quá hạn")));
        // Table cells: present in their section (the cells themselves are checked in pendingRecordSaysNotAccepted).
        QVERIFY2(tickets.contains(m_overdueCode), qPrintable(tickets)); // a code is never broken across lines
        QVERIFY(tickets.contains(m_incidentCode));
        QVERIFY(tickets.contains(QStringLiteral("08:15 ngày")));
        QVERIFY(tickets.contains(QStringLiteral("Khẩn cấp")));

        const QString incidents = section(text, QStringLiteral("3. Sự cố"), QStringLiteral("4. Công việc"));
        QVERIFY2(incidents.contains(QStringLiteral("Đang ứng cứu 1 sự cố")), qPrintable(incidents));
        QVERIFY(incidents.contains(m_incidentCode));
        QVERIFY2(inOrder(incidents, QStringLiteral("Bước 1: Ghi nhận sự cố (đang thực hiện)")), qPrintable(incidents));
        QVERIFY(incidents.contains(QStringLiteral("18:00 ngày")));
        QVERIFY(incidents.contains(QStringLiteral("Mẫu 03")));
        QVERIFY(!incidents.contains(QStringLiteral("đã quá hạn"))); // due at 18:00, the snapshot was at 13:00

        const QString tasks = section(text, QStringLiteral("4. Công việc"), QStringLiteral("5. Sổ trực"));
        QVERIFY2(tasks.contains(
                     QStringLiteral("Ca chiều (2026-11-20/2), từ 14:00 ngày 20/11/2026 đến 22:00 ngày 20/11/2026")),
                 qPrintable(tasks));

        const QString log = section(text, QStringLiteral("5. Sổ trực"), QStringLiteral("6. Ý kiến"));
        QVERIFY2(log.contains(QStringLiteral("Sổ trực của ca có 3 mục ghi")), qPrintable(log));
        QVERIFY(inOrder(log, QStringLiteral("Tường lửa: CPU 12%, 3 đường VPN hoạt động")));
        QVERIFY(inOrder(log, QStringLiteral("Tường lửa nâng cấp firmware 7.2.5, CPU 9%")));
        QVERIFY(inOrder(log, QStringLiteral("Sở Y tế gọi báo mất kết nối mạng")));
        QVERIFY(log.contains(QStringLiteral("09:00 ngày")));
        QVERIFY(inOrder(log, QStringLiteral("Trạng thái hệ thống trước bảo trì")));
        QVERIFY(inOrder(log, QStringLiteral("Trạng thái hệ thống sau bảo trì")));
        QVERIFY(!log.contains(QStringLiteral("chưa ghi trạng thái sau bảo trì"))); // both were recorded

        const QString notes = section(text, QStringLiteral("6. Ý kiến"));
        QVERIFY2(notes.contains(QStringLiteral("Theo dõi máy chủ cổng thông tin sau khi gỡ webshell.")),
                 qPrintable(notes));
        QVERIFY(notes.contains(QStringLiteral("Sở Y tế hẹn gọi lại lúc 15:00.")));
        QVERIFY(notes.contains(QStringLiteral("NGƯỜI GIAO CA")));
        QVERIFY(notes.contains(QStringLiteral("NGƯỜI NHẬN CA")));

        // Numbered, registered and audited like every issued document.
        auto session = test::signIn(m_ws, QStringLiteral("lead"));
        store::Database& d = session->database();
        QCOMPARE(count(d, "SELECT count(*) FROM issued_reports WHERE kind = 'handover'"), 2);
        QCOMPARE(count(d, "SELECT count(*) FROM audit_log WHERE action = 'issued_report.issue' AND actor = 'lead' "
                          "AND details LIKE '%\"kind\":\"handover\"%'"),
                 2);
    }

    void unknownShiftWritesNothing()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
        auto r = cli({QStringLiteral("--shift"), QStringLiteral("2026-11-19/2"), QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No handover was prepared for the shift 2026-11-19/2"), r.err.constData());
        QVERIFY(r.err.contains("nothing was issued"));
        QVERIFY(!QFile::exists(pdf));

        r = cli({QStringLiteral("--shift"), QStringLiteral("yesterday"), QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("\"yesterday\" is not a shift key"), r.err.constData());
        QCOMPARE(cli({QStringLiteral("--out"), pdf}).exitCode, 2); // --shift is required
        QVERIFY(!QFile::exists(pdf));

        auto session = test::signIn(m_ws, QStringLiteral("lead"));
        QCOMPARE(count(session->database(), "SELECT count(*) FROM issued_reports"), 2); // no number used
    }
};

QTEST_MAIN(tst_HandoverReport)
#include "tst_HandoverReport.moc"
