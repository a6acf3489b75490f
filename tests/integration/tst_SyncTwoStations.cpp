// Reliability of the station <-> central store sync (issue: "Two stations edit the same tickets
// concurrently while the server is stopped and restarted several times mid-sync; afterwards both
// stations and the server hold the same data, every timeline event from both sides exists exactly
// once, and every conflict is visible").
//
// Two workspaces in-process: "an" (analyst on the central store) and "binh" (shift lead). Each
// station edits on its own (GUI-like) connection while its sync runs on another thread with its
// own connection, as the application does; the whole PostgreSQL server is stopped and started
// again while both syncs are busy.
#include "CentralFixture.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Ticket.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/DatabaseError.h"
#include "store/SyncRecords.h"
#include "store/TicketRepository.h"
#include "sync/CentralSettings.h"
#include "sync/PgConnection.h"
#include "sync/SyncLoop.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace soc;
using domain::TicketStatus;

namespace {

security::SecretBuffer testPassword()
{
    QByteArray pw(test::kTestPassword);
    return security::SecretBuffer::takeFrom(pw);
}

// The ticket fields every station and the server must agree on (the wire form of SyncRecords).
// updated_at is the time of each station's last local touch (notes touch it without a journal
// entry) and due_at is derived locally from the status and the deadlines: both are left out.
const QStringList kTicketFields{QStringLiteral("code"),        QStringLiteral("title"),           QStringLiteral("description"),
                                QStringLiteral("severity"),    QStringLiteral("status"),          QStringLiteral("assignee"),
                                QStringLiteral("agency"),      QStringLiteral("channel"),         QStringLiteral("created_by"),
                                QStringLiteral("created_at"),  QStringLiteral("ack_due"),         QStringLiteral("resolve_due"),
                                QStringLiteral("acknowledged_at"), QStringLiteral("resolved_at"), QStringLiteral("closed_at"),
                                QStringLiteral("is_incident")};

struct Station {
    QString user;
    QString dir;
    std::unique_ptr<store::Session> session;
    std::unique_ptr<store::Database> syncDb; // the sync thread's own connection
    std::unique_ptr<sync::SyncLoop> loop;
    std::unique_ptr<store::CaseService> cases;
    // Written by the sync thread.
    std::atomic_int rounds{0};
    std::atomic_int failures{0};
    std::atomic_int lost{0}; // failures of a request in flight (not of the connection attempt)
    QString lastError;

    store::Database& db() { return session->database(); }
};

qint64 scalar(store::Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

QSet<QString> textColumn(store::Database& db, const char* sql, qint64* rows = nullptr)
{
    QSet<QString> out;
    qint64 n = 0;
    auto st = db.prepare(sql);
    while (st.step()) {
        out.insert(st.text(0));
        ++n;
    }
    if (rows)
        *rows = n;
    return out;
}

QJsonObject parse(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

// A JSON value as comparable text: numbers as integers (the server's jsonb and the station's
// integer columns), strings quoted.
QString norm(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(static_cast<qint64>(v.toDouble()));
    if (v.isString())
        return u'"' + v.toString() + u'"';
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.isNull() ? QStringLiteral("null") : QStringLiteral("undefined");
}

// Stops and joins the sync threads however the test function is left.
struct SyncThreads {
    std::atomic_bool stop{false};
    std::vector<std::thread> threads;
    ~SyncThreads() { join(); }
    void join()
    {
        stop = true;
        for (auto& t : threads)
            if (t.joinable())
                t.join();
    }
};

} // namespace

class tst_SyncTwoStations : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<test::CentralFixture> m_central;
    Station m_a;
    Station m_b;
    domain::SystemClock m_clock;
    QRandomGenerator m_rng;
    std::vector<QString> m_tickets;

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
        const sync::CentralSettings settings = sync::CentralSettings::load(s.dir);
        QVERIFY(settings.isConfigured());
        s.syncDb = s.session->openConnection();
        s.loop = std::make_unique<sync::SyncLoop>(*s.syncDb, settings, user, testPassword(), sync::SyncLoop::Callbacks{});
        s.cases = std::make_unique<store::CaseService>(s.db(), user, m_clock);
    }

    // One sync round on the calling thread; false (and the error counted) when the server is away.
    static bool syncOnce(Station& s, sync::SyncRound* out = nullptr)
    {
        try {
            const sync::SyncRound r = s.loop->runOnce();
            if (out)
                *out = r;
            ++s.rounds;
            return true;
        } catch (const sync::PgError& e) {
            ++s.failures;
            if (e.code() == sync::PgErrorCode::Lost || e.code() == sync::PgErrorCode::Query)
                ++s.lost;
            s.lastError = e.message();
            return false;
        }
    }

    // Sync rounds back to back (with a short pause after a failure) until `stop`.
    static void syncUntil(Station& s, const std::atomic_bool& stop)
    {
        while (!stop.load()) {
            if (!syncOnce(s))
                QThread::msleep(20);
        }
    }

    // The test's tickets this station has (another station's new ticket arrives with a sync).
    std::vector<QString> localTickets(Station& s)
    {
        std::vector<QString> out;
        store::TicketRepository tickets(s.db());
        for (const QString& id : m_tickets)
            if (tickets.byId(id))
                out.push_back(id);
        return out;
    }

    void randomEdits(Station& s, int count)
    {
        store::TicketRepository tickets(s.db());
        const std::vector<QString> here = localTickets(s);
        for (int i = 0; i < count; ++i) {
            const QString id = here[m_rng.bounded(static_cast<quint32>(here.size()))];
            const auto t = tickets.byId(id);
            QVERIFY(t);
            try {
                switch (m_rng.bounded(5)) {
                case 0:
                case 1: { // a status change along an allowed transition
                    std::vector<TicketStatus> next;
                    for (TicketStatus to : domain::allTicketStatuses())
                        if (domain::ticketTransitionAllowed(t->status, to) && !(t->isIncident && to == TicketStatus::Closed))
                            next.push_back(to);
                    if (next.empty())
                        break;
                    const TicketStatus to = next[m_rng.bounded(static_cast<quint32>(next.size()))];
                    s.cases->setStatus(id, to,
                                       domain::ticketTransitionNeedsReason(t->status, to) ? QStringLiteral("reason from %1").arg(s.user)
                                                                                           : QString());
                    break;
                }
                case 2: { // an analyst assigns to themselves or unassigns; the shift lead to anyone
                    QStringList who{s.user, QString()};
                    if (s.user == u"binh")
                        who << QStringLiteral("an");
                    const QString to = who[m_rng.bounded(static_cast<quint32>(who.size()))];
                    s.cases->assign(std::span<const QString>(&id, 1), to);
                    break;
                }
                case 3:
                    s.cases->addNote(id, QStringLiteral("note %1 by %2").arg(m_rng.generate()).arg(s.user));
                    break;
                case 4: {
                    const auto sev = static_cast<domain::Severity>(1 + m_rng.bounded(4));
                    s.cases->editTicket(id, QStringLiteral("%1 (edited by %2, %3)").arg(t->title.section(u' ', 0, 1), s.user).arg(m_rng.bounded(1000)),
                                        QStringLiteral("description %1 by %2").arg(m_rng.generate()).arg(s.user), sev, t->agency);
                    break;
                }
                }
            } catch (const store::DatabaseError& e) {
                QFAIL(qPrintable(QStringLiteral("local edit refused: ") + e.message()));
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_central = test::CentralFixture::create(m_tmp, QStringLiteral("sync_two_stations"));
        if (!m_central && qEnvironmentVariableIsEmpty("SOCSTATION_TEST_PG_DIR"))
            QSKIP("needs the postgres CTest fixture (SOCSTATION_TEST_PG_DIR)");
        QVERIFY(m_central);
        const quint32 seed = qEnvironmentVariableIsSet("SOCSTATION_TEST_SEED")
                                 ? static_cast<quint32>(qEnvironmentVariableIntValue("SOCSTATION_TEST_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("random seed %u (SOCSTATION_TEST_SEED to repeat)", seed);
        m_rng.seed(seed);
        openStation(m_a, QStringLiteral("an"), QStringLiteral("analyst"));
        openStation(m_b, QStringLiteral("binh"), QStringLiteral("shift_lead"));
    }

    void cleanupTestCase()
    {
        // Leave the server running for the other tests, whatever happened.
        if (m_central) {
            try {
                m_central->admin();
            } catch (const sync::PgError&) {
                m_central->startServer();
            }
        }
    }

    void ticketsReachBothStations()
    {
        for (int i = 0; i < 10; ++i) {
            store::CaseService::NewTicket n;
            n.title = QStringLiteral("Ticket %1 of the reliability test").arg(i + 1);
            n.description = QStringLiteral("created on station A");
            n.severity = static_cast<domain::Severity>(1 + i % 4);
            n.agency = QStringLiteral("Sở Thông tin và Truyền thông");
            m_tickets.push_back(m_a.cases->createTicket(n).id);
        }
        QVERIFY(syncOnce(m_a));
        QVERIFY(syncOnce(m_b));
        QCOMPARE(scalar(m_b.db(), "SELECT count(*) FROM tickets"), 10);
        QCOMPARE(scalar(m_a.db(), "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL"), 0);
    }

    // Both stations number new tickets from the same last code: the central store renumbers the
    // later ones, and every station ends with the same, well-formed, unique codes.
    void ticketCodesCollide()
    {
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Opened on binh while an opens two");
        m_tickets.push_back(m_b.cases->createTicket(n).id);
        n.title = QStringLiteral("First of two opened on an");
        m_tickets.push_back(m_a.cases->createTicket(n).id);
        n.title = QStringLiteral("Second of two opened on an");
        m_tickets.push_back(m_a.cases->createTicket(n).id);
        QVERIFY(syncOnce(m_b));
        QVERIFY(syncOnce(m_a));
        QVERIFY(syncOnce(m_b));
        QCOMPARE(scalar(m_a.db(), "SELECT count(*) FROM change_journal WHERE outcome = 'rejected'"), 0);
        const sync::PgResult codes = m_central->admin()->exec("SELECT id, doc->>'code' FROM soc.case_records WHERE entity = 'ticket'");
        QSet<QString> seen;
        for (int i = 0; i < codes.rows(); ++i) {
            const QString code = codes.text(i, 1);
            QVERIFY2(QRegularExpression(QStringLiteral("^SOC-\\d{4}-\\d{6}$")).match(code).hasMatch(), qPrintable(code));
            seen.insert(code);
            for (Station* s : {&m_a, &m_b}) {
                auto st = s->db().prepare("SELECT code FROM tickets WHERE id = ?");
                st.bind(1, codes.text(i, 0));
                QVERIFY(st.step());
                QCOMPARE(st.text(0), code);
            }
        }
        QCOMPARE(seen.size(), codes.rows());
    }

    void concurrentEditsWhileTheServerRestarts()
    {
        try {
            editAndSyncWhileTheServerRestarts();
        } catch (const store::DatabaseError& e) {
            QFAIL(qPrintable(QStringLiteral("local database: ") + e.message()));
        } catch (const sync::PgError& e) {
            QFAIL(qPrintable(QStringLiteral("central store: ") + e.message()));
        }
    }

private:
    void editAndSyncWhileTheServerRestarts()
    {
        constexpr int kRounds = 5;
        int restarts = 0;
        for (int round = 0; round < kRounds; ++round) {
            // Both stations edit the same tickets; one of them sometimes opens a new ticket (codes collide).
            randomEdits(m_a, 25);
            randomEdits(m_b, 25);
            QVERIFY(!QTest::currentTestFailed());
            if (round % 2 == 1) {
                store::CaseService::NewTicket n;
                n.title = QStringLiteral("Opened on %1 in round %2").arg(m_b.user).arg(round);
                m_tickets.push_back(m_b.cases->createTicket(n).id);
                n.title = QStringLiteral("Opened on %1 in round %2").arg(m_a.user).arg(round);
                m_tickets.push_back(m_a.cases->createTicket(n).id);
            }
            // Enough notes that each push takes a while: the stop lands in the middle of it.
            const std::vector<QString> onA = localTickets(m_a);
            const std::vector<QString> onB = localTickets(m_b);
            for (size_t i = 0; i < 60; ++i) {
                m_a.cases->addNote(onA[i % onA.size()], QStringLiteral("A bulk %1/%2").arg(round).arg(i));
                m_b.cases->addNote(onB[(i * 7) % onB.size()], QStringLiteral("B bulk %1/%2").arg(round).arg(i));
            }
            SyncThreads sync;
            sync.threads.emplace_back([&] { syncUntil(m_a, sync.stop); });
            sync.threads.emplace_back([&] { syncUntil(m_b, sync.stop); });
            QThread::msleep(5 + m_rng.bounded(60));
            const int lostBefore = m_a.lost + m_b.lost;
            const qint64 pendingA = scalar(m_a.db(), "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL");
            const qint64 pendingB = scalar(m_b.db(), "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL");
            QVERIFY(m_central->stopServer());
            ++restarts;
            // While it is down: the stations keep working, their attempts fail cleanly, nothing is lost.
            randomEdits(m_a, 10);
            randomEdits(m_b, 10);
            const int failuresBefore = m_a.failures + m_b.failures;
            QTRY_VERIFY_WITH_TIMEOUT(m_a.failures + m_b.failures >= failuresBefore + 4, 10000);
            QVERIFY(scalar(m_a.db(), "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL") > 0);
            QVERIFY(scalar(m_b.db(), "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL") > 0);
            qInfo("round %d: server stopped with A %lld and B %lld entries still to push; %d request(s) broke in flight; "
                  "after more edits A pending %lld, B pending %lld",
                  round, pendingA, pendingB, m_a.lost + m_b.lost - lostBefore,
                  scalar(m_a.db(), "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL"),
                  scalar(m_b.db(), "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL"));
            QVERIFY(m_central->startServer());
            // Back: the syncs catch up on their own (more edits meanwhile), then the round ends.
            randomEdits(m_a, 5);
            randomEdits(m_b, 5);
            const int roundsBefore = m_a.rounds + m_b.rounds;
            QTRY_VERIFY_WITH_TIMEOUT(m_a.rounds + m_b.rounds >= roundsBefore + 4, 20000);
            sync.join();
        }
        QVERIFY(restarts >= 3);
        qInfo("sync rounds: A %d ok / %d failed, B %d ok / %d failed; requests broken in flight: %d", m_a.rounds.load(),
              m_a.failures.load(), m_b.rounds.load(), m_b.failures.load(), m_a.lost + m_b.lost);
        QVERIFY(m_a.lost + m_b.lost > 0); // at least one stop hit a sync in the middle of a request
    }

private slots:
    void syncUntilQuiet()
    {
        bool quiet = false;
        for (int i = 0; i < 20 && !quiet; ++i) {
            sync::SyncRound ra;
            sync::SyncRound rb;
            QVERIFY2(syncOnce(m_a, &ra), qPrintable(m_a.lastError));
            QVERIFY2(syncOnce(m_b, &rb), qPrintable(m_b.lastError));
            sync::SyncRound ra2;
            QVERIFY2(syncOnce(m_a, &ra2), qPrintable(m_a.lastError));
            quiet = ra.pending == 0 && rb.pending == 0 && ra2.pending == 0 && rb.pushed == 0 && ra2.pushed == 0
                    && ra2.pulled == 0;
        }
        QVERIFY(quiet);
        sync::SyncRound last;
        QVERIFY(syncOnce(m_b, &last));
        QCOMPARE(last.pulled, 0);
        QCOMPARE(last.pushed, 0);
    }

    void bothStationsAndTheServerAgree()
    {
        auto admin = m_central->admin();
        // Tickets: the synced fields, field by field.
        const sync::PgResult rows = admin->exec("SELECT id, doc::text FROM soc.case_records WHERE entity = 'ticket' ORDER BY id");
        QCOMPARE(rows.rows(), static_cast<int>(m_tickets.size()));
        QCOMPARE(scalar(m_a.db(), "SELECT count(*) FROM tickets"), rows.rows());
        QCOMPARE(scalar(m_b.db(), "SELECT count(*) FROM tickets"), rows.rows());
        QSet<QString> codes;
        for (int i = 0; i < rows.rows(); ++i) {
            const QString id = rows.text(i, 0);
            const QJsonObject server = parse(rows.text(i, 1));
            const QJsonObject a = store::SyncRecords(m_a.db()).read(QStringLiteral("ticket"), id);
            const QJsonObject b = store::SyncRecords(m_b.db()).read(QStringLiteral("ticket"), id);
            QVERIFY2(!a.isEmpty() && !b.isEmpty(), qPrintable(id));
            for (const QString& f : kTicketFields) {
                const QString where = QStringLiteral("ticket %1 field %2: server %3, A %4, B %5")
                                          .arg(id, f, norm(server.value(f)), norm(a.value(f)), norm(b.value(f)));
                QVERIFY2(norm(server.value(f)) == norm(a.value(f)), qPrintable(where));
                QVERIFY2(norm(server.value(f)) == norm(b.value(f)), qPrintable(where));
            }
            const QString code = server.value(QStringLiteral("code")).toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^SOC-\\d{4}-\\d{6}$")).match(code).hasMatch(), qPrintable(code));
            codes.insert(code);
        }
        QCOMPARE(codes.size(), rows.rows());

        // Timeline events: the same ids everywhere, each once.
        QSet<QString> server;
        {
            const sync::PgResult ev = admin->exec("SELECT id FROM soc.case_records WHERE entity = 'timeline_event'");
            for (int i = 0; i < ev.rows(); ++i)
                server.insert(ev.text(i, 0));
            QCOMPARE(server.size(), ev.rows());
        }
        qint64 na = 0;
        qint64 nb = 0;
        const QSet<QString> a = textColumn(m_a.db(), "SELECT id FROM timeline_events", &na);
        const QSet<QString> b = textColumn(m_b.db(), "SELECT id FROM timeline_events", &nb);
        QCOMPARE(na, a.size());
        QCOMPARE(nb, b.size());
        QCOMPARE(a.size(), server.size());
        QVERIFY(a == server);
        QVERIFY(b == server);
        qInfo("%lld timeline events on each side", static_cast<long long>(server.size()));
    }

    void everyJournalEntryAnsweredOnce()
    {
        auto admin = m_central->admin();
        for (Station* s : {&m_a, &m_b}) {
            QCOMPARE(scalar(s->db(), "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL"), 0);
            QCOMPARE(scalar(s->db(), "SELECT count(*) FROM change_journal WHERE outcome = 'rejected'"), 0);
            QCOMPARE(scalar(s->db(), "SELECT count(*) FROM change_journal WHERE outcome = 'local'"), 0);
            const QString station = [&] {
                auto st = s->db().prepare("SELECT value FROM meta WHERE key = 'station_id'");
                st.step();
                return st.text(0);
            }();
            // Every op id exactly once on the server (its primary key), with the answer the station recorded.
            QMap<QString, QString> local;
            {
                auto st = s->db().prepare("SELECT op_id, outcome FROM change_journal");
                while (st.step())
                    local.insert(st.text(0), st.text(1));
            }
            const sync::PgResult ops = admin->exec("SELECT op_id::text, result->>'status', author FROM soc.applied_ops WHERE station = $1",
                                                   {station.toUtf8()});
            QCOMPARE(ops.rows(), local.size());
            QMap<QString, int> outcomes;
            for (int i = 0; i < ops.rows(); ++i) {
                const QString op = ops.text(i, 0);
                QVERIFY2(local.contains(op), qPrintable(op));
                QCOMPARE(local.value(op), ops.text(i, 1));
                QCOMPARE(ops.text(i, 2), s->user);
                ++outcomes[ops.text(i, 1)];
            }
            qInfo("%s: %lld journal entries: %d applied, %d conflict", qPrintable(s->user), static_cast<long long>(local.size()),
                  outcomes.value(QStringLiteral("applied")), outcomes.value(QStringLiteral("conflict")));
        }
        QCOMPARE(m_central->count(QStringLiteral("soc.applied_ops")),
                 scalar(m_a.db(), "SELECT count(*) FROM change_journal") + scalar(m_b.db(), "SELECT count(*) FROM change_journal"));
    }

    void everyConflictIsVisibleOnBothStations()
    {
        auto admin = m_central->admin();
        const sync::PgResult conflicts = admin->exec("SELECT id, ticket_id, doc::text FROM soc.case_records WHERE entity = 'conflict'");
        QVERIFY2(conflicts.rows() > 0, "the concurrent edits produced no conflict at all");
        qInfo("%d conflict(s) on the server", conflicts.rows());
        // The conflict events of the timeline, per ticket, by their details.
        QMap<QString, QList<QJsonObject>> serverEvents;
        {
            const sync::PgResult ev = admin->exec(
                "SELECT ticket_id, doc->>'details' FROM soc.case_records WHERE entity = 'timeline_event' AND (doc->>'kind')::int = 9");
            QCOMPARE(ev.rows(), conflicts.rows());
            for (int i = 0; i < ev.rows(); ++i)
                serverEvents[ev.text(i, 0)] << parse(ev.text(i, 1));
        }
        for (Station* s : {&m_a, &m_b}) {
            QCOMPARE(scalar(s->db(), "SELECT count(*) FROM sync_conflicts"), conflicts.rows());
            QCOMPARE(scalar(s->db(), "SELECT count(*) FROM timeline_events WHERE kind = 9"), conflicts.rows());
        }
        for (int i = 0; i < conflicts.rows(); ++i) {
            const QString id = conflicts.text(i, 0);
            const QString ticket = conflicts.text(i, 1);
            QJsonObject details = parse(conflicts.text(i, 2));
            details.remove(QStringLiteral("id"));
            details.remove(QStringLiteral("ticket_id"));
            details.remove(QStringLiteral("at"));
            QVERIFY2(serverEvents.value(ticket).contains(details), qPrintable(id));
            for (Station* s : {&m_a, &m_b}) {
                auto row = s->db().prepare("SELECT ticket_id, grp, lost_by FROM sync_conflicts WHERE id = ?");
                row.bind(1, id);
                QVERIFY2(row.step(), qPrintable(s->user + u' ' + id));
                QCOMPARE(row.text(0), ticket);
                QCOMPARE(row.text(1), details.value(QStringLiteral("group")).toString());
                QCOMPARE(row.text(2), details.value(QStringLiteral("lost_by")).toString());
                // Its event on the ticket's timeline, with the same details.
                auto ev = s->db().prepare("SELECT details FROM timeline_events WHERE ticket_id = ? AND kind = 9");
                ev.bind(1, ticket);
                bool found = false;
                while (ev.step() && !found)
                    found = parse(ev.text(0)) == details;
                QVERIFY2(found, qPrintable(s->user + QStringLiteral(": no timeline event for conflict ") + id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_SyncTwoStations)
#include "tst_SyncTwoStations.moc"
