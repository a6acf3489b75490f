// in the core: with the UI bypassed (CaseService, alert triage and the importer called
// directly), every role is refused what the permission table forbids, nothing is changed, and
// each refusal is in the audit log as "refused" with the attempted action's key, committed on its
// own so it survives the refused change.
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Permissions.h"
#include "ingest/AlertImporter.h"
#include "store/AlertRepository.h"
#include "store/AuditLog.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace soc;
using domain::Action;
using domain::Role;

namespace {

constexpr char kSeed[] = "seed"; // writes the data to attack, in each account's own database

struct Data {
    QString ticket;   // a plain ticket
    QString incident; // an incident, every step skipped: closable
    qint64 alert = 0; // a new alert
    QString alertFile;
};

// What may not change when an attempt is refused.
QList<qint64> footprint(store::Database& db)
{
    auto st = db.prepare("SELECT (SELECT count(*) FROM tickets), (SELECT coalesce(max(updated_at), 0) FROM tickets), "
                         "(SELECT count(*) FROM incidents), (SELECT coalesce(sum(closed_at), 0) FROM incidents), "
                         "(SELECT count(*) FROM timeline_events), (SELECT count(*) FROM change_journal), "
                         "(SELECT count(*) FROM alerts), (SELECT coalesce(sum(status), 0) FROM alerts), "
                         "(SELECT count(*) FROM meta), (SELECT count(*) FROM issued_reports), "
                         "(SELECT count(*) FROM incident_forms), (SELECT count(*) FROM response_steps WHERE state <> 0)");
    st.step();
    QList<qint64> out;
    for (int i = 0; i < 12; ++i)
        out << st.int64(i);
    return out;
}

qint64 refusals(store::Database& db, const QString& actor, const QString& action = {})
{
    auto st = db.prepare("SELECT count(*) FROM audit_log WHERE outcome = 'refused' AND actor = ? AND action LIKE ?");
    st.bind(1, actor).bind(2, action.isEmpty() ? QStringLiteral("%") : action);
    st.step();
    return st.int64(0);
}

struct Attempt {
    const char* what;
    std::vector<Action> needs; // checked in this order: the first one the role lacks is the refusal
    std::function<void(store::Database&, const QString& user, const Data&)> run;
};

const domain::SystemClock& caseClock()
{
    static const domain::SystemClock c;
    return c;
}

std::vector<Attempt> attempts()
{
    using store::CaseService;
    auto cases = [](store::Database& db, const QString& user) { return CaseService(db, user, caseClock()); };
    return {
        {"create a ticket", {Action::WorkCases}, [=](store::Database& db, const QString& u, const Data&) {
             CaseService::NewTicket n;
             n.title = QStringLiteral("Quét cổng từ bên ngoài");
             cases(db, u).createTicket(n);
         }},
        {"create a ticket for someone else", {Action::WorkCases, Action::AssignToOthers},
         [=](store::Database& db, const QString& u, const Data&) {
             CaseService::NewTicket n;
             n.title = QStringLiteral("Giao cho người khác");
             n.assignee = QStringLiteral("someone.else");
             cases(db, u).createTicket(n);
         }},
        {"edit a ticket", {Action::WorkCases}, [=](store::Database& db, const QString& u, const Data& d) {
             cases(db, u).editTicket(d.ticket, QStringLiteral("Renamed"), {}, domain::Severity::High, {});
         }},
        {"change a ticket's status", {Action::WorkCases}, [=](store::Database& db, const QString& u, const Data& d) {
             cases(db, u).setStatus(d.ticket, domain::TicketStatus::InProgress);
         }},
        {"assign a ticket to oneself", {Action::WorkCases}, [=](store::Database& db, const QString& u, const Data& d) {
             const QString id = d.ticket;
             cases(db, u).assign(std::span<const QString>(&id, 1), u);
         }},
        {"assign a ticket to someone else", {Action::WorkCases, Action::AssignToOthers},
         [=](store::Database& db, const QString& u, const Data& d) {
             const QString id = d.ticket;
             cases(db, u).assign(std::span<const QString>(&id, 1), QStringLiteral("someone.else"));
         }},
        {"add a note", {Action::WorkCases}, [=](store::Database& db, const QString& u, const Data& d) {
             cases(db, u).addNote(d.ticket, QStringLiteral("Ghi chú"));
         }},
        {"declare an incident", {Action::WorkCases}, [=](store::Database& db, const QString& u, const Data& d) {
             cases(db, u).declareIncident(d.ticket, {});
         }},
        {"start a step", {Action::WorkCases}, [=](store::Database& db, const QString& u, const Data& d) {
             cases(db, u).startStep(d.incident, 1);
         }},
        {"record an escalation", {Action::WorkCases}, [=](store::Database& db, const QString& u, const Data& d) {
             cases(db, u).recordEscalation(d.incident, domain::EscalationTarget::DirectSuperior,
                                           domain::CommChannel::Phone, {}, {});
         }},
        {"fill in the report forms", {Action::WorkCases}, [=](store::Database& db, const QString& u, const Data& d) {
             cases(db, u).setIncidentForm(d.incident, {});
         }},
        {"close an incident", {Action::CloseIncident}, [=](store::Database& db, const QString& u, const Data& d) {
             cases(db, u).closeIncident(d.incident);
         }},
        {"close an incident's ticket", {Action::WorkCases, Action::CloseIncident},
         [=](store::Database& db, const QString& u, const Data& d) {
             cases(db, u).setStatus(d.incident, domain::TicketStatus::Closed, QStringLiteral("done"));
         }},
        {"issue a document", {Action::IssueReport}, [=](store::Database& db, const QString& u, const Data& d) {
             cases(db, u).issueReport({domain::ReportKind::Mau03, d.incident, 0, 0});
         }},
        {"change the service levels", {Action::ChangeServiceLevels}, [=](store::Database& db, const QString& u, const Data&) {
             cases(db, u).setServiceLevels(domain::ServiceLevels::defaults());
         }},
        {"change the report settings", {Action::ChangeReportSettings}, [=](store::Database& db, const QString& u, const Data&) {
             cases(db, u).setReportSettings(domain::ReportSettings::defaults());
         }},
        {"triage an alert", {Action::TriageAlerts}, [](store::Database& db, const QString& u, const Data& d) {
             const qint64 id = d.alert;
             store::AlertRepository(db).setStatus(std::span<const qint64>(&id, 1), domain::AlertStatus::Acknowledged, {}, u);
         }},
        {"import alerts", {Action::ImportAlerts}, [](store::Database& db, const QString& u, const Data& d) {
             ingest::AlertImporter(db, u).run({d.alertFile}, ingest::AlertFormat::Auto);
         }},
    };
}

} // namespace

class tst_PermissionRefusals : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_eve; // an alert file none of the databases holds yet

    // The data to attack, written in `db` by a shift lead account of that database.
    Data seed(store::Database& db)
    {
        const QString lead = QLatin1String(kSeed);
        test::addLocalAccount(db, lead, Role::ShiftLead);
        Data d;
        QFile f(m_tmp.filePath(QStringLiteral("seed.json")));
        if (!f.open(QIODevice::WriteOnly))
            return d;
        f.write(test::eveLine(QStringLiteral("2026-11-20T10:00:00.000000+0700"), 2001219, QStringLiteral("ET SCAN SSH"), 2,
                              QStringLiteral("45.148.10.7"), QStringLiteral("10.20.1.15"), 1));
        f.close();
        ingest::AlertImporter(db, lead).run({f.fileName()}, ingest::AlertFormat::Auto);
        d.alert = store::AlertRepository(db).maxId();
        store::CaseService cases(db, lead, caseClock());
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Dò quét SSH");
        d.ticket = cases.createTicket(n).id;
        n.title = QStringLiteral("Tấn công thay đổi giao diện");
        d.incident = cases.createTicket(n).id;
        cases.declareIncident(d.incident, {});
        for (int step = 1; step <= domain::kStepCount; ++step)
            cases.skipStep(d.incident, step, QStringLiteral("not needed for this test"));
        d.alertFile = m_eve;
        return d;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        QVERIFY(test::createAdminWorkspace(m_dir));
        test::addAccount(m_dir, QStringLiteral("an"), Role::Analyst);
        test::addAccount(m_dir, QStringLiteral("binh"), Role::ShiftLead);
        test::addAccount(m_dir, QStringLiteral("minh"), Role::Manager);
        test::addAccount(m_dir, QStringLiteral("audra"), Role::Auditor);
        m_eve = m_tmp.filePath(QStringLiteral("new.json"));
        QFile f(m_eve);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::eveLine(QStringLiteral("2026-11-20T11:00:00.000000+0700"), 2100366, QStringLiteral("GPL ICMP PING"), 3,
                              QStringLiteral("10.9.9.9"), QStringLiteral("10.20.1.1"), 7));
    }

    void theCoreRefusesWhatTheTableForbids_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("role");
        QTest::newRow("analyst") << QStringLiteral("an") << static_cast<int>(Role::Analyst);
        QTest::newRow("shift lead") << QStringLiteral("binh") << static_cast<int>(Role::ShiftLead);
        QTest::newRow("manager") << QStringLiteral("minh") << static_cast<int>(Role::Manager);
        QTest::newRow("auditor") << QStringLiteral("audra") << static_cast<int>(Role::Auditor);
        QTest::newRow("administrator") << QString::fromLatin1(test::kTestAdmin) << static_cast<int>(Role::Administrator);
    }

    void theCoreRefusesWhatTheTableForbids()
    {
        QFETCH(QString, user);
        QFETCH(int, role);
        auto session = test::signIn(m_dir, user);
        QVERIFY(session);
        QCOMPARE(static_cast<int>(session->account().role), role);
        store::Database& db = session->database();
        const Data data = seed(db);
        QVERIFY(!data.incident.isEmpty());

        // Everything the role may not do: refused, nothing changed, one audited refusal each.
        const QList<qint64> before = footprint(db);
        int refused = 0;
        for (const Attempt& a : attempts()) {
            std::optional<Action> lacking;
            for (Action need : a.needs)
                if (!lacking && !domain::Permissions::allows(static_cast<Role>(role), need))
                    lacking = need;
            if (!lacking)
                continue;
            const QString key = domain::Permissions::actionKey(*lacking);
            const qint64 auditedBefore = refusals(db, user, key);
            try {
                a.run(db, user, data);
                QFAIL(qPrintable(QStringLiteral("%1 could %2").arg(user, QLatin1String(a.what))));
            } catch (const store::DatabaseError& e) {
                QVERIFY2(e.code() == store::ErrorCode::Forbidden, qPrintable(QLatin1String(a.what) + u' ' + e.message()));
                QCOMPARE(e.message(), domain::Permissions::refusal(static_cast<Role>(role), *lacking));
            }
            QCOMPARE(footprint(db), before);
            QVERIFY2(refusals(db, user, key) == auditedBefore + 1, a.what);
            ++refused;
        }
        QCOMPARE(refusals(db, user), refused);
        // The refusals are part of the chain like any other entry.
        QVERIFY(store::AuditLog(db).verify().ok);

        // What the role may do is not refused (other rules may still say no).
        for (const Attempt& a : attempts()) {
            bool allowed = true;
            for (Action need : a.needs)
                allowed = allowed && domain::Permissions::allows(static_cast<Role>(role), need);
            if (!allowed)
                continue;
            try {
                a.run(db, user, data);
            } catch (const store::DatabaseError& e) {
                QVERIFY2(e.code() != store::ErrorCode::Forbidden, qPrintable(QLatin1String(a.what) + u' ' + e.message()));
            }
        }
        QCOMPARE(refusals(db, user), refused);
    }

    void anUnknownAuthorIsRefused()
    {
        auto session = test::signIn(m_dir, QStringLiteral("binh"));
        QVERIFY(session);
        store::Database& db = session->database();
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Written by nobody");
        const QList<qint64> before = footprint(db);
        store::CaseService ghost(db, QStringLiteral("ghost"), caseClock());
        try {
            ghost.createTicket(n);
            QFAIL("a ticket was created by an author with no account");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::Forbidden);
            QVERIFY2(e.message().contains(QStringLiteral("ghost")), qPrintable(e.message()));
        }
        QCOMPARE(footprint(db), before);
        QCOMPARE(refusals(db, QStringLiteral("ghost"), QStringLiteral("cases.work")), 1);
    }

    void aRefusalInsideTheCallersTransactionIsCheckedFirst()
    {
        // The demo and other callers wrap several calls in one transaction: they check before it
        // opens, so the refusal is recorded although the transaction never commits.
        auto session = test::signIn(m_dir, QStringLiteral("audra"));
        QVERIFY(session);
        store::Database& db = session->database();
        const qint64 before = refusals(db, QStringLiteral("audra"), QStringLiteral("cases.work"));
        store::CaseService cases(db, QStringLiteral("audra"), caseClock());
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, cases.access().require(Action::WorkCases));
        QCOMPARE(refusals(db, QStringLiteral("audra"), QStringLiteral("cases.work")), before + 1);
    }
};

QTEST_GUILESS_MAIN(tst_PermissionRefusals)
#include "tst_PermissionRefusals.moc"
