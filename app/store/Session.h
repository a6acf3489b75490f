#pragma once

#include "domain/Account.h"
#include "security/SecretBuffer.h"
#include "store/Database.h"

#include <memory>
#include <utility>
#include <vector>

namespace soc::store {

// A signed-in analyst: their account, their open case database and the data key (kept in a
// wiped buffer so worker threads can open their own connections). Destroying it locks the data.
class Session {
public:
    Session(domain::Account account, QString workspaceDir, QString databasePath, security::SecretBuffer dataKey,
            std::unique_ptr<Database> db);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    const domain::Account& account() const { return m_account; }
    // After the account record changed in this session (password changed, ...).
    void updateAccount(domain::Account account) { m_account = std::move(account); }
    const QString& workspaceDir() const { return m_workspaceDir; }
    const QString& databasePath() const { return m_databasePath; }
    Database& database() { return *m_db; }
    // A second connection to the same database, for a worker thread (each thread its own).
    [[nodiscard]] std::unique_ptr<Database> openConnection() const;
    // The same analyst on a connection of its own, for work that needs a Session on a worker
    // thread (account administration, password change); make it on the GUI thread, use it on one
    // worker, then take back the account it ends with (updateAccount).
    [[nodiscard]] std::unique_ptr<Session> forWorker() const;
    // Opens another database file encrypted under this analyst's data key (a backup snapshot being
    // verified), without the audit key. Throws DatabaseError.
    [[nodiscard]] std::unique_ptr<Database> openSnapshot(const QString& path) const;
    // A key for one purpose (e.g. "socstation evidence v1"), derived from the data key with
    // HKDF-SHA256 - or, after the data key was replaced (Workspace::rekey), the key derived from the
    // first data key, pinned inside the encrypted database so evidence and the audit chain stay readable.
    [[nodiscard]] security::SecretBuffer subkey(const char* purpose) const;
    // Subkeys that Workspace::rekey pins before replacing the data key.
    static const char* const kPinnedPurposes[2];
    // Where this analyst's encrypted evidence files live (<user dir>/evidence).
    QString evidenceDir() const;

private:
    domain::Account m_account;
    QString m_workspaceDir;
    QString m_databasePath;
    security::SecretBuffer m_key;
    std::unique_ptr<Database> m_db;
    std::vector<std::pair<QByteArray, security::SecretBuffer>> m_pinned;
};

} // namespace soc::store
