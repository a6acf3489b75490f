#pragma once

#include "domain/ReportSettings.h"

namespace soc::store {

class Database;

// The workspace's report settings, one JSON document in `meta` (like the service levels).
class ReportSettingsRepository {
public:
    explicit ReportSettingsRepository(Database& db);
    domain::ReportSettings load(); // the defaults until someone saves them
    void save(const domain::ReportSettings& s); // inside the caller's transaction

private:
    Database& m_db;
};

} // namespace soc::store
