#pragma once

#include "domain/AccountPolicy.h"
#include "domain/Clock.h"
#include "security/AccountKeyFile.h"
#include "security/KeyFile.h"
#include "store/Session.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace soc::store {

// An account an administrator opens for an analyst (R-27: on written request, one per person).
struct NewAccount {
    QString username;
    QString displayName;
    domain::Role role = domain::Role::Analyst;
    bool mustChangePassword = true; // the analyst changes the temporary password first
    std::optional<qint64> expiresAtMs;
    QString requestRef; // the written request, recorded in the audit log
};

// A folder holding one encrypted case database per analyst:
//   <dir>/workspace.json                 marker (format, id, station public key, recovery public
//                                         key, account policy) - no secrets
//   <dir>/users/<name>/keyfile.json      the data key wrapped under the analyst's password, sealed
//                                         to the station key (and the recovery key), lockout state
//   <dir>/users/<name>/case.db           SQLCipher database (+ -wal, -shm)
class Workspace {
public:
    explicit Workspace(QString dir, const domain::Clock* clock = nullptr);

    // SOCSTATION_WORKSPACE, else ~/.local/share/socstation/workspace (--workspace overrides both).
    static QString defaultDir();
    // Lower-case letters, digits, '.', '_' and '-', 2-32 characters, starting with a letter
    // (it names a folder and, later, the analyst's PostgreSQL role).
    static bool isValidUsername(const QString& name, QString* why);

    const QString& dir() const { return m_dir; }
    bool isInitialised() const;
    QStringList usernames() const;
    QString userDir(const QString& user) const;
    QString databasePath(const QString& user) const;
    QString keyFilePath(const QString& user) const;

    // workspace.json: the station's public keys and the account policy (clamped to R-23…R-27).
    QJsonObject marker() const;
    // Writes workspace.json with a new id when it is missing (a workspace restored from a backup).
    void ensureMarker() const { writeMarker({}); }
    domain::AccountPolicy policy() const;
    QByteArray stationPublicKey() const;
    QByteArray recoveryPublicKey() const;

    // The key file of `user` (throws NoSuchAccount, KeyFileDamaged) and its atomic rewrite.
    security::AccountKeyFile loadKeys(const QString& user) const;
    void saveKeys(const security::AccountKeyFile& keys) const;

    // Creates the workspace, the station key pair and its first administrator. Throws DatabaseError:
    // AlreadyExists when the workspace already has accounts, Policy when the name or password breaks
    // the rules.
    [[nodiscard]] std::unique_ptr<Session> createAdministrator(const QString& user, const security::SecretBuffer& password,
                                                               const security::KdfParams& kdf = {});
    // Administrators only: creates the analyst's encrypted database and key file under a temporary password.
    void createAccount(Session& admin, const NewAccount& account, const security::SecretBuffer& temporaryPassword,
                       const security::KdfParams& kdf = {});
    // Derives the key from the password (slow on purpose: run it off the GUI thread), opens the
    // analyst's database and brings its schema up to date. Throws DatabaseError: WrongPassword
    // (counted, R-25), AccountLocked, AccountSuspended, ... When the password must be
    // changed (first sign-in, expired: R-24) the session's account says mustChangePassword.
    [[nodiscard]] std::unique_ptr<Session> signIn(const QString& user, const security::SecretBuffer& password);
    // Checks the password of a signed-in analyst (screen lock, confirmation of sensitive actions)
    // without opening anything. Slow on purpose (run it off the GUI thread). Throws DatabaseError:
    // WrongPassword (counted towards the lockout), AccountLocked, KeyFileDamaged, NoSuchAccount.
    void verifyPassword(const QString& user, const security::SecretBuffer& password);
    // Changes the signed-in analyst's password: R-23 rules, not one of the last N; the data
    // key is re-wrapped, nothing is re-encrypted. Throws WrongPassword or Policy.
    void changePassword(Session& session, const security::SecretBuffer& oldPassword,
                        const security::SecretBuffer& newPassword);
    // With the SOC's recovery private key (X25519, PEM): gives `user` a new temporary password
    // when theirs is lost; the account must change it at the next sign-in. Throws Refused when the
    // key does not match, Policy when the new password breaks the rules.
    void recover(const QString& user, const security::SecretBuffer& recoveryPrivateKey,
                 const security::SecretBuffer& newPassword);
    // Replaces `user`'s data key (R-29 key management): SQLCipher re-encrypts the database in place,
    // the key file is re-wrapped and re-sealed. Evidence and the audit chain keep their subkeys,
    // pinned inside the database. The new key file is written beside the old one first, so a crash
    // in between loses nothing (sign-in finds it). No other program may have the database open.
    void rekey(const QString& user, const security::SecretBuffer& password);

private:
    friend class AccountAdministration;
    qint64 now() const;
    static void writePrivateFile(const QString& path, const QByteArray& data); // owner-only, atomic
    void writeMarker(const QJsonObject& extra) const;
    QString pendingKeyFilePath(const QString& user) const;
    // Opens the database with `dataKey`, or - after an interrupted rekey - with the pending key
    // file's key, which then replaces the key file (dataKey is updated).
    std::unique_ptr<Database> openUserDatabase(const QString& user, const security::SecretBuffer& password,
                                               security::SecretBuffer& dataKey);
    void updateMarker(const QJsonObject& fields) const;
    // The data key, counting a wrong password towards the lockout (and locking at the limit).
    // `keysOut` receives the key file as read, when the password opened it.
    security::SecretBuffer unlockDataKey(const QString& user, const security::SecretBuffer& password,
                                         std::optional<security::AccountKeyFile>* keysOut = nullptr);
    // Creates users/<name>/ with an encrypted, migrated database; returns the data key and the connection.
    std::pair<security::SecretBuffer, std::unique_ptr<Database>> createUserDatabase(const QString& user);
    void checkNewPassword(const QString& user, const QString& displayName, domain::Role role,
                          const security::SecretBuffer& password) const;
    // Seals the data key to the station and recovery keys where that is missing or out of date.
    bool refreshSeals(security::AccountKeyFile& keys, const security::SecretBuffer& dataKey) const;

    QString m_dir;
    const domain::Clock* m_clock;
    domain::SystemClock m_systemClock;
};

} // namespace soc::store
