#pragma once

#include "domain/DutyLogEntry.h"
#include "domain/ShiftHandover.h"
#include "report/HandoverReport.h"

#include <QHash>
#include <vector>

namespace soc::store {
class Database;
}

namespace soc::report {

// Turns a prepared shift handover (its snapshot JSON, the notes, who prepared and accepted it)
// and the shift's duty log into what the handover record prints, in the fixed
// Vietnamese wording of official documents: 1. alerts not yet triaged by severity, 2. open tickets
// by status and the overdue ones, 3. open incidents with their current step and nearest regulatory
// deadline, 4. what falls due in the next shift, 5. the duty log, 6. the outgoing lead's notes.
class HandoverContentBuilder {
public:
    struct Input {
        domain::ShiftHandover handover;
        QString shiftName;                         // "Ca sáng"; empty when the pattern no longer knows the shift
        QString nextShiftName;                     // of the shift that takes over
        std::vector<domain::DutyLogEntry> dutyLog; // the outgoing shift's, by time
        QHash<QString, QString> names;             // username → display name, where one is set
    };
    static HandoverContent build(const Input& in);

    // Reads the handover of `shiftKey` with its duty log, the shift names of the pattern and the
    // names of the people. store::DatabaseError: Refused when `shiftKey` is not a shift key,
    // NotFound when no handover was prepared for that shift.
    static Input load(store::Database& db, const QString& shiftKey);
};

} // namespace soc::report
