#pragma once

#include "domain/Clock.h"
#include "domain/ShiftSlot.h"
#include "store/AccessGuard.h"

#include <vector>

namespace soc::store {

class Database;

// Who is on one shift slot, and whether they lead it.
struct RosterEntry {
    QString shiftKey;
    QString username;
    bool lead = false;
    qint64 shiftStartMs = 0;
    qint64 shiftEndMs = 0;
    QString assignedBy;
    qint64 assignedAtMs = 0;
};

// The duty roster: people on shift slots, at most one lead per slot. Assigning others needs
// Action::ManageRoster; an analyst puts themselves on a slot (starting the application during a
// shift) with Action::WorkCases. Every change is audited in its own transaction.
class ShiftRoster {
public:
    ShiftRoster(Database& db, QString actor, const domain::Clock& clock);

    // Puts `username` (an account of this case database) on `slot`; with `lead` they become its
    // lead, replacing the lead before them.
    void assign(const domain::ShiftSlot& slot, const QString& username, bool lead);
    void remove(const domain::ShiftSlot& slot, const QString& username);
    // Puts the actor on `slot` (nothing when already there). A shift lead (a role that may hand
    // over) becomes the slot's lead when it has none. Returns the actor's entry.
    RosterEntry join(const domain::ShiftSlot& slot);

    std::vector<RosterEntry> onSlot(const QString& shiftKey); // lead first, then by name
    std::optional<RosterEntry> leadOf(const QString& shiftKey);
    std::vector<RosterEntry> onDutyAt(qint64 ms);

private:
    void write(const domain::ShiftSlot& slot, const QString& username, bool lead, const QString& action);

    Database& m_db;
    QString m_actor;
    const domain::Clock& m_clock;
    AccessGuard m_access;
};

} // namespace soc::store
