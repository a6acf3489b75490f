#pragma once

#include "domain/Clock.h"
#include "domain/TimelineEvent.h"
#include "store/EscalationMatrix.h"

#include <optional>

namespace soc::store {

class Database;

// An email ready for the analyst to send from the official mail system; nothing sends it.
struct PreparedMessage {
    QString to;
    QString subject; // starts with "[TBSC] "
    QString body;
};

// "Notify" from an incident: records the notification of one escalation target as an
// outgoing communication on the ticket's timeline - through CaseService::recordEscalation when the
// target fills an R-13 slot of the incident (so its notified-at clock is set), else
// CaseService::addCommunication - and, for the official email channel, prepares the message.
// Needs Action::WorkCases (checked and audited by CaseService).
class IncidentNotifier {
public:
    static constexpr char kSubjectPrefix[] = "[TBSC] ";

    struct Outcome {
        domain::TimelineEvent event;          // the communication recorded
        std::optional<PreparedMessage> email; // for CommChannel::OfficialEmail
    };

    IncidentNotifier(Database& db, QString author, const domain::Clock& clock);

    // Refused (nothing recorded) when the ticket is unknown or an email target has no address.
    Outcome notify(const QString& ticketIdOrCode, const EscalationEntry& target);
    // The message alone (to preview before notifying).
    PreparedMessage prepareEmail(const QString& ticketIdOrCode, const EscalationEntry& target);

private:
    Database& m_db;
    QString m_author;
    const domain::Clock& m_clock;
};

} // namespace soc::store
