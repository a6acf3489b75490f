// `socstation ingest --central` of Suricata EVE alerts into the central store (the PostgreSQL of
// the CTest fixture): a file read in one run, and the same volume caught up by `--follow`.
// Target (issue): >= 20,000 alerts/s sustained.
#include "BenchSupport.h"
#include "CentralFixture.h"
#include "TestSupport.h"

#include "ingest/DemoGenerator.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace soc;

namespace {

const QString kSensor = QStringLiteral("sensor1");

QProcessEnvironment sensorEnv(const test::CentralFixture& f)
{
    QProcessEnvironment e = f.env();
    e.insert(QStringLiteral("SOCSTATION_LANG"), QStringLiteral("en"));
    return e;
}

QStringList ingestArgs(const test::CentralFixture& f, const QString& file, bool follow)
{
    QStringList args{QStringLiteral("ingest"), QStringLiteral("--json"), QStringLiteral("--password-stdin"),
                     QStringLiteral("--central"), f.urlFor(kSensor)};
    if (follow)
        args << QStringLiteral("--follow");
    return args << file;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = bench::envInt("SOCSTATION_BENCH_CENTRAL_INGEST", 200000);
    QTemporaryDir dir;
    const QString eve = dir.filePath(QStringLiteral("eve.json"));
    {
        QFile f(eve);
        QBuffer none;
        none.open(QIODevice::WriteOnly);
        f.open(QIODevice::WriteOnly);
        ingest::DemoGenerator gen(1'790'000'000'000, n, ingest::DemoGenerator::Mix::SuricataOnly);
        gen.write(0, n, f, none, none);
    }
    std::printf("bench_central_ingest: %lld Suricata EVE alerts, %.1f MiB file\n", static_cast<long long>(n),
                static_cast<double>(QFile(eve).size()) / 1048576.0);

    // One run over the whole file.
    auto once = test::CentralFixture::create(dir, QStringLiteral("bench_ingest_once"));
    if (!once || !once->addUser(kSensor, QStringLiteral("ingest"), QString::fromUtf8(test::kTestPassword))) {
        std::printf("the central store fixture is not available (SOCSTATION_TEST_PG_DIR)\n");
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const auto r =
        test::runCli(ingestArgs(*once, eve, false), QByteArray(test::kTestPassword) + '\n', sensorEnv(*once), 600000);
    const double onceSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    const qint64 stored = once->count(QStringLiteral("soc.alerts"));
    if (r.exitCode != 0 || summary.value(QStringLiteral("alerts")).toInteger() != n || stored != n) {
        std::printf("ingest failed (exit %d, %lld stored): %s%s\n", r.exitCode, static_cast<long long>(stored),
                    r.out.constData(), r.err.constData());
        return 1;
    }
    const double onceRate = static_cast<double>(n) / onceSeconds;
    std::printf("socstation ingest FILE: %.0f alerts/s (%.2f s, process start and connection included)\n", onceRate,
                onceSeconds);

    // --follow catching up with the same file (a sensor back after an outage), until every alert is stored.
    auto follow = test::CentralFixture::create(dir, QStringLiteral("bench_ingest_follow"));
    if (!follow || !follow->addUser(kSensor, QStringLiteral("ingest"), QString::fromUtf8(test::kTestPassword)))
        return 1;
    auto admin = follow->admin();
    QProcess p;
    p.setProcessEnvironment(sensorEnv(*follow));
    t.start();
    p.start(test::socstationBinary(), ingestArgs(*follow, eve, true));
    p.waitForStarted();
    p.write(QByteArray(test::kTestPassword) + '\n');
    p.waitForBytesWritten(10000); // no event loop runs here to send it
    p.closeWriteChannel();
    qint64 followed = 0;
    while (followed < n && t.elapsed() < 600000 && p.state() == QProcess::Running) {
        QThread::msleep(50);
        followed = admin->exec("SELECT count(*) FROM soc.alerts").int64(0, 0);
    }
    const double followSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    p.terminate();
    p.waitForFinished(30000);
    if (followed != n || p.exitCode() != 0) {
        std::printf("--follow stored %lld of %lld (exit %d): %s\n", static_cast<long long>(followed),
                    static_cast<long long>(n), p.exitCode(), p.readAllStandardError().constData());
        return 1;
    }
    const double followRate = static_cast<double>(n) / followSeconds;
    std::printf("socstation ingest --follow FILE: %.0f alerts/s (%.2f s to catch up)\n", followRate, followSeconds);

    bool ok = bench::report(QStringLiteral("ingest rate into the central store"), onceRate, QStringLiteral("alerts/s"),
                            20000, false);
    ok &= bench::report(QStringLiteral("ingest rate, --follow catching up"), followRate, QStringLiteral("alerts/s"),
                        20000, false);
    return ok ? 0 : 1;
}
