#pragma once

#include <QJsonObject>
#include <QString>
#include <vector>

namespace soc::store {

class Database;

// One stored audit entry as read back.
struct AuditRecord {
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor;
    QString action;
    QString objectType;
    QString objectId;
    QString outcome;
    QString details; // compact JSON as written, may be empty
};

// Which entries to show or export. Empty fields do not filter.
struct AuditFilter {
    qint64 fromMs = 0;      // at_ms >= fromMs (0: no lower bound)
    qint64 toMs = 0;        // at_ms < toMs (0: no upper bound)
    QString actor;          // exact user name
    QString actionPrefix;   // "case" matches "case" and "case.export", not "cases.view"
    QString outcome;        // ok, refused, failed
    QString objectType;     // exact
    QString objectId;       // exact
    QString text;           // substring of the details or the object id (ASCII case-insensitive)

    bool isEmpty() const;
    // The filter as written into the "audit.view" / "audit.export" entry's details.
    QJsonObject toJson() const;
};

enum class AuditOrder { NewestFirst, OldestFirst };

// Reads the audit log in pages, keyed on seq (no OFFSET: a page deep in a log of millions costs
// what the first one does). It checks no permission: AuditViewer does that for people.
class AuditQuery {
public:
    explicit AuditQuery(Database& db);

    // Up to `limit` entries after `afterSeq` in `order` (afterSeq = 0: from the start of that order;
    // pass the last seq of the previous page to get the next one).
    std::vector<AuditRecord> page(const AuditFilter& filter, AuditOrder order, qint64 afterSeq, int limit);
    qint64 count(const AuditFilter& filter);
    // The newest seq in the log, 0 when it is empty.
    qint64 lastSeq();

private:
    Database& m_db;
};

} // namespace soc::store
