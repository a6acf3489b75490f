#pragma once

#include "domain/Clock.h"
#include "domain/ShiftHandover.h"
#include "domain/ShiftPattern.h"
#include "store/AccessGuard.h"

#include <optional>
#include <vector>

namespace soc::store {

class Database;

// A past shift with people on duty and no accepted handover: flagged on the roster.
struct UnhandedShift {
    QString shiftKey;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString lead;          // empty when the slot had no lead
    bool prepared = false; // prepared but never accepted
};

// The shift handover (bàn giao ca, R-33): the outgoing lead prepares it (the generated snapshot
// plus free notes), the incoming lead accepts it once and may, in the same transaction, move the
// open tickets of the people leaving to themselves or to a named colleague (through CaseService,
// so each move has its timeline event, journal entry and audit entry). Both steps need
// Action::HandOverShift and are audited ("shifts.handover", "shifts.accept") in their transaction.
// Refusals: DatabaseError Forbidden (role, audited) or Refused (the rule, with why).
class HandoverService {
public:
    HandoverService(Database& db, QString actor, const domain::Clock& clock, domain::ShiftPattern pattern);

    // Prepares (or, until it is accepted, prepares again) the handover of `outgoing`, a shift that
    // has begun. When the roster names a lead for it, only that lead may.
    domain::ShiftHandover prepare(const domain::ShiftSlot& outgoing, const QString& notes);

    struct Reassignment {
        enum class Mode { None, ToAcceptor, ToUser };
        Mode mode = Mode::ToAcceptor;
        QString user; // Mode::ToUser
    };
    // Accepts the handover of `shiftKey`. The one who prepared it may not accept it; when the
    // roster names a lead for the next shift, only that lead may. Reassigned are the open tickets
    // assigned to people on the outgoing shift who are not also on the incoming one.
    domain::ShiftHandover accept(const QString& shiftKey, const Reassignment& reassignment);

    // The newest handover waiting for acceptance that the actor did not prepare.
    std::optional<domain::ShiftHandover> pendingForActor();
    // Ids of the open tickets an acceptance would move to `target` (the incoming shift's view).
    std::vector<QString> ticketsToReassign(const QString& shiftKey, const QString& target);
    // Slots that ended inside [fromMs, toMs) and before now, had people on the roster, and have no
    // accepted handover.
    std::vector<UnhandedShift> unhandedShifts(qint64 fromMs, qint64 toMs);

private:
    domain::ShiftSlot incomingAfter(const domain::ShiftHandover& h) const;

    Database& m_db;
    QString m_actor;
    const domain::Clock& m_clock;
    domain::ShiftPattern m_pattern;
    AccessGuard m_access;
};

} // namespace soc::store
