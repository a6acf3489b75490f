#pragma once

#include <QString>

namespace soc::store {

class Database;

// How long the audit log stays on this station (R-20: at least 6 months; default 12), kept in
// meta as "audit.retention_months". Entries leave only when they are on the central store (at or
// below the sync cursor) and older than the retention; the newest entry always stays, and the
// chain stays verifiable from the checkpoint (the seq and mac of the last removed entry). The
// triggers of migration 8 refuse any other delete.
class AuditRetention {
public:
    static constexpr int kMinimumMonths = 6;
    static constexpr int kDefaultMonths = 12;
    static constexpr qint64 kMonthMs = 2'629'746'000; // an average Gregorian month (30.436875 days)

    explicit AuditRetention(Database& db);

    int months();
    // Only roles that may configure the station (domain::Action::ConfigureStation); refused and
    // audited otherwise. Throws DatabaseError(Policy) below the minimum. Audited as "audit.retention".
    void setMonths(int months, const QString& actor);

    struct Pruned {
        qint64 removed = 0;
        qint64 checkpointSeq = 0; // the last removed entry (0: nothing was ever removed)
    };
    // Removes what the retention allows, in one transaction with the checkpoint's move and an
    // "audit.prune" entry written as `actor` (the station's signed-in analyst). Nothing when there is
    // nothing to remove.
    Pruned prune(const QString& actor);

private:
    Database& m_db;
};

} // namespace soc::store
