#include "cli/CaseJson.h"

#include <QDateTime>
#include <QJsonArray>

namespace soc::cli {
namespace {

QJsonValue time(qint64 ms)
{
    if (!ms)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

QString dueStateKey(domain::DueState s)
{
    switch (s) {
    case domain::DueState::None: return QStringLiteral("none");
    case domain::DueState::Ok: return QStringLiteral("ok");
    case domain::DueState::Soon: return QStringLiteral("soon");
    case domain::DueState::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

} // namespace

QJsonObject ticketToJson(const domain::Ticket& t, qint64 nowMs)
{
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
            {QStringLiteral("due"), time(domain::currentDeadline(t))},
            {QStringLiteral("due_state"), dueStateKey(domain::dueState(t, nowMs))},
            {QStringLiteral("is_incident"), t.isIncident},
            {QStringLiteral("alert_count"), t.alertCount}};
}

QJsonObject incidentToJson(const domain::Incident& i)
{
    const auto clocks = domain::RegulatoryClocks::of(i);
    QJsonObject notified;
    for (int k = 0; k < 4; ++k)
        notified.insert(domain::escalationTargetKey(static_cast<domain::EscalationTarget>(k)), time(i.notifiedAtMs[k]));
    QJsonArray required;
    for (auto target : domain::escalationTargetsFor(i.severity))
        required.append(domain::escalationTargetKey(target));
    return {{QStringLiteral("severity"), domain::severityKey(i.severity)},
            {QStringLiteral("type"), i.type},
            {QStringLiteral("type_label"), domain::incidentTypeLabel(i.type)},
            {QStringLiteral("grouping"), i.criteria.grouping() == domain::NationalGrouping::Serious
                                             ? QStringLiteral("serious")
                                             : QStringLiteral("ordinary")},
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
            {QStringLiteral("helping_organisations"), QJsonArray::fromStringList(domain::splitOrganisations(i.helpingOrganisations))},
            {QStringLiteral("clocks"),
             QJsonObject{{QStringLiteral("notification_due"), time(clocks.notificationDueMs)},
                         {QStringLiteral("mau03_immediately"), clocks.mau03Immediately},
                         {QStringLiteral("closing_report_due"), time(clocks.closingReportDueMs)}}},
            {QStringLiteral("escalation_required"), required},
            {QStringLiteral("notified"), notified}};
}

QJsonObject stepToJson(const domain::ResponseStep& s)
{
    QJsonArray checklist;
    const QStringList items = domain::stepChecklist(s.number);
    for (int k = 0; k < items.size(); ++k)
        checklist.append(QJsonObject{{QStringLiteral("item"), items[k]},
                                     {QStringLiteral("done"), (s.checklistDone & (1u << k)) != 0}});
    return {{QStringLiteral("number"), s.number},
            {QStringLiteral("title"), domain::stepTitle(s.number)},
            {QStringLiteral("state"), domain::stepStateKey(s.state)},
            {QStringLiteral("owner"), s.owner},
            {QStringLiteral("started_at"), time(s.startedAtMs)},
            {QStringLiteral("finished_at"), time(s.finishedAtMs)},
            {QStringLiteral("skip_reason"), s.skipReason},
            {QStringLiteral("notes"), s.notes},
            {QStringLiteral("checklist"), checklist}};
}

QJsonObject eventToJson(const domain::TimelineEvent& e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("kind"), domain::timelineKindKey(e.kind)},
                  {QStringLiteral("occurred_at"), time(e.occurredAtMs)},
                  {QStringLiteral("occurred_offset_seconds"), e.occurredOffsetSec},
                  {QStringLiteral("recorded_at"), time(e.recordedAtMs)},
                  {QStringLiteral("author"), e.author},
                  {QStringLiteral("step"), e.step},
                  {QStringLiteral("summary"), e.summary},
                  {QStringLiteral("details"), e.details}};
    if (!e.supersedes.isEmpty())
        o.insert(QStringLiteral("supersedes"), e.supersedes);
    if (e.kind == domain::TimelineKind::Action)
        o.insert(QStringLiteral("containment"), e.containment);
    return o;
}

QJsonObject evidenceToJson(const domain::Evidence& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("source_system"), e.sourceSystem},
            {QStringLiteral("collected_by"), e.collectedBy},
            {QStringLiteral("collected_at"), time(e.collectedAtMs)},
            {QStringLiteral("added_at"), time(e.addedAtMs)},
            {QStringLiteral("size"), e.size},
            {QStringLiteral("sha256"), QString::fromLatin1(e.sha256.toHex())}};
}

} // namespace soc::cli
