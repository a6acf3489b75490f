#pragma once

#include <QString>

namespace soc::store {

// What the ticket queue shows.
struct TicketFilter {
    int statusMask = 0;      // bit (1 << TicketStatus); 0 = all
    int severityMask = 0;    // bit (1 << Severity); 0 = all
    QString assignee;        // only this user's ("Của tôi"); empty = anyone
    bool unassignedOnly = false; // "Chưa giao"
    bool overdueOnly = false;    // "Quá hạn": the current deadline has passed (needs nowMs)
    qint64 nowMs = 0;
    QString agency;          // exact unit; empty = all
    bool incidentsOnly = false;
    QString text;            // words over code, title, description and agency (prefix match)
};

struct TicketSort {
    enum class Column { Created, Updated, Due, Severity, Status, Code };
    Column column = Column::Updated;
    bool descending = true;
};

} // namespace soc::store
