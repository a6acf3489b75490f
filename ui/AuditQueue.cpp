#include "AuditQueue.h"

#include "WorkerConnection.h"
#include "store/Database.h"
#include "store/Session.h"

#include <QDateTime>

namespace soc::ui {

namespace {

// SQLite already waits 5 s for the write lock on each attempt: about ten minutes in all.
constexpr int kAttempts = 120;

void writeAll(store::Database& db, const std::vector<store::AuditEntry>& entries)
{
    store::Transaction tx(db);
    store::AuditLog log(db);
    for (const store::AuditEntry& e : entries)
        log.append(e);
    tx.commit();
}

} // namespace

AuditQueue::AuditQueue(std::shared_ptr<store::Session> session, QObject* parent)
    : QObject(parent)
    , m_session(std::move(session))
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &AuditQueue::onFinished);
}

AuditQueue::~AuditQueue()
{
    m_stop->store(true); // a waiting job gives up after its current attempt
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
    if (m_watcher.future().isValid() && m_watcher.future().resultCount() > 0) { // finished, not yet handled
        Result r = m_watcher.future().takeResult();
        m_pending.insert(m_pending.begin(), r.unwritten.begin(), r.unwritten.end());
    }
    if (m_pending.empty())
        return;
    try {
        writeAll(m_session->database(), m_pending);
    } catch (const store::DatabaseError& e) {
        qWarning("audit: %d entries could not be written: %s", int(m_pending.size()), qPrintable(e.message()));
    }
}

void AuditQueue::append(store::AuditEntry entry)
{
    if (entry.atMs == 0)
        entry.atMs = QDateTime::currentMSecsSinceEpoch();
    m_pending.push_back(std::move(entry));
    startNext();
}

void AuditQueue::startNext()
{
    if (m_watcher.isRunning() || m_pending.empty())
        return;
    m_watcher.setFuture(runWithOwnConnection(
        m_session, [entries = std::exchange(m_pending, {}), stop = m_stop](store::Database& db) -> Result {
            for (int attempt = 1;; ++attempt) {
                try {
                    writeAll(db, entries);
                    return {};
                } catch (const store::DatabaseError& e) {
                    if (e.code() != store::ErrorCode::Busy)
                        return {e.message(), {}};
                    if (attempt >= kAttempts || stop->load())
                        return {e.message(), entries};
                }
            }
        }));
}

void AuditQueue::onFinished()
{
    Result r = m_watcher.future().takeResult();
    // Still busy after ten minutes: the entries go back first in line and wait again.
    m_pending.insert(m_pending.begin(), std::make_move_iterator(r.unwritten.begin()), std::make_move_iterator(r.unwritten.end()));
    if (!r.error.isEmpty() && r.unwritten.empty())
        emit failed(r.error);
    startNext();
}

} // namespace soc::ui
