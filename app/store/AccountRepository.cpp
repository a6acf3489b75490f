#include "store/AccountRepository.h"

#include "store/Database.h"

namespace soc::store {
namespace {

constexpr char kStationKey[] = "station_private_key_x25519";

} // namespace

AccountRepository::AccountRepository(Database& db)
    : m_db(db)
{
}

void AccountRepository::insert(const domain::Account& a)
{
    auto st = m_db.prepare("INSERT INTO accounts(id, username, display_name, role, created_at, password_changed_at, "
                           "must_change_password, status, expires_at) VALUES(?,?,?,?,?,?,?,?,?)");
    st.bind(1, a.id)
        .bind(2, a.username)
        .bind(3, a.displayName.isNull() ? QStringLiteral("") : a.displayName) // a null QString would bind NULL
        .bind(4, domain::roleKey(a.role))
        .bind(5, a.createdAtMs)
        .bind(6, a.passwordChangedAtMs)
        .bind(7, a.mustChangePassword ? 1 : 0)
        .bind(8, a.status);
    if (a.expiresAtMs > 0)
        st.bind(9, a.expiresAtMs);
    else
        st.bind(9, QString());
    st.exec();
}

QStringList AccountRepository::activeUsernames()
{
    QStringList out;
    auto st = m_db.prepare("SELECT username FROM accounts WHERE status = 'active' ORDER BY username");
    while (st.step())
        out << st.text(0);
    return out;
}

std::optional<domain::Account> AccountRepository::byUsername(const QString& username)
{
    auto st = m_db.prepare("SELECT id, username, display_name, role, created_at, password_changed_at, "
                           "coalesce(last_login_at, 0), must_change_password, status, coalesce(expires_at, 0), "
                           "coalesce(reactivated_at, 0) FROM accounts WHERE username = ?");
    st.bind(1, username);
    if (!st.step())
        return std::nullopt;
    domain::Account a;
    a.id = st.text(0);
    a.username = st.text(1);
    a.displayName = st.text(2);
    a.role = domain::roleFromKey(st.text(3)).value_or(domain::Role::Analyst);
    a.createdAtMs = st.int64(4);
    a.passwordChangedAtMs = st.int64(5);
    a.lastLoginAtMs = st.int64(6);
    a.mustChangePassword = st.int64(7) != 0;
    a.status = st.text(8);
    a.expiresAtMs = st.int64(9);
    a.reactivatedAtMs = st.int64(10);
    return a;
}

void AccountRepository::setColumn(const char* sql, const QString& username, qint64 value)
{
    auto st = m_db.prepare(sql);
    st.bind(1, value).bind(2, username).exec();
}

void AccountRepository::recordLogin(const QString& username, qint64 atMs)
{
    setColumn("UPDATE accounts SET last_login_at = ? WHERE username = ?", username, atMs);
}

void AccountRepository::setRole(const QString& username, domain::Role role)
{
    auto st = m_db.prepare("UPDATE accounts SET role = ? WHERE username = ?");
    st.bind(1, domain::roleKey(role)).bind(2, username).exec();
}

void AccountRepository::setStatus(const QString& username, const QString& status)
{
    auto st = m_db.prepare("UPDATE accounts SET status = ? WHERE username = ?");
    st.bind(1, status).bind(2, username).exec();
}

void AccountRepository::setExpiry(const QString& username, qint64 expiresAtMs)
{
    auto st = m_db.prepare("UPDATE accounts SET expires_at = nullif(?, 0) WHERE username = ?");
    st.bind(1, expiresAtMs).bind(2, username).exec();
}

void AccountRepository::setReactivated(const QString& username, qint64 atMs)
{
    setColumn("UPDATE accounts SET reactivated_at = ? WHERE username = ?", username, atMs);
}

void AccountRepository::setMustChangePassword(const QString& username, bool must)
{
    setColumn("UPDATE accounts SET must_change_password = ? WHERE username = ?", username, must ? 1 : 0);
}

void AccountRepository::setPasswordChanged(const QString& username, qint64 atMs)
{
    setColumn("UPDATE accounts SET password_changed_at = ? WHERE username = ?", username, atMs);
}

QStringList AccountRepository::passwordHistory(const QString& accountId, int limit)
{
    auto st = m_db.prepare("SELECT verifier FROM password_history WHERE account_id = ? ORDER BY changed_at DESC, rowid DESC "
                           "LIMIT ?");
    st.bind(1, accountId).bind(2, limit);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

void AccountRepository::addPasswordHistory(const QString& accountId, qint64 atMs, const QString& verifier)
{
    auto st = m_db.prepare("INSERT INTO password_history(account_id, changed_at, verifier) VALUES(?,?,?)");
    st.bind(1, accountId).bind(2, atMs).bind(3, verifier).exec();
}

std::optional<security::SecretBuffer> AccountRepository::stationPrivateKey()
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, QString::fromLatin1(kStationKey));
    if (!st.step())
        return std::nullopt;
    QByteArray raw = QByteArray::fromBase64(st.text(0).toLatin1());
    if (raw.size() != 32)
        return std::nullopt;
    return security::SecretBuffer::takeFrom(raw);
}

void AccountRepository::setStationPrivateKey(const security::SecretBuffer& key)
{
    QByteArray b64 = QByteArray(key.chars(), static_cast<qsizetype>(key.size())).toBase64();
    auto st = m_db.prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, QString::fromLatin1(kStationKey)).bind(2, QString::fromLatin1(b64)).exec();
    b64.fill('\0');
}

} // namespace soc::store
