#pragma once

#include "domain/DashboardSnapshot.h"

namespace soc::store {

class Database;

// The dashboard's figures from the local case database, for a reference time: alerts of the last
// 24 hours (per hour and severity, per subsystem, top signatures), open tickets by status and age,
// incidents per month and severity, and the mean times to acknowledge and resolve per shift. Reads
// one consistent snapshot; meant to run off the GUI thread on its own connection.
class DashboardQueries {
public:
    explicit DashboardQueries(Database& db);

    // Throws DatabaseError.
    domain::DashboardSnapshot load(qint64 nowMs);

    // The one scan over the alert window (tests check its plan uses the alerts_time index).
    static const char* alertWindowSql();

private:
    void addAlerts(domain::DashboardSnapshot& s);
    void addOpenTickets(domain::DashboardSnapshot& s);
    void addIncidents(domain::DashboardSnapshot& s);
    void addShiftTimes(domain::DashboardSnapshot& s);

    Database& m_db;
};

} // namespace soc::store
