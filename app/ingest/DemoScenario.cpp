#include "ingest/DemoScenario.h"

#include "ingest/DemoGenerator.h"
#include "store/DatabaseError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace soc::ingest {

ImportStats DemoScenario::populate(store::Database& db, const Options& options, const std::atomic_bool* cancel,
                                   const AlertImporter::Progress& progress)
{
    constexpr qint64 kChunk = 200000;
    QDir().mkpath(options.tempDir);
    QTemporaryDir tmp(QDir(options.tempDir).filePath(QStringLiteral("demo-XXXXXX")));
    if (!tmp.isValid())
        throw store::DatabaseError(store::ErrorCode::Io, tmp.errorString());
    const qint64 until = options.untilMs ? options.untilMs : QDateTime::currentMSecsSinceEpoch();
    DemoGenerator generator(until, options.alerts);
    AlertImporter importer(db, options.actor);
    ImportStats total;
    const QStringList files{tmp.filePath(QStringLiteral("eve.json")), tmp.filePath(QStringLiteral("alerts.json")),
                            tmp.filePath(QStringLiteral("cef.log"))};
    for (qint64 first = 0; first < options.alerts; first += kChunk) {
        const qint64 count = std::min(kChunk, options.alerts - first);
        {
            QFile s(files[0]), w(files[1]), c(files[2]);
            if (!s.open(QIODevice::WriteOnly) || !w.open(QIODevice::WriteOnly) || !c.open(QIODevice::WriteOnly))
                throw store::DatabaseError(store::ErrorCode::Io, s.errorString());
            generator.write(first, count, s, w, c);
        }
        QStringList nonEmpty;
        for (const QString& f : files)
            if (QFileInfo(f).size() > 0)
                nonEmpty << f;
        const ImportStats part = importer.run(nonEmpty, AlertFormat::Auto, cancel, [&](qint64 done, qint64 all) {
            if (progress && all > 0)
                progress(first + count * done / all, options.alerts);
        });
        for (const QString& f : files)
            QFile::remove(f);
        if (part.cancelled) {
            total.cancelled = true;
            break;
        }
        total.imported += part.imported;
        total.duplicates += part.duplicates;
        total.rejected += part.rejected;
        total.skipped += part.skipped;
        total.errors += part.errors;
    }
    return total;
}

} // namespace soc::ingest
