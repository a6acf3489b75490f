// CaseService: incidents, the seven steps and their gates, escalation (R-1, R-2, R-4, R-5, R-8…R-13).
#include "store/CaseService.h"

#include "store/Database.h"
#include "store/EvidenceRepository.h"
#include "store/IncidentRepository.h"
#include "store/TicketRepository.h"
#include "store/TimelineRepository.h"

#include <QCoreApplication>

namespace soc::store {

using domain::Incident;
using domain::ResponseStep;
using domain::StepState;
using domain::TimelineEvent;
using domain::TimelineKind;

namespace {


void requireStepNumber(int step)
{
    if (step < 1 || step > domain::kStepCount)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "There is no step %1: the response has steps 1 to 7.").arg(step));
}

QJsonObject incidentJson(const Incident& i)
{
    return {{QStringLiteral("severity"), domain::severityKey(i.severity)},
            {QStringLiteral("type"), i.type},
            {QStringLiteral("criteria"), i.criteria.toBits()},
            {QStringLiteral("affected_system"), i.affectedSystem},
            {QStringLiteral("system_level"), i.systemLevel},
            {QStringLiteral("owning_agency"), i.owningAgency},
            {QStringLiteral("detected_at"), i.detectedAtMs},
            {QStringLiteral("reported_at"), i.reportedAtMs},
            {QStringLiteral("beyond_capability_at"), i.beyondCapabilityAtMs},
            {QStringLiteral("response_ended_at"), i.responseEndedAtMs},
            {QStringLiteral("lessons_learned"), i.lessonsLearned},
            {QStringLiteral("outcome"), i.outcome},
            {QStringLiteral("closed_at"), i.closedAtMs},
            {QStringLiteral("handling"), static_cast<int>(i.handling)},
            {QStringLiteral("support_requested"), i.supportRequested},
            {QStringLiteral("estimated_damage"), i.estimatedDamageVnd},
            {QStringLiteral("helping_organisations"), i.helpingOrganisations}};
}

} // namespace

Incident CaseService::requireIncident(const QString& ticketId)
{
    const domain::Ticket t = requireTicket(ticketId);
    auto i = IncidentRepository(m_db).byTicket(t.id);
    if (!i)
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("CaseService", "Ticket %1 is not an incident; declare it an incident first.").arg(t.code));
    return *i;
}

Incident CaseService::declareIncident(const QString& ticketId, const Declaration& d)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    if (d.type < 1 || d.type > domain::kIncidentTypeCount)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Choose one of the ten official incident types (1 to 10)."));
    if (d.systemLevel < 0 || d.systemLevel > 5)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "The security level of a system is 1 to 5 (0 when it is not classified)."));
    Transaction tx(m_db);
    domain::Ticket t = requireTicket(ticketId);
    if (t.isIncident)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Ticket %1 is already an incident.").arg(t.code));
    const qint64 now = m_clock.nowMs();
    Incident i;
    i.ticketId = t.id;
    i.severity = d.severity;
    i.type = d.type;
    i.criteria = d.criteria;
    i.affectedSystem = d.affectedSystem.trimmed();
    i.systemLevel = d.systemLevel;
    i.owningAgency = d.owningAgency.trimmed().isEmpty() ? t.agency : d.owningAgency.trimmed();
    i.detectedAtMs = d.detectedAtMs ? d.detectedAtMs : t.createdAtMs;
    i.reportedAtMs = d.reportedAtMs ? d.reportedAtMs : now;
    i.declaredAtMs = now;
    IncidentRepository(m_db).insert(i);
    t.isIncident = true;
    t.severity = d.severity;
    if (t.status == domain::TicketStatus::New) {
        t.status = domain::TicketStatus::InProgress;
        t.acknowledgedAtMs = now;
    }
    touch(t);
    TicketRepository(m_db).update(t);
    TimelineEvent e;
    e.ticketId = t.id;
    e.kind = TimelineKind::StatusChange;
    e.summary = QCoreApplication::translate("CaseService", "Declared an incident: %1; severity %2; %3.")
                    .arg(domain::incidentTypeLabel(i.type), domain::severityLabel(i.severity),
                         domain::nationalGroupingLabel(i.criteria.grouping()));
    e.details = incidentJson(i);
    appendEvent(e);
    journal(QStringLiteral("incident"), t.id, QStringLiteral("declare"), incidentJson(i));
    journal(QStringLiteral("ticket"), t.id, QStringLiteral("declare_incident"), {});
    tx.commit();
    return i;
}

void CaseService::updateIncident(const Incident& changed)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), changed.ticketId);
    if (changed.type < 1 || changed.type > domain::kIncidentTypeCount || changed.systemLevel < 0 || changed.systemLevel > 5)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "The incident type is 1 to 10; the security level of a system is 1 to 5 (0 when it is not classified)."));
    Transaction tx(m_db);
    Incident i = requireIncident(changed.ticketId);
    const bool classificationChanged = i.severity != changed.severity || i.type != changed.type
                                       || i.criteria.toBits() != changed.criteria.toBits();
    // Only what the analyst edits; clocks, escalations and closing are set by their own actions.
    i.severity = changed.severity;
    i.type = changed.type;
    i.criteria = changed.criteria;
    i.affectedSystem = changed.affectedSystem.trimmed();
    i.systemLevel = changed.systemLevel;
    i.owningAgency = changed.owningAgency.trimmed();
    if (changed.detectedAtMs)
        i.detectedAtMs = changed.detectedAtMs;
    if (changed.reportedAtMs)
        i.reportedAtMs = changed.reportedAtMs;
    i.lessonsLearned = changed.lessonsLearned.normalized(QString::NormalizationForm_C);
    i.outcome = changed.outcome.normalized(QString::NormalizationForm_C);
    i.handling = changed.handling;
    i.supportRequested = changed.supportRequested;
    i.estimatedDamageVnd = std::max<qint64>(0, changed.estimatedDamageVnd);
    i.helpingOrganisations = changed.helpingOrganisations.trimmed().normalized(QString::NormalizationForm_C);
    IncidentRepository(m_db).update(i);
    domain::Ticket t = requireTicket(i.ticketId);
    t.severity = i.severity;
    touch(t);
    TicketRepository(m_db).update(t);
    if (classificationChanged) {
        TimelineEvent e;
        e.ticketId = t.id;
        e.kind = TimelineKind::Note;
        e.step = 2;
        e.summary = QCoreApplication::translate("CaseService", "Classification: %1; severity %2; %3.")
                        .arg(domain::incidentTypeLabel(i.type), domain::severityLabel(i.severity),
                             domain::nationalGroupingLabel(i.criteria.grouping()));
        appendEvent(e);
    }
    journal(QStringLiteral("incident"), t.id, QStringLiteral("update"), incidentJson(i));
    tx.commit();
}

void CaseService::markBeyondCapability(const QString& ticketId)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    Transaction tx(m_db);
    Incident i = requireIncident(ticketId);
    if (i.beyondCapabilityAtMs)
        return;
    i.beyondCapabilityAtMs = m_clock.nowMs();
    IncidentRepository(m_db).update(i);
    TimelineEvent e;
    e.ticketId = i.ticketId;
    e.kind = TimelineKind::Note;
    e.step = 5;
    e.summary = QCoreApplication::translate("CaseService", "Marked beyond the unit's capability: report with form Mẫu 03 immediately (R-11).");
    appendEvent(e);
    journal(QStringLiteral("incident"), i.ticketId, QStringLiteral("beyond_capability"), incidentJson(i));
    tx.commit();
}

void CaseService::startStep(const QString& ticketId, int step)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    requireStepNumber(step);
    Transaction tx(m_db);
    const Incident i = requireIncident(ticketId);
    IncidentRepository incidents(m_db);
    ResponseStep s = incidents.steps(i.ticketId)[static_cast<size_t>(step - 1)];
    if (s.state == StepState::InProgress)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Step %1 is already in progress.").arg(step));
    const StepState before = s.state;
    s.state = StepState::InProgress;
    if (!s.startedAtMs || before != StepState::NotStarted)
        s.startedAtMs = m_clock.nowMs();
    s.finishedAtMs = 0;
    s.skipReason.clear();
    if (s.owner.isEmpty())
        s.owner = m_author;
    incidents.updateStep(s);
    TimelineEvent e;
    e.ticketId = i.ticketId;
    e.kind = TimelineKind::StepChange;
    e.step = step;
    e.summary = before == StepState::NotStarted ? QCoreApplication::translate("CaseService", "Step %1 started: %2.").arg(step).arg(domain::stepTitle(step))
                                                : QCoreApplication::translate("CaseService", "Step %1 reopened: %2.").arg(step).arg(domain::stepTitle(step));
    e.details = QJsonObject{{QStringLiteral("state"), domain::stepStateKey(s.state)}};
    appendEvent(e);
    journal(QStringLiteral("response_step"), i.ticketId + u'/' + QString::number(step), QStringLiteral("state"), {});
    tx.commit();
}

void CaseService::completeStep(const QString& ticketId, int step)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    requireStepNumber(step);
    Transaction tx(m_db);
    const Incident i = requireIncident(ticketId);
    // The gates of the procedure (regulations.md section B).
    if (step == 3 && TimelineRepository(m_db).countForTicket(i.ticketId, TimelineKind::Action, -1, true) == 0)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Cannot complete step 3 (Contain): no containment action has been "
                                                   "recorded on the timeline. Add the containment action first."));
    if (step == 4 && EvidenceRepository(m_db).countForTicket(i.ticketId) == 0)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Cannot complete step 4 (Collect evidence): no evidence item has "
                                                   "been added. Add the collected logs or files as evidence first."));
    if (step == 7 && (i.lessonsLearned.trimmed().isEmpty() || i.outcome.trimmed().isEmpty()))
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Cannot complete step 7 (Post-incident activities): write the "
                                                   "lessons learned and the outcome first."));
    IncidentRepository incidents(m_db);
    ResponseStep s = incidents.steps(i.ticketId)[static_cast<size_t>(step - 1)];
    if (s.state == StepState::Done)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Step %1 is already done.").arg(step));
    const qint64 now = m_clock.nowMs();
    if (!s.startedAtMs)
        s.startedAtMs = now;
    if (s.owner.isEmpty())
        s.owner = m_author;
    s.state = StepState::Done;
    s.finishedAtMs = now;
    s.skipReason.clear();
    incidents.updateStep(s);
    TimelineEvent e;
    e.ticketId = i.ticketId;
    e.kind = TimelineKind::StepChange;
    e.step = step;
    e.summary = QCoreApplication::translate("CaseService", "Step %1 done: %2.").arg(step).arg(domain::stepTitle(step));
    e.details = QJsonObject{{QStringLiteral("state"), domain::stepStateKey(s.state)}};
    appendEvent(e);
    journal(QStringLiteral("response_step"), i.ticketId + u'/' + QString::number(step), QStringLiteral("state"), {});
    maybeEndResponse(i.ticketId);
    tx.commit();
}

void CaseService::skipStep(const QString& ticketId, int step, const QString& reason)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    requireStepNumber(step);
    if (reason.trimmed().isEmpty())
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Skipping step %1 needs a reason.").arg(step));
    Transaction tx(m_db);
    const Incident i = requireIncident(ticketId);
    IncidentRepository incidents(m_db);
    ResponseStep s = incidents.steps(i.ticketId)[static_cast<size_t>(step - 1)];
    s.state = StepState::Skipped;
    s.skipReason = reason.trimmed();
    s.finishedAtMs = m_clock.nowMs();
    incidents.updateStep(s);
    TimelineEvent e;
    e.ticketId = i.ticketId;
    e.kind = TimelineKind::StepChange;
    e.step = step;
    e.summary = QCoreApplication::translate("CaseService", "Step %1 skipped: %2. Reason: %3").arg(step).arg(domain::stepTitle(step), s.skipReason);
    e.details = QJsonObject{{QStringLiteral("state"), domain::stepStateKey(s.state)},
                            {QStringLiteral("reason"), s.skipReason}};
    appendEvent(e);
    journal(QStringLiteral("response_step"), i.ticketId + u'/' + QString::number(step), QStringLiteral("state"), {});
    maybeEndResponse(i.ticketId);
    tx.commit();
}

void CaseService::maybeEndResponse(const QString& ticketId)
{
    IncidentRepository incidents(m_db);
    auto i = incidents.byTicket(ticketId);
    if (!i || i->responseEndedAtMs)
        return;
    const auto steps = incidents.steps(ticketId);
    for (int n = 0; n < 6; ++n)
        if (!steps[static_cast<size_t>(n)].isSettled())
            return;
    // the closing report (Mẫu 04) is due within 5 days after the response ends.
    i->responseEndedAtMs = m_clock.nowMs();
    incidents.update(*i);
    journal(QStringLiteral("incident"), ticketId, QStringLiteral("response_ended"), incidentJson(*i));
}

void CaseService::setStepOwner(const QString& ticketId, int step, const QString& owner)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    requireStepNumber(step);
    Transaction tx(m_db);
    const Incident i = requireIncident(ticketId);
    IncidentRepository incidents(m_db);
    ResponseStep s = incidents.steps(i.ticketId)[static_cast<size_t>(step - 1)];
    s.owner = owner.trimmed();
    incidents.updateStep(s);
    TimelineEvent e;
    e.ticketId = i.ticketId;
    e.kind = TimelineKind::StepChange;
    e.step = step;
    e.summary = QCoreApplication::translate("CaseService", "Step %1 owner: %2.").arg(step).arg(s.owner.isEmpty() ? QCoreApplication::translate("CaseService", "nobody") : s.owner);
    appendEvent(e);
    journal(QStringLiteral("response_step"), i.ticketId + u'/' + QString::number(step), QStringLiteral("owner"), {});
    tx.commit();
}

void CaseService::setStepNotes(const QString& ticketId, int step, const QString& notes)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    requireStepNumber(step);
    Transaction tx(m_db);
    const Incident i = requireIncident(ticketId);
    IncidentRepository incidents(m_db);
    ResponseStep s = incidents.steps(i.ticketId)[static_cast<size_t>(step - 1)];
    s.notes = notes.normalized(QString::NormalizationForm_C);
    incidents.updateStep(s);
    journal(QStringLiteral("response_step"), i.ticketId + u'/' + QString::number(step), QStringLiteral("notes"),
            QJsonObject{{QStringLiteral("notes"), s.notes}});
    tx.commit();
}

void CaseService::setStepChecklist(const QString& ticketId, int step, quint32 doneBits)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    requireStepNumber(step);
    Transaction tx(m_db);
    const Incident i = requireIncident(ticketId);
    IncidentRepository incidents(m_db);
    ResponseStep s = incidents.steps(i.ticketId)[static_cast<size_t>(step - 1)];
    s.checklistDone = doneBits & ((1u << domain::stepChecklist(step).size()) - 1);
    incidents.updateStep(s);
    journal(QStringLiteral("response_step"), i.ticketId + u'/' + QString::number(step), QStringLiteral("checklist"),
            QJsonObject{{QStringLiteral("done"), static_cast<qint64>(s.checklistDone)}});
    tx.commit();
}

void CaseService::recordEscalation(const QString& ticketId, domain::EscalationTarget target, domain::CommChannel channel,
                                   const QString& counterpart, const QString& summary)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    const Incident before = requireIncident(ticketId);
    const QString text = summary.trimmed().isEmpty()
                             ? QCoreApplication::translate("CaseService", "Notified %1 of the incident.").arg(domain::escalationTargetLabel(target))
                             : summary;
    Transaction tx(m_db);
    TimelineEvent e = addCommunication(before.ticketId, channel,
                                       counterpart.trimmed().isEmpty() ? domain::escalationTargetLabel(target) : counterpart,
                                       domain::CommDirection::Out, text);
    Incident i = requireIncident(ticketId);
    i.notifiedAtMs[static_cast<int>(target)] = e.recordedAtMs;
    IncidentRepository(m_db).update(i);
    journal(QStringLiteral("incident"), i.ticketId, QStringLiteral("escalation"),
            QJsonObject{{QStringLiteral("target"), domain::escalationTargetKey(target)},
                        {QStringLiteral("event_id"), e.id}});
    tx.commit();
}

void CaseService::closeIncident(const QString& ticketId)
{
    m_access.require(domain::Action::CloseIncident, QStringLiteral("ticket"), ticketId);
    Transaction tx(m_db);
    Incident i = requireIncident(ticketId);
    if (i.closedAtMs)
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "The incident is already closed."));
    QStringList open;
    for (const ResponseStep& s : IncidentRepository(m_db).steps(i.ticketId))
        if (!s.isSettled())
            open << QString::number(s.number);
    if (!open.isEmpty())
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Cannot close the incident: step(s) %1 are neither done nor skipped "
                                                   "with a reason.")
                                                    .arg(open.join(QStringLiteral(", "))));
    const qint64 now = m_clock.nowMs();
    i.closedAtMs = now;
    IncidentRepository(m_db).update(i);
    domain::Ticket t = requireTicket(i.ticketId);
    const domain::TicketStatus from = t.status;
    t.status = domain::TicketStatus::Closed;
    t.closedAtMs = now;
    if (!t.resolvedAtMs)
        t.resolvedAtMs = now;
    touch(t);
    TicketRepository(m_db).update(t);
    TimelineEvent e;
    e.ticketId = t.id;
    e.kind = TimelineKind::StatusChange;
    e.summary = QCoreApplication::translate("CaseService", "Incident closed.");
    e.details = QJsonObject{{QStringLiteral("from"), domain::ticketStatusKey(from)},
                            {QStringLiteral("to"), domain::ticketStatusKey(t.status)}};
    appendEvent(e);
    journal(QStringLiteral("incident"), t.id, QStringLiteral("close"), incidentJson(i));
    journal(QStringLiteral("ticket"), t.id, QStringLiteral("close_incident"), {});
    tx.commit();
}

} // namespace soc::store
