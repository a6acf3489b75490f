#pragma once

#include "domain/Account.h"
#include "security/SecretBuffer.h"

#include <QStringList>
#include <optional>

namespace soc::store {

class Database;

// The account record(s) in an analyst's case database, the verifiers of their earlier passwords
// and, in administrators' databases, the station's private key. Writes run inside the caller's
// transaction.
class AccountRepository {
public:
    explicit AccountRepository(Database& db);
    void insert(const domain::Account& account);
    std::optional<domain::Account> byUsername(const QString& username);
    // The user names of the active accounts, sorted (whom the roster can put on a shift).
    QStringList activeUsernames();
    void recordLogin(const QString& username, qint64 atMs);

    void setRole(const QString& username, domain::Role role);
    void setStatus(const QString& username, const QString& status);
    void setExpiry(const QString& username, qint64 expiresAtMs); // 0 = none
    void setReactivated(const QString& username, qint64 atMs);
    void setMustChangePassword(const QString& username, bool must);
    void setPasswordChanged(const QString& username, qint64 atMs);

    // Verifiers (security::PasswordVerifier) of the account's earlier passwords, newest first.
    QStringList passwordHistory(const QString& accountId, int limit);
    void addPasswordHistory(const QString& accountId, qint64 atMs, const QString& verifier);

    std::optional<security::SecretBuffer> stationPrivateKey();
    void setStationPrivateKey(const security::SecretBuffer& key);

private:
    void setColumn(const char* sql, const QString& username, qint64 value);
    Database& m_db;
};

} // namespace soc::store
