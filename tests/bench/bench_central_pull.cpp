// Initial pull of alerts from the central store into a new station (SyncEngine::pull: COPY out of
// PostgreSQL, decode, insert into the encrypted store with its indexes and full-text index)
// against `psql \copy` exporting the same rows and columns to /dev/null, in the same run.
// Targets (issue: central store): >= 30,000 alerts/s, and >= 30% of the psql \copy rate.
#include "BenchSupport.h"
#include "CentralFixture.h"
#include "TestSupport.h"

#include "ingest/AlertFileReader.h"
#include "ingest/DemoGenerator.h"
#include "store/AlertRepository.h"
#include "store/Database.h"
#include "store/Session.h"
#include "sync/AlertCopyEncoder.h"
#include "sync/AlertFeed.h"
#include "sync/PgConnection.h"
#include "sync/SyncEngine.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <limits>

using namespace soc;

namespace {

// The columns SyncEngine pulls, so psql exports exactly what a station reads.
const char* const kAlertColumns = sync::AlertFeed::columns();

security::SecretBuffer testPassword()
{
    QByteArray pw(test::kTestPassword);
    return security::SecretBuffer::takeFrom(pw);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = bench::envInt("SOCSTATION_BENCH_PULL", 100000);
    QTemporaryDir dir;
    auto central = test::CentralFixture::create(dir, QStringLiteral("bench_central_pull"));
    if (!central) {
        std::printf("bench_central_pull: needs the postgres CTest fixture (SOCSTATION_TEST_PG_DIR)\n");
        return 1;
    }
    if (!central->addUser(QStringLiteral("an"), QStringLiteral("analyst"), QString::fromUtf8(test::kTestPassword)))
        return 1;
    const QString psqlBin = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psqlBin.isEmpty()) {
        std::printf("bench_central_pull: psql is not installed\n");
        return 1;
    }

    // Realistic Suricata EVE alerts of the last 30 days, normalised by the real parser, into soc.alerts.
    qint64 rows = 0;
    qint64 rawBytes = 0;
    {
        const QString eve = dir.filePath(QStringLiteral("eve.json"));
        {
            QFile f(eve);
            QBuffer none;
            none.open(QIODevice::WriteOnly);
            f.open(QIODevice::WriteOnly);
            ingest::DemoGenerator gen(QDateTime::currentMSecsSinceEpoch(), n, ingest::DemoGenerator::Mix::SuricataOnly, 7);
            gen.write(0, n, f, none, none);
        }
        ingest::AlertFileReader reader(eve);
        QString error;
        if (!reader.open(&error)) {
            std::printf("cannot read: %s\n", qPrintable(error));
            return 1;
        }
        auto admin = central->admin();
        QSet<QByteArray> seen;
        QByteArray copy;
        auto flush = [&] {
            admin->copyIn(QByteArray("COPY soc.alerts(") + sync::AlertCopyEncoder::kColumns + ") FROM STDIN", copy);
            copy.clear();
        };
        domain::Alert a;
        ingest::ReadIssue issue;
        for (;;) {
            const auto step = reader.next(a, issue);
            if (step == ingest::AlertFileReader::Step::End)
                break;
            if (step != ingest::AlertFileReader::Step::Alert || seen.contains(a.fingerprint))
                continue;
            seen.insert(a.fingerprint);
            a.uuid = domain::alertUuid(a.fingerprint);
            sync::AlertCopyEncoder::append(copy, a);
            ++rows;
            rawBytes += a.raw.size();
            if (copy.size() > (32 << 20))
                flush();
        }
        flush();
        admin->execScript("VACUUM ANALYZE soc.alerts");
    }
    std::printf("bench_central_pull: %lld alerts in soc.alerts (raw records %.0f bytes on average)\n",
                static_cast<long long>(rows), static_cast<double>(rawBytes) / static_cast<double>(rows));

    // psql \copy of the same columns, as the analyst, to /dev/null: once to warm up, then timed.
    const QString passFile = dir.filePath(QStringLiteral("an.pgpass"));
    {
        QFile f(passFile);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray("*:*:*:an:") + QByteArray(test::kTestPassword).replace("\\", "\\\\").replace(":", "\\:") + "\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    auto psqlCopy = [&]() -> double {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), passFile);
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(psqlBin, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-w"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                          QStringLiteral("-d"), central->urlFor(QStringLiteral("an")), QStringLiteral("-c"),
                          QStringLiteral("\\copy (SELECT %1 FROM soc.alerts) TO '/dev/null'").arg(QLatin1String(kAlertColumns))});
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::printf("psql failed: %s\n", p.readAllStandardError().constData());
            return -1;
        }
        return static_cast<double>(t.nsecsElapsed()) / 1e9;
    };
    // The cluster is shared with other benchmarks: let autovacuum of their tables finish first.
    {
        auto admin = central->admin();
        for (int i = 0; i < 120; ++i) {
            const auto r = admin->exec("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'");
            if (r.int64(0, 0) == 0)
                break;
            QThread::msleep(500);
        }
    }
    if (psqlCopy() < 0)
        return 1;

    // Three rounds of psql's export and the station's initial pull into a new workspace, as its
    // sync does it (wall clock of the pull only); the medians are compared.
    std::vector<double> psqlRuns;
    std::vector<double> pullRuns;
    qint64 pulled = 0;
    for (int round = 0; round < 3; ++round) {
        const double psqlSeconds = psqlCopy();
        if (psqlSeconds < 0)
            return 1;
        psqlRuns.push_back(psqlSeconds);
        auto session = test::createWorkspace(dir.filePath(QStringLiteral("pull%1").arg(round)), QStringLiteral("an"));
        auto conn = sync::PgConnection::open(central->urlFor(QStringLiteral("an")), testPassword());
        sync::SyncEngine::Options options;
        options.alertWindowMs = 31LL * 24 * 3600 * 1000; // the rows span the last 30 days
        sync::SyncEngine engine(session->database(), *conn, options);
        sync::SyncRound syncRound;
        QElapsedTimer t;
        t.start();
        engine.pull(syncRound);
        pullRuns.push_back(static_cast<double>(t.nsecsElapsed()) / 1e9);
        auto st = session->database().prepare("SELECT count(*) FROM alerts");
        st.step();
        pulled = st.int64(0);
        std::printf("round %d: psql %.2f s, pull %.2f s\n", round + 1, psqlSeconds, pullRuns.back());
        if (pulled != rows)
            break;
    }
    std::printf("resident memory after the pulls: %.0f MiB\n", bench::residentMiB());
    const double psqlSeconds = bench::median(psqlRuns);
    const double pullSeconds = bench::median(pullRuns);
    // Where the time goes (not part of the targets): the station's binary COPY alone, the same
    // keeping each message, decoding them, and the local inserts of the decoded rows into another
    // new workspace.
    {
        auto conn = sync::PgConnection::open(central->urlFor(QStringLiteral("an")), testPassword());
        const QByteArray sql = sync::AlertFeed::copyStatement("true", 0, std::numeric_limits<int>::max());
        QElapsedTimer t;
        qint64 bytes = 0;
        t.start();
        conn->copyOut(sql, [&](const char*, int length) { bytes += length; });
        const double copyOnly = static_cast<double>(t.nsecsElapsed()) / 1e9;
        std::vector<QByteArray> lines;
        lines.reserve(static_cast<size_t>(rows));
        t.start();
        conn->copyOut(sql, [&](const char* line, int length) { lines.emplace_back(line, length); });
        const double copyLines = static_cast<double>(t.nsecsElapsed()) / 1e9;
        std::vector<sync::PulledAlert> decoded;
        decoded.reserve(lines.size());
        t.start();
        for (const QByteArray& line : lines) {
            sync::PulledAlert p;
            if (sync::AlertFeed::decode(line.constData(), static_cast<int>(line.size()), p) == sync::AlertFeed::Decoded::Alert)
                decoded.push_back(std::move(p));
        }
        const double decode = static_cast<double>(t.nsecsElapsed()) / 1e9;
        lines.clear();
        auto session = test::createWorkspace(dir.filePath(QStringLiteral("ws2")), QStringLiteral("an"));
        store::AlertRepository repo(session->database());
        session->database().exec("PRAGMA cache_size = -131072"); // as the pull sets it
        t.start();
        for (size_t i = 0; i < decoded.size(); i += 20000) {
            store::Transaction tx(session->database());
            for (size_t j = i; j < std::min(decoded.size(), i + 20000); ++j)
                repo.insert(decoded[j].row, 0, decoded[j].rev);
            tx.commit();
        }
        const double insert = static_cast<double>(t.nsecsElapsed()) / 1e9;
        std::printf("breakdown: binary COPY alone %.2f s (%.0f MiB); COPY into a buffer per row %.2f s; decoding %.2f s; "
                    "local inserts %.2f s\n",
                    copyOnly, static_cast<double>(bytes) / 1048576.0, copyLines, decode, insert);
    }
    if (pulled != rows) {
        std::printf("pulled %lld of %lld alerts\n", static_cast<long long>(pulled), static_cast<long long>(rows));
        return 1;
    }
    const double psqlRate = static_cast<double>(rows) / psqlSeconds;
    const double pullRate = static_cast<double>(rows) / pullSeconds;
    std::printf("psql \\copy to /dev/null: %.0f rows/s (median %.2f s)\n", psqlRate, psqlSeconds);
    std::printf("initial pull into a new station: %.0f alerts/s (median %.2f s)\n", pullRate, pullSeconds);
    bool ok = bench::report(QStringLiteral("initial pull rate"), pullRate, QStringLiteral("alerts/s"), 30000, false);
    ok &= bench::report(QStringLiteral("initial pull rate / psql \\copy rate"), 100.0 * pullRate / psqlRate, QStringLiteral("%"), 30,
                        false);
    return ok ? 0 : 1;
}
