#pragma once

#include "ingest/BoundedQueue.h"
#include "store/AlertRow.h"

#include <QByteArray>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace soc::sync {

class PgConnection;

// An alert as the central store holds it, in the columns the station writes, with its revision.
struct PulledAlert {
    store::AlertRow row;
    qint64 rev = 0;
};

// Pages of alerts COPYed out of the central store (soc.alerts, alias `a`) and decoded on a worker
// thread, while the calling thread writes the rows before them into the local database: chunks of
// decoded alerts, each page closed by a chunk with `endOfPage` (how many rows its COPY returned and
// its last revision). Pages follow each other by revision, as one thread would fetch them; only
// the caller commits pages and cursors.
class AlertFeed {
public:
    struct Chunk {
        std::vector<PulledAlert> alerts;
        bool endOfPage = false;
        int pageRows = 0;
        qint64 pageLastRev = 0;
        std::exception_ptr error; // the worker failed (e.g. the connection broke): rethrow it
    };

    // Alerts matching `where` with a revision above `after`, `pageSize` per COPY.
    AlertFeed(PgConnection& conn, QByteArray where, qint64 after, int pageSize, const std::atomic_bool* cancel);
    ~AlertFeed();
    AlertFeed(const AlertFeed&) = delete;
    AlertFeed& operator=(const AlertFeed&) = delete;

    // The columns pulled, in the order they are decoded (also what a benchmark exports with psql).
    static const char* columns();

    // The binary COPY of the alerts matching `where` (on soc.alerts `a`) after revision `after`.
    static QByteArray copyStatement(const QByteArray& where, qint64 after, int limit);
    // One message of that COPY: an alert, the trailer that ends it, or a malformed tuple.
    enum class Decoded { Alert, Trailer, Malformed };
    static Decoded decode(const char* message, int length, PulledAlert& out);

    // The next chunk; false when every page has been handed over.
    bool next(Chunk& out);

private:
    void run();

    PgConnection& m_conn;
    QByteArray m_where;
    qint64 m_after;
    int m_pageSize;
    const std::atomic_bool* m_cancel;
    ingest::BoundedQueue<Chunk> m_queue{8};
    std::thread m_thread; // last: starts once everything above is ready
};

} // namespace soc::sync
