#pragma once

namespace soc::store {

class Database;

// Versioned schema of the local case database. Each migration runs in its own transaction and
// bumps `schema_version`; a database newer than this build is refused, never downgraded.
class Migrations {
public:
    static int latestVersion();
    // Brings the database to the latest version. Throws DatabaseError.
    static void apply(Database& db);
    static int currentVersion(Database& db);
};

} // namespace soc::store
