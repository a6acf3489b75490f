// CaseService: issuing official documents and the form fields they print.
#include "store/CaseService.h"

#include "domain/SocTimeZone.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/IncidentFormRepository.h"
#include "store/IssuedReportRepository.h"
#include "store/ReportNumberRepository.h"
#include "store/ReportSettingsRepository.h"
#include "store/TicketRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace soc::store {

using domain::IssuedReport;
using domain::TimelineEvent;
using domain::TimelineKind;

domain::ReportSettings CaseService::reportSettings() { return ReportSettingsRepository(m_db).load(); }

void CaseService::setReportSettings(const domain::ReportSettings& settings)
{
    m_access.require(domain::Action::ChangeReportSettings, QStringLiteral("report_settings"), QStringLiteral("report_settings"));
    if (const QString problem = settings.problem(); !problem.isEmpty())
        throw DatabaseError(ErrorCode::Refused, problem);
    Transaction tx(m_db);
    ReportSettingsRepository(m_db).save(settings);
    // Kept on this station: the change journal records who changed the issuer, signer or recipients.
    journal(QStringLiteral("report_settings"), QStringLiteral("report_settings"), QStringLiteral("set"),
            settings.toJson());
    tx.commit();
}

domain::IncidentForm CaseService::incidentForm(const QString& ticketId)
{
    return IncidentFormRepository(m_db).load(requireIncident(ticketId).ticketId);
}

void CaseService::setIncidentForm(const QString& ticketId, const domain::IncidentForm& form)
{
    m_access.require(domain::Action::WorkCases, QStringLiteral("ticket"), ticketId);
    Transaction tx(m_db);
    const QString id = requireIncident(ticketId).ticketId;
    IncidentFormRepository(m_db).save(id, form, m_clock.nowMs());
    journal(QStringLiteral("incident_form"), id, QStringLiteral("set"), form.toJson());
    tx.commit();
}

IssuedReport CaseService::issueReport(const NewReport& request, const std::function<void(const IssuedReport&)>& produce)
{
    m_access.require(domain::Action::IssueReport, QStringLiteral("issued_report"), request.ticketId);
    Transaction tx(m_db);
    IssuedReport r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.kind = request.kind;
    r.issuedAtMs = m_clock.nowMs();
    r.issuer = m_author;
    r.periodFromMs = request.periodFromMs;
    r.periodToMs = request.periodToMs;
    if (!request.ticketId.isEmpty())
        r.ticketId = requireTicket(request.ticketId).id;
    r.year = QDateTime::fromMSecsSinceEpoch(r.issuedAtMs, domain::socTimeZone()).date().year();
    const QString typeCode = domain::reportTypeCode(r.kind);
    r.number = ReportNumberRepository(m_db).next(typeCode, r.year);
    r.code = domain::documentNumber(r.number, typeCode, ReportSettingsRepository(m_db).load().issuingCode);
    IssuedReportRepository(m_db).insert(r);
    journal(QStringLiteral("issued_report"), r.id, QStringLiteral("issue"),
            QJsonObject{{QStringLiteral("kind"), domain::reportKindKey(r.kind)},
                        {QStringLiteral("code"), r.code},
                        {QStringLiteral("ticket_id"), r.ticketId},
                        {QStringLiteral("issued_at"), r.issuedAtMs}});
    if (!r.ticketId.isEmpty()) {
        domain::Ticket t = requireTicket(r.ticketId);
        TimelineEvent e;
        e.ticketId = t.id;
        e.kind = TimelineKind::ReportIssued;
        e.step = request.kind == domain::ReportKind::Mau04 || request.kind == domain::ReportKind::Record ? 7 : 0;
        const QString title = domain::reportKindTitle(r.kind);
        e.summary = QCoreApplication::translate("CaseService", "Report issued: %1 (%2).").arg(title, r.code);
        e.details = QJsonObject{{QStringLiteral("number"), r.code},
                                {QStringLiteral("title"), title},
                                {QStringLiteral("kind"), domain::reportKindKey(r.kind)},
                                {QStringLiteral("report_id"), r.id}};
        appendEvent(e);
        touch(t);
        TicketRepository(m_db).update(t);
    }
    if (produce)
        produce(r); // throws to undo the number, the register entry and the timeline event
    tx.commit();
    return r;
}

void CaseService::recordReportCopy(const IssuedReport& report, const QString& output, const QString& destination)
{
    AuditEntry a;
    a.atMs = m_clock.nowMs();
    a.actor = m_author;
    a.action = QStringLiteral("issued_report.copy");
    a.objectType = QStringLiteral("issued_report");
    a.objectId = report.id;
    a.details = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("code"), report.code},
                                                            {QStringLiteral("output"), output},
                                                            {QStringLiteral("destination"), destination}})
                                      .toJson(QJsonDocument::Compact));
    Transaction tx(m_db);
    AuditLog(m_db).append(a);
    tx.commit();
}

} // namespace soc::store
