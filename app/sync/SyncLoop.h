#pragma once

#include "security/SecretBuffer.h"
#include "sync/CentralSettings.h"
#include "sync/SyncStatus.h"

#include <atomic>
#include <functional>
#include <memory>

namespace soc::store {
class Database;
}

namespace soc::sync {

class PgConnection;

// The station's sync loop, blocking, for one thread: connect as the analyst, push and pull, then
// wait for a NOTIFY from the central store, a local commit with changes to send, a wake-up or the
// periodic pull (every 30 s, in case a notification was missed); while the store cannot be reached
// retry with backoff (1 s doubling to 60 s). Reports each state change through `onStatus`.
class SyncLoop {
public:
    struct Callbacks {
        std::function<void(const SyncStatus&)> onStatus;
        std::function<void(const SyncRound&)> onRound;
    };

    SyncLoop(store::Database& db, CentralSettings settings, QString user, security::SecretBuffer password, Callbacks callbacks);
    ~SyncLoop();

    // Runs until `stop` is set; `wake` (set by another thread) starts a round at once.
    void run(const std::atomic_bool& stop, std::atomic_bool& wake);
    // Connects if needed and runs one round. Throws PgError.
    SyncRound runOnce(const std::atomic_bool* cancel = nullptr);
    SyncStatus status() const { return m_status; }

    static constexpr int kPeriodicPullMs = 30000;

private:
    void connect();
    void publish();
    void refreshCounts();
    bool waitForWork(const std::atomic_bool& stop, std::atomic_bool& wake, int timeoutMs, bool connected);
    qint64 dataVersion();

    store::Database& m_db;
    CentralSettings m_settings;
    QString m_user;
    security::SecretBuffer m_password;
    Callbacks m_callbacks;
    std::unique_ptr<PgConnection> m_conn;
    SyncStatus m_status;
};

} // namespace soc::sync
