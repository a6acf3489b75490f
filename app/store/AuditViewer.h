#pragma once

#include "store/AccessGuard.h"
#include "store/AuditCsv.h"
#include "store/AuditLog.h"
#include "store/AuditQuery.h"

#include <QJsonObject>
#include <atomic>
#include <functional>

namespace soc::store {

class Database;

// The audit log as people see it: only roles that may view the audit log
// (domain::Action::ViewAuditLog: auditor, administrator) read or export it; anyone may check
// that their log's chain holds. A refusal is
// itself written to the log (outcome "refused", committed before DatabaseError(Forbidden) is
// thrown); viewing and exporting are recorded as "audit.view" / "audit.export" with the filter in
// the details. Call it outside any transaction of the caller's.
class AuditViewer {
public:
    AuditViewer(Database& db, QString actor);

    bool mayView();
    // Throws DatabaseError(Forbidden) after recording the refused `attempted` action.
    void requireAccess(const QString& attempted, const AuditFilter& filter = {});

    // Appends "audit.view" with the filter and how many entries were shown.
    void recordView(const AuditFilter& filter, qint64 shown);
    // Checks access, reads up to `limit` entries (newest first) and records the view.
    std::vector<AuditRecord> list(const AuditFilter& filter, int limit);

    // Checks access, writes the matching entries to `path` as CSV (through a temporary file that
    // replaces `path` only when complete) and records "audit.export" (outcome "failed" when the file
    // could not be written or the export was cancelled). Throws DatabaseError(Io) on write errors.
    AuditCsv::Result exportCsv(const AuditFilter& filter, const QString& path, const std::atomic_bool* cancel = nullptr,
                               const std::function<void(qint64, qint64)>& progress = {});

    // Walks the hash chain (AuditLog::verify). No permission needed: it reveals no entry's content.
    AuditVerifyResult verify(const std::atomic_bool* cancel = nullptr);

private:
    void record(const QString& action, const QString& outcome, const QJsonObject& details);

    Database& m_db;
    AccessGuard m_guard;
};

} // namespace soc::store
