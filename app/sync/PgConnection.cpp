#include "sync/PgConnection.h"

#include <QCoreApplication>
#include <QUrl>

#include <libpq-fe.h>

#include <poll.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace soc::sync {
namespace {

QString serverMessage(const pg_conn* c)
{
    return QString::fromUtf8(PQerrorMessage(c)).trimmed();
}

} // namespace

PgResult::PgResult(pg_result* r)
    : m_result(r)
{
}

PgResult::~PgResult() { PQclear(m_result); }

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{
}

PgResult& PgResult::operator=(PgResult&& other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const { return m_result ? PQntuples(m_result) : 0; }
int PgResult::columns() const { return m_result ? PQnfields(m_result) : 0; }
bool PgResult::isNull(int row, int column) const { return PQgetisnull(m_result, row, column) != 0; }

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::int64(int row, int column) const { return bytes(row, column).toLongLong(); }

PgConnection::PgConnection(pg_conn* c)
    : m_conn(c)
{
}

PgConnection::~PgConnection() { PQfinish(m_conn); }

std::unique_ptr<PgConnection> PgConnection::open(const QString& url, const security::SecretBuffer& password,
                                                 int connectTimeoutSec)
{
    const QUrl parsed(url);
    if (!parsed.password().isEmpty())
        throw PgError(PgErrorCode::BadUrl,
                      QCoreApplication::translate("PgConnection", "The central store URL must not contain a password: "
                                                                  "the password is taken from your sign-in."));
    const QByteArray dsn = url.toUtf8();
    const QByteArray timeout = QByteArray::number(connectTimeoutSec);
    // A NUL-terminated copy of the password in a wiped buffer.
    security::SecretBuffer pw(password.size() + 1);
    std::copy(password.data(), password.data() + password.size(), pw.data());
    const char* keywords[] = {"dbname", "password", "connect_timeout", "application_name", nullptr};
    const char* values[] = {dsn.constData(), password.isEmpty() ? nullptr : pw.chars(), timeout.constData(),
                            "socstation", nullptr};
    pg_conn* c = PQconnectdbParams(keywords, values, 1);
    std::unique_ptr<PgConnection> conn(new PgConnection(c));
    if (!c || PQstatus(c) != CONNECTION_OK) {
        const QString detail = c ? serverMessage(c) : QString();
        const bool auth = detail.contains(QStringLiteral("password authentication failed"))
                          || detail.contains(QStringLiteral("no password supplied"))
                          || (detail.contains(QStringLiteral("role \"")) && detail.contains(QStringLiteral("does not exist")));
        const bool tls = detail.contains(QStringLiteral("certificate")) || detail.contains(QStringLiteral("SSL"))
                         || detail.contains(QStringLiteral("sslrootcert"));
        if (tls)
            throw PgError(PgErrorCode::Tls,
                          QCoreApplication::translate("PgConnection", "The central store's TLS certificate could not be "
                                                                      "verified (%1). Check the CA file and the host name "
                                                                      "in the central store settings.")
                              .arg(detail));
        if (auth)
            throw PgError(PgErrorCode::AuthenticationFailed,
                          QCoreApplication::translate("PgConnection", "The central store refused the user name or "
                                                                      "password (%1). Work continues on this station.")
                              .arg(detail));
        throw PgError(PgErrorCode::Unreachable,
                      QCoreApplication::translate("PgConnection", "The central store at %1 cannot be reached (%2). "
                                                                  "Work continues on this station; changes are kept "
                                                                  "and sent when it is back.")
                          .arg(parsed.host().isEmpty() ? url : parsed.host(), detail));
    }
    PQsetClientEncoding(c, "UTF8");
    // Server notices (NOTICE/WARNING) are not for the analyst's terminal.
    PQsetNoticeProcessor(c, [](void*, const char*) {}, nullptr);
    return conn;
}

PgResult PgConnection::exec(const QByteArray& sql, const QList<QByteArray>& params)
{
    std::vector<const char*> values;
    values.reserve(static_cast<size_t>(params.size()));
    for (const QByteArray& p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    pg_result* r = PQexecParams(m_conn, sql.constData(), static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                                nullptr, 0);
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return PgResult(r);
    throwError(r);
}

void PgConnection::throwError(pg_result* r)
{
    const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const QByteArray sqlState = state ? QByteArray(state) : QByteArray();
    const char* primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString detail = primary ? QString::fromUtf8(primary).trimmed()
                           : r     ? QString::fromUtf8(PQresultErrorMessage(r)).trimmed()
                                   : serverMessage(m_conn);
    PQclear(r);
    if (PQstatus(m_conn) == CONNECTION_BAD)
        throw PgError(PgErrorCode::Lost,
                      QCoreApplication::translate("PgConnection", "The connection to the central store was lost (%1). "
                                                                  "Work continues on this station; changes are kept "
                                                                  "and sent when it is back.")
                          .arg(detail.isEmpty() ? serverMessage(m_conn) : detail),
                      sqlState);
    throw PgError(PgErrorCode::Query,
                  QCoreApplication::translate("PgConnection", "The central store refused the request: %1").arg(detail),
                  sqlState);
}

void PgConnection::execScript(const QByteArray& sql)
{
    pg_result* r = PQexec(m_conn, sql.constData());
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        PQclear(r);
        return;
    }
    throwError(r);
}

void PgConnection::startCopy(const QByteArray& copySql, int expectedStatus)
{
    pg_result* r = PQexec(m_conn, copySql.constData());
    if (!r || PQresultStatus(r) != expectedStatus)
        throwError(r);
    PQclear(r);
}

// After the data: the COPY's own result, then nothing left queued on the connection.
void PgConnection::finishCopy()
{
    pg_result* r = PQgetResult(m_conn);
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK) {
        while (pg_result* more = PQgetResult(m_conn))
            PQclear(more);
        throwError(r);
    }
    PQclear(r);
    while (pg_result* more = PQgetResult(m_conn))
        PQclear(more);
}

void PgConnection::copyIn(const QByteArray& copySql, const QByteArray& data)
{
    startCopy(copySql, PGRES_COPY_IN);
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += kChunk) {
        const int n = static_cast<int>(std::min(kChunk, data.size() - at));
        if (PQputCopyData(m_conn, data.constData() + at, n) != 1)
            throwError(nullptr);
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        throwError(nullptr);
    finishCopy();
}

void PgConnection::copyOut(const QByteArray& copySql, const std::function<void(const char*, int)>& message)
{
    startCopy(copySql, PGRES_COPY_OUT);
    for (;;) {
        char* buffer = nullptr;
        const int n = PQgetCopyData(m_conn, &buffer, 0);
        if (n > 0) {
            std::unique_ptr<char, decltype(&PQfreemem)> owned(buffer, &PQfreemem); // freed if `message` throws
            message(buffer, n);
            continue;
        }
        if (n == -1)
            break;
        throwError(nullptr); // -2: the connection failed
    }
    finishCopy();
}

QByteArray PgConnection::scramVerifier(const QString& user, const security::SecretBuffer& password)
{
    security::SecretBuffer pw(password.size() + 1);
    std::copy(password.data(), password.data() + password.size(), pw.data());
    const QByteArray name = user.toUtf8();
    char* verifier = PQencryptPasswordConn(m_conn, pw.chars(), name.constData(), "scram-sha-256");
    if (!verifier)
        throwError(nullptr);
    QByteArray out(verifier);
    PQfreemem(verifier);
    return out;
}

QStringList PgConnection::waitForNotifications(int timeoutMs)
{
    QStringList channels;
    auto drain = [&] {
        const int self = PQbackendPID(m_conn);
        while (pgNotify* n = PQnotifies(m_conn)) {
            if (n->be_pid != self) // our own changes are not news
                channels.append(QString::fromUtf8(n->relname));
            PQfreemem(n);
        }
    };
    drain();
    if (!channels.isEmpty())
        return channels;
    const int fd = PQsocket(m_conn);
    if (fd < 0)
        throwError(nullptr);
    pollfd p{fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, timeoutMs);
    if (ready > 0) {
        if (PQconsumeInput(m_conn) != 1)
            throwError(nullptr);
        drain();
    }
    return channels;
}

bool PgConnection::isHealthy() const { return PQstatus(m_conn) == CONNECTION_OK; }

int PgConnection::serverVersion() const { return PQserverVersion(m_conn); }
int PgConnection::backendPid() const { return PQbackendPID(m_conn); }

} // namespace soc::sync
