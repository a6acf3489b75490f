// Issue 7, shifts: the handover snapshot from a seeded workspace, preparation and acceptance with
// reassignment (timeline, audit), the rules that refuse, unhanded shifts, the append-only duty
// log, and `socstation shift ...` end to end.
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/ShiftPattern.h"
#include "domain/SocTimeZone.h"
#include "ingest/AlertImporter.h"
#include "store/AlertRepository.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/DutyLog.h"
#include "store/HandoverService.h"
#include "store/ShiftPatternRepository.h"
#include "store/ShiftRoster.h"
#include "store/TicketRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;
using domain::Role;

namespace {

qint64 at(int day, int hour, int minute = 0) // November 2026, SOC time
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), domain::socTimeZone()).toMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

qint64 count(store::Database& db, const char* sql, const QString& a = {}, const QString& b = {})
{
    auto st = db.prepare(sql);
    if (!a.isNull())
        st.bind(1, a);
    if (!b.isNull())
        st.bind(2, b);
    st.step();
    return st.int64(0);
}

} // namespace

class tst_Handover : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Session> m_session;
    domain::FixedClock m_clock{at(20, 8)};
    domain::ShiftPattern m_pattern = domain::ShiftPattern::defaults();
    domain::ShiftSlot m_morning;              // 2026-11-20/1, the outgoing shift
    QString m_a, m_b, m_c, m_d, m_e, m_f;     // tickets (f: the incident)

    store::Database& db() { return m_session->database(); }
    QString code(const QString& id) { return store::TicketRepository(db()).byId(id)->code; }
    QString assignee(const QString& id) { return store::TicketRepository(db()).byId(id)->assignee; }

private slots:
    void initTestCase()
    {
        m_session = test::createWorkspace(m_dir.filePath(QStringLiteral("ws")));
        test::addLocalAccount(db(), QStringLiteral("lead2"), Role::ShiftLead);
        test::addLocalAccount(db(), QStringLiteral("ana"), Role::Analyst);
        test::addLocalAccount(db(), QStringLiteral("ana2"), Role::Analyst);

        // Four alerts, one of them triaged: high, high (acknowledged), medium, low.
        QFile f(m_dir.filePath(QStringLiteral("eve.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::eveLine(QStringLiteral("2026-11-20T07:00:00.000000+0700"), 2001219, QStringLiteral("ET SCAN SSH"), 1,
                              QStringLiteral("45.148.10.7"), QStringLiteral("10.20.1.15"), 1));
        f.write(test::eveLine(QStringLiteral("2026-11-20T07:01:00.000000+0700"), 2001219, QStringLiteral("ET SCAN SSH"), 1,
                              QStringLiteral("45.148.10.8"), QStringLiteral("10.20.1.15"), 2));
        f.write(test::eveLine(QStringLiteral("2026-11-20T07:02:00.000000+0700"), 2027082, QStringLiteral("ET POLICY curl"), 2,
                              QStringLiteral("10.20.1.16"), QStringLiteral("1.1.1.1"), 3));
        f.write(test::eveLine(QStringLiteral("2026-11-20T07:03:00.000000+0700"), 2013028, QStringLiteral("ET INFO"), 3,
                              QStringLiteral("10.20.1.17"), QStringLiteral("8.8.8.8"), 4));
        f.close();
        QCOMPARE(ingest::AlertImporter(db(), QStringLiteral("lead")).run({f.fileName()}, ingest::AlertFormat::Auto).imported, 4);
        const qint64 first[] = {1};
        QCOMPARE(store::AlertRepository(db()).setStatus(first, domain::AlertStatus::Acknowledged, {}, QStringLiteral("lead")), 1);

        // The incident: detected 15 Nov 18:00, so its notification is due 20 Nov 18:00 (next shift).
        using domain::Severity;
        store::CaseService lead(db(), QStringLiteral("lead"), m_clock);
        m_clock.set(at(15, 18));
        m_f = lead.createTicket({QStringLiteral("Webshell on the portal"), {}, Severity::High, {}, {}, QStringLiteral("ana"), {}}).id;
        lead.declareIncident(m_f, {});
        lead.startStep(m_f, 1);
        m_clock.set(at(20, 8));
        m_a = lead.createTicket({QStringLiteral("A low one of ana"), {}, Severity::Low, {}, {}, QStringLiteral("ana"), {}}).id;
        m_b = lead.createTicket({QStringLiteral("B emergency of lead"), {}, Severity::Emergency, {}, {}, QStringLiteral("lead"), {}}).id;
        m_c = lead.createTicket({QStringLiteral("C of ana2"), {}, Severity::Medium, {}, {}, QStringLiteral("ana2"), {}}).id;
        lead.setStatus(m_c, domain::TicketStatus::InProgress);
        m_d = lead.createTicket({QStringLiteral("D resolved of ana"), {}, Severity::Medium, {}, {}, QStringLiteral("ana"), {}}).id;
        lead.setStatus(m_d, domain::TicketStatus::InProgress);
        lead.setStatus(m_d, domain::TicketStatus::Resolved);
        m_clock.set(at(20, 9));
        m_e = lead.createTicket({QStringLiteral("E unassigned"), {}, Severity::Low, {}, {}, {}, {}}).id;

        // Roster: lead + ana on the morning, lead2 + ana2 on the afternoon, lead alone on the night before.
        m_morning = m_pattern.slotAt(at(20, 10));
        QCOMPARE(m_morning.key(), QStringLiteral("2026-11-20/1"));
        store::ShiftRoster roster(db(), QStringLiteral("lead"), m_clock);
        roster.assign(m_morning, QStringLiteral("lead"), true);
        roster.assign(m_morning, QStringLiteral("ana"), false);
        roster.assign(m_pattern.next(m_morning), QStringLiteral("lead2"), true);
        roster.assign(m_pattern.next(m_morning), QStringLiteral("ana2"), false);
        roster.assign(m_pattern.previous(m_morning), QStringLiteral("lead"), false);
        QCOMPARE(roster.onDutyAt(at(20, 10)).size(), size_t(2));
        QCOMPARE(roster.leadOf(QStringLiteral("2026-11-20/2"))->username, QStringLiteral("lead2"));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, roster.assign(m_morning, QStringLiteral("nobody"), false));
        store::ShiftRoster analyst(db(), QStringLiteral("ana"), m_clock);
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, analyst.assign(m_morning, QStringLiteral("ana"), true));
    }

    void prepareRefusals()
    {
        m_clock.set(at(20, 13));
        store::HandoverService analyst(db(), QStringLiteral("ana"), m_clock, m_pattern);
        try {
            analyst.prepare(m_morning, {});
            QFAIL("an analyst prepared a handover");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::Forbidden);
        }
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE actor = 'ana' AND action = 'shifts.handover' AND outcome = 'refused'"), 1);
        store::HandoverService other(db(), QStringLiteral("lead2"), m_clock, m_pattern);
        try {
            other.prepare(m_morning, {});
            QFAIL("someone else than the shift's lead prepared its handover");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::Refused);
        }
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError,
                                 store::HandoverService(db(), QStringLiteral("lead"), m_clock, m_pattern).prepare(m_pattern.next(m_morning), {}));
        QCOMPARE(count(db(), "SELECT count(*) FROM shift_handovers"), 0);
    }

    void snapshotContent()
    {
        m_clock.set(at(20, 13));
        store::HandoverService service(db(), QStringLiteral("lead"), m_clock, m_pattern);
        const domain::ShiftHandover h = service.prepare(m_morning, QStringLiteral("  Sensor 2 restarted at 11:00. "));
        QCOMPARE(h.notes, QStringLiteral("Sensor 2 restarted at 11:00."));
        const QJsonObject s = h.snapshot;
        QCOMPARE(s.value(u"shift").toString(), QStringLiteral("2026-11-20/1"));
        QCOMPARE(s.value(u"next_shift").toObject().value(u"key").toString(), QStringLiteral("2026-11-20/2"));
        QCOMPARE(s.value(u"alerts_untriaged").toObject(),
                 (QJsonObject{{QStringLiteral("low"), 1}, {QStringLiteral("medium"), 1}, {QStringLiteral("high"), 1}, {QStringLiteral("emergency"), 0}}));
        QCOMPARE(s.value(u"tickets_open").toObject(),
                 (QJsonObject{{QStringLiteral("new"), 3}, {QStringLiteral("in_progress"), 2}, {QStringLiteral("waiting_agency"), 0}}));

        // Overdue, most overdue first: the incident's ticket (resolve by 16 Nov 18:00), then B (acknowledge by 08:15).
        const QJsonArray overdue = s.value(u"tickets_overdue").toArray();
        QCOMPARE(overdue.size(), 2);
        QCOMPARE(overdue[0].toObject().value(u"code").toString(), code(m_f));
        QCOMPARE(overdue[0].toObject().value(u"assignee").toString(), QStringLiteral("ana"));
        QCOMPARE(overdue[0].toObject().value(u"deadline").toString(), iso(at(16, 18)));
        QCOMPARE(overdue[1].toObject().value(u"code").toString(), code(m_b));
        QCOMPARE(overdue[1].toObject().value(u"title").toString(), QStringLiteral("B emergency of lead"));
        QCOMPARE(overdue[1].toObject().value(u"deadline").toString(), iso(at(20, 8, 15)));

        const QJsonArray incidents = s.value(u"incidents_open").toArray();
        QCOMPARE(incidents.size(), 1);
        const QJsonObject incident = incidents[0].toObject();
        QCOMPARE(incident.value(u"code").toString(), code(m_f));
        QCOMPARE(incident.value(u"current_step").toObject().value(u"number").toInt(), 1);
        QCOMPARE(incident.value(u"current_step").toObject().value(u"state").toString(), QStringLiteral("in_progress"));
        QCOMPARE(incident.value(u"nearest_deadline").toObject().value(u"kind").toString(), QStringLiteral("notification"));
        QCOMPARE(incident.value(u"nearest_deadline").toObject().value(u"due").toString(), iso(at(20, 18)));
        QCOMPARE(incident.value(u"nearest_deadline").toObject().value(u"overdue").toBool(), false);

        // Due between 14:00 and 22:00: A acknowledge 16:00, E acknowledge 17:00, the notification 18:00.
        const QJsonArray tasks = s.value(u"tasks_due_next_shift").toArray();
        QCOMPARE(tasks.size(), 3);
        QCOMPARE(tasks[0].toObject().value(u"code").toString(), code(m_a));
        QCOMPARE(tasks[0].toObject().value(u"kind").toString(), QStringLiteral("ticket_acknowledge"));
        QCOMPARE(tasks[0].toObject().value(u"due").toString(), iso(at(20, 16)));
        QCOMPARE(tasks[1].toObject().value(u"code").toString(), code(m_e));
        QCOMPARE(tasks[2].toObject().value(u"kind").toString(), QStringLiteral("notification"));
        QCOMPARE(tasks[2].toObject().value(u"due").toString(), iso(at(20, 18)));

        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE actor = 'lead' AND action = 'shifts.handover' AND outcome = 'ok' AND object_id = ?",
                       m_morning.key()),
                 1);
    }

    void acceptRefusals()
    {
        m_clock.set(at(20, 14, 5));
        try {
            store::HandoverService(db(), QStringLiteral("lead"), m_clock, m_pattern).accept(m_morning.key(), {});
            QFAIL("the outgoing lead accepted their own handover");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::Refused);
        }
        try {
            store::HandoverService(db(), QStringLiteral("ana2"), m_clock, m_pattern).accept(m_morning.key(), {});
            QFAIL("an analyst accepted a handover");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::Forbidden);
        }
        QCOMPARE(count(db(), "SELECT count(*) FROM shift_handovers WHERE accepted_at IS NOT NULL"), 0);
    }

    void acceptAndReassign()
    {
        m_clock.set(at(20, 14, 5));
        store::HandoverService service(db(), QStringLiteral("lead2"), m_clock, m_pattern);
        QCOMPARE(service.pendingForActor()->shiftKey, m_morning.key());
        const qint64 assignsBefore = count(db(), "SELECT count(*) FROM audit_log WHERE action = 'ticket.assign'");
        const domain::ShiftHandover h = service.accept(m_morning.key(), {});
        QVERIFY(h.isAccepted());
        QCOMPARE(h.acceptedBy, QStringLiteral("lead2"));
        QCOMPARE(h.acceptedAtMs, at(20, 14, 5));
        QCOMPARE(h.reassigned, 3);
        // Exactly the open tickets of the people leaving (lead, ana): A, B and the incident.
        QCOMPARE(assignee(m_a), QStringLiteral("lead2"));
        QCOMPARE(assignee(m_b), QStringLiteral("lead2"));
        QCOMPARE(assignee(m_f), QStringLiteral("lead2"));
        QCOMPARE(assignee(m_c), QStringLiteral("ana2")); // on the incoming shift
        QCOMPARE(assignee(m_d), QStringLiteral("ana"));  // resolved
        QCOMPARE(assignee(m_e), QString());              // nobody's
        for (const QString& id : {m_a, m_b, m_f})
            QCOMPARE(count(db(), "SELECT count(*) FROM timeline_events WHERE ticket_id = ? AND author = 'lead2' AND summary LIKE '%lead2%'", id), 1);
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'ticket.assign' AND actor = 'lead2'"), 3);
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'ticket.assign'") - assignsBefore, 3);
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'shifts.accept' AND actor = 'lead2' AND outcome = 'ok'"), 1);
        QVERIFY(!service.pendingForActor());
    }

    void acceptedOnce()
    {
        m_clock.set(at(20, 14, 30));
        const qint64 audits = count(db(), "SELECT count(*) FROM audit_log");
        try {
            store::HandoverService(db(), QStringLiteral("lead2"), m_clock, m_pattern).accept(m_morning.key(), {});
            QFAIL("a handover was accepted twice");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::Refused);
            QVERIFY2(e.message().contains(QStringLiteral("lead2")), qPrintable(e.message()));
        }
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log"), audits);
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, store::HandoverService(db(), QStringLiteral("lead"), m_clock, m_pattern).prepare(m_morning, {}));
        // The table refuses it too.
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, db().exec("UPDATE shift_handovers SET accepted_by = 'ana2'"));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, db().exec("DELETE FROM shift_handovers"));
    }

    void unhandedShiftFlagged()
    {
        m_clock.set(at(20, 15));
        store::HandoverService service(db(), QStringLiteral("lead2"), m_clock, m_pattern);
        const auto flagged = service.unhandedShifts(at(19, 0), at(21, 0));
        QCOMPARE(flagged.size(), size_t(1)); // not the accepted morning, not the afternoon still running
        QCOMPARE(flagged[0].shiftKey, QStringLiteral("2026-11-19/3"));
        QCOMPARE(flagged[0].startMs, at(19, 22));
        QCOMPARE(flagged[0].endMs, at(20, 6));
        QVERIFY(!flagged[0].prepared);
        m_clock.set(at(20, 22, 1)); // now the afternoon has ended without a handover
        QCOMPARE(service.unhandedShifts(at(19, 0), at(21, 0)).size(), size_t(2));
    }

    void dutyLogAppendOnly()
    {
        m_clock.set(at(20, 15));
        const domain::ShiftSlot afternoon = m_pattern.slotAt(at(20, 15));
        store::DutyLog log(db(), QStringLiteral("ana2"), m_clock);
        log.append(afternoon, domain::DutyEntryKind::MaintenanceBefore, QStringLiteral("Firewall CPU 12%, 3 VPN tunnels up"), at(20, 14, 30));
        log.append(afternoon, domain::DutyEntryKind::Call, QStringLiteral("Sở Y tế gọi báo mất mạng"));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, log.append(afternoon, domain::DutyEntryKind::Event, QStringLiteral("x"), at(20, 13)));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, log.append(afternoon, domain::DutyEntryKind::Event, QStringLiteral("x"), at(20, 16)));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, log.append(afternoon, domain::DutyEntryKind::Event, QStringLiteral("  ")));
        const auto entries = log.forShift(afternoon.key());
        QCOMPARE(entries.size(), size_t(2));
        QCOMPARE(entries[0].kind, domain::DutyEntryKind::MaintenanceBefore);
        QCOMPARE(entries[1].author, QStringLiteral("ana2"));
        QCOMPARE(entries[1].atMs, at(20, 15));
        QCOMPARE(count(db(), "SELECT count(*) FROM audit_log WHERE action = 'shifts.log' AND actor = 'ana2'"), 2);
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, db().exec("UPDATE duty_log SET text = 'nothing happened'"));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, db().exec("DELETE FROM duty_log"));
        QCOMPARE(count(db(), "SELECT count(*) FROM duty_log WHERE text = 'nothing happened'"), 0);
        QCOMPARE(log.forShift(afternoon.key()).size(), size_t(2));
    }

    void joinPutsAnalystOnShift()
    {
        m_clock.set(at(21, 3)); // the night of the 20th: nobody on it yet
        const domain::ShiftSlot night = m_pattern.slotAt(m_clock.nowMs());
        QCOMPARE(night.key(), QStringLiteral("2026-11-20/3"));
        QVERIFY(!store::ShiftRoster(db(), QStringLiteral("ana"), m_clock).join(night).lead);
        QVERIFY(store::ShiftRoster(db(), QStringLiteral("lead2"), m_clock).join(night).lead);
        QVERIFY(!store::ShiftRoster(db(), QStringLiteral("lead"), m_clock).join(night).lead); // one lead per slot
        QCOMPARE(store::ShiftRoster(db(), QStringLiteral("lead"), m_clock).onSlot(night.key()).size(), size_t(3));
    }

    void cli()
    {
        m_session.reset();
        const QString ws = m_dir.filePath(QStringLiteral("cli"));
        domain::SystemClock clock;
        const domain::ShiftSlot current = m_pattern.slotAt(clock.nowMs());
        const domain::ShiftSlot previous = m_pattern.previous(current);
        QString ticket;
        {
            // What the outgoing lead's station synced here: lead2 led the previous shift, holds a
            // ticket and prepared the handover.
            auto session = test::createWorkspace(ws);
            store::Database& d = session->database();
            test::addLocalAccount(d, QStringLiteral("lead2"), Role::ShiftLead);
            store::ShiftRoster(d, QStringLiteral("lead"), clock).assign(previous, QStringLiteral("lead2"), true);
            ticket = store::CaseService(d, QStringLiteral("lead"), clock)
                         .createTicket({QStringLiteral("Phishing report from the agency"), {}, domain::Severity::Medium, {}, {},
                                        QStringLiteral("lead2"), {}})
                         .id;
            store::HandoverService(d, QStringLiteral("lead2"), clock, m_pattern).prepare(previous, QStringLiteral("Watch the mail gateway."));
        }
        const QProcessEnvironment env = test::cliEnv(ws);
        const auto run = [&](const QStringList& args) { return test::runCli(QStringList{QStringLiteral("shift")} + args, {}, env); };

        auto r = run({QStringLiteral("accept"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"shift").toString(), previous.key());
        QCOMPARE(o.value(u"accepted_by").toString(), QStringLiteral("lead"));
        QCOMPARE(o.value(u"reassigned").toInt(), 1);
        QCOMPARE(o.value(u"notes").toString(), QStringLiteral("Watch the mail gateway."));
        r = run({QStringLiteral("accept")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(run({QStringLiteral("accept"), QStringLiteral("--no-reassign"), QStringLiteral("--reassign-to"), QStringLiteral("x")}).exitCode, 2);

        r = run({QStringLiteral("start"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"key").toString(), current.key());
        QCOMPARE(o.value(u"lead").toString(), QStringLiteral("lead"));
        QCOMPARE(o.value(u"on_duty").toArray(), QJsonArray{QStringLiteral("lead")});

        QCOMPARE(run({QStringLiteral("log"), QStringLiteral("Checked all sensors"), QStringLiteral("--kind"), QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("log"), QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("party")}).exitCode, 2);
        r = run({QStringLiteral("log"), QStringLiteral("--list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray lines = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].toObject().value(u"kind").toString(), QStringLiteral("check"));

        r = run({QStringLiteral("handover"), QStringLiteral("--notes"), QStringLiteral("Quiet shift"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"shift").toString(), current.key());
        QCOMPARE(o.value(u"alerts_untriaged").toObject().size(), 4);
        QCOMPARE(o.value(u"tickets_open").toObject().value(u"new").toInt(), 1);
        QVERIFY(o.value(u"tickets_overdue").isArray());
        QVERIFY(o.value(u"incidents_open").isArray());
        QVERIFY(o.value(u"tasks_due_next_shift").isArray());

        r = run({QStringLiteral("roster"), QStringLiteral("--date"), previous.date.toString(Qt::ISODate), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(run({QStringLiteral("assign"), QStringLiteral("2026-11-30/9"), QStringLiteral("lead")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("unhanded"), QStringLiteral("--json")}).exitCode, 0);

        // Taking someone off a shift; a name that is not on it changes nothing.
        QCOMPARE(run({QStringLiteral("remove"), previous.key(), QStringLiteral("lead2")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("remove"), previous.key(), QStringLiteral("lead2")}).exitCode, 1);

        // The pattern: two 12-hour shifts; a gap is refused and leaves the pattern as it was.
        r = run({QStringLiteral("pattern"), QStringLiteral("--set"), QStringLiteral("07:00-19:00=Ca ngày,19:00-07:00=Ca đêm"),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"shifts").toArray().size(), 2);
        QCOMPARE(run({QStringLiteral("pattern"), QStringLiteral("--set"), QStringLiteral("07:00-18:00,19:00-07:00")}).exitCode, 2);
        r = run({QStringLiteral("pattern")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("2. Ca đêm  19:00–07:00")), r.out.constData());

        auto session = test::signIn(ws, QStringLiteral("lead"));
        QCOMPARE(store::ShiftPatternRepository(session->database()).load().count(), 2);
        QCOMPARE(store::TicketRepository(session->database()).byId(ticket)->assignee, QStringLiteral("lead"));
    }
};

QTEST_GUILESS_MAIN(tst_Handover)
#include "tst_Handover.moc"
