#include "sync/CentralIngest.h"

#include "ingest/BoundedQueue.h"
#include "sync/CentralAlertWriter.h"
#include "sync/IngestSource.h"
#include "sync/PgConnection.h"

#include <QCoreApplication>

#include <chrono>
#include <exception>
#include <optional>
#include <thread>

namespace soc::sync {
namespace {

bool stopRequested(const std::atomic_bool* stop)
{
    return stop && stop->load();
}

// Sleeps `ms`, waking early when a stop is requested.
void pause(int ms, const std::atomic_bool* stop)
{
    for (int slept = 0; slept < ms && !stopRequested(stop); slept += 50)
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min(50, ms - slept)));
}

// Errors that pass: the server restarting or unreachable, a lost connection, a deadlock or
// serialization failure, the server short of resources.
bool isTransient(const PgError& e)
{
    if (e.code() == PgErrorCode::Unreachable || e.code() == PgErrorCode::Lost)
        return true;
    const QByteArray& s = e.sqlState();
    return s.startsWith("08") || s.startsWith("40") || s.startsWith("53") || s.startsWith("57P");
}

// Batches from the reading thread to the writing one; a small bound keeps memory flat while the
// central store is away.
using BatchQueue = ingest::BoundedQueue<IngestBatch>;

// The reading side: every source polled in turn; a batch goes out when full or, following, when a
// round found something.
struct FileReading {
    const CentralIngestOptions& options;
    std::map<QString, IngestCursor> cursors; // as committed when reading started
    const IngestSource::Notice& notice;
    BatchQueue& queue;
    qint64 files = 0;
    qint64 failedFiles = 0;

    void run()
    {
        std::vector<std::unique_ptr<IngestSource>> sources;
        for (const QString& file : options.files) {
            const QString key = IngestSource::sourceKey(file);
            bool twice = false;
            for (const auto& s : sources)
                twice = twice || s->key() == key;
            if (twice)
                continue;
            const auto cursor = cursors.find(key);
            sources.push_back(std::make_unique<IngestSource>(
                file, options.format,
                cursor == cursors.end() ? std::nullopt : std::optional<IngestCursor>(cursor->second), options.follow,
                notice));
        }
        const auto count = [&] {
            for (const auto& s : sources) {
                files += s->filesRead();
                failedFiles += s->failed() ? 1 : 0;
            }
        };
        IngestBatch batch;
        for (;;) {
            if (stopRequested(options.stop) || queue.stopped())
                return count();
            bool moved = false;
            bool done = true;
            for (const auto& source : sources) {
                for (;;) {
                    moved = source->poll(batch) || moved;
                    if (!batch.isFull())
                        break;
                    if (!queue.push(std::move(batch)))
                        return count();
                    batch = IngestBatch{};
                    if (stopRequested(options.stop))
                        return count();
                }
                done = done && source->isDone();
            }
            if (!options.follow && done)
                break;
            if (!batch.isEmpty()) {
                if (!queue.push(std::move(batch)))
                    return count();
                batch = IngestBatch{};
            }
            if (!moved)
                pause(options.pollMs, options.stop);
        }
        if (!batch.isEmpty() && !stopRequested(options.stop))
            queue.push(std::move(batch));
        count();
    }
};

} // namespace

CentralIngest::CentralIngest(CentralIngestOptions options, Callbacks callbacks)
    : m_options(std::move(options))
    , m_callbacks(std::move(callbacks))
{
    if (!m_callbacks.notice)
        m_callbacks.notice = [](const QString&) {};
    if (!m_callbacks.rejected)
        m_callbacks.rejected = [](const ingest::ReadIssue&) {};
}

CentralIngestStats CentralIngest::run()
{
    CentralIngestStats stats;
    const std::atomic_bool* stop = m_options.stop;
    std::unique_ptr<PgConnection> conn;
    std::unique_ptr<CentralAlertWriter> writer;
    bool waiting = false;
    int backoffMs = 1000;
    // Runs `work` on a live connection. Following, an outage is waited out (the work is retried
    // as a whole: a batch either committed with its cursors or not at all); false when stopped.
    const auto withConnection = [&](const std::function<void(CentralAlertWriter&)>& work) {
        for (;;) {
            if (stopRequested(stop) && waiting)
                return false;
            try {
                if (!writer) {
                    conn = PgConnection::open(m_options.url, m_options.password);
                    writer = std::make_unique<CentralAlertWriter>(*conn);
                }
                work(*writer);
                if (waiting)
                    m_callbacks.notice(
                        QCoreApplication::translate("CentralIngest", "Connected to the central store again."));
                waiting = false;
                backoffMs = 1000;
                return true;
            } catch (const PgError& e) {
                if (!m_options.follow || !isTransient(e))
                    throw;
                writer.reset();
                conn.reset();
                if (!waiting)
                    m_callbacks.notice(QCoreApplication::translate("CentralIngest",
                                                                   "The central store cannot be reached (%1). Waiting "
                                                                   "for it and retrying; nothing is lost meanwhile.")
                                           .arg(e.message()));
                waiting = true;
                pause(backoffMs, stop);
                backoffMs = std::min(backoffMs * 2, 30000);
            }
        }
    };

    QStringList keys;
    for (const QString& f : m_options.files)
        keys.append(IngestSource::sourceKey(f));
    std::map<QString, IngestCursor> committed;
    if (!withConnection([&](CentralAlertWriter& w) { committed = w.loadCursors(keys); }))
        return stats;

    BatchQueue queue(2);
    FileReading reading{m_options, committed, m_callbacks.notice, queue};
    std::exception_ptr readingError;
    std::thread reader([&] {
        try {
            reading.run();
        } catch (...) {
            readingError = std::current_exception();
        }
        queue.finish();
    });
    const auto joinReader = [&] {
        queue.stop();
        if (reader.joinable())
            reader.join();
    };

    try {
        IngestBatch batch;
        while (queue.pop(batch)) {
            CentralAlertWriter::Result result;
            if (!withConnection([&](CentralAlertWriter& w) { result = w.commit(batch, committed); }))
                break;
            if (!result.alreadyCommitted) {
                stats.alerts += result.inserted;
                stats.duplicates += batch.alerts - result.inserted;
                stats.rejected += batch.rejected;
                stats.skipped += batch.skipped;
                for (const ingest::ReadIssue& issue : batch.issues)
                    m_callbacks.rejected(issue);
            }
            if (stopRequested(stop))
                break;
        }
    } catch (...) {
        joinReader();
        throw;
    }
    joinReader();
    if (readingError)
        std::rethrow_exception(readingError);
    stats.files = reading.files;
    stats.failedFiles = reading.failedFiles;
    return stats;
}

} // namespace soc::sync
