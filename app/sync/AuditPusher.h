#pragma once

#include <QList>
#include <QString>
#include <atomic>

namespace soc::store {
class Database;
}

namespace soc::sync {

class PgConnection;

// Sends the station's audit log to the central store (soc.push_audit, migration 003): the entries
// after the local cursor (sync_state "audit_seq"), oldest first, in batches. Audit entries are
// append-only and never conflict, so a push is idempotent: an entry already there with the same
// mac is a duplicate; with another mac it is a mismatch — the local entry (or the whole local log,
// restored from an old copy) changed after it was sent. A mismatch is reported as tampering: it is
// written to the local audit log ("audit.sync_mismatch", outcome "failed", the seqs and both macs)
// and counted; the central copy stays as it was. After a push the retention may prune what the
// central store now holds (AuditRetention). Runs on the sync thread's connection.
class AuditPusher {
public:
    struct Result {
        int sent = 0;          // entries the central store now holds that it did not before
        int duplicates = 0;    // already there (a retried push)
        QList<qint64> mismatches;
        qint64 pruned = 0;     // local entries removed after the retention
        QString refused;       // the central store refused the entries (translated reason); they stay
    };

    // `user` is the signed-in analyst (the central store's session user); entries this writes
    // locally are in their name.
    AuditPusher(store::Database& db, PgConnection& conn, QString user);

    // Throws PgError when the connection fails (the cursor stays: a retry sends the same entries
    // again). A refusal by the store ends the push with Result::refused; the entries stay.
    Result push(const std::atomic_bool* cancel = nullptr);
    qint64 cursor();

    static constexpr int kBatch = 500;

private:
    QString stationId();

    store::Database& m_db;
    PgConnection& m_conn;
    QString m_user;
};

} // namespace soc::sync
