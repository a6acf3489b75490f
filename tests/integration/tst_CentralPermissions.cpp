// The central store's own permission checks (issue: "The server rejects an operation the analyst's
// role may not perform, even when sent directly with psql as that role").
//
// The real psql binary connects as each analyst with their password (from a pgpass file, as an
// analyst at a terminal would) and tries what the station would never send: direct writes,
// closing an incident as an analyst, rewriting a timeline event, anything at all as an auditor.
// Then a station whose journal holds a forbidden operation (the local checks allowed it) gets it
// back as rejected, with the server's reason and state.
#include "CentralFixture.h"
#include "TestSupport.h"

#include "domain/Alert.h"
#include "domain/Clock.h"
#include "domain/Permissions.h"
#include "store/AccountRepository.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/TimelineRepository.h"
#include "sync/CentralSettings.h"
#include "sync/PgConnection.h"
#include "sync/SyncLoop.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace soc;

namespace {

security::SecretBuffer testPassword()
{
    QByteArray pw(test::kTestPassword);
    return security::SecretBuffer::takeFrom(pw);
}

QByteArray compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QJsonObject parse(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

struct PsqlResult {
    int exitCode = -1;
    QString out;
    QString err;
};

struct Station {
    QString user;
    QString dir;
    std::unique_ptr<store::Session> session;
    std::unique_ptr<sync::SyncLoop> loop;
    std::unique_ptr<store::CaseService> cases;
    store::Database& db() { return session->database(); }
};

} // namespace

class tst_CentralPermissions : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<test::CentralFixture> m_central;
    QString m_psql;
    QString m_userPass; // pgpass file with the analysts' passwords
    domain::SystemClock m_clock;
    Station m_an;   // analyst
    Station m_binh; // shift lead
    QString m_incident; // declared by binh, every step skipped, open
    QString m_alert;    // uuid of an alert on the central store

    // Runs `sql` with psql as `user` (password from the pgpass file, over TCP with SCRAM).
    PsqlResult psql(const QString& user, const QString& sql)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), m_userPass);
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
        env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
        p.setProcessEnvironment(env);
        p.start(m_psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-w"), QStringLiteral("-d"), m_central->urlFor(user)});
        PsqlResult r;
        if (!p.waitForStarted(10000))
            return r;
        p.write((QStringLiteral("\\set VERBOSITY verbose\n") + sql + u'\n').toUtf8());
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return r;
    }

    // SELECT soc.apply_op(...) as `user`, with the payload as a dollar-quoted literal.
    PsqlResult applyOp(const QString& user, const QString& entity, const QString& id, const QString& op, const QJsonObject& payload)
    {
        const QString sql = QStringLiteral("SELECT soc.apply_op('%1'::uuid, 'psql', '%2', '%3', '%4', $json$%5$json$::jsonb);")
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), entity, id, op, QString::fromUtf8(compact(payload)));
        return psql(user, sql);
    }

    // The server's record: doc and revision.
    std::pair<QJsonObject, qint64> serverRecord(const QString& entity, const QString& id)
    {
        const sync::PgResult r = m_central->admin()->exec("SELECT doc::text, rev FROM soc.case_records WHERE entity = $1 AND id = $2",
                                                          {entity.toUtf8(), id.toUtf8()});
        if (r.rows() == 0)
            return {};
        return {parse(r.text(0, 0)), r.int64(0, 1)};
    }

    void openStation(Station& s, const QString& user, const QString& role)
    {
        s.user = user;
        s.dir = m_tmp.filePath(user);
        QVERIFY(m_central->addUser(user, role, QString::fromUtf8(test::kTestPassword)));
        s.session = test::createWorkspace(s.dir, user, domain::roleFromKey(role).value_or(domain::Role::Analyst));
        QVERIFY(s.session);
        const auto use = test::runCli({QStringLiteral("central"), QStringLiteral("use"), QStringLiteral("--url"), m_central->baseUrl()},
                                      {}, test::cliEnv(s.dir, user));
        QVERIFY2(use.exitCode == 0, use.err.constData());
        s.loop = std::make_unique<sync::SyncLoop>(s.db(), sync::CentralSettings::load(s.dir), user, testPassword(),
                                                  sync::SyncLoop::Callbacks{});
        s.cases = std::make_unique<store::CaseService>(s.db(), user, m_clock);
    }

    QString declaredIncident(Station& s, const QString& title)
    {
        store::CaseService::NewTicket n;
        n.title = title;
        n.agency = QStringLiteral("Sở Tài chính");
        const QString id = s.cases->createTicket(n).id;
        store::CaseService::Declaration d;
        d.affectedSystem = QStringLiteral("Cổng thông tin");
        s.cases->declareIncident(id, d);
        for (int step = 1; step <= 7; ++step)
            s.cases->skipStep(id, step, QStringLiteral("not needed for this test"));
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_central = test::CentralFixture::create(m_tmp, QStringLiteral("central_permissions"));
        if (!m_central && qEnvironmentVariableIsEmpty("SOCSTATION_TEST_PG_DIR"))
            QSKIP("needs the postgres CTest fixture (SOCSTATION_TEST_PG_DIR)");
        QVERIFY(m_central);
        m_psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
        QVERIFY2(!m_psql.isEmpty(), "psql is not installed");

        openStation(m_an, QStringLiteral("an"), QStringLiteral("analyst"));
        openStation(m_binh, QStringLiteral("binh"), QStringLiteral("shift_lead"));
        QVERIFY(m_central->addUser(QStringLiteral("audra"), QStringLiteral("auditor"), QString::fromUtf8(test::kTestPassword)));
        // The analysts' passwords for psql, as each would keep them in ~/.pgpass.
        m_userPass = m_tmp.filePath(QStringLiteral("users.pgpass"));
        QFile f(m_userPass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QString pw = QString::fromUtf8(test::kTestPassword);
        pw.replace(u'\\', QStringLiteral("\\\\")).replace(u':', QStringLiteral("\\:"));
        for (const char* user : {"an", "binh", "audra"})
            f.write(QStringLiteral("*:*:*:%1:%2\n").arg(QLatin1String(user), pw).toUtf8());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // Data to attack: an incident (steps settled, open) from the shift lead's station, and an alert.
        m_incident = declaredIncident(m_binh, QStringLiteral("Defacement of the portal"));
        QCOMPARE(m_binh.loop->runOnce().rejected, 0);
        QCOMPARE(m_an.loop->runOnce().rejected, 0);
        QVERIFY(!serverRecord(QStringLiteral("incident"), m_incident).first.isEmpty());
        const QByteArray fp = QByteArray(32, '\x5a');
        m_alert = domain::alertUuid(fp);
        m_central->admin()->exec("INSERT INTO soc.alerts(uuid, fingerprint, detected_at, source, subsystem, severity, signature, raw) "
                                 "VALUES($1::uuid, decode($2, 'hex'), $3::bigint, 'suricata', 'NSM', 2, 'ET SCAN test', '\\x7b7d')",
                                 {m_alert.toUtf8(), fp.toHex(), QByteArray::number(QDateTime::currentMSecsSinceEpoch())});
        // The analyst can sign in with psql at all (so the refusals below are refusals, not a bad login).
        const auto who = psql(QStringLiteral("an"), QStringLiteral("SELECT soc.caller_role();"));
        QVERIFY2(who.exitCode == 0, qPrintable(who.err));
        QCOMPARE(who.out, QStringLiteral("analyst"));
    }

    // The server decides with the stations' table: `central migrate` wrote it from domain::Permissions.
    void theServersTableIsTheCoreTable()
    {
        qint64 allowed = 0;
        for (const domain::Role role : domain::kAllRoles) {
            for (const domain::Action action : domain::kAllActions) {
                const QByteArray r = domain::roleKey(role).toUtf8();
                const QByteArray a = domain::Permissions::actionKey(action).toUtf8();
                const sync::PgResult may = m_central->admin()->exec("SELECT soc.may($1, $2)", {r, a});
                const bool expected = domain::Permissions::allows(role, action);
                QVERIFY2((may.text(0, 0) == u"t") == expected, (r + ' ' + a).constData());
                allowed += expected ? 1 : 0;
            }
        }
        QCOMPARE(m_central->count(QStringLiteral("soc.role_permissions")), allowed);
        // Nothing else is in it (a key the stations do not know would be a second table).
        QCOMPARE(m_central->count(QStringLiteral("soc.role_permissions"),
                                  QStringLiteral("role NOT IN ('analyst', 'shift_lead', 'manager', 'auditor', 'administrator')")),
                 qint64(0));
        // A migrate on an up-to-date store puts back rows someone changed by hand.
        m_central->admin()->exec("INSERT INTO soc.role_permissions VALUES ('auditor', 'cases.work')");
        m_central->admin()->exec("DELETE FROM soc.role_permissions WHERE role = 'shift_lead' AND action = 'incident.close'");
        const auto migrate = test::runCli({QStringLiteral("central"), QStringLiteral("migrate"), QStringLiteral("--url"),
                                           m_central->adminUrl()},
                                          {}, m_central->env());
        QVERIFY2(migrate.exitCode == 0, migrate.err.constData());
        QCOMPARE(m_central->admin()->exec("SELECT soc.may('auditor', 'cases.work')").text(0, 0), QStringLiteral("f"));
        QCOMPARE(m_central->admin()->exec("SELECT soc.may('shift_lead', 'incident.close')").text(0, 0), QStringLiteral("t"));
        QCOMPARE(m_central->count(QStringLiteral("soc.role_permissions")), allowed);
    }

    void directWritesAreDenied()
    {
        struct Case {
            const char* user;
            const char* sql;
            const char* table;
        };
        const Case cases[] = {
            {"an", "UPDATE soc.case_records SET doc = doc || '{\"closed_at\": 1}' WHERE entity = 'incident';", "case_records"},
            {"an", "UPDATE soc.alerts SET status = 1, status_by = 'an';", "alerts"},
            {"an", "INSERT INTO soc.case_records(entity, id, append_only, doc, rev, created_by, created_at, updated_by, updated_at) "
                   "VALUES('timeline_event', 'x', true, '{}', 1, 'an', now(), 'an', now());", "case_records"},
            {"an", "DELETE FROM soc.applied_ops;", "applied_ops"},
            {"binh", "UPDATE soc.case_records SET doc = doc WHERE entity = 'ticket';", "case_records"},
            {"audra", "UPDATE soc.alerts SET status = 2;", "alerts"},
        };
        for (const Case& c : cases) {
            const auto r = psql(QLatin1String(c.user), QLatin1String(c.sql));
            QVERIFY2(r.exitCode != 0, c.sql);
            QVERIFY2(r.err.contains(QStringLiteral("42501")) && r.err.contains(QStringLiteral("permission denied for table %1").arg(QLatin1String(c.table))),
                     qPrintable(r.err));
        }
        // Even the owner cannot rewrite an append-only row (the guard trigger).
        bool refused = false;
        try {
            m_central->admin()->exec("UPDATE soc.case_records SET doc = doc || '{\"summary\": \"x\"}' WHERE entity = 'timeline_event'");
        } catch (const sync::PgError& e) {
            refused = e.sqlState() == "42501";
        }
        QVERIFY(refused);
        QCOMPARE(m_central->count(QStringLiteral("soc.alerts"), QStringLiteral("status <> 0")), 0);
    }

    void onlyTheShiftLeadClosesAnIncident()
    {
        auto [doc, rev] = serverRecord(QStringLiteral("incident"), m_incident);
        QCOMPARE(doc.value(QStringLiteral("closed_at")).toDouble(), 0.0);
        doc.insert(QStringLiteral("closed_at"), QDateTime::currentMSecsSinceEpoch());
        const QJsonObject payload{{QStringLiteral("doc"), doc},
                                  {QStringLiteral("groups"), QJsonObject{{QStringLiteral("closure"), QJsonArray{QStringLiteral("closed_at")}}}},
                                  {QStringLiteral("base_rev"), rev},
                                  {QStringLiteral("ticket_id"), m_incident}};
        const auto denied = applyOp(QStringLiteral("an"), QStringLiteral("incident"), m_incident, QStringLiteral("close"), payload);
        QVERIFY(denied.exitCode != 0);
        QVERIFY2(denied.err.contains(QStringLiteral("ERROR:  42501")), qPrintable(denied.err));
        QVERIFY2(denied.err.contains(QStringLiteral("may not close an incident")), qPrintable(denied.err));
        QCOMPARE(serverRecord(QStringLiteral("incident"), m_incident).first.value(QStringLiteral("closed_at")).toDouble(), 0.0);
        // Also when based on an older revision (a concurrent change): refused, not turned into a conflict.
        QJsonObject stale = payload;
        stale.insert(QStringLiteral("base_rev"), 0);
        const auto staleDenied = applyOp(QStringLiteral("an"), QStringLiteral("incident"), m_incident, QStringLiteral("close"), stale);
        QVERIFY2(staleDenied.exitCode != 0, qPrintable(staleDenied.out));
        QVERIFY2(staleDenied.err.contains(QStringLiteral("ERROR:  42501")), qPrintable(staleDenied.err));
        QCOMPARE(m_central->count(QStringLiteral("soc.case_records"), QStringLiteral("entity = 'conflict'")), 0);
        QCOMPARE(m_central->count(QStringLiteral("soc.applied_ops"), QStringLiteral("station = 'psql'")), 0);

        const auto allowed = applyOp(QStringLiteral("binh"), QStringLiteral("incident"), m_incident, QStringLiteral("close"), payload);
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
        QCOMPARE(parse(allowed.out).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QVERIFY(serverRecord(QStringLiteral("incident"), m_incident).first.value(QStringLiteral("closed_at")).toDouble() > 0);
    }

    void timelineEventsCannotBeRewritten()
    {
        const sync::PgResult ev = m_central->admin()->exec(
            "SELECT id, doc::text FROM soc.case_records WHERE entity = 'timeline_event' AND ticket_id = $1 AND doc->>'author' = 'binh' LIMIT 1",
            {m_incident.toUtf8()});
        QCOMPARE(ev.rows(), 1);
        const QString id = ev.text(0, 0);
        const QJsonObject original = parse(ev.text(0, 1));
        QJsonObject doc = original;
        doc.insert(QStringLiteral("summary"), QStringLiteral("Nothing happened here."));
        for (const char* user : {"an", "binh"}) { // neither another analyst nor its own author
            const auto r = applyOp(QLatin1String(user), QStringLiteral("timeline_event"), id, QStringLiteral("append"),
                                   QJsonObject{{QStringLiteral("doc"), doc}, {QStringLiteral("ticket_id"), m_incident}});
            QVERIFY(r.exitCode != 0);
            QVERIFY2(r.err.contains(QStringLiteral("42501")) && r.err.contains(QStringLiteral("append-only")), qPrintable(r.err));
        }
        QCOMPARE(serverRecord(QStringLiteral("timeline_event"), id).first, original);
    }

    void anAuditorAppliesNothing()
    {
        const qint64 recordsBefore = m_central->count(QStringLiteral("soc.case_records"));
        const auto [ticket, ticketRev] = serverRecord(QStringLiteral("ticket"), m_incident);
        const auto [incident, incidentRev] = serverRecord(QStringLiteral("incident"), m_incident);
        const QJsonObject statusGroup{{QStringLiteral("status"), QJsonArray{QStringLiteral("status"), QStringLiteral("acknowledged_at"),
                                                                            QStringLiteral("resolved_at"), QStringLiteral("closed_at")}}};
        QJsonObject reopened = ticket;
        reopened.insert(QStringLiteral("status"), 3); // resolved: differs from the server's value
        QJsonObject renamed = ticket;
        renamed.insert(QStringLiteral("title"), QStringLiteral("renamed by the auditor"));
        QJsonObject reopenedIncident = incident;
        reopenedIncident.insert(QStringLiteral("closed_at"), 0);
        const QString newTicket = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject created = ticket;
        created.insert(QStringLiteral("id"), newTicket);
        created.insert(QStringLiteral("code"), QStringLiteral("SOC-2026-999999"));
        struct Attempt {
            const char* what;
            QString entity;
            QString id;
            QString op;
            QJsonObject payload;
        };
        const Attempt attempts[] = {
            {"note", QStringLiteral("timeline_event"), QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("append"),
             QJsonObject{{QStringLiteral("doc"), QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("ticket_id"), m_incident},
                                                             {QStringLiteral("kind"), 4}, {QStringLiteral("summary"), QStringLiteral("audit")}}},
                         {QStringLiteral("ticket_id"), m_incident}}},
            {"status, current base", QStringLiteral("ticket"), m_incident, QStringLiteral("set_status"),
             QJsonObject{{QStringLiteral("doc"), reopened}, {QStringLiteral("groups"), statusGroup},
                         {QStringLiteral("base_rev"), ticketRev}, {QStringLiteral("ticket_id"), m_incident}}},
            {"status, stale base (would be a conflict)", QStringLiteral("ticket"), m_incident, QStringLiteral("set_status"),
             QJsonObject{{QStringLiteral("doc"), reopened}, {QStringLiteral("groups"), statusGroup},
                         {QStringLiteral("base_rev"), 0}, {QStringLiteral("ticket_id"), m_incident}}},
            {"edit", QStringLiteral("ticket"), m_incident, QStringLiteral("edit"),
             QJsonObject{{QStringLiteral("doc"), renamed},
                         {QStringLiteral("groups"), QJsonObject{{QStringLiteral("text"), QJsonArray{QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("agency")}}}},
                         {QStringLiteral("base_rev"), ticketRev}, {QStringLiteral("ticket_id"), m_incident}}},
            {"reopen incident", QStringLiteral("incident"), m_incident, QStringLiteral("close"),
             QJsonObject{{QStringLiteral("doc"), reopenedIncident},
                         {QStringLiteral("groups"), QJsonObject{{QStringLiteral("closure"), QJsonArray{QStringLiteral("closed_at")}}}},
                         {QStringLiteral("base_rev"), incidentRev}, {QStringLiteral("ticket_id"), m_incident}}},
            {"create ticket", QStringLiteral("ticket"), newTicket, QStringLiteral("create"),
             QJsonObject{{QStringLiteral("doc"), created}, {QStringLiteral("groups"), statusGroup},
                         {QStringLiteral("base_rev"), 0}, {QStringLiteral("ticket_id"), newTicket}}},
            {"alert triage", QStringLiteral("alert"), m_alert, QStringLiteral("set_status"),
             QJsonObject{{QStringLiteral("doc"), QJsonObject{{QStringLiteral("status"), 1}, {QStringLiteral("status_reason"), QJsonValue()}}},
                         {QStringLiteral("base_rev"), 0}}},
            {"link alerts", QStringLiteral("ticket"), m_incident, QStringLiteral("attach_alerts"),
             QJsonObject{{QStringLiteral("ticket_id"), m_incident}, {QStringLiteral("alert_uuids"), QJsonArray{m_alert}}}},
            {"service levels", QStringLiteral("config"), QStringLiteral("service_levels"), QStringLiteral("set"),
             QJsonObject{{QStringLiteral("doc"), QJsonObject{{QStringLiteral("value"), QStringLiteral("{}")}}},
                         {QStringLiteral("groups"), QJsonObject{{QStringLiteral("value"), QJsonArray{QStringLiteral("value")}}}},
                         {QStringLiteral("base_rev"), 0}}},
        };
        for (const Attempt& a : attempts) {
            const auto r = applyOp(QStringLiteral("audra"), a.entity, a.id, a.op, a.payload);
            QVERIFY2(r.exitCode != 0, qPrintable(QStringLiteral("auditor could apply: %1 -> %2").arg(QLatin1String(a.what), r.out)));
            QVERIFY2(r.err.contains(QStringLiteral("42501")), qPrintable(QLatin1String(a.what) + u' ' + r.err));
        }
        QCOMPARE(m_central->count(QStringLiteral("soc.case_records")), recordsBefore);
        QCOMPARE(m_central->count(QStringLiteral("soc.applied_ops"), QStringLiteral("author = 'audra'")), 0);
        QCOMPARE(m_central->count(QStringLiteral("soc.alerts"), QStringLiteral("status <> 0")), 0);
    }

    void aForbiddenOperationFromAStationIsRejected()
    {
        // The analyst declares and settles an incident (allowed), then closes it on the station:
        // the local rules allow it, the server's do not.
        const QString id = declaredIncident(m_an, QStringLiteral("Phishing wave against the treasury"));
        QCOMPARE(m_an.loop->runOnce().rejected, 0);
        QCOMPARE(serverRecord(QStringLiteral("incident"), id).first.value(QStringLiteral("closed_at")).toDouble(), 0.0);
        // A modified station: its local accounts table says shift lead, so the local checks allow
        // the closure; the server knows "an" as an analyst.
        m_an.db().exec("UPDATE accounts SET role = 'shift_lead' WHERE username = 'an'");
        store::CaseService(m_an.db(), QStringLiteral("an"), m_clock).closeIncident(id);
        m_an.db().exec("UPDATE accounts SET role = 'analyst' WHERE username = 'an'");
        QVERIFY(store::IncidentRepository(m_an.db()).byTicket(id)->closedAtMs > 0);

        const sync::SyncRound round = m_an.loop->runOnce();
        // Both the incident's closure and its ticket's move to "closed" are refused.
        QCOMPARE(round.rejected, 2);
        QCOMPARE(round.pending, 0);
        auto st = m_an.db().prepare("SELECT entity, op, outcome_detail FROM change_journal WHERE outcome = 'rejected' ORDER BY seq");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("incident"));
        QCOMPARE(st.text(1), QStringLiteral("close"));
        QVERIFY2(st.text(2).contains(QStringLiteral("role analyst may not close an incident")), qPrintable(st.text(2)));
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("ticket"));
        QCOMPARE(st.text(1), QStringLiteral("close_incident"));
        QVERIFY2(st.text(2).contains(QStringLiteral("role analyst may not close an incident")), qPrintable(st.text(2)));
        QVERIFY(!st.step());
        {
            auto pending = m_an.db().prepare("SELECT count(*) FROM change_journal WHERE pushed_at IS NULL");
            pending.step();
            QCOMPARE(pending.int64(0), 0);
        }
        // The server's state is back on the station, and stays after another round.
        QCOMPARE(m_an.loop->runOnce().rejected, 0);
        const auto local = store::IncidentRepository(m_an.db()).byTicket(id);
        QVERIFY(local);
        QCOMPARE(local->closedAtMs, 0);
        QCOMPARE(serverRecord(QStringLiteral("incident"), id).first.value(QStringLiteral("closed_at")).toDouble(), 0.0);
        // Everything else of the incident agrees with the server.
        const QJsonObject server = serverRecord(QStringLiteral("incident"), id).first;
        QCOMPARE(server.value(QStringLiteral("declared_at")).toDouble(), static_cast<double>(local->declaredAtMs));
        QCOMPARE(m_an.loop->status().rejected, 2);
        // The ticket agrees with the server too (whatever the server kept of the "close_incident" status change).
        const QJsonObject serverTicket = serverRecord(QStringLiteral("ticket"), id).first;
        auto ticket = m_an.db().prepare("SELECT status, closed_at FROM tickets WHERE id = ?");
        ticket.bind(1, id);
        QVERIFY(ticket.step());
        QCOMPARE(ticket.int64(0), static_cast<qint64>(serverTicket.value(QStringLiteral("status")).toDouble()));
        QVERIFY2(ticket.int64(0) != 4, "the incident's ticket was closed although its closure was refused");
    }

    void theServerStampsTheAuthor()
    {
        // A station whose author is forged (a modified client): the server records the signed-in analyst.
        const QString ticket = [&] {
            store::CaseService::NewTicket n;
            n.title = QStringLiteral("Forged authorship");
            return m_an.cases->createTicket(n).id;
        }();
        // The modified client also holds a forged local account for the shift lead.
        domain::Account binh;
        binh.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        binh.username = QStringLiteral("binh");
        binh.displayName = binh.username;
        binh.role = domain::Role::ShiftLead;
        {
            store::Transaction tx(m_an.db());
            store::AccountRepository(m_an.db()).insert(binh);
            tx.commit();
        }
        store::CaseService forged(m_an.db(), QStringLiteral("binh"), m_clock);
        const auto journalRejections = [this] {
            auto st = m_an.db().prepare("SELECT count(*) FROM change_journal WHERE outcome = 'rejected'");
            st.step();
            return st.int64(0);
        };
        const qint64 rejectedBefore = journalRejections();
        const QString note = forged.addNote(ticket, QStringLiteral("written as somebody else")).id;
        // The operations are applied, stamped with the signed-in analyst; only the audit entry the
        // forged author left in the station's log is refused by the central audit log (not in the
        // caller's name), which the round counts as one rejection.
        QCOMPARE(m_an.loop->runOnce().rejected, 1);
        QCOMPARE(journalRejections(), rejectedBefore);
        QCOMPARE(serverRecord(QStringLiteral("timeline_event"), note).first.value(QStringLiteral("author")).toString(), QStringLiteral("an"));
        QCOMPARE(serverRecord(QStringLiteral("ticket"), ticket).first.value(QStringLiteral("created_by")).toString(), QStringLiteral("an"));
        const sync::PgResult by = m_central->admin()->exec(
            "SELECT created_by, updated_by FROM soc.case_records WHERE entity = 'timeline_event' AND id = $1", {note.toUtf8()});
        QCOMPARE(by.text(0, 0), QStringLiteral("an"));

        // The same with psql: a note that claims to be the shift lead's.
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject doc{{QStringLiteral("id"), id},           {QStringLiteral("ticket_id"), ticket},
                              {QStringLiteral("kind"), 4},          {QStringLiteral("occurred_at"), QDateTime::currentMSecsSinceEpoch()},
                              {QStringLiteral("occurred_offset"), 25200}, {QStringLiteral("recorded_at"), QDateTime::currentMSecsSinceEpoch()},
                              {QStringLiteral("author"), QStringLiteral("binh")}, {QStringLiteral("step"), 0},
                              {QStringLiteral("summary"), QStringLiteral("the shift lead approved this")},
                              {QStringLiteral("details"), QStringLiteral("{}")}, {QStringLiteral("supersedes"), QJsonValue()},
                              {QStringLiteral("containment"), 0}};
        const auto r = applyOp(QStringLiteral("an"), QStringLiteral("timeline_event"), id, QStringLiteral("append"),
                               QJsonObject{{QStringLiteral("doc"), doc}, {QStringLiteral("ticket_id"), ticket}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(serverRecord(QStringLiteral("timeline_event"), id).first.value(QStringLiteral("author")).toString(), QStringLiteral("an"));
        // Which the stations then show as the analyst's.
        QCOMPARE(m_binh.loop->runOnce().rejected, 0);
        int found = 0;
        for (const auto& e : store::TimelineRepository(m_binh.db()).forTicket(ticket)) {
            if (e.id == id || e.id == note) {
                ++found;
                QCOMPARE(e.author, QStringLiteral("an"));
            }
        }
        QCOMPARE(found, 2);
        // The station that sent the forged note: does it show the server's author after a pull? (Its
        // forged audit entry stays refused; no operation is.)
        QCOMPARE(m_an.loop->runOnce().rejected, 1);
        QCOMPARE(journalRejections(), rejectedBefore);
        for (const auto& e : store::TimelineRepository(m_an.db()).forTicket(ticket))
            if (e.id == note && e.author != u"an")
                qWarning("station A still shows the forged author \"%s\" for its own note (server: \"an\")", qPrintable(e.author));
    }
};

QTEST_GUILESS_MAIN(tst_CentralPermissions)
#include "tst_CentralPermissions.moc"
