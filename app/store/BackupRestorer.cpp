#include "store/BackupRestorer.h"

#include "store/AuditLog.h"
#include "store/BackupArchiveFormat.h"
#include "store/Database.h"
#include "store/DatabaseError.h"
#include "store/Session.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace soc::store {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir = kOwnerOnly | QFileDevice::ExeOwner;

} // namespace

BackupRestorer::BackupRestorer(QString file)
    : m_file(std::move(file))
    , m_reader(m_file)
{
}

void BackupRestorer::check(const std::atomic_bool* cancel)
{
    m_reader.check(cancel);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(m_reader.read(*m_reader.find(backupformat::kManifest)), &parseError);
    m_manifest = doc.object();
    QString why;
    if (parseError.error != QJsonParseError::NoError || m_manifest.value(u"format").toString() != u"socstation-backup"
        || !Workspace::isValidUsername(user(), &why))
        throw DatabaseError(ErrorCode::Corrupt, QCoreApplication::translate("Backup", "The backup file %1 is damaged: the entry \"%2\" is not a "
                                                                                      "socstation backup manifest. Nothing was restored from it.")
                                                    .arg(m_file, backupformat::kManifest));
    m_checked = true;
}

void BackupRestorer::writeFiles(const QString& workspaceDir, const std::atomic_bool* cancel)
{
    const Workspace ws(workspaceDir);
    const QString userDir = ws.userDir(user());
    // Create each missing folder on the way, remembering it for undo().
    auto makeDir = [this](const QString& dir) {
        if (QFileInfo::exists(dir))
            return;
        if (!QDir().mkpath(dir))
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot create the folder %1.").arg(dir));
        QFile::setPermissions(dir, kOwnerDir);
        m_createdDirs.prepend(dir);
    };
    makeDir(workspaceDir);
    makeDir(QDir(workspaceDir).filePath(QStringLiteral("users")));
    makeDir(userDir);
    makeDir(userDir + QStringLiteral("/evidence"));
    for (const BackupArchiveReader::Entry& e : m_reader.entries()) {
        if (e.name == backupformat::kManifest)
            continue;
        const QString target = QDir(userDir).filePath(e.name);
        QFile out(target);
        if (out.exists() || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !out.setPermissions(kOwnerOnly))
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot write %1: %2.").arg(target, out.errorString()));
        m_createdFiles << target;
        m_reader.copy(e, out, cancel);
        if (!out.flush())
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot write %1: %2.").arg(target, out.errorString()));
    }
    const QString marker = QDir(workspaceDir).filePath(QStringLiteral("workspace.json"));
    m_createdFiles << marker;
    ws.ensureMarker();
}

void BackupRestorer::undo()
{
    for (const QString& f : m_createdFiles)
        QFile::remove(f);
    for (const QString& d : m_createdDirs) // deepest first
        QDir(d).removeRecursively();
    m_createdFiles.clear();
    m_createdDirs.clear();
}

std::unique_ptr<Session> BackupRestorer::restore(const QString& workspaceDir, const security::SecretBuffer& password,
                                                 const std::atomic_bool* cancel)
{
    if (!m_checked)
        check(cancel);
    const Workspace ws(workspaceDir);
    if (ws.isInitialised())
        throw DatabaseError(ErrorCode::AlreadyExists,
                            QCoreApplication::translate("Backup", "%1 already holds a socstation workspace; a restore never overwrites an "
                                                                  "existing workspace. Choose a new folder. Nothing was changed.")
                                .arg(ws.dir()));
    if (QFileInfo::exists(ws.userDir(user())))
        throw DatabaseError(ErrorCode::AlreadyExists, QCoreApplication::translate("Backup", "%1 already exists; a restore never overwrites "
                                                                                            "it. Choose a new folder. Nothing was changed.")
                                                          .arg(ws.userDir(user())));
    try {
        writeFiles(ws.dir(), cancel);
        Workspace restored(ws.dir());
        auto session = restored.signIn(user(), password);
        Database& db = session->database();
        Transaction tx(db);
        const QJsonObject details{{QStringLiteral("file"), QFileInfo(m_file).absoluteFilePath()},
                                  {QStringLiteral("sha256"), sha256()},
                                  {QStringLiteral("created"), m_manifest.value(u"created").toString()}};
        AuditLog(db).append({QDateTime::currentMSecsSinceEpoch(), user(), QStringLiteral("backup.restore"), QStringLiteral("workspace"),
                             restored.marker().value(u"id").toString(), QStringLiteral("ok"),
                             QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
        tx.commit();
        return session;
    } catch (...) {
        undo();
        throw;
    }
}

} // namespace soc::store
