#include "store/Workspace.h"

#include "domain/Permissions.h"
#include "domain/SocTimeZone.h"
#include "security/PasswordPolicy.h"
#include "security/PasswordVerifier.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace soc::store {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir = kOwnerOnly | QFileDevice::ExeOwner;

} // namespace

void Workspace::writePrivateFile(const QString& path, const QByteArray& data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.setPermissions(kOwnerOnly) || !f.commit())
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "Cannot write %1: %2.").arg(path, f.errorString()));
}

namespace {

QString compactJson(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, domain::socTimeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

security::PasswordPolicy::AccountKind kindOf(domain::Role role)
{
    return role == domain::Role::Administrator ? security::PasswordPolicy::AccountKind::Administrator
                                               : security::PasswordPolicy::AccountKind::User;
}

QString passwordText(const security::SecretBuffer& password)
{
    return QString::fromUtf8(password.chars(), static_cast<qsizetype>(password.size()));
}

} // namespace

Workspace::Workspace(QString dir, const domain::Clock* clock)
    : m_dir(QDir(dir).absolutePath())
    , m_clock(clock)
{
}

qint64 Workspace::now() const { return m_clock ? m_clock->nowMs() : m_systemClock.nowMs(); }

QString Workspace::defaultDir()
{
    const QString env = qEnvironmentVariable("SOCSTATION_WORKSPACE");
    if (!env.isEmpty())
        return env;
    // ~/.local/share/socstation/workspace on Linux (scripts/run uses the same place).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/socstation/workspace");
}

bool Workspace::isValidUsername(const QString& name, QString* why)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (re.match(name).hasMatch())
        return true;
    if (why)
        *why = QCoreApplication::translate("Workspace", "The user name \"%1\" is not valid: use 2-32 lower-case letters, digits, '.', '_' or '-', "
                  "starting with a letter.")
                   .arg(name);
    return false;
}

bool Workspace::isInitialised() const { return QFile::exists(QDir(m_dir).filePath(QStringLiteral("workspace.json"))); }

QStringList Workspace::usernames() const
{
    QStringList out;
    const QDir users(QDir(m_dir).filePath(QStringLiteral("users")));
    for (const QString& name : users.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFile::exists(keyFilePath(name)))
            out << name;
    return out;
}

QString Workspace::userDir(const QString& user) const { return QDir(m_dir).filePath(QStringLiteral("users/") + user); }
QString Workspace::databasePath(const QString& user) const { return userDir(user) + QStringLiteral("/case.db"); }
QString Workspace::keyFilePath(const QString& user) const { return userDir(user) + QStringLiteral("/keyfile.json"); }

QJsonObject Workspace::marker() const
{
    QFile f(QDir(m_dir).filePath(QStringLiteral("workspace.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.read(1 << 20)).object();
}

domain::AccountPolicy Workspace::policy() const
{
    return domain::AccountPolicy::fromJson(marker().value(u"policy").toObject());
}

QByteArray Workspace::stationPublicKey() const
{
    const QByteArray key = QByteArray::fromBase64(marker().value(u"station_public_key").toString().toLatin1());
    return key.size() == 32 ? key : QByteArray();
}

QByteArray Workspace::recoveryPublicKey() const
{
    const QByteArray key = QByteArray::fromBase64(marker().value(u"recovery_public_key").toString().toLatin1());
    return key.size() == 32 ? key : QByteArray();
}

void Workspace::writeMarker(const QJsonObject& extra) const
{
    const QString path = QDir(m_dir).filePath(QStringLiteral("workspace.json"));
    QJsonObject o = marker();
    if (o.isEmpty())
        o = QJsonObject{{QStringLiteral("format"), QStringLiteral("socstation-workspace")},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    writePrivateFile(path, QJsonDocument(o).toJson());
}

void Workspace::updateMarker(const QJsonObject& fields) const { writeMarker(fields); }

security::AccountKeyFile Workspace::loadKeys(const QString& user) const
{
    const QString keyPath = keyFilePath(user);
    if (!QFile::exists(keyPath))
        throw DatabaseError(ErrorCode::NoSuchAccount, QCoreApplication::translate("Workspace", "There is no account \"%1\" in the workspace %2.").arg(user, m_dir));
    QFile f(keyPath);
    if (!f.open(QIODevice::ReadOnly))
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "Cannot read the key file %1: %2.").arg(keyPath, f.errorString()));
    QString error;
    auto keys = security::AccountKeyFile::parse(f.read(1 << 20), &error);
    if (!keys)
        throw DatabaseError(ErrorCode::KeyFileDamaged,
                            QCoreApplication::translate("Workspace", "The key file %1 cannot be used: %2 The case database was left untouched.").arg(keyPath, error));
    if (keys->user() != user)
        throw DatabaseError(ErrorCode::KeyFileDamaged,
                            QCoreApplication::translate("Workspace", "The key file %1 belongs to \"%2\", not \"%3\".").arg(keyPath, keys->user(), user));
    return std::move(*keys);
}

void Workspace::saveKeys(const security::AccountKeyFile& keys) const
{
    writePrivateFile(keyFilePath(keys.user()), keys.toJson());
}

bool Workspace::refreshSeals(security::AccountKeyFile& keys, const security::SecretBuffer& dataKey) const
{
    bool changed = false;
    const QByteArray station = stationPublicKey();
    if (!station.isEmpty() && (!keys.stationSeal() || keys.stationSeal()->keyId != security::keyFingerprint(station))) {
        if (!keys.sealForStation(dataKey, station))
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "The data key could not be sealed to the station key (OpenSSL error)."));
        changed = true;
    }
    const QByteArray recovery = recoveryPublicKey();
    if (!recovery.isEmpty() && (!keys.recoverySeal() || keys.recoverySeal()->keyId != security::keyFingerprint(recovery))) {
        if (!keys.sealForRecovery(dataKey, recovery))
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "The data key could not be sealed to the recovery key (OpenSSL error)."));
        changed = true;
    }
    return changed;
}

void Workspace::checkNewPassword(const QString& user, const QString& displayName, domain::Role role,
                                 const security::SecretBuffer& password) const
{
    const QStringList problems =
        security::PasswordPolicy::problems(passwordText(password), user, kindOf(role), displayName);
    if (!problems.isEmpty())
        throw DatabaseError(ErrorCode::Policy, problems.join(u' '));
}

std::pair<security::SecretBuffer, std::unique_ptr<Database>> Workspace::createUserDatabase(const QString& user)
{
    if (QDir(userDir(user)).exists())
        throw DatabaseError(ErrorCode::AlreadyExists, QCoreApplication::translate("Workspace", "%1 already exists; it will not be overwritten.").arg(userDir(user)));
    QDir().mkpath(m_dir);
    QFile::setPermissions(m_dir, kOwnerDir);
    if (!QDir().mkpath(userDir(user)))
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "Cannot create the folder %1.").arg(userDir(user)));
    QFile::setPermissions(QDir(m_dir).filePath(QStringLiteral("users")), kOwnerDir);
    QFile::setPermissions(userDir(user), kOwnerDir);
    security::SecretBuffer dataKey = security::randomSecret(32);
    auto db = Database::open(databasePath(user), dataKey, Database::OpenMode::CreateNew);
    QFile::setPermissions(databasePath(user), kOwnerOnly);
    Migrations::apply(*db);
    return {std::move(dataKey), std::move(db)};
}

std::unique_ptr<Session> Workspace::createAdministrator(const QString& user, const security::SecretBuffer& password,
                                                        const security::KdfParams& kdf)
{
    QString why;
    if (!isValidUsername(user, &why))
        throw DatabaseError(ErrorCode::Policy, why);
    checkNewPassword(user, {}, domain::Role::Administrator, password);
    if (!usernames().isEmpty())
        throw DatabaseError(ErrorCode::AlreadyExists, QCoreApplication::translate("Workspace", "The workspace %1 already has accounts; it was not changed.").arg(m_dir));

    auto [dataKey, db] = createUserDatabase(user);
    try {
        auto wrap = security::KeyFile::wrap(dataKey, password, user, kdf);
        if (!wrap)
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "The data key could not be wrapped (OpenSSL error)."));
        // The station key pair: its public half in workspace.json seals every analyst's data key,
        // its private half lives only inside administrators' encrypted databases.
        security::X25519KeyPair station = security::X25519KeyPair::generate();
        const qint64 at = now();
        domain::Account account;
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.username = user;
        account.displayName = user;
        account.role = domain::Role::Administrator;
        account.createdAtMs = at;
        account.passwordChangedAtMs = at;
        account.lastLoginAtMs = at;
        auto keys = security::AccountKeyFile::create(std::move(*wrap));
        if (!keys.sealForStation(dataKey, station.publicKey))
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "The data key could not be sealed to the station key (OpenSSL error)."));
        // The session puts the audit key on the connection, so the account's creation is audited.
        auto session = std::make_unique<Session>(account, m_dir, databasePath(user), std::move(dataKey), std::move(db));
        {
            Database& sdb = session->database();
            Transaction tx(sdb);
            AccountRepository accounts(sdb);
            accounts.insert(account);
            accounts.recordLogin(user, at);
            accounts.setStationPrivateKey(station.privateKey);
            AuditLog audit(sdb);
            audit.append({at, user, QStringLiteral("account.create"), QStringLiteral("account"), account.id, QStringLiteral("ok"),
                          compactJson({{QStringLiteral("username"), user}, {QStringLiteral("role"), domain::roleKey(account.role)}})});
            audit.append({at, user, QStringLiteral("login"), QStringLiteral("account"), account.id, QStringLiteral("ok"), {}});
            tx.commit();
        }
        writeMarker({{QStringLiteral("station_public_key"), QString::fromLatin1(station.publicKey.toBase64())}});
        // The key file is written last: until it exists the account does not exist.
        saveKeys(keys);
        return session;
    } catch (...) {
        // Remove only what this call created; nothing else was there (checked above).
        QDir(userDir(user)).removeRecursively();
        throw;
    }
}

void Workspace::createAccount(Session& admin, const NewAccount& na, const security::SecretBuffer& temporaryPassword,
                              const security::KdfParams& kdf)
{
    const QString adminName = admin.account().username;
    const qint64 at = now();
    if (!domain::Permissions::allows(admin.account().role, domain::Action::ManageAccounts)) {
        Transaction tx(admin.database());
        AuditLog(admin.database()).append({at, adminName, QStringLiteral("account.create"), QStringLiteral("account"), na.username,
                                           QStringLiteral("refused"), {}});
        tx.commit();
        throw DatabaseError(ErrorCode::Forbidden, domain::Permissions::refusal(admin.account().role, domain::Action::ManageAccounts));
    }
    QString why;
    if (!isValidUsername(na.username, &why))
        throw DatabaseError(ErrorCode::Policy, why);
    if (QFile::exists(keyFilePath(na.username)))
        throw DatabaseError(ErrorCode::AlreadyExists, QCoreApplication::translate("Workspace", "The account \"%1\" already exists.").arg(na.username));
    checkNewPassword(na.username, na.displayName, na.role, temporaryPassword);
    const QByteArray stationPublic = stationPublicKey();
    auto stationPrivate = AccountRepository(admin.database()).stationPrivateKey();
    if (stationPublic.isEmpty() || !stationPrivate)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("Workspace", "This administrator account holds no station key; sign in again as the "
                                                   "first administrator of the station."));

    auto [dataKey, db] = createUserDatabase(na.username);
    try {
        auto wrap = security::KeyFile::wrap(dataKey, temporaryPassword, na.username, kdf);
        if (!wrap)
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "The data key could not be wrapped (OpenSSL error)."));
        auto keys = security::AccountKeyFile::create(std::move(*wrap));
        refreshSeals(keys, dataKey);
        domain::Account account;
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.username = na.username;
        account.displayName = na.displayName.isEmpty() ? na.username : na.displayName;
        account.role = na.role;
        account.createdAtMs = at;
        account.passwordChangedAtMs = at;
        account.mustChangePassword = na.mustChangePassword;
        account.expiresAtMs = na.expiresAtMs.value_or(0);
        const QString details = compactJson({{QStringLiteral("username"), na.username},
                                             {QStringLiteral("role"), domain::roleKey(na.role)},
                                             {QStringLiteral("by"), adminName},
                                             {QStringLiteral("request"), na.requestRef.trimmed()}});
        {
            Session created(account, m_dir, databasePath(na.username), std::move(dataKey), std::move(db));
            Database& udb = created.database();
            Transaction tx(udb);
            AccountRepository accounts(udb);
            accounts.insert(account);
            if (na.role == domain::Role::Administrator)
                accounts.setStationPrivateKey(*stationPrivate);
            AuditLog(udb).append({at, adminName, QStringLiteral("account.create"), QStringLiteral("account"), account.id,
                                  QStringLiteral("ok"), details});
            tx.commit();
        }
        Transaction tx(admin.database());
        AuditLog(admin.database()).append({at, adminName, QStringLiteral("account.create"), QStringLiteral("account"),
                                           account.id, QStringLiteral("ok"), details});
        saveKeys(keys); // last: until the key file exists the account does not exist
        tx.commit();
    } catch (...) {
        QFile::remove(keyFilePath(na.username));
        QDir(userDir(na.username)).removeRecursively();
        throw;
    }
}

security::SecretBuffer Workspace::unlockDataKey(const QString& user, const security::SecretBuffer& password,
                                               std::optional<security::AccountKeyFile>* keysOut)
{
    security::AccountKeyFile keys = loadKeys(user);
    const domain::AccountPolicy rules = policy();
    if (keys.state() == security::AccountKeyFile::State::Locked)
        throw DatabaseError(ErrorCode::AccountLocked,
                            QCoreApplication::translate("Workspace", "The account \"%1\" has been locked since %2 after %3 failed sign-ins. Only an administrator "
                               "can unlock it, on your written request.")
                                .arg(user, when(keys.stateSinceMs()))
                                .arg(rules.lockoutFailures));
    if (keys.state() == security::AccountKeyFile::State::Suspended)
        throw DatabaseError(ErrorCode::AccountSuspended,
                            (keys.stateReason() == u"expired"
                                 ? QCoreApplication::translate("Workspace", "The account \"%1\" was suspended on %2: its validity ended.")
                                 : QCoreApplication::translate("Workspace", "The account \"%1\" was suspended on %2: it was not used for %3 days."))
                                    .arg(user, when(keys.stateSinceMs()))
                                    .arg(rules.inactiveSuspendDays)
                                + u' ' + QCoreApplication::translate("Workspace", "Only an administrator can reactivate it, on written request."));
    if (!keys.passwordWrap())
        throw DatabaseError(ErrorCode::KeyFileDamaged, QCoreApplication::translate("Workspace", "The key file %1 holds no password wrap.").arg(keyFilePath(user)));
    security::KeyFile::UnwrapError unwrapError = security::KeyFile::UnwrapError::None;
    auto dataKey = keys.passwordWrap()->unwrap(password, &unwrapError);
    if (dataKey) {
        if (keysOut)
            *keysOut = std::move(keys);
        return std::move(*dataKey);
    }
    if (unwrapError != security::KeyFile::UnwrapError::WrongPassword)
        throw DatabaseError(ErrorCode::KeyFileDamaged, QCoreApplication::translate("Workspace", "The key file %1 could not be decrypted (OpenSSL error).").arg(keyFilePath(user)));
    // count the failure in the key file itself; at the limit the password wrap is sealed
    // away, so neither deleting nor editing a file undoes the lockout.
    const qint64 at = now();
    std::vector<qint64> recent = rules.recentFailures(keys.failures(), at);
    recent.push_back(at);
    keys.setFailures(recent);
    if (rules.locksAfter(recent, at)) {
        if (!keys.restrict(security::AccountKeyFile::State::Locked, QStringLiteral("failures"), at, stationPublicKey()))
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "The account could not be locked (OpenSSL error)."));
        saveKeys(keys);
        throw DatabaseError(ErrorCode::AccountLocked,
                            QCoreApplication::translate("Workspace", "Wrong password for \"%1\". The account is now locked after %2 failed sign-ins within %3 "
                               "minutes; only an administrator can unlock it, on your written request.")
                                .arg(user)
                                .arg(rules.lockoutFailures)
                                .arg(rules.lockoutWindowMinutes));
    }
    saveKeys(keys);
    const int left = rules.lockoutFailures - static_cast<int>(recent.size());
    throw DatabaseError(ErrorCode::WrongPassword,
                        QCoreApplication::translate("Workspace", "Wrong password for \"%1\". %n more failed attempt(s) lock the account.",
                                                    nullptr, left)
                            .arg(user));
}

std::unique_ptr<Session> Workspace::signIn(const QString& user, const security::SecretBuffer& password)
{
    security::SecretBuffer dataKey = unlockDataKey(user, password);
    auto db = openUserDatabase(user, password, dataKey);
    Migrations::apply(*db);
    auto account = AccountRepository(*db).byUsername(user);
    if (!account)
        throw DatabaseError(ErrorCode::NotSocstation, QCoreApplication::translate("Workspace", "The case database of \"%1\" has no account record; it was left untouched.").arg(user));
    const qint64 at = now();
    const domain::AccountPolicy rules = policy();
    security::AccountKeyFile keys = loadKeys(user);
    const std::vector<qint64> failures = keys.failures();
    bool keysChanged = !failures.empty();
    keys.clearFailures();
    keysChanged |= refreshSeals(keys, dataKey);
    if (account->role == domain::Role::Administrator && stationPublicKey().isEmpty()) {
        // A workspace from before the station key: its first administrator creates it now.
        security::X25519KeyPair station = security::X25519KeyPair::generate();
        Transaction tx(*db);
        AccountRepository(*db).setStationPrivateKey(station.privateKey);
        tx.commit();
        writeMarker({{QStringLiteral("station_public_key"), QString::fromLatin1(station.publicKey.toBase64())}});
        keysChanged |= refreshSeals(keys, dataKey);
    }
    const QString suspension = rules.suspensionReason(*account, at);
    const bool passwordExpired = at >= rules.passwordExpiresAtMs(*account);
    if (passwordExpired)
        account->mustChangePassword = true;
    account->lastLoginAtMs = at;
    // The session puts the audit key on the connection; the sign-in and its audit entries commit together.
    auto session = std::make_unique<Session>(*account, m_dir, databasePath(user), std::move(dataKey), std::move(db));
    Database& sdb = session->database();
    {
        Transaction tx(sdb);
        AuditLog audit(sdb);
        for (qint64 t : failures)
            audit.append({t, user, QStringLiteral("login"), QStringLiteral("account"), account->id, QStringLiteral("failed"), {}});
        if (!suspension.isEmpty()) {
            AccountRepository(sdb).setStatus(user, QStringLiteral("suspended"));
            audit.append({at, user, QStringLiteral("account.suspend"), QStringLiteral("account"), account->id,
                          QStringLiteral("ok"), compactJson({{QStringLiteral("reason"), suspension}})});
            if (!keys.restrict(security::AccountKeyFile::State::Suspended, suspension, at, stationPublicKey()))
                throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "The account could not be suspended (OpenSSL error)."));
            saveKeys(keys);
            tx.commit();
            throw DatabaseError(ErrorCode::AccountSuspended,
                                (suspension == u"expired" ? QCoreApplication::translate("Workspace", "The account \"%1\" is suspended: its validity ended.")
                                                          : QCoreApplication::translate("Workspace", "The account \"%1\" is suspended: it was not used for %2 days."))
                                        .arg(user)
                                        .arg(rules.inactiveSuspendDays)
                                    + u' ' + QCoreApplication::translate("Workspace", "Only an administrator can reactivate it, on written request."));
        }
        AccountRepository(sdb).recordLogin(user, at);
        audit.append({at, user, QStringLiteral("login"), QStringLiteral("account"), account->id, QStringLiteral("ok"),
                      passwordExpired ? compactJson({{QStringLiteral("password_expired"), true}}) : QString()});
        if (keysChanged)
            saveKeys(keys);
        tx.commit();
    }
    return session;
}

void Workspace::verifyPassword(const QString& user, const security::SecretBuffer& password)
{
    std::optional<security::AccountKeyFile> keys;
    const security::SecretBuffer dataKey = unlockDataKey(user, password, &keys);
    if (!keys->failures().empty()) {
        keys->clearFailures();
        saveKeys(*keys);
    }
}

} // namespace soc::store
