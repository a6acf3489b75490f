#pragma once

#include "domain/BackupSettings.h"

#include <QString>
#include <optional>
#include <vector>

namespace soc::store {

class Database;

// One backup file in the register.
struct BackupRecord {
    qint64 id = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    QString destination; // the folder
    QString file;        // full path of the file written
    qint64 size = 0;
    QString sha256;      // hex, the trailer's hash (BackupArchiveFormat.h)
    bool verified = false;
    QString error;       // empty when it went well
    QString workspaceId; // the workspace that wrote it
    qint64 prunedAtMs = 0;
};

// The backup register and the schedule settings, in the case database (migration 7). Each
// register row is appended together with its audit entry ("backup.create") in one transaction.
class BackupRegister {
public:
    explicit BackupRegister(Database& db);

    domain::BackupSettings settings();
    // Saves the schedule and audits "backup.configure" in one transaction.
    void saveSettings(const domain::BackupSettings& settings, const QString& actor);

    // Appends the row and its audit entry in one transaction; returns the row id.
    qint64 record(const BackupRecord& r, const QString& actor);
    std::vector<BackupRecord> list(int limit = 1000);
    // End times of the last verified backup (to `destination`, or anywhere) and of the last attempt (0 = none).
    qint64 lastVerifiedAtMs(const QString& destination = {});
    qint64 lastAttemptAtMs();
    // Verified, not yet pruned files that `workspaceId` wrote to `destination`, beyond the newest `keep`.
    std::vector<BackupRecord> pruneCandidates(const QString& destination, const QString& workspaceId, int keep);
    // Marks the row pruned and audits "backup.prune" in one transaction.
    void markPruned(const BackupRecord& r, qint64 atMs, const QString& actor);

private:
    Database& m_db;
};

} // namespace soc::store
