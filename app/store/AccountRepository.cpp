#include "store/AccountRepository.h"

#include "store/Database.h"

namespace soc::store {

AccountRepository::AccountRepository(Database& db)
    : m_db(db)
{
}

void AccountRepository::insert(const domain::Account& a)
{
    auto st = m_db.prepare("INSERT INTO accounts(id, username, display_name, role, created_at, password_changed_at, "
                           "must_change_password, status) VALUES(?,?,?,?,?,?,?,?)");
    st.bind(1, a.id)
        .bind(2, a.username)
        .bind(3, a.displayName)
        .bind(4, domain::roleKey(a.role))
        .bind(5, a.createdAtMs)
        .bind(6, a.passwordChangedAtMs)
        .bind(7, a.mustChangePassword ? 1 : 0)
        .bind(8, a.status)
        .exec();
}

std::optional<domain::Account> AccountRepository::byUsername(const QString& username)
{
    auto st = m_db.prepare("SELECT id, username, display_name, role, created_at, password_changed_at, "
                           "coalesce(last_login_at, 0), must_change_password, status FROM accounts WHERE username = ?");
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
    return a;
}

void AccountRepository::recordLogin(const QString& username, qint64 atMs)
{
    auto st = m_db.prepare("UPDATE accounts SET last_login_at = ? WHERE username = ?");
    st.bind(1, atMs).bind(2, username).exec();
}

} // namespace soc::store
