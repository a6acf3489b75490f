#pragma once

#include "security/SecretBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <stdexcept>

struct pg_conn;
struct pg_result;

namespace soc::sync {

// What went wrong talking to the central store, precisely enough for the analyst: the station
// keeps working offline in every case.
enum class PgErrorCode {
    Unreachable,          // no server at that address, or it did not answer in time
    AuthenticationFailed, // wrong user name or password (SCRAM)
    Tls,                  // the server's certificate did not verify (wrong CA file, wrong host name)
    BadUrl,               // the URL cannot be used (e.g. it carries a password)
    Lost,                 // the connection broke during a request
    Query                 // the server refused the request (permission, constraint, syntax)
};

class PgError : public std::runtime_error {
public:
    PgError(PgErrorCode code, QString message, QByteArray sqlState = {})
        : std::runtime_error(message.toStdString())
        , m_code(code)
        , m_message(std::move(message))
        , m_sqlState(std::move(sqlState))
    {
    }
    PgErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }
    const QByteArray& sqlState() const { return m_sqlState; } // e.g. 42501 insufficient privilege

private:
    PgErrorCode m_code;
    QString m_message;
    QByteArray m_sqlState;
};

// One result set; owns its PGresult. Values are text (UTF-8).
class PgResult {
public:
    explicit PgResult(pg_result* r);
    ~PgResult();
    PgResult(PgResult&& other) noexcept;
    PgResult& operator=(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;

    int rows() const;
    int columns() const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    qint64 int64(int row, int column) const;
    bool isNull(int row, int column) const;

private:
    pg_result* m_result = nullptr;
};

// A connection to the central PostgreSQL store through libpq. The password travels as its own
// connection parameter from a wiped buffer — never inside the URL, a log line or an error message.
class PgConnection {
public:
    // `url`: postgresql://user@host:port/db?sslmode=verify-full&sslrootcert=... (no password in it).
    [[nodiscard]] static std::unique_ptr<PgConnection> open(const QString& url, const security::SecretBuffer& password,
                                                            int connectTimeoutSec = 5);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // Runs one statement with $1..$n text parameters (a null QByteArray is SQL NULL). Throws PgError.
    PgResult exec(const QByteArray& sql, const QList<QByteArray>& params = {});
    // Runs several statements without parameters (a migration file) in one round trip.
    void execScript(const QByteArray& sql);
    // COPY ... FROM STDIN with `data` in COPY text format (one batch). Throws PgError.
    void copyIn(const QByteArray& copySql, const QByteArray& data);
    // COPY ... TO STDOUT: calls `message` with each CopyData message as received (one row; a text
    // row ends with its newline, a binary COPY starts with its header and ends with its trailer).
    void copyOut(const QByteArray& copySql, const std::function<void(const char* data, int length)>& message);
    // A SCRAM-SHA-256 verifier for `user`'s password, computed here: the password never reaches the server.
    QByteArray scramVerifier(const QString& user, const security::SecretBuffer& password);

    // LISTEN/NOTIFY: waits up to `timeoutMs` for a notification (or for the connection to break)
    // and returns the channels that other sessions notified (this connection's own changes are
    // left out). Throws PgError(Lost) when the connection broke.
    QStringList waitForNotifications(int timeoutMs);
    bool isHealthy() const;

    int serverVersion() const; // e.g. 150018
    int backendPid() const;

private:
    explicit PgConnection(pg_conn* c);
    [[noreturn]] void throwError(pg_result* r);
    void startCopy(const QByteArray& copySql, int expectedStatus); // an ExecStatusType
    void finishCopy();
    pg_conn* m_conn = nullptr;
};

} // namespace soc::sync
