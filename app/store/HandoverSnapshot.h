#pragma once

#include "domain/ShiftSlot.h"
#include "domain/ShiftSnapshot.h"

namespace soc::store {

class Database;

// Builds what a shift hands over from the case database as it stands at `atMs` (one consistent
// read): untriaged alerts (status new) by severity, open tickets by status, the overdue ones
// (domain::currentDeadline passed), open incidents with their current step and nearest pending
// regulatory deadline, and the ticket and incident deadlines that fall inside `next`.
class HandoverSnapshot {
public:
    explicit HandoverSnapshot(Database& db);
    domain::ShiftSnapshot build(qint64 atMs, const domain::ShiftSlot& outgoing, const domain::ShiftSlot& next);

private:
    void addAlerts(domain::ShiftSnapshot& s);
    void addTickets(domain::ShiftSnapshot& s);
    void addIncidents(domain::ShiftSnapshot& s);

    Database& m_db;
};

} // namespace soc::store
