#pragma once

#include "security/SecretBuffer.h"
#include "sync/CentralSettings.h"
#include "sync/SyncStatus.h"

#include <QObject>
#include <QString>
#include <memory>

namespace soc::store {
class Session;
}

namespace soc::sync {

// Runs the station's sync on its own thread for a signed-in analyst: pushes the change journal,
// pulls what changed on the central store, wakes on LISTEN/NOTIFY and on local commits, retries
// with backoff while offline. The GUI owns one; it never blocks the GUI thread.
class SyncService : public QObject {
    Q_OBJECT
public:
    // `password` is the analyst's sign-in password (the central store role has the same one).
    SyncService(const store::Session& session, security::SecretBuffer password, QObject* parent = nullptr);
    ~SyncService() override; // stops the thread; changes not yet sent stay in the journal

    void start();
    void stop();
    SyncStatus status() const; // thread-safe snapshot
    // Settings changed (settings dialog): reconnect with them.
    void reload();

    // Tries the settings with this analyst's credentials: empty string when fine, else a
    // translated reason; `latencyMs` gets the round trip. Blocking: call it off the GUI thread.
    static QString testConnection(const CentralSettings& settings, const QString& user,
                                  const security::SecretBuffer& password, int* latencyMs);

public slots:
    void syncNow(); // wake the worker at once (after a local change, or the "Sync now" button)

signals:
    void statusChanged(const soc::sync::SyncStatus& status);
    // Something was pulled into the local database: views refresh (ticket ids affected may be empty).
    void dataChanged();
    // New conflicts arrived: `count` of them; `summary` is a translated sentence for a notice.
    void conflictsArrived(int count, const QString& summary);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace soc::sync
