#pragma once

#include "ingest/AlertFileReader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <map>

namespace soc::sync {

// How far a sensor has read one source (soc.ingest_cursors): the file read (FileIdentity text),
// the byte position after the last record consumed and the records consumed in that file.
struct IngestCursor {
    QString fileId;
    qint64 position = 0;
    qint64 records = 0;

    bool operator==(const IngestCursor&) const = default;
};

// One transaction's worth of work: alerts in COPY text format for the staging table, and where
// each source stands once they are stored. Committed whole or not at all.
struct IngestBatch {
    static constexpr qint64 kMaxRecords = 5000;
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    QByteArray copyRows;
    qint64 alerts = 0;
    qint64 rejected = 0;
    qint64 skipped = 0;
    qint64 records = 0;                      // alerts + rejected + skipped
    std::map<QString, IngestCursor> cursors; // by source ("host:/abs/path")
    QList<ingest::ReadIssue> issues;

    bool isEmpty() const { return records == 0 && cursors.empty(); }
    bool isFull() const { return records >= kMaxRecords || copyRows.size() >= kMaxBytes; }
};

} // namespace soc::sync
