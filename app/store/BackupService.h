#pragma once

#include "domain/Clock.h"
#include "store/BackupRegister.h"

#include <QJsonObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace soc::store {

class Session;

// Backs up the signed-in analyst's workspace: one consistent SQLCipher snapshot of the case
// database (still encrypted under the data key), the key file byte for byte and the encrypted
// evidence files, written as one *.ssbackup file per destination (BackupArchiveFormat.h), each
// verified after writing and entered in the register with its audit entry; then the oldest
// verified files beyond "keep" that this workspace wrote are deleted. Uses its own connection:
// run it on a worker thread from the GUI.
class BackupService {
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Result {
        std::vector<BackupRecord> backups; // one per destination attempted, as registered
        int pruned = 0;
        bool cancelled = false;
        bool ok() const;
    };

    BackupService(const Session& session, const domain::Clock& clock);

    // Throws DatabaseError when nothing could be attempted (no destination, forbidden, the snapshot
    // failed); a destination that fails is registered with its error and the next one still runs.
    Result run(const QStringList& destinations, int keep, const std::atomic_bool* cancel = nullptr,
               const Progress& progress = {});

    // Checks a backup file of this analyst: the trailer and every entry's SHA-256, then the case
    // database, extracted to a private temporary file, opens with the data key, passes SQLCipher's
    // and SQLite's integrity checks and holds the row counts recorded when it was made. Throws
    // DatabaseError(Corrupt) naming the damaged entry.
    void verify(const QString& file, const std::atomic_bool* cancel = nullptr, const Progress& progress = {}) const;

    // How a destination folder is written in the register: absolute and clean.
    static QString normalisedDestination(const QString& dir);
    // "socstation-<user>-<yyyyMMdd-HHmmss>.ssbackup", SOC time.
    static QString fileNameFor(const QString& user, qint64 atMs);
    // The tables whose row counts are recorded in the manifest and compared on verification.
    static const QStringList& countedTables();

private:
    struct Snapshot;
    void makeSnapshot(Database& db, const QString& path, QJsonObject& counts) const;
    QString writeOne(const QString& destination, const Snapshot& s, const std::atomic_bool* cancel,
                     const std::function<void(qint64)>& progress, qint64* size, QString* sha256) const;
    int prune(Database& db, const QString& destination, const QString& workspaceId, int keep) const;

    const Session& m_session;
    const domain::Clock& m_clock;
};

} // namespace soc::store
