#pragma once

#include "domain/Agency.h"
#include "domain/Clock.h"
#include "domain/Incident.h"
#include "domain/Severity.h"
#include "domain/TimelineEvent.h"
#include "store/AccessGuard.h"

#include <optional>
#include <vector>

namespace soc::store {

class Database;

// One line of the escalation matrix: for a severity, whom to notify (an agency, optionally one of
// its focal points) and through which R-17 channel, in order.
struct EscalationEntry {
    domain::Severity severity = domain::Severity::High;
    int position = 0; // 1, 2, ... in notification order
    QString agencyId;
    QString focalPointId; // empty: the agency as such
    domain::CommChannel channel = domain::CommChannel::Phone;
    // The R-13 slot this notification fills on the incident (Incident::notifiedAtMs); empty: the
    // one that follows from the agency's kind (provincial department, police, national coordinator).
    std::optional<domain::EscalationTarget> target;

    // Filled when read:
    QString agencyName;
    domain::AgencyKind agencyKind = domain::AgencyKind::Other;
    QString contactName;
    QString contactPosition;
    QString phone;
    QString email;

    // `target`, else the slot of the agency's kind; empty for kinds without one.
    std::optional<domain::EscalationTarget> effectiveTarget() const;
    // "Nguyễn Văn A (Trưởng phòng), Sở Thông tin và Truyền thông" or the agency's name.
    QString counterpart() const;
};

// The escalation matrix by severity: whom to notify for a high or emergency incident (or
// any other severity the SOC chooses). Reading is open; changing needs Action::ManageDirectory and
// is one audited transaction.
class EscalationMatrix {
public:
    EscalationMatrix(Database& db, QString actor, const domain::Clock& clock);

    // Whom to notify for `severity`, in order.
    std::vector<EscalationEntry> forSeverity(domain::Severity severity);
    std::vector<EscalationEntry> all(); // by severity (most urgent first), then position

    // Replaces the list for `severity` (positions are taken from the order given). Refused when an
    // agency or focal point is unknown, a focal point is not the agency's, or an email entry has no
    // official email to write to.
    void setTargets(domain::Severity severity, const std::vector<EscalationEntry>& targets);

private:
    std::vector<EscalationEntry> query(const char* where, int severity);

    Database& m_db;
    QString m_actor;
    const domain::Clock& m_clock;
    AccessGuard m_access;
};

} // namespace soc::store
