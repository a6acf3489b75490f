#pragma once

#include "sync/IngestBatch.h"

#include <QStringList>
#include <map>
#include <memory>

namespace soc::sync {

class PgConnection;

// Writes a sensor's batches into the central store, one transaction each: the alerts are copied
// into a temporary staging table and inserted into soc.alerts (ON CONFLICT DO NOTHING: an alert
// already there is a duplicate), and each source's cursor in soc.ingest_cursors is moved in the
// same transaction, from the position this writer last committed to the batch's (compare and
// set). So a batch is stored exactly once: a batch whose commit was lost with the connection is
// recognised on retry, and a second ingester moving the same cursor is refused.
class CentralAlertWriter {
public:
    explicit CentralAlertWriter(PgConnection& connection); // throws PgError

    // The sensor's cursors for these sources (the sensor is the connection's user).
    std::map<QString, IngestCursor> loadCursors(const QStringList& sources);

    struct Result {
        qint64 inserted = 0;
        bool alreadyCommitted = false; // the batch had been committed before (answer lost)
    };
    // `committed` holds the cursors as last committed and is updated on success. Throws PgError.
    Result commit(const IngestBatch& batch, std::map<QString, IngestCursor>& committed);

private:
    bool moveCursor(const QString& source, const IngestCursor& to, const std::map<QString, IngestCursor>& committed);
    PgConnection& m_conn;
};

} // namespace soc::sync
