#pragma once

#include "domain/Clock.h"
#include "domain/DutyLogEntry.h"
#include "domain/ShiftSlot.h"
#include "store/AccessGuard.h"

#include <vector>

namespace soc::store {

class Database;

// The duty log (sổ trực, R-34): timestamped lines per shift slot, append-only (the table's
// triggers refuse UPDATE and DELETE). Writing needs Action::WorkCases; each line is audited in the
// same transaction.
class DutyLog {
public:
    DutyLog(Database& db, QString actor, const domain::Clock& clock);

    // Appends a line to `slot` about something at `atMs` (0 = now), which must fall inside the
    // slot and not lie in the future. DatabaseError Refused when it does not, or the text is empty.
    domain::DutyLogEntry append(const domain::ShiftSlot& slot, domain::DutyEntryKind kind, const QString& text,
                                qint64 atMs = 0);
    std::vector<domain::DutyLogEntry> forShift(const QString& shiftKey); // by time, then as written

private:
    Database& m_db;
    QString m_actor;
    const domain::Clock& m_clock;
    AccessGuard m_access;
};

} // namespace soc::store
