#pragma once

#include "domain/Clock.h"
#include "domain/ShiftPattern.h"

namespace soc::store {

class Database;

// The workspace's shift pattern, one JSON document in `meta` (like the service levels and the
// report settings): the default three 8-hour shifts until someone saves another.
class ShiftPatternRepository {
public:
    explicit ShiftPatternRepository(Database& db);
    domain::ShiftPattern load(); // the defaults when none (or an unreadable one) is stored
    // Needs Action::ManageRoster (DatabaseError Forbidden, audited); audited as "shifts.pattern".
    void save(const domain::ShiftPattern& pattern, const QString& actor, const domain::Clock& clock);

private:
    Database& m_db;
};

} // namespace soc::store
