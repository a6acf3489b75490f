#pragma once

#include "security/SecretBuffer.h"
#include "store/BackupArchiveReader.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

namespace soc::store {

class Session;

// Restores a backup file (BackupService) into a new workspace: users/<name>/{keyfile.json, case.db,
// evidence/} and the workspace marker, then signs in with the analyst's password to prove that it
// opens. Restore never overwrites: a folder that already holds a workspace, or that user, is refused
// untouched; when anything fails, what the restore wrote is removed again.
class BackupRestorer {
public:
    explicit BackupRestorer(QString file);

    // Checks the trailer and every entry; reads the manifest. Throws DatabaseError(Corrupt) naming
    // the damaged entry.
    void check(const std::atomic_bool* cancel = nullptr);
    QString user() const { return m_manifest.value(u"user").toString(); }
    const QJsonObject& manifest() const { return m_manifest; }
    QString sha256() const { return m_reader.sha256Hex(); }

    // check() first, then writes into `workspaceDir` and signs in as the backup's user. Throws
    // DatabaseError: AlreadyExists (nothing touched), Corrupt, WrongPassword, ... (what it wrote is removed).
    [[nodiscard]] std::unique_ptr<Session> restore(const QString& workspaceDir, const security::SecretBuffer& password,
                                                   const std::atomic_bool* cancel = nullptr);

private:
    void writeFiles(const QString& workspaceDir, const std::atomic_bool* cancel);
    void undo();

    QString m_file;
    BackupArchiveReader m_reader;
    QJsonObject m_manifest;
    bool m_checked = false;
    QStringList m_createdDirs;  // removed recursively by undo(), deepest first
    QStringList m_createdFiles; // removed by undo()
};

} // namespace soc::store
