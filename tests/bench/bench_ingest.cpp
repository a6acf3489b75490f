// Ingest of Suricata EVE alerts into the encrypted store (parse + normalise + insert + FTS index)
// against a bare prepared INSERT of the same rows into a SQLCipher table, in the same run.
// Targets (issue 2): >= 40% of the bare rate, and >= 50,000 alerts/s.
#include "BenchSupport.h"
#include "TestSupport.h"

#include "ingest/AlertFileReader.h"
#include "ingest/AlertImporter.h"
#include "ingest/DemoGenerator.h"
#include "security/KeyFile.h"
#include "store/Database.h"
#include "store/Session.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace soc;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = bench::envInt("SOCSTATION_BENCH_INGEST", 200000);
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
    std::printf("bench_ingest: %lld Suricata EVE alerts, %.1f MiB file\n", static_cast<long long>(n),
                static_cast<double>(QFile(eve).size()) / 1048576.0);

    // The same rows, parsed beforehand (not timed), for the bare INSERT baseline.
    std::vector<domain::Alert> rows;
    rows.reserve(static_cast<size_t>(n));
    {
        ingest::AlertFileReader reader(eve);
        QString error;
        if (!reader.open(&error)) {
            std::printf("cannot read: %s\n", qPrintable(error));
            return 1;
        }
        domain::Alert a;
        ingest::ReadIssue issue;
        while (true) {
            const auto step = reader.next(a, issue);
            if (step == ingest::AlertFileReader::Step::End)
                break;
            if (step == ingest::AlertFileReader::Step::Alert)
                rows.push_back(std::move(a));
        }
    }

    QElapsedTimer t;
    double bareSeconds = 0;
    {
        auto db = store::Database::open(dir.filePath(QStringLiteral("bare.db")), security::randomSecret(32),
                                        store::Database::OpenMode::CreateNew);
        db->exec("CREATE TABLE bare(id INTEGER PRIMARY KEY, fingerprint BLOB, detected_at INTEGER, src_offset INTEGER, "
                 "source TEXT, subsystem TEXT, severity INTEGER, status INTEGER, signature_id TEXT, signature TEXT, "
                 "category TEXT, src_ip TEXT, src_port INTEGER, dst_ip TEXT, dst_port INTEGER, protocol TEXT, host TEXT, "
                 "mitre TEXT, imported_at INTEGER, raw BLOB)");
        t.start();
        store::Transaction tx(*db);
        auto st = db->prepare("INSERT INTO bare(fingerprint, detected_at, src_offset, source, subsystem, severity, status, "
                              "signature_id, signature, category, src_ip, src_port, dst_ip, dst_port, protocol, host, mitre, "
                              "imported_at, raw) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        for (const auto& a : rows) {
            st.reset();
            st.bind(1, a.fingerprint).bind(2, a.detectedAtMs).bind(3, a.sourceOffsetSec.value_or(0)).bind(4, a.source);
            st.bind(5, a.subsystem).bind(6, static_cast<int>(a.severity)).bind(7, 0).bind(8, a.signatureId);
            st.bind(9, a.signature).bind(10, a.category).bind(11, a.srcIp).bind(12, a.srcPort).bind(13, a.dstIp);
            st.bind(14, a.dstPort).bind(15, a.protocol).bind(16, a.host).bind(17, a.mitre.join(u','));
            st.bind(18, qint64(0)).bind(19, a.raw);
            st.exec();
        }
        tx.commit();
        bareSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    }
    rows.clear();
    rows.shrink_to_fit();

    double ingestSeconds = 0;
    ingest::ImportStats stats;
    {
        auto session = test::createWorkspace(dir.filePath(QStringLiteral("ws")));
        ingest::AlertImporter importer(session->database(), session->account().username);
        t.start();
        stats = importer.run({eve}, ingest::AlertFormat::Auto);
        ingestSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    }
    if (stats.imported != n) {
        std::printf("imported %lld of %lld (rejected %lld, duplicates %lld)\n", static_cast<long long>(stats.imported),
                    static_cast<long long>(n), static_cast<long long>(stats.rejected),
                    static_cast<long long>(stats.duplicates));
        return 1;
    }
    const double bareRate = static_cast<double>(n) / bareSeconds;
    const double ingestRate = static_cast<double>(n) / ingestSeconds;
    std::printf("bare prepared INSERT into SQLCipher: %.0f rows/s (%.2f s)\n", bareRate, bareSeconds);
    std::printf("full ingest (parse+normalise+insert+FTS): %.0f alerts/s (%.2f s)\n", ingestRate, ingestSeconds);
    bool ok = bench::report(QStringLiteral("ingest rate"), ingestRate, QStringLiteral("alerts/s"), 50000, false);
    ok &= bench::report(QStringLiteral("ingest rate / bare INSERT rate"), 100.0 * ingestRate / bareRate,
                        QStringLiteral("%"), 40, false);
    return ok ? 0 : 1;
}
