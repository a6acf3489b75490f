#pragma once

#include "domain/AgencyRequest.h"
#include "domain/Clock.h"
#include "store/AccessGuard.h"
#include "store/Statement.h"

#include <optional>
#include <vector>

namespace soc::store {

class Database;

// Requests the SOC sends to agencies and their answers: recorded with a due date, answered
// once, and listed as overdue while open past their due date. A request about a ticket also goes
// on the ticket's timeline as an outgoing communication, its answer as an incoming one.
// Writing needs Action::WorkCases; each change is one transaction with its audit entry.
class AgencyRequests {
public:
    AgencyRequests(Database& db, QString actor, const domain::Clock& clock);

    struct NewRequest {
        QString agency; // code or name in the directory
        QString text;
        qint64 dueAtMs = 0;
        QString ticket; // id or code; empty when not about a ticket
        domain::CommChannel channel = domain::CommChannel::OfficialEmail;
    };
    domain::AgencyRequest add(const NewRequest& request);
    // Records the agency's answer (now, or at `answeredAtMs`); refused when already answered.
    domain::AgencyRequest answer(qint64 number, const QString& text, qint64 answeredAtMs = 0);

    std::optional<domain::AgencyRequest> byNumber(qint64 number);
    std::vector<domain::AgencyRequest> list();                  // newest first
    std::vector<domain::AgencyRequest> overdueAt(qint64 nowMs); // open and past due, most overdue first
    std::vector<domain::AgencyRequest> forTicket(const QString& ticketId);

private:
    std::vector<domain::AgencyRequest> query(const char* whereAndOrder, const QString& text, qint64 value);
    static domain::AgencyRequest read(Statement& st);

    Database& m_db;
    QString m_actor;
    const domain::Clock& m_clock;
    AccessGuard m_access;
};

} // namespace soc::store
