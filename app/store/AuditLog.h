#pragma once

#include <QString>
#include <atomic>

namespace soc::store {

class Database;

// One action worth auditing: who did what to which object, and how it ended.
struct AuditEntry {
    qint64 atMs = 0;     // 0 = now
    QString actor;       // username
    QString action;      // "login", "ticket.create", "alert.set_status", ...
    QString objectType;  // "ticket", "account", ...
    QString objectId;
    QString outcome = QStringLiteral("ok"); // ok, failed, refused
    QString details;     // compact JSON, may be empty
};

// Someone opened a configuration without necessarily changing it (R-20 asks for views of the
// configuration too). `setting` names it: report, service_levels, central, backup, account_policy.
AuditEntry configViewEntry(const QString& actor, const QString& setting);
// Appends that entry in its own transaction (the command line; the GUI queues it off its thread).
void recordConfigView(Database& db, const QString& actor, const QString& setting);

struct AuditVerifyResult {
    qint64 entries = 0;      // rows in the log
    bool ok = true;
    bool cancelled = false;
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString reason;            // translated, empty when ok
    qint64 checkpointSeq = 0;  // entries up to this one were removed after the retention (0: none)
};

// The append-only, hash-chained audit log (issue 6): entry n carries
//   mac_n = HMAC-SHA256(key, mac_{n-1} || enc(seq, at_ms, actor, action, object_type, object_id, outcome, details))
// with mac_0 = 32 zero bytes and enc = each field as an 8-byte big-endian length followed by its
// bytes (integers as 8 big-endian bytes, text as UTF-8). The key is the per-workspace audit key the
// Session puts on its connections; without it append() and verify() throw DatabaseError.
class AuditLog {
public:
    explicit AuditLog(Database& db);

    // Appends inside the caller's transaction (a savepoint of it); returns the new seq.
    qint64 append(const AuditEntry& entry);
    // Walks the whole log in seq order and reports the first entry that breaks the chain. After
    // pruning (AuditRetention) the walk starts from the checkpoint: the seq and mac of the last
    // removed entry.
    AuditVerifyResult verify(const std::atomic_bool* cancel = nullptr);

private:
    Database& m_db;
};

} // namespace soc::store
