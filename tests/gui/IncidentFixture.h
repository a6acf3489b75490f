#pragma once

// Helpers for the incident view GUI tests (header only).

#include "GuiFixture.h"

#include "domain/Clock.h"
#include "store/CaseService.h"
#include "store/IncidentRepository.h"
#include "store/TicketRepository.h"

namespace soc::test {

// 20/11/2026 10:00 in Hà Nội (03:00 UTC): the fixed "now" of the incident tests.
inline qint64 incidentNow() { return fixtureTime(0).toMSecsSinceEpoch(); }

inline domain::Ticket newCaseTicket(store::Session& session, const domain::Clock& clock, const QString& title,
                                    domain::Severity severity = domain::Severity::High)
{
    store::CaseService::NewTicket t;
    t.title = title;
    t.severity = severity;
    t.agency = QStringLiteral("Sở Thông tin và Truyền thông");
    t.description = QStringLiteral("Cổng thông tin điện tử tỉnh bị thay đổi giao diện");
    return store::CaseService(session.database(), session.account().username, clock).createTicket(t);
}

inline domain::Incident declareNow(store::Session& session, const domain::Clock& clock, const QString& ticketId,
                                   domain::Severity severity = domain::Severity::High)
{
    store::CaseService::Declaration d;
    d.severity = severity;
    d.type = 5; // Thay đổi giao diện
    d.affectedSystem = QStringLiteral("Cổng thông tin điện tử tỉnh (congtt.tinh.gov.vn)");
    d.systemLevel = 3;
    d.owningAgency = QStringLiteral("Văn phòng UBND tỉnh");
    return store::CaseService(session.database(), session.account().username, clock).declareIncident(ticketId, d);
}

inline std::array<domain::ResponseStep, domain::kStepCount> stepsOf(store::Session& session, const QString& ticketId)
{
    return store::IncidentRepository(session.database()).steps(ticketId);
}

inline domain::Incident incidentOf(store::Session& session, const QString& ticketId)
{
    return *store::IncidentRepository(session.database()).byTicket(ticketId);
}

} // namespace soc::test
