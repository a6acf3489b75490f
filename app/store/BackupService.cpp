#include "store/BackupService.h"

#include "domain/SocTimeZone.h"
#include "store/AccessGuard.h"
#include "store/BackupArchiveFormat.h"
#include "store/BackupArchiveReader.h"
#include "store/BackupArchiveWriter.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Session.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

namespace soc::store {

struct BackupService::Snapshot {
    QString databasePath;
    QByteArray keyFile;
    QByteArray manifest;
    std::vector<std::pair<QString, QString>> evidence; // entry name, path
    qint64 bytes = 0;                                   // of all entries
};

namespace {

// The page size of new case databases (store/Database.cpp): the snapshot keeps it.
constexpr char kSnapshotPageSize[] = "PRAGMA backup_snapshot.cipher_page_size = 16384";
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// A private temporary folder (owner only) for the snapshot; removed with everything in it.
std::unique_ptr<QTemporaryDir> privateTempDir()
{
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/socstation-backup-XXXXXX"));
    if (!dir->isValid())
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot create a private temporary folder: %1.").arg(dir->errorString()));
    QFile::setPermissions(dir->path(), kOwnerOnly | QFileDevice::ExeOwner);
    return dir;
}

QByteArray readSmallFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot read %1 for the backup: %2.").arg(path, f.errorString()));
    return f.read(16 << 20);
}

qint64 countRows(Database& db, const QString& schema, const QString& table)
{
    const QByteArray sql = QStringLiteral("SELECT count(*) FROM %1.\"%2\"").arg(schema, table).toUtf8();
    auto st = db.prepare(sql.constData());
    st.step();
    return st.int64(0);
}

bool hasTable(Database& db, const QString& table)
{
    auto st = db.prepare("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?");
    st.bind(1, table);
    return st.step();
}

} // namespace

bool BackupService::Result::ok() const
{
    if (cancelled || backups.empty())
        return false;
    for (const BackupRecord& r : backups)
        if (!r.verified)
            return false;
    return true;
}

BackupService::BackupService(const Session& session, const domain::Clock& clock)
    : m_session(session)
    , m_clock(clock)
{
}

const QStringList& BackupService::countedTables()
{
    static const QStringList tables{QStringLiteral("accounts"),        QStringLiteral("alerts"),   QStringLiteral("tickets"),
                                    QStringLiteral("incidents"),       QStringLiteral("timeline_events"),
                                    QStringLiteral("evidence"),        QStringLiteral("custody"),  QStringLiteral("issued_reports"),
                                    QStringLiteral("audit_log"),       QStringLiteral("change_journal")};
    return tables;
}

QString BackupService::normalisedDestination(const QString& dir)
{
    return dir.trimmed().isEmpty() ? QString() : QDir::cleanPath(QDir(dir.trimmed()).absolutePath());
}

QString BackupService::fileNameFor(const QString& user, qint64 atMs)
{
    const QString stamp = QDateTime::fromMSecsSinceEpoch(atMs, domain::socTimeZone()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QStringLiteral("socstation-%1-%2").arg(user, stamp) + backupformat::kSuffix;
}

void BackupService::makeSnapshot(Database& db, const QString& path, QJsonObject& counts) const
{
    // Attached without KEY, the snapshot is encrypted under the connection's own (data) key;
    // sqlcipher_export copies schema and rows inside one read transaction: a consistent copy.
    // The case database's connection may not create files: the empty (owner-only) file comes first.
    {
        QFile empty(path);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !empty.setPermissions(kOwnerOnly))
            throw DatabaseError(ErrorCode::Io,
                                QCoreApplication::translate("Backup", "Cannot write the temporary file %1: %2.").arg(path, empty.errorString()));
    }
    auto attach = db.prepare("ATTACH DATABASE ? AS backup_snapshot");
    attach.bind(1, path).exec();
    try {
        db.exec(kSnapshotPageSize);
        db.exec("BEGIN");
        try {
            db.exec("SELECT sqlcipher_export('backup_snapshot')");
            auto appId = db.prepare("PRAGMA main.application_id");
            appId.step();
            const QByteArray setAppId = "PRAGMA backup_snapshot.application_id = " + QByteArray::number(appId.int64(0));
            db.exec(setAppId.constData());
            for (const QString& table : countedTables())
                if (hasTable(db, table))
                    counts.insert(table, countRows(db, QStringLiteral("main"), table));
            db.exec("COMMIT");
        } catch (...) {
            try {
                db.exec("ROLLBACK");
            } catch (...) {
            }
            throw;
        }
    } catch (...) {
        try {
            db.exec("DETACH DATABASE backup_snapshot");
        } catch (...) {
        }
        throw;
    }
    db.exec("DETACH DATABASE backup_snapshot");
    QFile::setPermissions(path, kOwnerOnly);
}

BackupService::Result BackupService::run(const QStringList& destinations, int keep, const std::atomic_bool* cancel,
                                         const Progress& progress)
{
    const domain::Account& account = m_session.account();
    auto db = m_session.openConnection();
    AccessGuard(*db, account.username).require(domain::Action::Backup, QStringLiteral("backup"));
    QStringList targets;
    for (const QString& d : destinations) {
        const QString clean = normalisedDestination(d);
        if (!clean.isEmpty() && !targets.contains(clean))
            targets << clean;
    }
    if (targets.isEmpty())
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("Backup", "No backup destination is set: choose one or two folders, on separate devices "
                                                   "or sites (R-30)."));
    if (targets.size() > domain::BackupSettings::kMaxDestinations)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("Backup", "At most two backup destinations can be set."));

    const Workspace workspace(m_session.workspaceDir());
    const QString workspaceId = workspace.marker().value(u"id").toString();
    const qint64 startedAt = m_clock.nowMs();
    auto tmp = privateTempDir();
    Snapshot s;
    s.databasePath = tmp->filePath(backupformat::kDatabase);
    QJsonObject counts;
    makeSnapshot(*db, s.databasePath, counts);
    s.keyFile = readSmallFile(workspace.keyFilePath(account.username));
    const QDir evidenceDir(m_session.evidenceDir());
    for (const QFileInfo& fi : evidenceDir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString name = backupformat::kEvidencePrefix + fi.fileName();
        if (backupformat::isAllowedEntryName(name)) {
            s.evidence.emplace_back(name, fi.absoluteFilePath());
            s.bytes += fi.size();
        }
    }
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("socstation-backup")},
                               {QStringLiteral("version"), static_cast<int>(backupformat::kVersion)},
                               {QStringLiteral("user"), account.username},
                               {QStringLiteral("created"), QDateTime::fromMSecsSinceEpoch(startedAt, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
                               {QStringLiteral("workspace_id"), workspaceId},
                               {QStringLiteral("schema_version"), Migrations::currentVersion(*db)},
                               {QStringLiteral("counts"), counts},
                               {QStringLiteral("evidence_files"), static_cast<qint64>(s.evidence.size())},
                               {QStringLiteral("application"), QStringLiteral("socstation " SOCSTATION_VERSION)}};
    s.manifest = QJsonDocument(manifest).toJson();
    s.bytes += QFileInfo(s.databasePath).size() + s.keyFile.size() + s.manifest.size();

    Result result;
    const qint64 total = s.bytes * 2 * targets.size();
    qint64 base = 0;
    for (const QString& destination : targets) {
        BackupRecord r;
        r.startedAtMs = m_clock.nowMs();
        r.destination = destination;
        r.workspaceId = workspaceId;
        try {
            r.file = QDir(destination).filePath(fileNameFor(account.username, r.startedAtMs));
            r.file = writeOne(destination, s, cancel, [&](qint64 done) { if (progress) progress(base + done, total); },
                              &r.size, &r.sha256);
            verify(r.file, cancel, [&](qint64 done, qint64) {
                if (progress)
                    progress(base + s.bytes + std::min(done, s.bytes), total);
            });
            r.verified = true;
        } catch (const DatabaseError& e) {
            r.error = e.message();
            result.cancelled = cancel && cancel->load();
            // A file that failed its verification (or a cancelled one) is of no use: remove it.
            if (!r.sha256.isEmpty() && QFile::exists(r.file))
                QFile::remove(r.file);
        }
        r.finishedAtMs = m_clock.nowMs();
        r.id = BackupRegister(*db).record(r, account.username);
        result.backups.push_back(r);
        base += 2 * s.bytes;
        if (result.cancelled)
            break;
    }
    if (!result.cancelled)
        for (const BackupRecord& r : result.backups)
            if (r.verified)
                result.pruned += prune(*db, r.destination, workspaceId, keep);
    if (progress)
        progress(total, total);
    return result;
}

QString BackupService::writeOne(const QString& destination, const Snapshot& s, const std::atomic_bool* cancel,
                                const std::function<void(qint64)>& progress, qint64* size, QString* sha256) const
{
    const QFileInfo dirInfo(destination);
    if (!dirInfo.isDir())
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "The backup destination %1 does not exist or is not a folder (is the drive "
                                              "connected?). Nothing was written there.")
                                               .arg(destination));
    const QDir dir(destination);
    const QString base = fileNameFor(m_session.account().username, m_clock.nowMs());
    QString path = dir.filePath(base);
    for (int n = 2; QFile::exists(path); ++n)
        path = dir.filePath(base.chopped(backupformat::kSuffix.size()) + u'-' + QString::number(n) + backupformat::kSuffix);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnly))
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot write the backup file %1: %2. Nothing was written there.").arg(path, out.errorString()));
    BackupArchiveWriter writer(out, cancel, progress);
    writer.addBytes(backupformat::kManifest, s.manifest);
    writer.addBytes(backupformat::kKeyFile, s.keyFile);
    writer.addFile(backupformat::kDatabase, s.databasePath);
    for (const auto& [name, file] : s.evidence)
        writer.addFile(name, file);
    const QString digest = writer.finish();
    if (!out.commit())
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot write the backup file %1: %2. Nothing was written there.").arg(path, out.errorString()));
    QFile::setPermissions(path, kOwnerOnly);
    *size = QFileInfo(path).size();
    *sha256 = digest;
    return path;
}

void BackupService::verify(const QString& file, const std::atomic_bool* cancel, const Progress& progress) const
{
    BackupArchiveReader reader(file);
    reader.check(cancel, [&](qint64 done) {
        if (progress)
            progress(done, reader.fileSize());
    });
    auto damaged = [&](const QString& what) {
        return DatabaseError(ErrorCode::Corrupt, QCoreApplication::translate("Backup", "The backup file %1 is damaged: %2 Nothing was restored from it.").arg(file, what));
    };
    const QJsonObject manifest = QJsonDocument::fromJson(reader.read(*reader.find(backupformat::kManifest))).object();
    if (manifest.value(u"format").toString() != u"socstation-backup")
        throw damaged(QCoreApplication::translate("Backup", "the entry \"%1\" is not a socstation backup manifest.").arg(backupformat::kManifest));
    if (manifest.value(u"user").toString() != m_session.account().username)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("Backup", "The backup file %1 belongs to \"%2\", not to \"%3\"; it cannot be checked with "
                                                   "your key.")
                                                    .arg(file, manifest.value(u"user").toString(), m_session.account().username));
    qint64 evidenceEntries = 0;
    for (const auto& e : reader.entries())
        evidenceEntries += e.name.startsWith(backupformat::kEvidencePrefix) ? 1 : 0;
    if (evidenceEntries != manifest.value(u"evidence_files").toInteger(-1))
        throw damaged(QCoreApplication::translate("Backup", "it holds %1 evidence files, its manifest says %2.").arg(evidenceEntries).arg(manifest.value(u"evidence_files").toInteger()));

    auto tmp = privateTempDir();
    const QString dbPath = tmp->filePath(backupformat::kDatabase);
    {
        QFile out(dbPath);
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnly))
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot write the temporary file %1: %2.").arg(dbPath, out.errorString()));
        reader.copy(*reader.find(backupformat::kDatabase), out, cancel);
    }
    std::unique_ptr<Database> snapshot;
    try {
        snapshot = m_session.openSnapshot(dbPath);
    } catch (const DatabaseError& e) {
        throw damaged(QCoreApplication::translate("Backup", "the entry \"%1\" does not open with your data key: %2").arg(backupformat::kDatabase, e.message()));
    }
    QString problem;
    try {
        auto cipher = snapshot->prepare("PRAGMA cipher_integrity_check");
        auto integrity = snapshot->prepare("PRAGMA integrity_check");
        if (cipher.step()) {
            problem = QCoreApplication::translate("Backup", "the entry \"%1\" fails SQLCipher's integrity check: %2").arg(backupformat::kDatabase, cipher.text(0));
        } else if (!integrity.step() || integrity.text(0) != u"ok") {
            problem = QCoreApplication::translate("Backup", "the entry \"%1\" fails SQLite's integrity check: %2").arg(backupformat::kDatabase, integrity.text(0));
        } else {
            const QJsonObject counts = manifest.value(u"counts").toObject();
            for (auto it = counts.begin(); it != counts.end() && problem.isEmpty(); ++it) {
                if (!countedTables().contains(it.key()))
                    continue;
                const qint64 rows = countRows(*snapshot, QStringLiteral("main"), it.key());
                if (rows != it.value().toInteger(-1))
                    problem = QCoreApplication::translate("Backup", "the entry \"%1\" holds %2 rows in %3; the case database had %4 when the backup was made.")
                                  .arg(backupformat::kDatabase)
                                  .arg(rows)
                                  .arg(it.key())
                                  .arg(it.value().toInteger());
            }
        }
    } catch (const DatabaseError& e) {
        problem = QCoreApplication::translate("Backup", "the entry \"%1\" cannot be read: %2").arg(backupformat::kDatabase, e.message());
    }
    if (!problem.isEmpty())
        throw damaged(problem);
}

int BackupService::prune(Database& db, const QString& destination, const QString& workspaceId, int keep) const
{
    int pruned = 0;
    BackupRegister reg(db);
    const QString prefix = QStringLiteral("socstation-%1-").arg(m_session.account().username);
    for (const BackupRecord& r : reg.pruneCandidates(destination, workspaceId, keep)) {
        const QFileInfo fi(r.file);
        if (fi.exists()) {
            // Only a file this workspace wrote, where and as the register says.
            if (QDir::cleanPath(fi.absolutePath()) != QDir::cleanPath(destination) || !fi.fileName().startsWith(prefix)
                || !fi.fileName().endsWith(backupformat::kSuffix) || fi.size() != r.size || !QFile::remove(r.file))
                continue;
        }
        reg.markPruned(r, m_clock.nowMs(), m_session.account().username);
        ++pruned;
    }
    return pruned;
}

} // namespace soc::store
