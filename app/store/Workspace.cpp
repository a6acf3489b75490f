#include "store/Workspace.h"

#include "security/PasswordPolicy.h"
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

void writePrivateFile(const QString& path, const QByteArray& data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.setPermissions(kOwnerOnly) || !f.commit())
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "Cannot write %1: %2.").arg(path, f.errorString()));
}

} // namespace

Workspace::Workspace(QString dir)
    : m_dir(QDir(dir).absolutePath())
{
}

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

void Workspace::writeMarker() const
{
    const QString path = QDir(m_dir).filePath(QStringLiteral("workspace.json"));
    if (QFile::exists(path))
        return;
    const QJsonObject o{{QStringLiteral("format"), QStringLiteral("socstation-workspace")},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    writePrivateFile(path, QJsonDocument(o).toJson());
}

std::unique_ptr<Session> Workspace::createAdministrator(const QString& user, const security::SecretBuffer& password,
                                                        const security::KdfParams& kdf)
{
    QString why;
    if (!isValidUsername(user, &why))
        throw DatabaseError(ErrorCode::Policy, why);
    const QString pw = QString::fromUtf8(password.chars(), static_cast<qsizetype>(password.size()));
    const QStringList problems =
        security::PasswordPolicy::problems(pw, user, security::PasswordPolicy::AccountKind::Administrator);
    if (!problems.isEmpty())
        throw DatabaseError(ErrorCode::Policy, problems.join(u' '));
    if (!usernames().isEmpty())
        throw DatabaseError(ErrorCode::AlreadyExists,
                            QCoreApplication::translate("Workspace", "The workspace %1 already has accounts; it was not changed.").arg(m_dir));
    if (QDir(userDir(user)).exists())
        throw DatabaseError(ErrorCode::AlreadyExists,
                            QCoreApplication::translate("Workspace", "%1 already exists; it will not be overwritten.").arg(userDir(user)));

    QDir().mkpath(m_dir);
    QFile::setPermissions(m_dir, kOwnerDir);
    if (!QDir().mkpath(userDir(user)))
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "Cannot create the folder %1.").arg(userDir(user)));
    QFile::setPermissions(QDir(m_dir).filePath(QStringLiteral("users")), kOwnerDir);
    QFile::setPermissions(userDir(user), kOwnerDir);

    try {
        security::SecretBuffer dataKey = security::randomSecret(32);
        const auto keyFile = security::KeyFile::wrap(dataKey, password, user, kdf);
        if (!keyFile)
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "The data key could not be wrapped (OpenSSL error)."));
        auto db = Database::open(databasePath(user), dataKey, Database::OpenMode::CreateNew);
        QFile::setPermissions(databasePath(user), kOwnerOnly);
        Migrations::apply(*db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        domain::Account account;
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.username = user;
        account.displayName = user;
        account.role = domain::Role::Administrator;
        account.createdAtMs = now;
        account.passwordChangedAtMs = now;
        account.lastLoginAtMs = now;
        // The session puts the audit key on the connection, so the account's creation is audited.
        auto session = std::make_unique<Session>(account, m_dir, databasePath(user), std::move(dataKey), std::move(db));
        {
            Database& sdb = session->database();
            Transaction tx(sdb);
            AccountRepository(sdb).insert(account);
            AccountRepository(sdb).recordLogin(user, now);
            AuditLog audit(sdb);
            audit.append({now, user, QStringLiteral("account.create"), QStringLiteral("account"), account.id,
                          QStringLiteral("ok"),
                          QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                                                      {QStringLiteral("role"), domain::roleKey(account.role)}})
                                                .toJson(QJsonDocument::Compact))});
            audit.append({now, user, QStringLiteral("login"), QStringLiteral("account"), account.id, QStringLiteral("ok"), {}});
            tx.commit();
        }
        // The key file is written last: until it exists the account does not exist.
        writePrivateFile(keyFilePath(user), keyFile->toJson());
        writeMarker();
        return session;
    } catch (...) {
        // Remove only what this call created; nothing else was there (checked above).
        QDir(userDir(user)).removeRecursively();
        throw;
    }
}

std::unique_ptr<Session> Workspace::signIn(const QString& user, const security::SecretBuffer& password)
{
    const QString keyPath = keyFilePath(user);
    if (!QFile::exists(keyPath))
        throw DatabaseError(ErrorCode::NoSuchAccount,
                            QCoreApplication::translate("Workspace", "There is no account \"%1\" in the workspace %2.").arg(user, m_dir));
    QFile f(keyPath);
    if (!f.open(QIODevice::ReadOnly))
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Workspace", "Cannot read the key file %1: %2.").arg(keyPath, f.errorString()));
    QString error;
    const auto keyFile = security::KeyFile::fromJson(f.read(1 << 20), &error);
    if (!keyFile)
        throw DatabaseError(ErrorCode::KeyFileDamaged, QCoreApplication::translate("Workspace", "The key file %1 cannot be used: %2 The case database was "
                                                          "left untouched.")
                                                           .arg(keyPath, error));
    if (keyFile->user() != user)
        throw DatabaseError(ErrorCode::KeyFileDamaged,
                            QCoreApplication::translate("Workspace", "The key file %1 belongs to \"%2\", not \"%3\".").arg(keyPath, keyFile->user(), user));
    security::KeyFile::UnwrapError unwrapError = security::KeyFile::UnwrapError::None;
    auto dataKey = keyFile->unwrap(password, &unwrapError);
    if (!dataKey) {
        if (unwrapError == security::KeyFile::UnwrapError::WrongPassword)
            throw DatabaseError(ErrorCode::WrongPassword, QCoreApplication::translate("Workspace", "Wrong password for \"%1\".").arg(user));
        throw DatabaseError(ErrorCode::KeyFileDamaged, QCoreApplication::translate("Workspace", "The key file %1 could not be decrypted (OpenSSL error).").arg(keyPath));
    }
    auto db = Database::open(databasePath(user), *dataKey, Database::OpenMode::Existing);
    Migrations::apply(*db);
    auto account = AccountRepository(*db).byUsername(user);
    if (!account)
        throw DatabaseError(ErrorCode::NotSocstation,
                            QCoreApplication::translate("Workspace", "The case database of \"%1\" has no account record; it was left untouched.").arg(user));
    account->lastLoginAtMs = QDateTime::currentMSecsSinceEpoch();
    // The session puts the audit key on the connection; the sign-in and its audit entry commit together.
    auto session = std::make_unique<Session>(*account, m_dir, databasePath(user), std::move(*dataKey), std::move(db));
    Database& sdb = session->database();
    Transaction tx(sdb);
    AccountRepository(sdb).recordLogin(user, account->lastLoginAtMs);
    AuditLog(sdb).append({account->lastLoginAtMs, user, QStringLiteral("login"), QStringLiteral("account"), account->id,
                          QStringLiteral("ok"), {}});
    tx.commit();
    return session;
}

void Workspace::verifyPassword(const QString& user, const security::SecretBuffer& password)
{
    QFile f(keyFilePath(user));
    if (!f.open(QIODevice::ReadOnly))
        throw DatabaseError(ErrorCode::NoSuchAccount,
                            QCoreApplication::translate("Workspace", "There is no account \"%1\" in the workspace %2.").arg(user, m_dir));
    QString error;
    const auto keyFile = security::KeyFile::fromJson(f.read(1 << 20), &error);
    if (!keyFile)
        throw DatabaseError(ErrorCode::KeyFileDamaged, error);
    security::KeyFile::UnwrapError unwrapError = security::KeyFile::UnwrapError::None;
    if (!keyFile->unwrap(password, &unwrapError))
        throw DatabaseError(ErrorCode::WrongPassword, QCoreApplication::translate("Workspace", "Wrong password for \"%1\".").arg(user));
}

} // namespace soc::store
