#pragma once

#include "domain/Alert.h"
#include "store/AlertFilter.h"

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace soc::store {

class AlertRow;
class Database;
class Statement;
class SqlWhere;

// Alerts in the local case database: insert (deduplicated by fingerprint, indexed for free text),
// query pages and id snapshots for the virtualised alert screen, and triage status changes.
class AlertRepository {
public:
    explicit AlertRepository(Database& db);
    ~AlertRepository();

    enum class InsertResult { Inserted, Duplicate };
    // Must run inside the caller's transaction.
    // `serverRev`: the central store's revision of an alert pulled from it (0 for local imports).
    InsertResult insert(const domain::Alert& alert, qint64 importedAtMs, qint64 serverRev = 0);
    // The same from the columns as they are bound (no copy: `row` outlives the call).
    InsertResult insert(const AlertRow& row, qint64 importedAtMs, qint64 serverRev = 0);

    qint64 count(const AlertFilter& filter);
    // Every matching id in display order (the alert screen's row index). Returns what it has
    // when `cancel` becomes true.
    std::vector<qint64> ids(const AlertFilter& filter, const AlertSort& sort, const std::atomic_bool* cancel = nullptr);
    // One page in display order, list columns only (no original record).
    std::vector<domain::Alert> page(const AlertFilter& filter, const AlertSort& sort, int offset, int limit);
    // List columns of the given ids, in the given order (missing ids are skipped).
    std::vector<domain::Alert> byIds(std::span<const qint64> ids);
    // Everything, including the original record.
    std::optional<domain::Alert> byId(qint64 id);
    qint64 maxId();
    // How many alerts match `filter`, per severity (index = int(Severity); index 0 unused): one
    // grouped query, for the status bar's "new alerts by severity" counts.
    std::array<qint64, 5> countsBySeverity(const AlertFilter& filter);

    // Triage: sets the status of each alert and journals the change for sync, in one transaction.
    // Throws DatabaseError(Policy) when a false positive has no reason, DatabaseError(Forbidden)
    // (audited) when `author`'s role may not triage. Returns how many changed.
    int setStatus(std::span<const qint64> ids, domain::AlertStatus status, const QString& reason,
                  const QString& author);

private:
    SqlWhere buildWhere(const AlertFilter& filter);
    static QString orderBy(const AlertSort& sort);

    Database& m_db;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_insertRaw;
    std::unique_ptr<Statement> m_insertFts;
    std::unique_ptr<Statement> m_byId;
};

} // namespace soc::store
