#pragma once

#include "ingest/AlertFileReader.h"

#include <QList>
#include <QStringList>
#include <atomic>
#include <functional>

namespace soc::store {
class Database;
}

namespace soc::ingest {

struct ImportStats {
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;  // malformed records (each listed in `errors`, up to kMaxListedErrors)
    qint64 skipped = 0;   // well-formed records that are not alerts
    qint64 failedFiles = 0; // files that could not be opened or are not alert files
    QList<ReadIssue> errors;
    bool cancelled = false; // nothing was committed
    static constexpr int kMaxListedErrors = 1000;
};

// Imports alert files into the case database in ONE transaction: cancelled or failed, nothing is
// committed; malformed records are reported (file, line, reason) and skipped. Parsing runs on a
// second thread while this one writes, so both cores work. `actor` is the signed-in analyst: a
// role that may not import alerts is refused (DatabaseError Forbidden, audited) before anything is read.
class AlertImporter {
public:
    using Progress = std::function<void(qint64 doneBytes, qint64 totalBytes)>;

    AlertImporter(store::Database& db, QString actor);
    // Throws store::DatabaseError when the database fails (the transaction is rolled back).
    ImportStats run(const QStringList& files, AlertFormat format, const std::atomic_bool* cancel = nullptr,
                    const Progress& progress = {});

private:
    store::Database& m_db;
    QString m_actor;
};

} // namespace soc::ingest
