#include "store/CaseExportDocument.h"

#include "domain/Incident.h"
#include "domain/IncidentForm.h"
#include "domain/IssuedReport.h"
#include "domain/ResponseStep.h"
#include "domain/TimelineEvent.h"
#include "store/EvidenceRepository.h"
#include "store/IncidentFormRepository.h"
#include "store/IncidentRepository.h"
#include "store/IssuedReportRepository.h"
#include "store/TicketRepository.h"
#include "store/TimelineRepository.h"

#include <QDateTime>
#include <QJsonArray>

namespace soc::store {
namespace {

QJsonValue time(qint64 ms)
{
    if (!ms)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject ticketJson(const domain::Ticket& t, const std::vector<qint64>& alertIds)
{
    QJsonArray alerts;
    for (qint64 id : alertIds)
        alerts.append(id);
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("code"), t.code},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("severity"), domain::severityKey(t.severity)},
            {QStringLiteral("status"), domain::ticketStatusKey(t.status)},
            {QStringLiteral("assignee"), t.assignee},
            {QStringLiteral("agency"), t.agency},
            {QStringLiteral("channel"), domain::intakeChannelKey(t.channel)},
            {QStringLiteral("created_by"), t.createdBy},
            {QStringLiteral("created_at"), time(t.createdAtMs)},
            {QStringLiteral("updated_at"), time(t.updatedAtMs)},
            {QStringLiteral("acknowledge_due"), time(t.acknowledgeDueMs)},
            {QStringLiteral("resolve_due"), time(t.resolveDueMs)},
            {QStringLiteral("acknowledged_at"), time(t.acknowledgedAtMs)},
            {QStringLiteral("resolved_at"), time(t.resolvedAtMs)},
            {QStringLiteral("closed_at"), time(t.closedAtMs)},
            {QStringLiteral("is_incident"), t.isIncident},
            {QStringLiteral("alerts"), alerts}};
}

QJsonObject incidentJson(const domain::Incident& i)
{
    QJsonObject notified;
    for (int k = 0; k < 4; ++k)
        notified.insert(domain::escalationTargetKey(static_cast<domain::EscalationTarget>(k)), time(i.notifiedAtMs[k]));
    return {{QStringLiteral("severity"), domain::severityKey(i.severity)},
            {QStringLiteral("type"), i.type},
            {QStringLiteral("grouping"), i.criteria.grouping() == domain::NationalGrouping::Serious
                                             ? QStringLiteral("serious")
                                             : QStringLiteral("ordinary")},
            {QStringLiteral("criteria_bits"), i.criteria.toBits()},
            {QStringLiteral("affected_system"), i.affectedSystem},
            {QStringLiteral("system_level"), i.systemLevel},
            {QStringLiteral("owning_agency"), i.owningAgency},
            {QStringLiteral("detected_at"), time(i.detectedAtMs)},
            {QStringLiteral("reported_at"), time(i.reportedAtMs)},
            {QStringLiteral("declared_at"), time(i.declaredAtMs)},
            {QStringLiteral("beyond_capability_at"), time(i.beyondCapabilityAtMs)},
            {QStringLiteral("response_ended_at"), time(i.responseEndedAtMs)},
            {QStringLiteral("closed_at"), time(i.closedAtMs)},
            {QStringLiteral("lessons_learned"), i.lessonsLearned},
            {QStringLiteral("outcome"), i.outcome},
            {QStringLiteral("handling"), domain::incidentHandlingKey(i.handling)},
            {QStringLiteral("support_requested"), i.supportRequested},
            {QStringLiteral("estimated_damage_vnd"), i.estimatedDamageVnd},
            {QStringLiteral("helping_organisations"), i.helpingOrganisations},
            {QStringLiteral("notified"), notified}};
}

QJsonObject stepJson(const domain::ResponseStep& s)
{
    return {{QStringLiteral("number"), s.number},
            {QStringLiteral("state"), domain::stepStateKey(s.state)},
            {QStringLiteral("owner"), s.owner},
            {QStringLiteral("started_at"), time(s.startedAtMs)},
            {QStringLiteral("finished_at"), time(s.finishedAtMs)},
            {QStringLiteral("skip_reason"), s.skipReason},
            {QStringLiteral("notes"), s.notes},
            {QStringLiteral("checklist_done"), qint64(s.checklistDone)}};
}

QJsonObject eventJson(const domain::TimelineEvent& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("kind"), domain::timelineKindKey(e.kind)},
            {QStringLiteral("occurred_at"), time(e.occurredAtMs)},
            {QStringLiteral("occurred_offset_seconds"), e.occurredOffsetSec},
            {QStringLiteral("recorded_at"), time(e.recordedAtMs)},
            {QStringLiteral("author"), e.author},
            {QStringLiteral("step"), e.step},
            {QStringLiteral("summary"), e.summary},
            {QStringLiteral("details"), e.details},
            {QStringLiteral("supersedes"), e.supersedes},
            {QStringLiteral("containment"), e.containment}};
}

QJsonObject evidenceJson(const domain::Evidence& e, const std::vector<domain::CustodyEntry>& custody, qint64 offset)
{
    QJsonArray chain;
    for (const auto& c : custody)
        chain.append(QJsonObject{{QStringLiteral("action"), domain::custodyActionKey(c.action)},
                                 {QStringLiteral("at"), time(c.atMs)},
                                 {QStringLiteral("by"), c.by},
                                 {QStringLiteral("counterpart"), c.counterpart},
                                 {QStringLiteral("note"), c.note}});
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("source_system"), e.sourceSystem},
            {QStringLiteral("collected_by"), e.collectedBy},
            {QStringLiteral("collected_at"), time(e.collectedAtMs)},
            {QStringLiteral("added_at"), time(e.addedAtMs)},
            {QStringLiteral("size"), e.size},
            {QStringLiteral("sha256"), QString::fromLatin1(e.sha256.toHex())},
            {QStringLiteral("blob_offset"), offset},
            {QStringLiteral("custody"), chain}};
}

QJsonObject reportJson(const domain::IssuedReport& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("kind"), domain::reportKindKey(r.kind)},
            {QStringLiteral("title"), domain::reportKindTitle(r.kind)},
            {QStringLiteral("number"), r.number},
            {QStringLiteral("code"), r.code},
            {QStringLiteral("year"), r.year},
            {QStringLiteral("issued_at"), time(r.issuedAtMs)},
            {QStringLiteral("issuer"), r.issuer}};
}

} // namespace

CaseExportDocument CaseExportDocument::collect(Database& db, const domain::Ticket& ticket)
{
    CaseExportDocument d;
    d.m_json.insert(QStringLiteral("ticket"), ticketJson(ticket, TicketRepository(db).linkedAlertIds(ticket.id)));
    IncidentRepository incidents(db);
    const auto incident = incidents.byTicket(ticket.id);
    QJsonArray steps;
    if (incident) {
        d.m_json.insert(QStringLiteral("incident"), incidentJson(*incident));
        for (const auto& s : incidents.steps(ticket.id))
            steps.append(stepJson(s));
        d.m_json.insert(QStringLiteral("incident_form"), IncidentFormRepository(db).load(ticket.id).toJson());
    } else {
        d.m_json.insert(QStringLiteral("incident"), QJsonValue::Null);
        d.m_json.insert(QStringLiteral("incident_form"), QJsonValue::Null);
    }
    d.m_json.insert(QStringLiteral("steps"), steps);

    QJsonArray timeline;
    for (const auto& e : TimelineRepository(db).forTicket(ticket.id))
        timeline.append(eventJson(e));
    d.m_json.insert(QStringLiteral("timeline"), timeline);

    EvidenceRepository evidenceRepo(db);
    QJsonArray evidence;
    d.m_evidence = evidenceRepo.forTicket(ticket.id);
    for (const auto& e : d.m_evidence) {
        evidence.append(evidenceJson(e, evidenceRepo.custody(e.id), d.m_evidenceBytes));
        d.m_evidenceBytes += e.size;
    }
    d.m_json.insert(QStringLiteral("evidence"), evidence);

    QJsonArray reports;
    for (const auto& r : IssuedReportRepository(db).forTicket(ticket.id))
        reports.append(reportJson(r));
    d.m_json.insert(QStringLiteral("reports"), reports);
    return d;
}

} // namespace soc::store
