#include "sync/PgConnection.h"

#include <QCoreApplication>
#include <QUrl>

#include <libpq-fe.h>

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
    const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const QByteArray sqlState = state ? QByteArray(state) : QByteArray();
    const QString detail = r ? QString::fromUtf8(PQresultErrorMessage(r)).trimmed() : serverMessage(m_conn);
    PQclear(r);
    if (PQstatus(m_conn) == CONNECTION_BAD)
        throw PgError(PgErrorCode::Lost,
                      QCoreApplication::translate("PgConnection", "The connection to the central store was lost (%1). "
                                                                  "Work continues on this station; changes are kept "
                                                                  "and sent when it is back.")
                          .arg(detail),
                      sqlState);
    throw PgError(PgErrorCode::Query,
                  QCoreApplication::translate("PgConnection", "The central store refused the request: %1").arg(detail),
                  sqlState);
}

int PgConnection::serverVersion() const { return PQserverVersion(m_conn); }
int PgConnection::backendPid() const { return PQbackendPID(m_conn); }

} // namespace soc::sync
