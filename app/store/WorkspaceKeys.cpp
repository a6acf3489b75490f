// Workspace: the analyst's own password change, recovery with the SOC's recovery key, and the
// replacement of the data key (rekey). Creation and sign-in are in Workspace.cpp.
#include "store/Workspace.h"

#include "security/PasswordVerifier.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace soc::store {

QString Workspace::pendingKeyFilePath(const QString& user) const { return keyFilePath(user) + QStringLiteral(".rekey"); }

std::unique_ptr<Database> Workspace::openUserDatabase(const QString& user, const security::SecretBuffer& password,
                                                      security::SecretBuffer& dataKey)
{
    try {
        return Database::open(databasePath(user), dataKey, Database::OpenMode::Existing);
    } catch (const DatabaseError&) {
        QFile pending(pendingKeyFilePath(user));
        if (!pending.open(QIODevice::ReadOnly))
            throw;
        auto keys = security::AccountKeyFile::parse(pending.read(1 << 20), nullptr);
        auto key = keys && keys->passwordWrap() ? keys->passwordWrap()->unwrap(password, nullptr) : std::nullopt;
        if (!key)
            throw;
        auto db = Database::open(databasePath(user), *key, Database::OpenMode::Existing);
        // The rekey was interrupted after the database took the new key: finish it.
        saveKeys(*keys);
        QFile::remove(pendingKeyFilePath(user));
        dataKey = std::move(*key);
        return db;
    }
}

void Workspace::rekey(const QString& user, const security::SecretBuffer& password)
{
    security::SecretBuffer oldKey = unlockDataKey(user, password);
    security::AccountKeyFile keys = loadKeys(user);
    auto db = openUserDatabase(user, password, oldKey);
    keys = loadKeys(user);
    Migrations::apply(*db);
    auto account = AccountRepository(*db).byUsername(user);
    if (!account)
        throw DatabaseError(ErrorCode::NotSocstation, QCoreApplication::translate("Workspace", "The case database of \"%1\" has no account record.").arg(user));
    security::SecretBuffer newKey = security::randomSecret(32);
    auto wrap = security::KeyFile::wrap(newKey, password, user, keys.passwordWrap() ? keys.passwordWrap()->kdf() : security::KdfParams{});
    if (!wrap)
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "The data key could not be wrapped (OpenSSL error)."));
    security::AccountKeyFile newKeys = security::AccountKeyFile::create(std::move(*wrap));
    refreshSeals(newKeys, newKey);
    const qint64 at = now();
    Session session(*account, m_dir, databasePath(user), oldKey.clone(), std::move(db));
    Database& sdb = session.database();
    {
        Transaction tx(sdb);
        for (const char* purpose : Session::kPinnedPurposes) {
            const security::SecretBuffer sub = session.subkey(purpose);
            QByteArray b64 = QByteArray(sub.chars(), static_cast<qsizetype>(sub.size())).toBase64();
            auto st = sdb.prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO NOTHING");
            st.bind(1, QStringLiteral("pinned_subkey:") + QLatin1StringView(purpose)).bind(2, QString::fromLatin1(b64)).exec();
            b64.fill('\0');
        }
        AuditLog(sdb).append({at, user, QStringLiteral("key.rekey"), QStringLiteral("account"), account->id, QStringLiteral("ok"), {}});
        tx.commit();
    }
    // The new key file first, beside the old one; then the database; then the swap.
    writePrivateFile(pendingKeyFilePath(user), newKeys.toJson());
    try {
        sdb.rekey(newKey);
    } catch (...) {
        QFile::remove(pendingKeyFilePath(user));
        throw;
    }
    saveKeys(newKeys);
    QFile::remove(pendingKeyFilePath(user));
}

void Workspace::changePassword(Session& session, const security::SecretBuffer& oldPassword,
                               const security::SecretBuffer& newPassword)
{
    const QString user = session.account().username;
    security::SecretBuffer dataKey = unlockDataKey(user, oldPassword);
    Database& db = session.database();
    AccountRepository accounts(db);
    auto account = accounts.byUsername(user);
    if (!account)
        throw DatabaseError(ErrorCode::NotSocstation, QCoreApplication::translate("Workspace", "The case database of \"%1\" has no account record.").arg(user));
    checkNewPassword(user, account->displayName, account->role, newPassword);
    const domain::AccountPolicy rules = policy();
    const bool sameAsCurrent = oldPassword.size() == newPassword.size()
                               && std::equal(oldPassword.data(), oldPassword.data() + oldPassword.size(), newPassword.data());
    bool reused = sameAsCurrent;
    for (const QString& verifier : accounts.passwordHistory(account->id, rules.passwordHistory - 1))
        reused = reused || security::PasswordVerifier::matches(verifier, newPassword);
    if (reused)
        throw DatabaseError(ErrorCode::Policy,
                            QCoreApplication::translate("Workspace", "The new password must differ from your last %1 passwords.").arg(rules.passwordHistory));
    security::AccountKeyFile keys = loadKeys(user);
    auto wrap = security::KeyFile::wrap(dataKey, newPassword, user,
                                        keys.passwordWrap() ? keys.passwordWrap()->kdf() : security::KdfParams{});
    if (!wrap)
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "The data key could not be wrapped (OpenSSL error)."));
    keys.setPasswordWrap(std::move(*wrap));
    keys.clearFailures();
    refreshSeals(keys, dataKey);
    const qint64 at = now();
    Transaction tx(db);
    accounts.addPasswordHistory(account->id, at, security::PasswordVerifier::make(oldPassword));
    accounts.setPasswordChanged(user, at);
    accounts.setMustChangePassword(user, false);
    AuditLog(db).append({at, user, QStringLiteral("account.password"), QStringLiteral("account"), account->id,
                         QStringLiteral("ok"), {}});
    saveKeys(keys); // the new wrap replaces the old one before the record says so
    tx.commit();
    account->passwordChangedAtMs = at;
    account->mustChangePassword = false;
    account->lastLoginAtMs = session.account().lastLoginAtMs;
    session.updateAccount(*account);
}

void Workspace::recover(const QString& user, const security::SecretBuffer& recoveryPrivateKey,
                        const security::SecretBuffer& newPassword)
{
    security::AccountKeyFile keys = loadKeys(user);
    if (!keys.recoverySeal())
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("Workspace", "The account \"%1\" has no recovery seal: no recovery key was configured "
                                                   "when it was last used.")
                                                    .arg(user));
    auto dataKey = keys.openRecoverySeal(recoveryPrivateKey);
    if (!dataKey)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("Workspace", "This recovery key does not open the account \"%1\" (it was sealed to the "
                                                   "key %2).")
                                                    .arg(user, keys.recoverySeal()->keyId));
    auto db = Database::open(databasePath(user), *dataKey, Database::OpenMode::Existing);
    Migrations::apply(*db);
    auto account = AccountRepository(*db).byUsername(user);
    if (!account)
        throw DatabaseError(ErrorCode::NotSocstation, QCoreApplication::translate("Workspace", "The case database of \"%1\" has no account record.").arg(user));
    checkNewPassword(user, account->displayName, account->role, newPassword);
    auto wrap = security::KeyFile::wrap(*dataKey, newPassword, user,
                                        keys.passwordWrap() ? keys.passwordWrap()->kdf() : security::KdfParams{});
    if (!wrap)
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "The data key could not be wrapped (OpenSSL error)."));
    keys.replacePasswordWrap(std::move(*wrap));
    refreshSeals(keys, *dataKey);
    const qint64 at = now();
    Session session(*account, m_dir, databasePath(user), std::move(*dataKey), std::move(db));
    Database& sdb = session.database();
    Transaction tx(sdb);
    AccountRepository accounts(sdb);
    accounts.setPasswordChanged(user, at);
    accounts.setMustChangePassword(user, true);
    accounts.setReactivated(user, at);
    accounts.setStatus(user, QStringLiteral("active"));
    AuditLog(sdb).append({at, QStringLiteral("recovery-key"), QStringLiteral("account.recover"), QStringLiteral("account"),
                          account->id, QStringLiteral("ok"),
                          QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("key_id"), keys.recoverySeal()->keyId}})
                                                .toJson(QJsonDocument::Compact))});
    saveKeys(keys);
    tx.commit();
}

} // namespace soc::store
