#pragma once

#include <QString>
#include <vector>

namespace soc::sync {

class PgConnection;

// Applies the central store's SQL migrations (resources/central/NNN_name.sql, built into the
// binary) in order, each in its own transaction with its version recorded in soc.schema_version.
// Idempotent; refuses to run against a store newer than this build (no downgrade). Concurrent
// runs are serialised by an advisory lock. The server's permission table (soc.role_permissions)
// is rewritten from domain::Permissions in the transaction of the last migration (or in its own
// when the store is already up to date), so the server decides with the stations' table.
class CentralMigrator {
public:
    struct Step {
        int version = 0;
        QString name; // file name
    };
    explicit CentralMigrator(PgConnection& conn);

    static std::vector<Step> available();
    static int latestVersion();
    int currentVersion();
    // Throws PgError (SQLSTATE SOC01, a translated sentence) unless the store has exactly this
    // build's schema version: what a station checks before it syncs.
    void requireCurrent();
    // Returns the versions applied by this call (empty when already up to date). Throws PgError
    // (Query with a translated message when the store is newer than this build).
    std::vector<Step> migrate();

private:
    PgConnection& m_conn;
};

} // namespace soc::sync
