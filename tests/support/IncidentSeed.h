#pragma once

// Incidents with known Mẫu 05 figures for the statistics and periodic-report tests (header only).

#include "TestSupport.h"
#include "domain/Clock.h"
#include "store/CaseService.h"
#include "store/IncidentRepository.h"

namespace soc::test {

struct IncidentSeed {
    int type;
    domain::Severity severity;
    QString agency;
    domain::IncidentHandling handling;
    bool supportRequested;
    qint64 damageVnd;
    QString helpers;
    qint64 detectedAtMs;
    qint64 ticketResolvedAtMs = 0; // the ticket is marked resolved then
    qint64 responseEndedAtMs = 0;  // steps 1-6 are skipped then: the response ends
};

// Declares the incident through the real case service, its ticket created `createdAfterMs` after
// detection, then records its Mẫu 05 figures and, when given, the end of its response and the
// ticket's resolution. Returns the ticket.
inline domain::Ticket seedIncident(store::Database& db, domain::FixedClock& clock, const IncidentSeed& s,
                                   const QString& title, qint64 createdAfterMs)
{
    store::CaseService cases(db, QLatin1String(test::kTestLead), clock);
    clock.set(s.detectedAtMs + createdAfterMs);
    store::CaseService::NewTicket n;
    n.title = title;
    n.severity = s.severity;
    n.agency = s.agency;
    const domain::Ticket t = cases.createTicket(n);
    store::CaseService::Declaration d;
    d.severity = s.severity;
    d.type = s.type;
    d.owningAgency = s.agency;
    d.detectedAtMs = s.detectedAtMs;
    cases.declareIncident(t.id, d);
    domain::Incident i = *store::IncidentRepository(db).byTicket(t.id);
    i.handling = s.handling;
    i.supportRequested = s.supportRequested;
    i.estimatedDamageVnd = s.damageVnd;
    i.helpingOrganisations = s.helpers;
    cases.updateIncident(i);
    if (s.responseEndedAtMs) {
        clock.set(s.responseEndedAtMs);
        for (int step = 1; step <= 6; ++step)
            cases.skipStep(t.id, step, QStringLiteral("Đã xử lý cùng đơn vị"));
    }
    if (s.ticketResolvedAtMs) {
        clock.set(s.ticketResolvedAtMs);
        cases.setStatus(t.id, domain::TicketStatus::Resolved);
    }
    return t;
}

} // namespace soc::test
