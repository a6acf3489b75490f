#include "store/HandoverSnapshot.h"

#include "domain/Incident.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/RawScan.h"
#include "store/TicketRepository.h"

#include <algorithm>
#include <limits>

namespace soc::store {

using domain::ShiftSnapshot;

HandoverSnapshot::HandoverSnapshot(Database& db)
    : m_db(db)
{
}

ShiftSnapshot HandoverSnapshot::build(qint64 atMs, const domain::ShiftSlot& outgoing, const domain::ShiftSlot& next)
{
    scan::ReadSnapshot snapshot(m_db);
    ShiftSnapshot s;
    s.atMs = atMs;
    s.shiftKey = outgoing.key();
    s.nextShiftKey = next.key();
    s.nextFromMs = next.startMs;
    s.nextToMs = next.endMs;
    addAlerts(s);
    addTickets(s);
    addIncidents(s);
    std::sort(s.tasksDueNextShift.begin(), s.tasksDueNextShift.end(),
              [](const ShiftSnapshot::Task& a, const ShiftSnapshot::Task& b) {
                  return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.code < b.code;
              });
    return s;
}

void HandoverSnapshot::addAlerts(ShiftSnapshot& s)
{
    // alerts_status_time: only the untriaged ones are read.
    auto st = m_db.prepare("SELECT severity, count(*) FROM alerts WHERE status = 0 AND detected_at <= ? GROUP BY severity");
    st.bind(1, s.atMs);
    while (st.step()) {
        const int severity = st.int32(0);
        if (severity >= 1 && severity <= 4)
            s.alertsUntriaged[static_cast<size_t>(severity - 1)] += st.int64(1);
    }
}

void HandoverSnapshot::addTickets(ShiftSnapshot& s)
{
    using domain::TicketStatus;
    TicketFilter open;
    open.statusMask = (1 << static_cast<int>(TicketStatus::New)) | (1 << static_cast<int>(TicketStatus::InProgress))
                      | (1 << static_cast<int>(TicketStatus::WaitingAgency));
    TicketRepository tickets(m_db);
    const std::vector<QString> ids = tickets.ids(open, {TicketSort::Column::Due, false});
    for (const domain::Ticket& t : tickets.byIds(ids)) {
        ++s.ticketsOpen[static_cast<size_t>(t.status)];
        const qint64 due = domain::currentDeadline(t);
        if (domain::dueState(t, s.atMs) == domain::DueState::Overdue)
            s.ticketsOverdue.push_back({t.id, t.code, t.title, t.assignee, t.severity, t.status, due});
        if (due >= s.nextFromMs && due < s.nextToMs)
            s.tasksDueNextShift.push_back({t.id, t.code, t.title, t.assignee,
                                           t.status == TicketStatus::New && !t.acknowledgedAtMs
                                               ? QStringLiteral("ticket_acknowledge")
                                               : QStringLiteral("ticket_resolve"),
                                           due});
    }
    std::stable_sort(s.ticketsOverdue.begin(), s.ticketsOverdue.end(),
                     [](const ShiftSnapshot::TicketLine& a, const ShiftSnapshot::TicketLine& b) {
                         return a.deadlineMs < b.deadlineMs;
                     });
}

void HandoverSnapshot::addIncidents(ShiftSnapshot& s)
{
    std::vector<QString> ids;
    {
        auto st = m_db.prepare("SELECT ticket_id FROM incidents WHERE closed_at = 0 ORDER BY detected_at, ticket_id");
        while (st.step())
            ids.push_back(st.text(0));
    }
    IncidentRepository incidents(m_db);
    TicketRepository tickets(m_db);
    auto issued = m_db.prepare("SELECT count(*) FILTER (WHERE kind = 'mau03'), count(*) FILTER (WHERE kind = 'mau04') "
                               "FROM issued_reports WHERE ticket_id = ?");
    for (const QString& id : ids) {
        const auto incident = incidents.byTicket(id);
        const auto ticket = tickets.byId(id);
        if (!incident || !ticket)
            continue;
        ShiftSnapshot::IncidentLine line{ticket->id, ticket->code, ticket->title, ticket->assignee, incident->severity, 0,
                                         domain::StepState::NotStarted, {}};
        const auto steps = incidents.steps(id);
        const auto current = std::find_if(steps.begin(), steps.end(),
                                          [](const domain::ResponseStep& r) { return r.state == domain::StepState::InProgress; });
        const auto unsettled = std::find_if(steps.begin(), steps.end(), [](const domain::ResponseStep& r) { return !r.isSettled(); });
        if (const auto it = current != steps.end() ? current : unsettled; it != steps.end()) {
            line.currentStep = it->number;
            line.stepState = it->state;
        }

        issued.reset();
        issued.bind(1, id);
        issued.step();
        const bool mau03 = issued.int64(0) > 0;
        const bool mau04 = issued.int64(1) > 0;
        const auto clocks = domain::RegulatoryClocks::of(*incident);
        std::vector<ShiftSnapshot::Deadline> pending;
        if (!mau03 && clocks.mau03Immediately)
            pending.push_back({QStringLiteral("mau03_now"), incident->beyondCapabilityAtMs});
        if (!mau03 && clocks.notificationDueMs)
            pending.push_back({QStringLiteral("notification"), clocks.notificationDueMs});
        if (!mau04 && clocks.closingReportDueMs)
            pending.push_back({QStringLiteral("closing_report"), clocks.closingReportDueMs});
        for (const auto& d : pending) {
            if (line.nearest.kind.isEmpty() || d.dueMs < line.nearest.dueMs)
                line.nearest = d;
            if (d.dueMs >= s.nextFromMs && d.dueMs < s.nextToMs)
                s.tasksDueNextShift.push_back({ticket->id, ticket->code, ticket->title, ticket->assignee, d.kind, d.dueMs});
        }
        s.incidentsOpen.push_back(line);
    }
    std::stable_sort(s.incidentsOpen.begin(), s.incidentsOpen.end(),
                     [](const ShiftSnapshot::IncidentLine& a, const ShiftSnapshot::IncidentLine& b) {
                         const qint64 da = a.nearest.kind.isEmpty() ? std::numeric_limits<qint64>::max() : a.nearest.dueMs;
                         const qint64 db = b.nearest.kind.isEmpty() ? std::numeric_limits<qint64>::max() : b.nearest.dueMs;
                         return da < db;
                     });
}

} // namespace soc::store
