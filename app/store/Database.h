#pragma once

#include "security/SecretBuffer.h"
#include "store/DatabaseError.h"
#include "store/Statement.h"

#include <QString>
#include <memory>
#include <unordered_map>

struct sqlite3;

namespace soc::store {

// One connection to an encrypted SQLCipher database. Not shared between threads: a worker opens
// its own connection with the same key (WAL lets readers run beside the writer).
class Database {
public:
    enum class OpenMode { CreateNew, Existing };

    // Opens (or creates) `path`, keyed with the 32-byte raw data key. Throws DatabaseError with a
    // precise code; never writes to a file it could not decrypt.
    [[nodiscard]] static std::unique_ptr<Database> open(const QString& path, const security::SecretBuffer& rawKey,
                                                        OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(const char* sql);
    // Re-encrypts every page under a new raw key, in place and in one transaction (SQLCipher
    // rekey). Other connections to the file must be closed first.
    void rekey(const security::SecretBuffer& rawKey);
    [[nodiscard]] Statement prepare(const char* sql);
    // A prepared statement kept for the life of the connection, reset and ready to bind. For
    // statements run often (inserts in loops); `sql` must be a string literal (its address is the key).
    Statement& cached(const char* sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    QString cipherVersion();
    sqlite3* handle() const { return m_db; }

    // The per-workspace key that chains the audit log, set by the Session that owns this
    // connection; a connection without it (raw databases, migrations) cannot append audit entries.
    void setAuditKey(security::SecretBuffer key) { m_auditKey = std::move(key); }
    [[nodiscard]] bool hasAuditKey() const { return !m_auditKey.isEmpty(); }
    [[nodiscard]] const security::SecretBuffer& auditKey() const { return m_auditKey; }

    // Maps an SQLite result code to an error with a translated message.
    static DatabaseError errorFor(sqlite3* db, int rc);
    // Human summary of what happened to the file, used in messages: it was not changed.
    static QString leftUntouchedNote();

private:
    Database(sqlite3* db, QString path);
    // A keyed connection to `path` at `pageSize`, not yet read.
    static std::unique_ptr<Database> connect(const QString& path, const security::SecretBuffer& rawKey, int flags, int pageSize);
    int firstRead();
    sqlite3* m_db = nullptr;
    QString m_path;
    std::unordered_map<const char*, std::unique_ptr<Statement>> m_cache;
    security::SecretBuffer m_auditKey;
};

// Runs its body in one transaction (BEGIN IMMEDIATE): commit() makes it durable; leaving the scope
// without commit() rolls everything back. Nothing is ever half-committed. Inside another
// transaction it becomes a savepoint, so units of work compose.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
    bool m_nested = false;
};

} // namespace soc::store
