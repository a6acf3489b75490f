// Evidence vault throughput on a 512 MiB file (SOCSTATION_BENCH_EVIDENCE_MIB to change):
// store = read + SHA-256 + AES-256-GCM + write + fsync; verify = read + decrypt + SHA-256;
// export = verify + write + fsync. Target (R-8, step 4): hashing evidence >= 300 MB/s
// (MB = 10^6 bytes) for store and verify; memory stays bounded whatever the size.
#include "BenchSupport.h"

#include "security/KeyFile.h"
#include "store/EvidenceVault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <limits>
#include <unistd.h>

using namespace soc;

namespace {

double mbPerSecond(qint64 bytes, qint64 ns)
{
    return static_cast<double>(bytes) / 1e6 / (static_cast<double>(ns) / 1e9);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 mib = bench::envInt("SOCSTATION_BENCH_EVIDENCE_MIB", 512);
    const qint64 size = mib << 20;
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("evidence.pcap"));
    QByteArray expected;
    {
        // Incompressible content: 1 MiB of random bytes, each copy varied by its index.
        QFile f(src);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray block = security::randomBytes(1 << 20);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (qint64 i = 0; i < mib; ++i) {
            std::memcpy(block.data(), &i, sizeof i);
            hash.addData(block);
            f.write(block);
        }
        expected = hash.result();
        // On disk before timing starts, so its background write-back does not slow the runs.
        f.flush();
        ::fsync(f.handle());
    }
    std::printf("bench_evidence: %lld MiB file\n", static_cast<long long>(mib));

    store::EvidenceVault vault(dir.filePath(QStringLiteral("vault")), security::randomSecret(32));
    const double rssBefore = bench::residentMiB();
    QElapsedTimer t;
    qint64 storeNs = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 2; ++run) {
        const QString id = QStringLiteral("run%1").arg(run);
        t.start();
        const auto stored = vault.store(id, src);
        storeNs = std::min(storeNs, t.nsecsElapsed());
        if (stored.sha256 != expected || stored.size != size) {
            std::printf("store produced a wrong hash or size\n");
            return 1;
        }
        if (run == 0)
            QFile::remove(vault.pathOf(id)); // keep the disk use at two copies
    }
    qint64 verifyNs = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 2; ++run) {
        t.start();
        const auto v = vault.verify(QStringLiteral("run1"), expected);
        verifyNs = std::min(verifyNs, t.nsecsElapsed());
        if (!v.ok) {
            std::printf("verify failed: %s\n", qPrintable(v.problem));
            return 1;
        }
    }
    const QString out = dir.filePath(QStringLiteral("exported.pcap"));
    t.start();
    vault.exportTo(QStringLiteral("run1"), expected, out);
    const qint64 exportNs = t.nsecsElapsed();
    const double rssGrowth = bench::residentMiB() - rssBefore;

    bool ok = true;
    ok &= bench::report(QStringLiteral("store (read + SHA-256 + AES-GCM + write + fsync)"), mbPerSecond(size, storeNs),
                        QStringLiteral("MB/s"), 300, false);
    ok &= bench::report(QStringLiteral("verify (read + AES-GCM decrypt + SHA-256)"), mbPerSecond(size, verifyNs),
                        QStringLiteral("MB/s"), 300, false);
    bench::report(QStringLiteral("export (verify + write + fsync), informative"), mbPerSecond(size, exportNs),
                  QStringLiteral("MB/s"), 0, false);
    ok &= bench::report(QStringLiteral("resident memory growth over the runs"), rssGrowth, QStringLiteral("MiB"), 32,
                        true);
    return ok ? 0 : 1;
}
