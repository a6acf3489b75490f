#include "report/IncidentDossier.h"

#include "store/Database.h"
#include "store/DatabaseError.h"
#include "store/EvidenceRepository.h"
#include "store/IncidentFormRepository.h"
#include "store/IncidentRepository.h"
#include "store/IssuedReportRepository.h"
#include "store/TicketRepository.h"
#include "store/TimelineRepository.h"

#include <QCoreApplication>

namespace soc::report {

IncidentDossier IncidentDossier::load(store::Database& db, const QString& ticketIdOrCode)
{
    store::TicketRepository tickets(db);
    auto t = tickets.byId(ticketIdOrCode);
    if (!t)
        t = tickets.byCode(ticketIdOrCode);
    std::optional<domain::Incident> i;
    if (t)
        i = store::IncidentRepository(db).byTicket(t->id);
    if (!t || !i)
        throw store::DatabaseError(store::ErrorCode::NotFound,
                                   QCoreApplication::translate("Report", "There is no incident \"%1\".").arg(ticketIdOrCode));
    IncidentDossier d;
    d.ticket = *t;
    d.incident = *i;
    d.steps = store::IncidentRepository(db).steps(t->id);
    store::TimelineFilter f;
    f.hideSuperseded = true;
    d.timeline = store::TimelineRepository(db).forTicket(t->id, f);
    d.evidence = store::EvidenceRepository(db).forTicket(t->id);
    d.form = store::IncidentFormRepository(db).load(t->id);
    d.initialReport = store::IssuedReportRepository(db).latest(t->id, domain::ReportKind::Mau03);
    return d;
}

} // namespace soc::report
