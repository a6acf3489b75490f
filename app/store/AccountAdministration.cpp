#include "store/AccountAdministration.h"

#include "security/AccountKeyFile.h"
#include "security/SealedBox.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Migrations.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace soc::store {
namespace {

QString compactJson(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

QString stateKey(security::AccountKeyFile::State s)
{
    switch (s) {
    case security::AccountKeyFile::State::Active: return QStringLiteral("active");
    case security::AccountKeyFile::State::Locked: return QStringLiteral("locked");
    case security::AccountKeyFile::State::Suspended: return QStringLiteral("suspended");
    }
    return {};
}

} // namespace

AccountAdministration::AccountAdministration(Workspace& workspace, Session& admin)
    : m_workspace(workspace)
    , m_admin(admin)
{
}

void AccountAdministration::require(domain::Action action, const QString& auditAction, const QString& objectId)
{
    if (domain::Permissions::allows(m_admin.account().role, action))
        return;
    Transaction tx(m_admin.database());
    AuditLog(m_admin.database()).append({m_workspace.now(), m_admin.account().username, auditAction, QStringLiteral("account"),
                                         objectId, QStringLiteral("refused"), {}});
    tx.commit();
    throw DatabaseError(ErrorCode::Forbidden, domain::Permissions::refusal(m_admin.account().role, action));
}

void AccountAdministration::requireReference(const QString& requestRef)
{
    if (requestRef.trimmed().isEmpty())
        throw DatabaseError(ErrorCode::Policy, QCoreApplication::translate("AccountAdministration", "Give the reference of the written request (R-27: accounts are issued, "
                                                  "locked, unlocked or revoked only on written request)."));
}

security::SecretBuffer AccountAdministration::stationPrivateKey()
{
    auto key = AccountRepository(m_admin.database()).stationPrivateKey();
    if (!key)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("AccountAdministration", "This administrator account holds no station key; accounts can only be "
                                                   "changed by an administrator of this station."));
    return std::move(*key);
}

void AccountAdministration::changeAccount(
    const QString& user, const QString& auditAction, const QString& requestRef, const QString& details,
    const std::function<void(AccountRepository&, security::AccountKeyFile&, const security::SecretBuffer&)>& change)
{
    require(domain::Action::ManageAccounts, auditAction, user);
    requireReference(requestRef);
    if (user == m_admin.account().username)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("AccountAdministration", "Administrators do not change their own account; another administrator "
                                                   "must do it."));
    security::AccountKeyFile keys = m_workspace.loadKeys(user);
    const security::SecretBuffer station = stationPrivateKey();
    auto dataKey = keys.openStationSeal(station);
    if (!dataKey)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("AccountAdministration", "The account \"%1\" is not sealed to this station's key yet; the analyst "
                                                   "must sign in once after the update before it can be changed.")
                                                    .arg(user));
    auto db = Database::open(m_workspace.databasePath(user), *dataKey, Database::OpenMode::Existing);
    Migrations::apply(*db);
    auto account = AccountRepository(*db).byUsername(user);
    if (!account)
        throw DatabaseError(ErrorCode::NotSocstation, QCoreApplication::translate("AccountAdministration", "The case database of \"%1\" has no account record.").arg(user));
    const qint64 at = m_workspace.now();
    QJsonObject detailObject = QJsonDocument::fromJson(details.toUtf8()).object();
    detailObject.insert(QStringLiteral("request"), requestRef.trimmed());
    detailObject.insert(QStringLiteral("username"), user);
    const QString auditDetails = compactJson(detailObject);
    const QString adminName = m_admin.account().username;
    {
        // The user's session object puts the user's audit key on the connection.
        Session target(*account, m_workspace.dir(), m_workspace.databasePath(user), std::move(*dataKey), std::move(db));
        Database& udb = target.database();
        Transaction tx(udb);
        AccountRepository accounts(udb);
        change(accounts, keys, station);
        AuditLog(udb).append({at, adminName, auditAction, QStringLiteral("account"), account->id, QStringLiteral("ok"), auditDetails});
        m_workspace.saveKeys(keys);
        tx.commit();
    }
    Transaction tx(m_admin.database());
    AuditLog(m_admin.database()).append({at, adminName, auditAction, QStringLiteral("account"), account->id, QStringLiteral("ok"),
                                         auditDetails});
    tx.commit();
}

void AccountAdministration::unlock(const QString& user, const QString& requestRef)
{
    const qint64 at = m_workspace.now();
    changeAccount(user, QStringLiteral("account.unlock"), requestRef, {},
                  [&](AccountRepository& accounts, security::AccountKeyFile& keys, const security::SecretBuffer& station) {
                      if (keys.state() == security::AccountKeyFile::State::Active && keys.failures().empty())
                          throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("AccountAdministration", "The account \"%1\" is not locked.").arg(user));
                      if (!keys.reactivate(station))
                          throw DatabaseError(ErrorCode::KeyFileDamaged,
                                              QCoreApplication::translate("AccountAdministration", "The sealed password of \"%1\" could not be opened with the station key; "
                                                 "reset the password instead.")
                                                  .arg(user));
                      accounts.setStatus(user, QStringLiteral("active"));
                      accounts.setReactivated(user, at);
                  });
}

void AccountAdministration::suspend(const QString& user, const QString& requestRef)
{
    const qint64 at = m_workspace.now();
    const QByteArray stationPublic = m_workspace.stationPublicKey();
    changeAccount(user, QStringLiteral("account.suspend"), requestRef, compactJson({{QStringLiteral("reason"), QStringLiteral("administrator")}}),
                  [&](AccountRepository& accounts, security::AccountKeyFile& keys, const security::SecretBuffer&) {
                      if (keys.state() != security::AccountKeyFile::State::Active)
                          throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("AccountAdministration", "The account \"%1\" is already locked or suspended.").arg(user));
                      if (!keys.restrict(security::AccountKeyFile::State::Suspended, QStringLiteral("administrator"), at, stationPublic))
                          throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("AccountAdministration", "The account could not be suspended (OpenSSL error)."));
                      accounts.setStatus(user, QStringLiteral("suspended"));
                  });
}

void AccountAdministration::setRole(const QString& user, domain::Role role, const QString& requestRef)
{
    auto stationKey = role == domain::Role::Administrator ? std::optional<security::SecretBuffer>(stationPrivateKey()) : std::nullopt;
    changeAccount(user, QStringLiteral("account.role"), requestRef, compactJson({{QStringLiteral("role"), domain::roleKey(role)}}),
                  [&](AccountRepository& accounts, security::AccountKeyFile&, const security::SecretBuffer&) {
                      accounts.setRole(user, role);
                      if (stationKey)
                          accounts.setStationPrivateKey(*stationKey);
                  });
}

void AccountAdministration::setExpiry(const QString& user, qint64 expiresAtMs, const QString& requestRef)
{
    changeAccount(user, QStringLiteral("account.expiry"), requestRef, compactJson({{QStringLiteral("expires_at"), expiresAtMs}}),
                  [&](AccountRepository& accounts, security::AccountKeyFile&, const security::SecretBuffer&) {
                      accounts.setExpiry(user, expiresAtMs);
                  });
}

void AccountAdministration::resetPassword(const QString& user, const security::SecretBuffer& temporaryPassword,
                                          const QString& requestRef)
{
    const qint64 at = m_workspace.now();
    changeAccount(user, QStringLiteral("account.reset_password"), requestRef, {},
                  [&](AccountRepository& accounts, security::AccountKeyFile& keys, const security::SecretBuffer& station) {
                      auto account = accounts.byUsername(user);
                      m_workspace.checkNewPassword(user, account ? account->displayName : QString(),
                                                   account ? account->role : domain::Role::Analyst, temporaryPassword);
                      auto dataKey = keys.openStationSeal(station);
                      auto wrap = dataKey ? security::KeyFile::wrap(*dataKey, temporaryPassword, user,
                                                                    keys.passwordWrap() ? keys.passwordWrap()->kdf()
                                                                                        : security::KdfParams{})
                                          : std::nullopt;
                      if (!wrap)
                          throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("AccountAdministration", "The data key could not be wrapped (OpenSSL error)."));
                      keys.replacePasswordWrap(std::move(*wrap));
                      accounts.setMustChangePassword(user, true);
                      accounts.setPasswordChanged(user, at);
                      accounts.setReactivated(user, at);
                      accounts.setStatus(user, QStringLiteral("active"));
                  });
}

std::vector<AccountReviewRow> AccountAdministration::review()
{
    require(domain::Action::ManageAccounts, QStringLiteral("accounts.review"), {});
    const domain::AccountPolicy rules = m_workspace.policy();
    const security::SecretBuffer station = stationPrivateKey();
    const qint64 at = m_workspace.now();
    std::vector<AccountReviewRow> rows;
    for (const QString& user : m_workspace.usernames()) {
        AccountReviewRow row;
        row.username = user;
        try {
            security::AccountKeyFile keys = m_workspace.loadKeys(user);
            row.state = stateKey(keys.state());
            row.stateReason = keys.stateReason();
            row.stateSinceMs = keys.stateSinceMs();
            row.recentFailures = static_cast<int>(rules.recentFailures(keys.failures(), at).size());
            std::optional<domain::Account> account;
            if (user == m_admin.account().username) {
                account = AccountRepository(m_admin.database()).byUsername(user);
            } else if (auto dataKey = keys.openStationSeal(station)) {
                auto db = Database::open(m_workspace.databasePath(user), *dataKey, Database::OpenMode::Existing);
                account = AccountRepository(*db).byUsername(user);
            } else {
                row.problem = QCoreApplication::translate("AccountAdministration", "not sealed to the station key yet (the analyst has not signed in since the update)");
            }
            if (account) {
                row.displayName = account->displayName;
                row.role = account->role;
                row.createdAtMs = account->createdAtMs;
                row.lastLoginAtMs = account->lastLoginAtMs;
                row.passwordChangedAtMs = account->passwordChangedAtMs;
                row.passwordExpiresAtMs = rules.passwordExpiresAtMs(*account);
                row.expiresAtMs = account->expiresAtMs;
                row.mustChangePassword = account->mustChangePassword;
                // Suspension happens at the next sign-in; the review shows it already.
                const QString due = rules.suspensionReason(*account, at);
                if (row.state == u"active" && !due.isEmpty()) {
                    row.state = QStringLiteral("suspended");
                    row.stateReason = due;
                }
            }
        } catch (const DatabaseError& e) {
            row.problem = e.message();
        }
        rows.push_back(std::move(row));
    }
    Transaction tx(m_admin.database());
    AuditLog(m_admin.database()).append({at, m_admin.account().username, QStringLiteral("accounts.review"), QStringLiteral("account"),
                                         {}, QStringLiteral("ok"),
                                         compactJson({{QStringLiteral("accounts"), static_cast<qint64>(rows.size())}})});
    tx.commit();
    return rows;
}

void AccountAdministration::setPolicy(const domain::AccountPolicy& policy)
{
    require(domain::Action::ConfigureStation, QStringLiteral("settings.policy"), {});
    const domain::AccountPolicy clamped = policy.clamped();
    Transaction tx(m_admin.database());
    AuditLog(m_admin.database()).append({m_workspace.now(), m_admin.account().username, QStringLiteral("settings.policy"),
                                         QStringLiteral("settings"), QStringLiteral("account_policy"), QStringLiteral("ok"),
                                         compactJson(clamped.toJson())});
    m_workspace.updateMarker({{QStringLiteral("policy"), clamped.toJson()}});
    tx.commit();
}

QString AccountAdministration::setRecoveryKey(const QByteArray& publicKeyPem)
{
    require(domain::Action::ConfigureStation, QStringLiteral("settings.recovery_key"), {});
    const auto key = security::x25519PublicKeyFromPem(publicKeyPem);
    if (!key)
        throw DatabaseError(ErrorCode::Policy, QCoreApplication::translate("AccountAdministration", "The recovery key must be an X25519 public key in PEM form (openssl genpkey "
                                                  "-algorithm X25519 -out recovery.pem; openssl pkey -in recovery.pem -pubout)."));
    const QString fingerprint = security::keyFingerprint(*key);
    const security::SecretBuffer station = stationPrivateKey();
    {
        Transaction tx(m_admin.database());
        AuditLog(m_admin.database()).append({m_workspace.now(), m_admin.account().username, QStringLiteral("settings.recovery_key"),
                                             QStringLiteral("settings"), QStringLiteral("recovery_key"), QStringLiteral("ok"),
                                             compactJson({{QStringLiteral("key_id"), fingerprint}})});
        m_workspace.updateMarker({{QStringLiteral("recovery_public_key"), QString::fromLatin1(key->toBase64())}});
        tx.commit();
    }
    // Seal every account that the station key opens now; the others at their next sign-in.
    for (const QString& user : m_workspace.usernames()) {
        try {
            security::AccountKeyFile keys = m_workspace.loadKeys(user);
            if (auto dataKey = keys.openStationSeal(station); dataKey && keys.sealForRecovery(*dataKey, *key))
                m_workspace.saveKeys(keys);
        } catch (const DatabaseError&) {
            // A damaged key file is reported by the review; it does not stop the others.
        }
    }
    return fingerprint;
}

} // namespace soc::store
