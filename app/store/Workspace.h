#pragma once

#include "security/KeyFile.h"
#include "store/Session.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace soc::store {

// A folder holding one encrypted case database per analyst:
//   <dir>/workspace.json                 marker (format, id, created) - no secrets
//   <dir>/users/<name>/keyfile.json      the data key wrapped under the analyst's password
//   <dir>/users/<name>/case.db           SQLCipher database (+ -wal, -shm)
class Workspace {
public:
    explicit Workspace(QString dir);

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

    // Creates the workspace and its first administrator. Throws DatabaseError: AlreadyExists when
    // the workspace already has accounts, Policy when the name or password breaks the rules.
    [[nodiscard]] std::unique_ptr<Session> createAdministrator(const QString& user, const security::SecretBuffer& password,
                                                               const security::KdfParams& kdf = {});
    // Derives the key from the password (slow on purpose: run it off the GUI thread), opens the
    // analyst's database and brings its schema up to date. Throws DatabaseError.
    [[nodiscard]] std::unique_ptr<Session> signIn(const QString& user, const security::SecretBuffer& password);
    // Checks the password of a signed-in analyst (screen lock, confirmation of sensitive actions)
    // without opening anything. Slow on purpose (run it off the GUI thread). Throws DatabaseError:
    // WrongPassword (counted towards the lockout), AccountLocked, KeyFileDamaged, NoSuchAccount.
    void verifyPassword(const QString& user, const security::SecretBuffer& password);

private:
    void writeMarker() const;
    QString m_dir;
};

} // namespace soc::store
