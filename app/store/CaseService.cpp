// CaseService: tickets, service levels and the timeline. Incident and step rules are in
// CaseServiceIncident.cpp, evidence in CaseServiceEvidence.cpp (one class, three files by topic).
#include "store/CaseService.h"

#include "store/AlertRepository.h"
#include "store/AuditLog.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"
#include "store/TicketRepository.h"
#include "store/TimelineRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

namespace soc::store {

using domain::Ticket;
using domain::TicketStatus;
using domain::TimelineEvent;
using domain::TimelineKind;

namespace {


const QTimeZone& localZone()
{
    static const QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")).isValid()
                                      ? QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))
                                      : QTimeZone(7 * 3600);
    return zone;
}

QJsonObject ticketJson(const Ticket& t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("code"), t.code},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("severity"), domain::severityKey(t.severity)},
            {QStringLiteral("status"), domain::ticketStatusKey(t.status)},
            {QStringLiteral("assignee"), t.assignee},
            {QStringLiteral("agency"), t.agency},
            {QStringLiteral("channel"), domain::intakeChannelKey(t.channel)}};
}

} // namespace

CaseService::CaseService(Database& db, QString author, const domain::Clock& clock)
    : m_db(db)
    , m_author(std::move(author))
    , m_clock(clock)
    , m_access(db, m_author)
{
}

domain::ServiceLevels CaseService::serviceLevels()
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = 'service_levels'");
    if (!st.step())
        return domain::ServiceLevels::defaults();
    return domain::ServiceLevels::fromJson(QJsonDocument::fromJson(st.text(0).toUtf8()).object());
}

void CaseService::setServiceLevels(const domain::ServiceLevels& levels)
{
    m_access.require(domain::Action::ChangeServiceLevels, QStringLiteral("config"), QStringLiteral("service_levels"));
    Transaction tx(m_db);
    const QByteArray json = QJsonDocument(levels.toJson()).toJson(QJsonDocument::Compact);
    auto st = m_db.prepare("INSERT INTO meta(key, value) VALUES('service_levels', ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bindText(1, json).exec();
    journal(QStringLiteral("config"), QStringLiteral("service_levels"), QStringLiteral("set"), levels.toJson());
    tx.commit();
}

Ticket CaseService::requireTicket(const QString& id)
{
    auto t = TicketRepository(m_db).byId(id);
    if (!t)
        t = TicketRepository(m_db).byCode(id);
    if (!t)
        throw DatabaseError(ErrorCode::NotFound, QCoreApplication::translate("CaseService", "There is no ticket \"%1\".").arg(id));
    return *t;
}

void CaseService::journal(const QString& entity, const QString& entityId, const QString& op, const QJsonObject& payload)
{
    ChangeJournal(m_db).record(entity, entityId, op, payload, m_author);
    AuditEntry audit;
    audit.atMs = m_clock.nowMs();
    audit.actor = m_author;
    audit.action = entity + u'.' + op;
    audit.objectType = entity;
    audit.objectId = entityId;
    audit.details = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    AuditLog(m_db).append(audit);
}

void CaseService::touch(Ticket& t) { t.updatedAtMs = m_clock.nowMs(); }

void CaseService::appendEvent(TimelineEvent& e)
{
    const qint64 now = m_clock.nowMs();
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.recordedAtMs = now;
    e.author = m_author;
    if (!e.occurredAtMs)
        e.occurredAtMs = now;
    e.occurredOffsetSec = localZone().offsetFromUtc(QDateTime::fromMSecsSinceEpoch(e.occurredAtMs, QTimeZone::utc()));
    TimelineRepository(m_db).append(e);
    QJsonObject payload{{QStringLiteral("ticket_id"), e.ticketId},
                        {QStringLiteral("kind"), domain::timelineKindKey(e.kind)},
                        {QStringLiteral("occurred_at"), e.occurredAtMs},
                        {QStringLiteral("offset"), e.occurredOffsetSec},
                        {QStringLiteral("recorded_at"), e.recordedAtMs},
                        {QStringLiteral("step"), e.step},
                        {QStringLiteral("summary"), e.summary},
                        {QStringLiteral("details"), e.details},
                        {QStringLiteral("containment"), e.containment}};
    if (!e.supersedes.isEmpty())
        payload.insert(QStringLiteral("supersedes"), e.supersedes);
    journal(QStringLiteral("timeline_event"), e.id, QStringLiteral("append"), payload);
}

Ticket CaseService::createTicket(const NewTicket& n)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"));
    if (const QString who = n.assignee.trimmed(); !who.isEmpty() && who != m_author)
        m_access.require(domain::Action::AssignToOthers, QStringLiteral("ticket"));
    if (n.title.trimmed().isEmpty())
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "A ticket needs a title."));
    const qint64 now = m_clock.nowMs();
    const qint64 received = n.reportedAtMs > 0 && n.reportedAtMs <= now ? n.reportedAtMs : now;
    const auto level = serviceLevels().forSeverity(n.severity);
    Transaction tx(m_db);
    TicketRepository tickets(m_db);
    Ticket t;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.code = tickets.nextCode(QDateTime::fromMSecsSinceEpoch(now, localZone()).date().year());
    t.title = n.title.trimmed().normalized(QString::NormalizationForm_C);
    t.description = n.description.normalized(QString::NormalizationForm_C);
    t.severity = n.severity;
    t.status = TicketStatus::New;
    t.assignee = n.assignee.trimmed();
    t.agency = n.agency.trimmed().normalized(QString::NormalizationForm_C);
    t.channel = n.channel;
    t.createdBy = m_author;
    t.createdAtMs = now;
    t.updatedAtMs = now;
    t.acknowledgeDueMs = received + level.acknowledgeMs;
    t.resolveDueMs = received + level.resolveMs;
    tickets.insert(t);
    journal(QStringLiteral("ticket"), t.id, QStringLiteral("create"), ticketJson(t));

    TimelineEvent created;
    created.ticketId = t.id;
    created.kind = TimelineKind::StatusChange;
    created.occurredAtMs = received;
    created.summary = QCoreApplication::translate("CaseService", "Ticket %1 created (%2).").arg(t.code, domain::intakeChannelLabel(t.channel));
    created.details = QJsonObject{{QStringLiteral("status"), domain::ticketStatusKey(t.status)},
                                  {QStringLiteral("channel"), domain::intakeChannelKey(t.channel)}};
    appendEvent(created);
    if (!n.alertIds.empty())
        attachAlerts(t.id, n.alertIds);
    tx.commit();
    return requireTicket(t.id);
}

void CaseService::attachAlerts(const QString& ticketId, std::span<const qint64> alertIds)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    Transaction tx(m_db);
    Ticket t = requireTicket(ticketId);
    // List columns only: the original records are not needed to link alerts.
    const std::vector<domain::Alert> found = AlertRepository(m_db).byIds(alertIds);
    QJsonArray uuids;
    for (size_t i = 0, j = 0; i < alertIds.size(); ++i) {
        if (j >= found.size() || found[j].id != alertIds[i])
            throw DatabaseError(ErrorCode::NotFound,
                                QCoreApplication::translate("CaseService", "There is no alert %1.").arg(alertIds[i]));
        uuids.append(found[j++].uuid);
    }
    TicketRepository tickets(m_db);
    const qint64 before = static_cast<qint64>(tickets.linkedAlertIds(t.id).size());
    tickets.linkAlerts(t.id, alertIds);
    t = requireTicket(t.id);
    touch(t);
    tickets.update(t);
    const qint64 added = t.alertCount - before;
    if (added > 0) {
        TimelineEvent e;
        e.ticketId = t.id;
        e.kind = TimelineKind::AlertAttached;
        e.summary = QCoreApplication::translate("CaseService", "Alerts attached: %1.").arg(added);
        QJsonArray ids;
        for (qint64 id : alertIds)
            ids.append(id);
        e.details = QJsonObject{{QStringLiteral("alert_ids"), ids}, {QStringLiteral("alert_uuids"), uuids}};
        appendEvent(e);
        journal(QStringLiteral("ticket"), t.id, QStringLiteral("attach_alerts"),
                QJsonObject{{QStringLiteral("alert_uuids"), uuids}});
    }
    tx.commit();
}

void CaseService::setStatus(const QString& ticketId, TicketStatus status, const QString& reason)
{
    setStatus(std::span<const QString>(&ticketId, 1), status, reason);
}

void CaseService::setStatus(std::span<const QString> ticketIds, TicketStatus status, const QString& reason)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketIds.size() == 1 ? ticketIds[0] : QString());
    if (status == TicketStatus::Closed)
        requireCloseIfIncident(ticketIds);
    const QString why = reason.trimmed();
    Transaction tx(m_db);
    TicketRepository tickets(m_db);
    for (const QString& id : ticketIds) {
        Ticket t = requireTicket(id);
        if (t.status == status)
            continue;
        if (t.isIncident && status == TicketStatus::Closed)
            throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Ticket %1 is an incident: close it from the incident view, "
                                                       "where the seven steps are checked.")
                                                        .arg(t.code));
        if (!domain::ticketTransitionAllowed(t.status, status))
            throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Ticket %1 cannot go from \"%2\" to \"%3\".")
                                                        .arg(t.code, domain::ticketStatusLabel(t.status),
                                                             domain::ticketStatusLabel(status)));
        if (domain::ticketTransitionNeedsReason(t.status, status) && why.isEmpty())
            throw DatabaseError(ErrorCode::Refused,
                                QCoreApplication::translate("CaseService", "Ticket %1: going from \"%2\" to \"%3\" needs a reason.")
                                    .arg(t.code, domain::ticketStatusLabel(t.status), domain::ticketStatusLabel(status)));
        const qint64 now = m_clock.nowMs();
        const TicketStatus from = t.status;
        t.status = status;
        if (!t.acknowledgedAtMs && status != TicketStatus::New)
            t.acknowledgedAtMs = now;
        if (status == TicketStatus::Resolved)
            t.resolvedAtMs = now;
        if (status == TicketStatus::Closed)
            t.closedAtMs = now;
        if (status == TicketStatus::InProgress) {
            t.resolvedAtMs = 0;
            t.closedAtMs = 0;
        }
        touch(t);
        tickets.update(t);
        TimelineEvent e;
        e.ticketId = t.id;
        e.kind = TimelineKind::StatusChange;
        e.summary = why.isEmpty() ? QCoreApplication::translate("CaseService", "Status: %1 → %2.").arg(domain::ticketStatusLabel(from), domain::ticketStatusLabel(status))
                                  : QCoreApplication::translate("CaseService", "Status: %1 → %2. Reason: %3")
                                        .arg(domain::ticketStatusLabel(from), domain::ticketStatusLabel(status), why);
        e.details = QJsonObject{{QStringLiteral("from"), domain::ticketStatusKey(from)},
                                {QStringLiteral("to"), domain::ticketStatusKey(status)},
                                {QStringLiteral("reason"), why}};
        appendEvent(e);
        journal(QStringLiteral("ticket"), t.id, QStringLiteral("set_status"), e.details);
    }
    tx.commit();
}

void CaseService::requireCloseIfIncident(std::span<const QString> ticketIds)
{
    if (m_access.allows(domain::Action::CloseIncident))
        return;
    for (const QString& id : ticketIds) {
        auto t = TicketRepository(m_db).byId(id);
        if (!t)
            t = TicketRepository(m_db).byCode(id);
        if (t && t->isIncident)
            m_access.require(domain::Action::CloseIncident, QStringLiteral("ticket"), t->id);
    }
}

void CaseService::assign(std::span<const QString> ticketIds, const QString& assignee)
{
    const QString who = assignee.trimmed();
    const QString object = ticketIds.size() == 1 ? ticketIds[0] : QString();
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), object);
    if (!who.isEmpty() && who != m_author)
        m_access.require(domain::Action::AssignToOthers, QStringLiteral("ticket"), object);
    Transaction tx(m_db);
    TicketRepository tickets(m_db);
    for (const QString& id : ticketIds) {
        Ticket t = requireTicket(id);
        if (t.assignee == who)
            continue;
        t.assignee = who;
        touch(t);
        tickets.update(t);
        TimelineEvent e;
        e.ticketId = t.id;
        e.kind = TimelineKind::StatusChange;
        e.summary = who.isEmpty() ? QCoreApplication::translate("CaseService", "Unassigned.") : QCoreApplication::translate("CaseService", "Assigned to %1.").arg(who);
        e.details = QJsonObject{{QStringLiteral("assignee"), who}};
        appendEvent(e);
        journal(QStringLiteral("ticket"), t.id, QStringLiteral("assign"), e.details);
    }
    tx.commit();
}

void CaseService::editTicket(const QString& ticketId, const QString& title, const QString& description,
                             domain::Severity severity, const QString& agency)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    if (title.trimmed().isEmpty())
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "A ticket needs a title."));
    Transaction tx(m_db);
    Ticket t = requireTicket(ticketId);
    const domain::Severity before = t.severity;
    t.title = title.trimmed().normalized(QString::NormalizationForm_C);
    t.description = description.normalized(QString::NormalizationForm_C);
    t.severity = severity;
    t.agency = agency.trimmed().normalized(QString::NormalizationForm_C);
    touch(t);
    TicketRepository(m_db).update(t);
    TimelineEvent e;
    e.ticketId = t.id;
    e.kind = TimelineKind::Note;
    e.summary = before == severity ? QCoreApplication::translate("CaseService", "Ticket details edited.")
                                   : QCoreApplication::translate("CaseService", "Ticket details edited; severity %1 → %2.")
                                         .arg(domain::severityLabel(before), domain::severityLabel(severity));
    appendEvent(e);
    journal(QStringLiteral("ticket"), t.id, QStringLiteral("edit"), ticketJson(t));
    tx.commit();
}

std::vector<qint64> CaseService::suggestRelatedAlerts(qint64 alertId, qint64 windowMs, int limit)
{
    const std::vector<domain::Alert> found = AlertRepository(m_db).byIds(std::span<const qint64>(&alertId, 1));
    if (found.empty())
        throw DatabaseError(ErrorCode::NotFound, QCoreApplication::translate("CaseService", "There is no alert %1.").arg(alertId));
    const domain::Alert* a = &found.front();
    auto st = m_db.prepare(
        "SELECT id FROM alerts WHERE detected_at BETWEEN ? AND ? AND id <> ? AND ("
        "(signature_id = ? AND src_ip = ?) OR (host <> '' AND host = ?) OR (dst_ip <> '' AND dst_ip = ?)) "
        "ORDER BY detected_at LIMIT ?");
    st.bind(1, a->detectedAtMs - windowMs)
        .bind(2, a->detectedAtMs + windowMs)
        .bind(3, alertId)
        .bind(4, a->signatureId)
        .bind(5, a->srcIp)
        .bind(6, a->host)
        .bind(7, a->dstIp)
        .bind(8, limit);
    std::vector<qint64> out;
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

TimelineEvent CaseService::appendToTicket(const QString& ticketId, TimelineEvent e)
{
    if (e.step < 0 || e.step > domain::kStepCount)
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("CaseService", "There is no step %1.").arg(e.step));
    Transaction tx(m_db);
    Ticket t = requireTicket(ticketId);
    e.ticketId = t.id;
    e.summary = e.summary.trimmed().normalized(QString::NormalizationForm_C);
    appendEvent(e);
    touch(t);
    TicketRepository(m_db).update(t);
    tx.commit();
    return e;
}

TimelineEvent CaseService::addNote(const QString& ticketId, const QString& text, int step, qint64 occurredAtMs)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    if (text.trimmed().isEmpty())
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "A note cannot be empty."));
    TimelineEvent e;
    e.kind = TimelineKind::Note;
    e.step = step;
    e.occurredAtMs = occurredAtMs;
    e.summary = text;
    return appendToTicket(ticketId, e);
}

TimelineEvent CaseService::addAction(const QString& ticketId, const QString& text, int step, bool containment,
                                     qint64 occurredAtMs)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    if (text.trimmed().isEmpty())
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Describe the action taken."));
    TimelineEvent e;
    e.kind = TimelineKind::Action;
    e.step = containment && step == 0 ? 3 : step;
    e.containment = containment;
    e.occurredAtMs = occurredAtMs;
    e.summary = text;
    return appendToTicket(ticketId, e);
}

TimelineEvent CaseService::addCommunication(const QString& ticketId, domain::CommChannel channel,
                                            const QString& counterpart, domain::CommDirection direction,
                                            const QString& summary, qint64 occurredAtMs)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    if (counterpart.trimmed().isEmpty())
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("CaseService", "Say who the communication was with."));
    if (summary.trimmed().isEmpty())
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("CaseService", "Summarise the communication."));
    TimelineEvent e;
    e.kind = TimelineKind::Communication;
    e.occurredAtMs = occurredAtMs;
    e.summary = summary;
    e.details = QJsonObject{{QStringLiteral("channel"), domain::commChannelKey(channel)},
                            {QStringLiteral("counterpart"), counterpart.trimmed()},
                            {QStringLiteral("direction"), direction == domain::CommDirection::In ? QStringLiteral("in")
                                                                                                 : QStringLiteral("out")}};
    return appendToTicket(ticketId, e);
}

TimelineEvent CaseService::addReportIssued(const QString& ticketId, const QString& reportNumber, const QString& title)
{
    m_access.require(domain::Action::IssueReport, QStringLiteral("ticket"), ticketId);
    Transaction tx(m_db);
    Ticket t = requireTicket(ticketId);
    TimelineEvent e;
    e.ticketId = t.id;
    e.kind = TimelineKind::ReportIssued;
    e.summary = QCoreApplication::translate("CaseService", "Report issued: %1 (%2).").arg(title, reportNumber);
    e.details = QJsonObject{{QStringLiteral("number"), reportNumber}, {QStringLiteral("title"), title}};
    appendEvent(e);
    tx.commit();
    return e;
}

TimelineEvent CaseService::correctEvent(const QString& ticketId, const QString& eventId, const QString& summary,
                                        qint64 occurredAtMs)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    Transaction tx(m_db);
    Ticket t = requireTicket(ticketId);
    const auto original = TimelineRepository(m_db).byId(eventId);
    if (!original || original->ticketId != t.id)
        throw DatabaseError(ErrorCode::NotFound, QCoreApplication::translate("CaseService", "There is no event \"%1\" on ticket %2.").arg(eventId, t.code));
    TimelineEvent e;
    e.ticketId = t.id;
    e.kind = TimelineKind::Correction;
    e.step = original->step;
    e.supersedes = original->id;
    e.occurredAtMs = occurredAtMs ? occurredAtMs : original->occurredAtMs;
    e.summary = summary.trimmed().isEmpty() ? original->summary : summary.trimmed().normalized(QString::NormalizationForm_C);
    e.details = QJsonObject{{QStringLiteral("corrects_kind"), domain::timelineKindKey(original->kind)},
                            {QStringLiteral("original_summary"), original->summary},
                            {QStringLiteral("original_occurred_at"), original->occurredAtMs}};
    appendEvent(e);
    tx.commit();
    return e;
}

} // namespace soc::store
