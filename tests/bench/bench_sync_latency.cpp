// How soon one station sees another's triage: an acknowledge on station A (on its GUI connection)
// until station B's database shows it, with both stations' sync loops running on their own threads
// and connections (SyncLoop::run: local commits noticed by PRAGMA data_version, the central store's
// changes by LISTEN/NOTIFY), on loopback.
// Target (issue: central store): <= 1 s at p95 over 200 trials.
#include "BenchSupport.h"
#include "CentralFixture.h"
#include "TestSupport.h"

#include "domain/Alert.h"
#include "store/AlertRepository.h"
#include "store/Database.h"
#include "store/Session.h"
#include "sync/CentralSettings.h"
#include "sync/PgConnection.h"
#include "sync/SyncLoop.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace soc;

namespace {

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

struct Station {
    QString user;
    std::unique_ptr<store::Session> session;
    std::unique_ptr<store::Database> syncDb;
    std::unique_ptr<sync::SyncLoop> loop;
    std::thread thread;
    std::atomic_bool wake{false};
    std::atomic_int rounds{0};
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int trials = static_cast<int>(bench::envInt("SOCSTATION_BENCH_TRIALS", 200));
    QTemporaryDir dir;
    auto central = test::CentralFixture::create(dir, QStringLiteral("bench_sync_latency"));
    if (!central) {
        std::printf("bench_sync_latency: needs the postgres CTest fixture (SOCSTATION_TEST_PG_DIR)\n");
        return 1;
    }
    // Alerts both stations pull: one per trial and some more.
    const int alerts = trials + 100;
    central->admin()->exec(R"sql(
INSERT INTO soc.alerts(uuid, fingerprint, detected_at, source, subsystem, severity, signature_id, signature, src_ip, dst_ip,
                       dst_port, protocol, raw)
SELECT encode(set_byte(set_byte(substring(fp FROM 1 FOR 16), 6, (get_byte(fp, 6) & 15) | 80), 8,
                       (get_byte(fp, 8) & 63) | 128), 'hex')::uuid,
       fp, $2::bigint - i * 60000, 'suricata', 'NSM', 1 + i % 4, '2001219', 'ET SCAN Potential SSH Scan',
       '45.148.10.' || (i % 250), '10.20.1.15', 22, 'TCP', convert_to('{"flow_id":' || i || '}', 'UTF8')
FROM generate_series(1, $1::int) AS i, LATERAL (SELECT sha256(convert_to('latency-' || i, 'UTF8')) AS fp) AS f
)sql",
                           {QByteArray::number(alerts), QByteArray::number(QDateTime::currentMSecsSinceEpoch())});

    std::atomic_bool stop{false};
    Station a;
    Station b;
    a.user = QStringLiteral("an");
    b.user = QStringLiteral("binh");
    for (Station* s : {&a, &b}) {
        if (!central->addUser(s->user, QStringLiteral("analyst"), QString::fromUtf8(test::kTestPassword)))
            return 1;
        const QString ws = dir.filePath(s->user);
        s->session = test::createWorkspace(ws, s->user);
        const auto use = test::runCli({QStringLiteral("central"), QStringLiteral("use"), QStringLiteral("--url"), central->baseUrl()}, {},
                                      test::cliEnv(ws, s->user));
        if (use.exitCode != 0) {
            std::printf("central use failed: %s\n", use.err.constData());
            return 1;
        }
        s->syncDb = s->session->openConnection();
        sync::SyncLoop::Callbacks callbacks;
        callbacks.onRound = [s](const sync::SyncRound&) { ++s->rounds; };
        s->loop = std::make_unique<sync::SyncLoop>(*s->syncDb, sync::CentralSettings::load(ws), s->user, testPassword(), callbacks);
    }
    for (Station* s : {&a, &b})
        s->thread = std::thread([s, &stop] { s->loop->run(stop, s->wake); });
    auto finish = [&](int code) {
        stop = true;
        for (Station* s : {&a, &b})
            if (s->thread.joinable())
                s->thread.join();
        return code;
    };

    // Both stations have every alert.
    QElapsedTimer t;
    t.start();
    while (scalar(a.session->database(), "SELECT count(*) FROM alerts") < alerts
           || scalar(b.session->database(), "SELECT count(*) FROM alerts") < alerts) {
        if (t.elapsed() > 60000) {
            std::printf("the stations did not pull the alerts\n");
            return finish(1);
        }
        QThread::msleep(20);
    }
    std::printf("bench_sync_latency: %d alerts on both stations after %lld ms; %d trials\n", alerts, t.elapsed(), trials);

    store::Database& dbA = a.session->database();
    store::Database& dbB = b.session->database();
    store::AlertRepository repoA(dbA);
    std::vector<std::pair<qint64, qint64>> ids; // (id on A, id on B) by fingerprint
    {
        auto st = dbA.prepare("SELECT id, fingerprint FROM alerts ORDER BY detected_at DESC");
        auto onB = dbB.prepare("SELECT id FROM alerts WHERE fingerprint = ?");
        while (st.step()) {
            onB.reset();
            onB.bind(1, st.blob(1));
            if (onB.step())
                ids.emplace_back(st.int64(0), onB.int64(0));
        }
    }
    auto statusOnB = dbB.prepare("SELECT status FROM alerts WHERE id = ?");
    std::vector<double> latencies;
    int timeouts = 0;
    QRandomGenerator rng(20261121);
    for (int i = 0; i < trials && i < static_cast<int>(ids.size()); ++i) {
        QThread::msleep(20 + rng.bounded(100)); // not in step with the loops' 100 ms polls
        const auto [idA, idB] = ids[static_cast<size_t>(i)];
        t.start();
        repoA.setStatus(std::span<const qint64>(&idA, 1), domain::AlertStatus::Acknowledged, {}, a.user);
        bool seen = false;
        while (t.elapsed() < 10000) {
            statusOnB.reset();
            statusOnB.bind(1, idB);
            if (statusOnB.step() && statusOnB.int64(0) == static_cast<int>(domain::AlertStatus::Acknowledged)) {
                seen = true;
                break;
            }
            statusOnB.reset();
            QThread::msleep(5);
        }
        statusOnB.reset();
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        latencies.push_back(ms);
        if (!seen)
            ++timeouts;
    }
    finish(0);

    std::printf("A -> B acknowledge latency over %zu trials: p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d not seen within 10 s)\n",
                latencies.size(), bench::median(latencies), bench::percentile(latencies, 0.95),
                *std::max_element(latencies.begin(), latencies.end()), timeouts);
    std::printf("sync rounds: A %d, B %d\n", a.rounds.load(), b.rounds.load());
    bool ok = static_cast<int>(latencies.size()) == trials;
    ok &= bench::report(QStringLiteral("acknowledge on A visible on B, p95"), bench::percentile(latencies, 0.95), QStringLiteral("ms"),
                        1000, true);
    return ok ? 0 : 1;
}
