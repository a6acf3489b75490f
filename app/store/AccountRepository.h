#pragma once

#include "domain/Account.h"

#include <optional>

namespace soc::store {

class Database;

class AccountRepository {
public:
    explicit AccountRepository(Database& db);
    void insert(const domain::Account& account); // inside the caller's transaction
    std::optional<domain::Account> byUsername(const QString& username);
    void recordLogin(const QString& username, qint64 atMs);

private:
    Database& m_db;
};

} // namespace soc::store
