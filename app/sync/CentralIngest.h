#pragma once

#include "ingest/AlertFileReader.h"
#include "ingest/AlertFormat.h"
#include "security/SecretBuffer.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace soc::sync {

struct CentralIngestOptions {
    QString url;                     // postgresql://sensor1@host:5432/socstation (the sensor's account)
    security::SecretBuffer password; // empty: libpq finds it in ~/.pgpass or PGPASSFILE
    QStringList files;
    ingest::AlertFormat format = ingest::AlertFormat::Auto;
    bool follow = false;
    int pollMs = 200;
    const std::atomic_bool* stop = nullptr; // set (e.g. by SIGTERM): finish the batch in hand and return
};

struct CentralIngestStats {
    qint64 files = 0;  // files read, rotated ones included
    qint64 alerts = 0; // alerts added to the central store
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 skipped = 0;
    qint64 failedFiles = 0;
};

// `socstation ingest --central URL [--follow] FILE...`: a sensor's alert files into the central
// store, exactly once. One thread reads the files (IngestSource, AlertLogFile) into batches; this
// one writes them (CentralAlertWriter), each with the files' cursors in the same transaction, so
// a run killed at any moment resumes where the last commit left off. Following, a lost
// connection is retried with a backoff (1 s doubling to 30 s) and the batch in hand kept.
class CentralIngest {
public:
    struct Callbacks {
        std::function<void(const ingest::ReadIssue&)> rejected; // a malformed record, once its batch is stored
        std::function<void(const QString&)> notice; // waiting, rotation surprises, unreadable files; any thread
    };

    CentralIngest(CentralIngestOptions options, Callbacks callbacks);
    // Throws PgError when the central store refuses (or, without --follow, cannot be reached).
    CentralIngestStats run();

private:
    CentralIngestOptions m_options;
    Callbacks m_callbacks;
};

} // namespace soc::sync
