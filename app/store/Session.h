#pragma once

#include "domain/Account.h"
#include "security/SecretBuffer.h"
#include "store/Database.h"

#include <memory>

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
    const QString& workspaceDir() const { return m_workspaceDir; }
    const QString& databasePath() const { return m_databasePath; }
    Database& database() { return *m_db; }
    // A second connection to the same database, for a worker thread (each thread its own).
    [[nodiscard]] std::unique_ptr<Database> openConnection() const;
    // A key for one purpose (e.g. "socstation evidence v1"), derived from the data key with HKDF-SHA256.
    [[nodiscard]] security::SecretBuffer subkey(const char* purpose) const;
    // Where this analyst's encrypted evidence files live (<user dir>/evidence).
    QString evidenceDir() const;

private:
    domain::Account m_account;
    QString m_workspaceDir;
    QString m_databasePath;
    security::SecretBuffer m_key;
    std::unique_ptr<Database> m_db;
};

} // namespace soc::store
