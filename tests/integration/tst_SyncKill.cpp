// Crash safety of the sync (issue: "Kill the station process (SIGKILL) in the middle of a push and
// of a pull, 20 times each: no journal entry is lost or applied twice; the local database opens
// cleanly").
//
// `socstation sync --once` runs as a child process and gets SIGKILL at a random moment while it is
// pushing (a station with thousands of pending notes) or pulling (an empty station and tens of
// thousands of alerts on the central store); then a clean sync, and the local database and the
// server are compared row for row.
#include "CentralFixture.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/Workspace.h"
#include "sync/PgConnection.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace soc;

namespace {

constexpr int kKills = 20;

security::SecretBuffer testPassword()
{
    QByteArray pw(test::kTestPassword);
    return security::SecretBuffer::takeFrom(pw);
}

qint64 scalar(store::Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

QString integrity(store::Database& db)
{
    auto st = db.prepare("PRAGMA integrity_check");
    QStringList lines;
    while (st.step())
        lines << st.text(0);
    return lines.join(u'\n');
}

} // namespace

class tst_SyncKill : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<test::CentralFixture> m_central;
    QRandomGenerator m_rng;
    domain::SystemClock m_clock;
    QElapsedTimer m_total;

    QString m_dirA;
    QString m_dirB;
    QString m_ticket;

    QString stationId(store::Database& db)
    {
        auto st = db.prepare("SELECT value FROM meta WHERE key = 'station_id'");
        st.step();
        return st.text(0);
    }

    void makeStation(const QString& dir, const QString& user)
    {
        QVERIFY(m_central->addUser(user, QStringLiteral("analyst"), QString::fromUtf8(test::kTestPassword)));
        auto session = test::createWorkspace(dir, user, domain::Role::Analyst);
        QVERIFY(session);
        const auto use = test::runCli({QStringLiteral("central"), QStringLiteral("use"), QStringLiteral("--url"), m_central->baseUrl()},
                                      {}, test::cliEnv(dir, user));
        QVERIFY2(use.exitCode == 0, use.err.constData());
    }

    std::unique_ptr<store::Session> open(const QString& dir, const QString& user)
    {
        return store::Workspace(dir).signIn(user, testPassword());
    }

    void addNotes(store::Session& s, int n)
    {
        store::CaseService cases(s.database(), s.account().username, m_clock);
        for (int i = 0; i < n; ++i)
            cases.addNote(m_ticket, QStringLiteral("Observation %1: beaconing from 10.20.%2.%3 to the C2 every 60 s")
                                        .arg(m_rng.generate())
                                        .arg(i % 250)
                                        .arg(i % 200));
    }

    // Adds `n` alerts to the central store, detected in the last ten days, with ~500-byte records.
    void addServerAlerts(int n)
    {
        auto admin = m_central->admin();
        const qint64 base = m_central->count(QStringLiteral("soc.alerts"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        admin->exec(
            "INSERT INTO soc.alerts(uuid, fingerprint, detected_at, src_offset, source, subsystem, severity, signature_id, signature,\n"
            "                       category, src_ip, src_port, dst_ip, dst_port, protocol, host, mitre, raw)\n"
            "SELECT encode(set_byte(set_byte(substring(fp FROM 1 FOR 16), 6, (get_byte(fp, 6) & 15) | 80), 8,\n"
            "                       (get_byte(fp, 8) & 63) | 128), 'hex')::uuid,\n"
            "       fp, $2::bigint - (i % 864000) * 1000, 25200, 'suricata', 'NSM', 1 + i % 4, (2010000 + i % 900)::text,\n"
            "       'ET SCAN Potential SSH Scan ' || (i % 900), 'Attempted Information Leak',\n"
            "       '10.' || (i % 200) || '.' || (i % 250) || '.' || (i % 199 + 1), 40000 + i % 20000, '172.16.0.' || (i % 254 + 1), 22,\n"
            "       'TCP', 'sensor-' || (i % 5), CASE WHEN i % 3 = 0 THEN 'T1046' ELSE NULL END,\n"
            "       convert_to('{\"timestamp\":\"2026-11-20T08:00:00.000000+0700\",\"flow_id\":' || (1000000000 + i)\n"
            "                  || ',\"in_iface\":\"eth1\",\"event_type\":\"alert\",\"src_ip\":\"10.' || (i % 200) || '.' || (i % 250) || '.'\n"
            "                  || (i % 199 + 1) || '\",\"src_port\":' || (40000 + i % 20000) || ',\"dest_ip\":\"172.16.0.' || (i % 254 + 1)\n"
            "                  || '\",\"dest_port\":22,\"proto\":\"TCP\",\"alert\":{\"action\":\"allowed\",\"gid\":1,\"signature_id\":' || (2010000 + i % 900)\n"
            "                  || ',\"rev\":3,\"signature\":\"ET SCAN Potential SSH Scan ' || (i % 900)\n"
            "                  || '\",\"category\":\"Attempted Information Leak\",\"severity\":2},\"flow\":{\"pkts_toserver\":3,\"pkts_toclient\":0,'\n"
            "                  || '\"bytes_toserver\":222,\"bytes_toclient\":0,\"start\":\"2026-11-20T07:59:59.123456+0700\"},\"host\":\"sensor-'\n"
            "                  || (i % 5) || '\"}', 'UTF8')\n"
            "FROM generate_series($1::bigint + 1, $1::bigint + $3::bigint) AS i,\n"
            "     LATERAL (SELECT sha256(convert_to('kill-test-alert-' || i, 'UTF8')) AS fp) AS f\n",
                    {QByteArray::number(base), QByteArray::number(now), QByteArray::number(n)});
    }

    struct Kill {
        bool killed = false; // false: the process had finished before the signal
        qint64 afterMs = 0;
        QByteArray err;
    };

    // Starts `sync --once` for the station and SIGKILLs it once `started` says the work is under way
    // plus a random delay (up to `maxDelayMs`).
    Kill runAndKill(const QString& dir, const QString& user, const std::function<bool()>& started, int maxDelayMs)
    {
        QProcess p;
        p.setProcessEnvironment(test::cliEnv(dir, user));
        QElapsedTimer t;
        t.start();
        p.start(test::socstationBinary(), {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});
        Kill k;
        if (!p.waitForStarted(10000))
            return k;
        while (p.state() == QProcess::Running && !started() && t.elapsed() < 20000)
            QThread::msleep(2);
        const int delay = static_cast<int>(m_rng.bounded(static_cast<quint32>(maxDelayMs)));
        p.waitForFinished(delay); // returns at once when it ends by itself
        k.afterMs = t.elapsed();
        if (p.state() == QProcess::Running) {
            p.kill(); // SIGKILL
            p.waitForFinished(10000);
            k.killed = true;
        }
        k.err = p.readAllStandardError();
        return k;
    }

private slots:
    void initTestCase()
    {
        m_total.start();
        QVERIFY(m_tmp.isValid());
        m_central = test::CentralFixture::create(m_tmp, QStringLiteral("sync_kill"));
        if (!m_central && qEnvironmentVariableIsEmpty("SOCSTATION_TEST_PG_DIR"))
            QSKIP("needs the postgres CTest fixture (SOCSTATION_TEST_PG_DIR)");
        QVERIFY(m_central);
        const quint32 seed = qEnvironmentVariableIsSet("SOCSTATION_TEST_SEED")
                                 ? static_cast<quint32>(qEnvironmentVariableIntValue("SOCSTATION_TEST_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("random seed %u (SOCSTATION_TEST_SEED to repeat)", seed);
        m_rng.seed(seed);
        m_dirA = m_tmp.filePath(QStringLiteral("a"));
        m_dirB = m_tmp.filePath(QStringLiteral("b"));
        makeStation(m_dirA, QStringLiteral("an"));
        makeStation(m_dirB, QStringLiteral("binh"));
    }

    void killDuringPush()
    {
        auto session = open(m_dirA, QStringLiteral("an"));
        store::Database& db = session->database();
        {
            store::CaseService cases(db, QStringLiteral("an"), m_clock);
            store::CaseService::NewTicket n;
            n.title = QStringLiteral("Beaconing to a known C2 from the finance VLAN");
            m_ticket = cases.createTicket(n).id;
        }
        QElapsedTimer t;
        t.start();
        addNotes(*session, 2000);
        qInfo("2,000 notes written in %lld ms", t.elapsed());
        int kills = 0;
        int attempts = 0;
        while (kills < kKills && attempts < 3 * kKills) {
            ++attempts;
            qint64 pending = scalar(db, "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL");
            if (pending < 400) {
                addNotes(*session, 600);
                pending = scalar(db, "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL");
            }
            // Under way: the first entries of this run have been answered.
            const auto k = runAndKill(
                m_dirA, QStringLiteral("an"),
                [&] { return scalar(db, "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL") < pending; }, 150);
            const qint64 after = scalar(db, "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL");
            if (k.killed && after > 0)
                ++kills;
            qInfo("push run %d: %s after %lld ms, pending %lld -> %lld", attempts, k.killed ? "killed" : "finished",
                  k.afterMs, pending, after);
        }
        QCOMPARE(kills, kKills);
    }

    void cleanPushLosesNothingAndAppliesNothingTwice()
    {
        const auto r = test::runCli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")}, {},
                                    test::cliEnv(m_dirA, QStringLiteral("an")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("pending")).toInt(-1), 0);

        auto session = open(m_dirA, QStringLiteral("an")); // opens cleanly after 20 kills
        store::Database& db = session->database();
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM change_journal WHERE outcome IS NOT 'applied'"), 0);

        QSet<QString> local;
        {
            auto st = db.prepare("SELECT op_id FROM change_journal");
            while (st.step())
                local.insert(st.text(0));
        }
        auto admin = m_central->admin();
        const sync::PgResult ops = admin->exec("SELECT op_id::text FROM soc.applied_ops WHERE station = $1", {stationId(db).toUtf8()});
        QSet<QString> server;
        for (int i = 0; i < ops.rows(); ++i)
            server.insert(ops.text(i, 0));
        QCOMPARE(server.size(), ops.rows());
        QCOMPARE(server.size(), local.size());
        QVERIFY(server == local);
        QCOMPARE(m_central->count(QStringLiteral("soc.applied_ops")), static_cast<qint64>(local.size()));
        // Each note once on the server: no extra timeline events, none missing.
        const qint64 events = scalar(db, "SELECT count(*) FROM timeline_events");
        QCOMPARE(m_central->count(QStringLiteral("soc.case_records"), QStringLiteral("entity = 'timeline_event'")), events);
        QCOMPARE(m_central->count(QStringLiteral("soc.case_records"), QStringLiteral("entity = 'ticket'")), 1);
        qInfo("%lld journal entries, %lld timeline events; %lld ms so far", static_cast<long long>(local.size()), events,
              m_total.elapsed());
    }

    void killDuringPull()
    {
        addServerAlerts(50000);
        auto session = open(m_dirB, QStringLiteral("binh"));
        store::Database& db = session->database();
        auto sessionA = open(m_dirA, QStringLiteral("an"));
        int kills = 0;
        int attempts = 0;
        qint64 serverAlerts = m_central->count(QStringLiteral("soc.alerts"));
        while (kills < kKills && attempts < 3 * kKills) {
            ++attempts;
            const qint64 local = scalar(db, "SELECT count(*) FROM alerts");
            const qint64 events = scalar(db, "SELECT count(*) FROM timeline_events");
            // Every other run starts with new case records to pull (station A's notes) and is killed
            // while they arrive; the others are killed at any moment of the pull.
            const bool cases = attempts % 2 == 0;
            if (cases) {
                addNotes(*sessionA, 1500);
                const auto push = test::runCli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")}, {},
                                               test::cliEnv(m_dirA, QStringLiteral("an")));
                QVERIFY2(push.exitCode == 0, push.err.constData());
            }
            if (serverAlerts - local < 25000) { // keep enough to pull that every run is killed mid-way
                addServerAlerts(25000);
                serverAlerts = m_central->count(QStringLiteral("soc.alerts"));
            }
            // Case records come in pages of 1000, each committed with its cursor: a kill soon after the
            // first page lands in the middle of them.
            const auto k = cases ? runAndKill(m_dirB, QStringLiteral("binh"),
                                              [&] { return scalar(db, "SELECT count(*) FROM timeline_events") > events; }, 60)
                                 : runAndKill(m_dirB, QStringLiteral("binh"), [] { return true; }, 1500);
            if (k.killed)
                ++kills;
            qInfo("pull run %d: %s after %lld ms; alerts %lld -> %lld (server %lld), timeline events %lld -> %lld", attempts,
                  k.killed ? "killed" : "finished", k.afterMs, local, scalar(db, "SELECT count(*) FROM alerts"), serverAlerts,
                  events, scalar(db, "SELECT count(*) FROM timeline_events"));
        }
        QCOMPARE(kills, kKills);
    }

    void cleanPullMatchesTheServer()
    {
        const auto r = test::runCli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")}, {},
                                    test::cliEnv(m_dirB, QStringLiteral("binh")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto session = open(m_dirB, QStringLiteral("binh"));
        store::Database& db = session->database();
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        auto admin = m_central->admin();

        // Alerts: each once, with the server's revision.
        const sync::PgResult server = admin->exec("SELECT count(*), coalesce(sum(rev), 0), max(rev) FROM soc.alerts");
        const qint64 count = scalar(db, "SELECT count(*) FROM alerts");
        QCOMPARE(count, server.int64(0, 0));
        QCOMPARE(scalar(db, "SELECT count(DISTINCT fingerprint) FROM alerts"), count);
        QCOMPARE(scalar(db, "SELECT count(*) FROM alert_raw"), count);
        QCOMPARE(scalar(db, "SELECT count(*) FROM alerts_fts"), count);
        QCOMPARE(scalar(db, "SELECT sum(server_rev) FROM alerts"), server.int64(0, 1));
        {
            auto st = db.prepare("SELECT value FROM sync_state WHERE key = 'alert_rev'");
            QVERIFY(st.step());
            QCOMPARE(st.text(0).toLongLong(), server.int64(0, 2));
        }
        // Case records: the ticket and every timeline event, once.
        QCOMPARE(scalar(db, "SELECT count(*) FROM tickets"), 1);
        const sync::PgResult ids = admin->exec("SELECT id FROM soc.case_records WHERE entity = 'timeline_event'");
        QSet<QString> serverEvents;
        for (int i = 0; i < ids.rows(); ++i)
            serverEvents.insert(ids.text(i, 0));
        QSet<QString> localEvents;
        {
            auto st = db.prepare("SELECT id FROM timeline_events");
            while (st.step())
                localEvents.insert(st.text(0));
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM timeline_events"), static_cast<qint64>(ids.rows()));
        QVERIFY(localEvents == serverEvents);
        QCOMPARE(scalar(db, "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL"), 0);
        qInfo("%lld alerts and %d timeline events pulled; whole test %lld ms", count, ids.rows(), m_total.elapsed());
    }
};

QTEST_GUILESS_MAIN(tst_SyncKill)
#include "tst_SyncKill.moc"
