#pragma once

#include "store/AuditLog.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>
#include <vector>

namespace soc::store {
class Session;
}

namespace soc::ui {

// Appends audit entries in order on a worker thread with its own connection. A long write
// transaction of another connection (an import holds one for its whole file) makes the entry
// wait there, not the window: each entry keeps the time of the event it records.
class AuditQueue : public QObject {
    Q_OBJECT
public:
    explicit AuditQueue(std::shared_ptr<store::Session> session, QObject* parent = nullptr);
    // Writes what is still queued before going (a busy database is waited for once more, 5 s).
    ~AuditQueue() override;

    void append(store::AuditEntry entry); // atMs 0 = now
    bool isIdle() const { return m_pending.empty() && !m_watcher.isRunning(); }

signals:
    void failed(const QString& message);

private:
    struct Result {
        QString error;                          // empty: all written
        std::vector<store::AuditEntry> unwritten; // still busy when the job stopped waiting
    };
    void startNext();
    void onFinished();

    std::shared_ptr<store::Session> m_session;
    std::vector<store::AuditEntry> m_pending;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace soc::ui
