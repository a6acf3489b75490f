// Agency directory, escalation matrix, asset register and requests to agencies (issue 7: R-13,
// ) on a real encrypted workspace: CSV imports that report bad rows by line and
// never half-commit a row or a refused file, the most specific network wins, export -> import
// keeps the register, overdue requests, "notify" on the timeline with a prepared [TBSC] email,
// refusals for an analyst (Forbidden, audited), and the CLI's --json imports.
#include "DirectoryFixture.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "store/AgencyDirectory.h"
#include "store/AgencyLookup.h"
#include "store/AgencyRequests.h"
#include "store/AssetCsvImport.h"
#include "store/AssetRegister.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/DirectoryCsvImport.h"
#include "store/EscalationMatrix.h"
#include "store/IncidentNotifier.h"
#include "store/IncidentRepository.h"
#include "store/OwnerLookup.h"
#include "store/TimelineRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;
using test::assetCsv;
using test::directoryCsv;
using test::writeFile;

namespace {

constexpr qint64 kNow = 1'795'651'200'000; // 2026-11-20T00:00:00Z
constexpr qint64 kHour = 3600'000;
const QString kLead = QStringLiteral("lead");
const QString kAnalyst = QStringLiteral("lan");

qint64 count(store::Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

} // namespace

class tst_Directory : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Session> m_session;
    domain::FixedClock m_clock{kNow};

    store::Database& db() { return m_session->database(); }
    QString path(const QString& name) { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_session = test::createWorkspace(path(QStringLiteral("ws")));
        test::addLocalAccount(db(), kAnalyst, domain::Role::Analyst);
    }

    void directoryImportReportsBadRowsByLine()
    {
        writeFile(path(QStringLiteral("directory.csv")), directoryCsv());
        const auto report =
            store::DirectoryCsvImport(db(), kLead, m_clock).importFile(path(QStringLiteral("directory.csv")));
        QCOMPARE(report.rows, 12);
        QCOMPARE(report.imported(), 6);
        QCOMPARE(report.added, 5);
        QCOMPARE(report.networks, 6);
        QCOMPARE(report.contacts, 5);
        QList<int> lines;
        for (const auto& p : report.problems) {
            lines << p.line;
            QCOMPARE(p.file, path(QStringLiteral("directory.csv")));
            QVERIFY(!p.reason.isEmpty());
        }
        QCOMPARE(lines, (QList<int>{8, 9, 10, 11, 12, 13}));
        QVERIFY(report.problems[0].reason.contains(QStringLiteral("3 fields")));
        QVERIFY(report.problems[1].reason.contains(QStringLiteral("10.30.0.0/33")));
        QVERIFY(report.problems[2].reason.contains(QStringLiteral("not-an-email")));
        QVERIFY(report.problems[3].reason.contains(QStringLiteral("ministry")));
        QVERIFY(report.problems[4].reason.contains(QStringLiteral("NO-SUCH")));
        QVERIFY(report.problems[5].reason.contains(QStringLiteral("STTTT")));

        store::AgencyDirectory dir(db(), kLead, m_clock);
        const auto stttt = dir.agency(QStringLiteral("STTTT"));
        QVERIFY(stttt);
        QCOMPARE(stttt->name, QStringLiteral("Sở Thông tin và Truyền thông, Hải Phòng"));
        QCOMPARE(stttt->kind, domain::AgencyKind::ProvincialDepartment);
        QCOMPARE(stttt->parentId, QStringLiteral("UBND-TINH"));
        QCOMPARE(stttt->notes, QStringLiteral("Đầu mối 24/7\r\nGọi trước khi gửi công văn"));
        QCOMPARE(stttt->networks, (QStringList{QStringLiteral("10.20.0.0/16"), QStringLiteral("2001:db8:20::/48"),
                                               QStringLiteral("stttt.haiphong.gov.vn")}));
        QCOMPARE(dir.focalPoints(QStringLiteral("STTTT")).size(), std::size_t(2));
        QCOMPARE(dir.agencies().size(), std::size_t(5));
        // By name too.
        QCOMPARE(dir.agency(QStringLiteral("công an tỉnh hải phòng"))->id, QStringLiteral("CA-TINH"));
        // The row whose email was bad left nothing behind: not the agency, not its network.
        QVERIFY(!dir.agency(QStringLiteral("BAD-MAIL")));
        QCOMPARE(count(db(), "SELECT count(*) FROM agency_networks WHERE network = '10.40.0.0/16'"), 0);
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'directory.import' AND outcome = 'ok' AND "
                             "actor = 'lead'"),
                 1);

        // Importing the same file again changes nothing and adds nothing.
        const auto again =
            store::DirectoryCsvImport(db(), kLead, m_clock).importFile(path(QStringLiteral("directory.csv")));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.networks, 0);
        QCOMPARE(dir.agencies().size(), std::size_t(5));
    }

    void refusedFileCommitsNothing()
    {
        const qint64 agencies = count(db(), "SELECT count(*) FROM agencies");
        const qint64 audit = count(db(), "SELECT count(*) FROM audit_log WHERE action = 'directory.import'");
        writeFile(path(QStringLiteral("not.csv")), QByteArray("%PDF-1.7\n\0\0\x01binary", 20));
        writeFile(path(QStringLiteral("alerts.json")),
                  QByteArray("{\"timestamp\":\"2026-11-20T10:00:00Z\",\"event_type\":\"alert\"}\n"));
        writeFile(path(QStringLiteral("latin1.csv")), QByteArray("code,name,kind\nX,S\xf6 Y t\xe9,other\n"));
        writeFile(path(QStringLiteral("open-quote.csv")), QByteArray("code,name,kind\nX,\"never closed,other\n"));
        for (const char* name : {"not.csv", "alerts.json", "latin1.csv", "open-quote.csv", "missing.csv"}) {
            try {
                store::DirectoryCsvImport(db(), kLead, m_clock).importFile(path(QString::fromLatin1(name)));
                QFAIL(name);
            } catch (const store::DatabaseError& e) {
                QCOMPARE(e.code(), store::ErrorCode::Refused);
                QVERIFY2(e.message().contains(QStringLiteral("Nothing was imported")), qPrintable(e.message()));
            }
        }
        QCOMPARE(count(db(), "SELECT count(*) FROM agencies"), agencies);
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'directory.import'"), audit + 5);
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'directory.import' AND outcome = 'failed'"),
                 5);
    }

    void mostSpecificAgencyWins()
    {
        const store::AgencyLookup lookup(db());
        QCOMPARE(lookup.byAddress(QStringLiteral("10.20.5.21"))->agencyId, QStringLiteral("XA-AN-BINH"));
        QCOMPARE(lookup.byAddress(QStringLiteral("10.20.1.10"))->agencyId, QStringLiteral("STTTT"));
        QCOMPARE(lookup.byAddress(QStringLiteral("10.20.1.10"))->network, QStringLiteral("10.20.0.0/16"));
        QCOMPARE(lookup.byAddress(QStringLiteral("10.99.0.1"))->agencyId, QStringLiteral("UBND-TINH"));
        QCOMPARE(lookup.byAddress(QStringLiteral("2001:db8:20:1::9"))->agencyId, QStringLiteral("STTTT"));
        QVERIFY(!lookup.byAddress(QStringLiteral("203.113.7.9")));
        QCOMPARE(lookup.byHost(QStringLiteral("mail.stttt.haiphong.gov.vn"))->agencyId, QStringLiteral("STTTT"));
        QCOMPARE(lookup.byHost(QStringLiteral("dichvucong.haiphong.gov.vn"))->agencyId, QStringLiteral("UBND-TINH"));
        domain::Alert inbound;
        inbound.srcIp = QStringLiteral("45.148.10.7");
        inbound.dstIp = QStringLiteral("10.20.5.21");
        QCOMPARE(lookup.forAlert(inbound)->agencyId, QStringLiteral("XA-AN-BINH"));
        domain::Alert outbound;
        outbound.srcIp = QStringLiteral("10.20.1.10");
        outbound.dstIp = QStringLiteral("185.220.101.4");
        QCOMPARE(lookup.forAlert(outbound)->agencyId, QStringLiteral("STTTT"));
        domain::Alert hostOnly;
        hostOnly.host = QStringLiteral("web01.stttt.haiphong.gov.vn");
        QCOMPARE(lookup.forAlert(hostOnly)->agencyId, QStringLiteral("STTTT"));
    }

    void assetImportAndRoundTrip()
    {
        writeFile(path(QStringLiteral("assets.csv")), assetCsv());
        const auto report = store::AssetCsvImport(db(), kLead, m_clock).importFile(path(QStringLiteral("assets.csv")));
        QCOMPARE(report.rows, 9);
        QCOMPARE(report.added, 4);
        QList<int> lines;
        for (const auto& p : report.problems)
            lines << p.line;
        QCOMPARE(lines, (QList<int>{5, 6, 7, 8, 9}));
        QVERIFY(report.problems[0].reason.contains(QStringLiteral("10.20.5.300")));
        QVERIFY(report.problems[1].reason.contains(QStringLiteral("MAC")));
        QVERIFY(report.problems[2].reason.contains(QStringLiteral("1 to 5")));
        QVERIFY(report.problems[3].reason.contains(QStringLiteral("SO-KHONG-CO")));

        store::AssetRegister reg(db(), kLead, m_clock);
        const auto portal = reg.byIp(QStringLiteral("10.20.1.10"));
        QCOMPARE(portal.size(), std::size_t(1));
        QCOMPARE(portal[0].mac, QStringLiteral("aa:bb:cc:00:11:22"));
        QCOMPARE(portal[0].securityLevel, 3);
        QCOMPARE(portal[0].criticality, domain::Criticality::Critical);
        QCOMPARE(portal[0].notes, QStringLiteral("portal, public"));
        QCOMPARE(reg.byMac(QStringLiteral("AABB.CC00.1123"))[0].name, QStringLiteral("Máy chủ thư"));
        QCOMPARE(reg.byIp(QStringLiteral("10.0.0.1"))[0].agencyId, QStringLiteral("CA-TINH")); // given by name
        QCOMPARE(reg.byIp(QStringLiteral("10.0.0.1"))[0].securityLevel, 0);

        // Export, then import into a fresh workspace with the same directory: the same register.
        QCOMPARE(reg.exportCsv(path(QStringLiteral("export.csv"))), 4);
        QFile exported(path(QStringLiteral("export.csv")));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().startsWith(
            "\xEF\xBB\xBFid,name,type,ip,mac,agency,security_level,criticality,notes\r\n"));
        {
            auto other = test::createWorkspace(path(QStringLiteral("ws2")));
            store::DirectoryCsvImport(other->database(), kLead, m_clock)
                .importFile(path(QStringLiteral("directory.csv")));
            const auto back =
                store::AssetCsvImport(other->database(), kLead, m_clock).importFile(path(QStringLiteral("export.csv")));
            QCOMPARE(back.added, 4);
            QVERIFY(back.problems.empty());
            const auto a = reg.assets();
            const auto b = store::AssetRegister(other->database(), kLead, m_clock).assets();
            QCOMPARE(b.size(), a.size());
            for (std::size_t i = 0; i < a.size(); ++i) {
                QCOMPARE(b[i].id, a[i].id);
                QCOMPARE(b[i].name, a[i].name);
                QCOMPARE(b[i].type, a[i].type);
                QCOMPARE(b[i].ip, a[i].ip);
                QCOMPARE(b[i].mac, a[i].mac);
                QCOMPARE(b[i].agencyId, a[i].agencyId);
                QCOMPARE(b[i].securityLevel, a[i].securityLevel);
                QCOMPARE(b[i].criticality, a[i].criticality);
                QCOMPARE(b[i].notes, a[i].notes);
            }
        }
        // Into the same workspace: every row updates its asset, none is added.
        const auto same = store::AssetCsvImport(db(), kLead, m_clock).importFile(path(QStringLiteral("export.csv")));
        QCOMPARE(same.added, 0);
        QCOMPARE(same.updated, 4);
        QCOMPARE(reg.assets().size(), std::size_t(4));
    }

    void ownerOfAlertAndTicket()
    {
        store::OwnerLookup owners(db());
        domain::Alert a;
        a.srcIp = QStringLiteral("45.148.10.7");
        a.dstIp = QStringLiteral("10.20.1.10");
        const auto o = owners.forAlert(a);
        QCOMPARE(o.agency->agencyId, QStringLiteral("STTTT"));
        QCOMPARE(o.asset->name, QStringLiteral("Cổng thông tin điện tử"));

        store::CaseService cases(db(), kLead, m_clock);
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Tấn công thay đổi giao diện cổng thông tin");
        n.agency = QStringLiteral("UBND xã An Bình");
        const auto t = cases.createTicket(n);
        const auto sys = owners.affectedSystem(t.code);
        QCOMPARE(sys.owningAgency, QStringLiteral("UBND xã An Bình"));
        QVERIFY(sys.system.isEmpty()); // no alert, no asset
    }

    void escalationMatrix()
    {
        store::AgencyDirectory dir(db(), kLead, m_clock);
        const auto stttt = dir.focalPoints(QStringLiteral("STTTT"));
        const auto police = dir.focalPoints(QStringLiteral("CA-TINH"));
        store::EscalationMatrix matrix(db(), kLead, m_clock);
        store::EscalationEntry toDept;
        toDept.agencyId = QStringLiteral("STTTT");
        toDept.focalPointId = stttt[0].id; // Nguyễn Văn An
        toDept.channel = domain::CommChannel::OfficialEmail;
        store::EscalationEntry toPolice;
        toPolice.agencyId = QStringLiteral("CA-TINH");
        toPolice.focalPointId = police[0].id;
        toPolice.channel = domain::CommChannel::Phone;
        store::EscalationEntry toNcsc;
        toNcsc.agencyId = QStringLiteral("NCSC");
        toNcsc.channel = domain::CommChannel::Document;
        matrix.setTargets(domain::Severity::High, {toDept, toPolice, toNcsc});
        matrix.setTargets(domain::Severity::Emergency, {toPolice, toDept});

        const auto high = matrix.forSeverity(domain::Severity::High);
        QCOMPARE(high.size(), std::size_t(3));
        QCOMPARE(high[0].agencyId, QStringLiteral("STTTT"));
        QCOMPARE(high[0].email, QStringLiteral("an.nv@haiphong.gov.vn"));
        QCOMPARE(high[0].effectiveTarget(), domain::EscalationTarget::ProvincialDepartment);
        QCOMPARE(high[1].effectiveTarget(), domain::EscalationTarget::Police);
        QCOMPARE(high[1].phone, QStringLiteral("069 2345 678"));
        QCOMPARE(high[2].effectiveTarget(), domain::EscalationTarget::NationalCoordinator);
        QCOMPARE(matrix.forSeverity(domain::Severity::Emergency)[0].agencyId, QStringLiteral("CA-TINH"));
        QVERIFY(matrix.forSeverity(domain::Severity::Low).empty());
        QCOMPARE(matrix.all().size(), std::size_t(5));

        // Email without an address to write to: refused, the list as it was.
        store::EscalationEntry noMail;
        noMail.agencyId = QStringLiteral("NCSC");
        noMail.channel = domain::CommChannel::OfficialEmail;
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, matrix.setTargets(domain::Severity::High, {noMail}));
        QCOMPARE(matrix.forSeverity(domain::Severity::High).size(), std::size_t(3));
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'escalation.set'"), 2);
    }

    void notifyRecordsTimelineAndPreparesEmail()
    {
        store::CaseService cases(db(), kLead, m_clock);
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Mã độc mã hoá dữ liệu trên máy chủ thư");
        n.severity = domain::Severity::High;
        const auto t = cases.createTicket(n);
        store::CaseService::Declaration d;
        d.severity = domain::Severity::High;
        d.type = 3;
        d.affectedSystem = QStringLiteral("Máy chủ thư (mail server, 2001:db8:20::25)");
        d.owningAgency = QStringLiteral("Sở Thông tin và Truyền thông, Hải Phòng");
        cases.declareIncident(t.id, d);

        const auto high = store::EscalationMatrix(db(), kLead, m_clock).forSeverity(domain::Severity::High);
        m_clock.advance(60'000);
        store::IncidentNotifier notifier(db(), kLead, m_clock);
        const auto byMail = notifier.notify(t.code, high[0]);
        QVERIFY(byMail.email);
        QCOMPARE(byMail.email->to, QStringLiteral("an.nv@haiphong.gov.vn"));
        QVERIFY(byMail.email->subject.startsWith(QStringLiteral("[TBSC] ")));
        QVERIFY(byMail.email->subject.contains(t.code));
        QVERIFY(byMail.email->body.contains(d.affectedSystem));
        QCOMPARE(byMail.event.kind, domain::TimelineKind::Communication);
        QCOMPARE(byMail.event.details.value(u"channel").toString(), QStringLiteral("official_email"));
        QVERIFY(byMail.event.details.value(u"counterpart").toString().contains(QStringLiteral("Nguyễn Văn An")));
        QCOMPARE(byMail.event.details.value(u"direction").toString(), QStringLiteral("out"));
        const auto incident = store::IncidentRepository(db()).byTicket(t.id);
        QCOMPARE(incident->notifiedAtMs[static_cast<int>(domain::EscalationTarget::ProvincialDepartment)],
                 kNow + 60'000);

        const auto byPhone = notifier.notify(t.id, high[1]);
        QVERIFY(!byPhone.email);
        QCOMPARE(byPhone.event.details.value(u"channel").toString(), QStringLiteral("phone"));
        QVERIFY(store::IncidentRepository(db())
                    .byTicket(t.id)
                    ->notifiedAtMs[static_cast<int>(domain::EscalationTarget::Police)]);
        store::TimelineFilter f;
        f.kindMask = 1 << static_cast<int>(domain::TimelineKind::Communication);
        QCOMPARE(store::TimelineRepository(db()).forTicket(t.id, f).size(), std::size_t(2));

        // An email target without an address records nothing.
        store::EscalationEntry noMail = high[2];
        noMail.channel = domain::CommChannel::OfficialEmail;
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, notifier.notify(t.id, noMail));
        QCOMPARE(store::TimelineRepository(db()).forTicket(t.id, f).size(), std::size_t(2));
    }

    void overdueRequests()
    {
        store::CaseService cases(db(), kLead, m_clock);
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Máy trạm kết nối máy chủ điều khiển mã độc");
        const auto t = cases.createTicket(n);
        domain::FixedClock clock(kNow);
        store::AgencyRequests requests(db(), kAnalyst, clock); // analysts work cases: they may
        const auto isolate =
            requests.add({QStringLiteral("XA-AN-BINH"), QStringLiteral("Cách ly máy trạm 10.20.5.21 khỏi mạng"),
                          kNow + 4 * kHour, t.code, domain::CommChannel::OfficialEmail});
        const auto report = requests.add({QStringLiteral("Sở Thông tin và Truyền thông, Hải Phòng"),
                                          QStringLiteral("Báo cáo kết quả khắc phục"), kNow + 48 * kHour, QString(),
                                          domain::CommChannel::Document});
        QCOMPARE(report.agencyId, QStringLiteral("STTTT"));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError,
                                 requests.add({QStringLiteral("NO-SUCH"), QStringLiteral("x"), kNow + kHour, QString(),
                                               domain::CommChannel::Phone}));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, requests.add({QStringLiteral("STTTT"), QStringLiteral("x"),
                                                                     kNow - 1, QString(), domain::CommChannel::Phone}));

        QVERIFY(requests.overdueAt(kNow + 4 * kHour).empty()); // due at that instant: not yet overdue
        clock.set(kNow + 5 * kHour);
        auto overdue = requests.overdueAt(clock.nowMs());
        QCOMPARE(overdue.size(), std::size_t(1));
        QCOMPARE(overdue[0].number, isolate.number);
        QCOMPARE(requests.overdueAt(kNow + 49 * kHour).size(), std::size_t(2));

        requests.answer(isolate.number, QStringLiteral("Đã cách ly lúc 04:30"));
        QVERIFY(requests.overdueAt(kNow + 49 * kHour).size() == 1);
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, requests.answer(isolate.number, QStringLiteral("again")));
        // The request and its answer are on the ticket's timeline, out then in.
        store::TimelineFilter f;
        f.kindMask = 1 << static_cast<int>(domain::TimelineKind::Communication);
        const auto comms = store::TimelineRepository(db()).forTicket(t.id, f);
        QCOMPARE(comms.size(), std::size_t(2));
        QCOMPARE(comms[0].details.value(u"direction").toString(), QStringLiteral("out"));
        QCOMPARE(comms[1].details.value(u"direction").toString(), QStringLiteral("in"));
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action LIKE 'agency_request.%' AND actor = 'lan'"),
                 3);
    }

    void analystIsRefusedAndAudited()
    {
        const qint64 agencies = count(db(), "SELECT count(*) FROM agencies");
        const qint64 assets = count(db(), "SELECT count(*) FROM assets");
        auto forbidden = [](const std::function<void()>& f) {
            try {
                f();
            } catch (const store::DatabaseError& e) {
                return e.code() == store::ErrorCode::Forbidden;
            }
            return false;
        };
        QVERIFY(forbidden([&] {
            store::DirectoryCsvImport(db(), kAnalyst, m_clock).importFile(path(QStringLiteral("directory.csv")));
        }));
        QVERIFY(forbidden(
            [&] { store::AssetCsvImport(db(), kAnalyst, m_clock).importFile(path(QStringLiteral("assets.csv"))); }));
        QVERIFY(forbidden([&] {
            domain::Asset a;
            a.name = QStringLiteral("x");
            store::AssetRegister(db(), kAnalyst, m_clock).save(a);
        }));
        QVERIFY(forbidden([&] {
            store::AgencyDirectory(db(), kAnalyst, m_clock)
                .addNetwork(QStringLiteral("STTTT"), QStringLiteral("10.21.0.0/16"));
        }));
        QVERIFY(forbidden(
            [&] { store::EscalationMatrix(db(), kAnalyst, m_clock).setTargets(domain::Severity::High, {}); }));
        QCOMPARE(count(db(), "SELECT count(*) FROM agencies"), agencies);
        QCOMPARE(count(db(), "SELECT count(*) FROM assets"), assets);
        QCOMPARE(store::EscalationMatrix(db(), kLead, m_clock).forSeverity(domain::Severity::High).size(),
                 std::size_t(3));
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE actor = 'lan' AND outcome = 'refused' AND action = "
                             "'directory.manage'"),
                 5);
    }
};

QTEST_GUILESS_MAIN(tst_Directory)
#include "tst_Directory.moc"
