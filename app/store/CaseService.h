#pragma once

#include "domain/Clock.h"
#include "domain/Evidence.h"
#include "domain/Incident.h"
#include "domain/IncidentForm.h"
#include "domain/IssuedReport.h"
#include "domain/ReportSettings.h"
#include "domain/ResponseStep.h"
#include "domain/ServiceLevels.h"
#include "domain/Ticket.h"
#include "domain/TimelineEvent.h"
#include "store/AccessGuard.h"

#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace soc::store {

class Database;
class EvidenceVault;

// The unit of work for case handling: every change to a ticket or incident is one
// transaction that also appends its timeline event and its change-journal entry. Rules that say
// no throw DatabaseError(Refused) with a translated sentence saying why and what to do;
// unknown ids throw DatabaseError(NotFound). Every write first checks the author's role against
// the permission table: DatabaseError(Forbidden), audited, nothing changed.
class CaseService {
public:
    CaseService(Database& db, QString author, const domain::Clock& clock);

    // The author's permissions. A caller that wraps several calls in its own transaction checks
    // with access().require() before opening it (a refusal inside it would roll back with it).
    AccessGuard& access() { return m_access; }

    domain::ServiceLevels serviceLevels();
    void setServiceLevels(const domain::ServiceLevels& levels);

    // --- tickets ---
    struct NewTicket {
        QString title;
        QString description;
        domain::Severity severity = domain::Severity::Medium;
        QString agency;
        domain::IntakeChannel channel = domain::IntakeChannel::Monitoring;
        QString assignee;
        std::vector<qint64> alertIds;
        qint64 reportedAtMs = 0; // for phone/email/document reports: when it came in; 0 = now
    };
    domain::Ticket createTicket(const NewTicket& t);
    void setStatus(const QString& ticketId, domain::TicketStatus status, const QString& reason = {});
    void setStatus(std::span<const QString> ticketIds, domain::TicketStatus status, const QString& reason = {});
    void assign(std::span<const QString> ticketIds, const QString& assignee); // empty = unassign
    void editTicket(const QString& ticketId, const QString& title, const QString& description,
                    domain::Severity severity, const QString& agency);
    void attachAlerts(const QString& ticketId, std::span<const qint64> alertIds);

    // Alerts related to `alertId` for a suggested ticket: same signature and source, same host, or
    // same destination, within +/- windowMs; the analyst confirms. At most `limit` ids.
    std::vector<qint64> suggestRelatedAlerts(qint64 alertId, qint64 windowMs = 3600'000, int limit = 500);

    // --- incidents ---
    struct Declaration {
        domain::Severity severity = domain::Severity::High;
        int type = 10;
        domain::SeriousCriteria criteria;
        QString affectedSystem;
        int systemLevel = 0;
        QString owningAgency;
        qint64 detectedAtMs = 0; // 0 = the ticket's creation time
        qint64 reportedAtMs = 0; // 0 = now
    };
    domain::Incident declareIncident(const QString& ticketId, const Declaration& d);
    void updateIncident(const domain::Incident& incident); // classification, system, criteria, lessons, outcome, Mẫu 05 help
    void markBeyondCapability(const QString& ticketId);      // Mẫu 03 at once
    void startStep(const QString& ticketId, int step);
    void completeStep(const QString& ticketId, int step);    // gates: 3 containment, 4 evidence, 7 lessons+outcome
    void skipStep(const QString& ticketId, int step, const QString& reason);
    void setStepOwner(const QString& ticketId, int step, const QString& owner);
    void setStepNotes(const QString& ticketId, int step, const QString& notes);
    void setStepChecklist(const QString& ticketId, int step, quint32 doneBits);
    // records that `target` was notified, as a communication on the timeline.
    void recordEscalation(const QString& ticketId, domain::EscalationTarget target, domain::CommChannel channel,
                          const QString& counterpart, const QString& summary);
    void closeIncident(const QString& ticketId); // refused while a step is neither done nor skipped with a reason

    // --- timeline (append-only) ---
    domain::TimelineEvent addNote(const QString& ticketId, const QString& text, int step = 0, qint64 occurredAtMs = 0);
    domain::TimelineEvent addAction(const QString& ticketId, const QString& text, int step, bool containment,
                                    qint64 occurredAtMs = 0);
    domain::TimelineEvent addCommunication(const QString& ticketId, domain::CommChannel channel,
                                           const QString& counterpart, domain::CommDirection direction,
                                           const QString& summary, qint64 occurredAtMs = 0);
    domain::TimelineEvent addReportIssued(const QString& ticketId, const QString& reportNumber, const QString& title);
    // A correction: a new event that supersedes `eventId` with a new summary and/or occurred-at.
    domain::TimelineEvent correctEvent(const QString& ticketId, const QString& eventId, const QString& summary,
                                       qint64 occurredAtMs);

    // --- evidence (step 4, R-8) ---
    struct NewEvidence {
        QString filePath;
        QString description;
        QString sourceSystem;
        QString collectedBy; // empty = the author
        qint64 collectedAtMs = 0; // 0 = now
    };
    // Hashes and stores the file encrypted (off the GUI thread: it can be large).
    domain::Evidence addEvidence(EvidenceVault& vault, const QString& ticketId, const NewEvidence& e,
                                 const std::atomic_bool* cancel = nullptr,
                                 const std::function<void(qint64, qint64)>& progress = {});
    struct VerifyOutcome {
        QString evidenceId;
        QString name;
        bool ok = false;
        QString problem;
    };
    // Recomputes every item's hash; each check is recorded in the custody log.
    std::vector<VerifyOutcome> verifyEvidence(EvidenceVault& vault, const QString& ticketId);
    // Writes the decrypted item and its custody record (JSON beside it) to `directory`.
    QString exportEvidence(EvidenceVault& vault, const QString& evidenceId, const QString& directory,
                           const QString& recipient);

    // --- official documents (R-11, R-12) ---
    domain::ReportSettings reportSettings();
    void setReportSettings(const domain::ReportSettings& settings);
    domain::IncidentForm incidentForm(const QString& ticketId);
    void setIncidentForm(const QString& ticketId, const domain::IncidentForm& form);
    struct NewReport {
        domain::ReportKind kind = domain::ReportKind::Incident;
        QString ticketId; // empty for reports about a period
        qint64 periodFromMs = 0;
        qint64 periodToMs = 0;
    };
    // Takes the next number of the year for the document's type code, registers the document and,
    // for an incident, appends its ReportIssued timeline event. `produce` writes the document with
    // that number inside the same transaction: when it throws, nothing is kept.
    domain::IssuedReport issueReport(const NewReport& request,
                                     const std::function<void(const domain::IssuedReport&)>& produce = {});
    // A copy of an issued document was saved or printed again, under the same number (R-20:
    // prints are audited). `output` is "pdf" or "printer"; `destination` the file name (without
    // its folder) or the printer. Nothing else changes, so nothing is journalled for sync.
    void recordReportCopy(const domain::IssuedReport& report, const QString& output, const QString& destination);

private:
    domain::Ticket requireTicket(const QString& id);
    domain::Incident requireIncident(const QString& ticketId);
    void appendEvent(domain::TimelineEvent& e);
    // Appends `e` to the ticket's timeline in its own unit of work and marks the ticket updated.
    domain::TimelineEvent appendToTicket(const QString& ticketId, domain::TimelineEvent e);
    void journal(const QString& entity, const QString& entityId, const QString& op, const QJsonObject& payload);
    void touch(domain::Ticket& t);
    void maybeEndResponse(const QString& ticketId);

    // Refuses closing when one of `ticketIds` is an incident and the role may not close one.
    void requireCloseIfIncident(std::span<const QString> ticketIds);

    Database& m_db;
    QString m_author;
    const domain::Clock& m_clock;
    AccessGuard m_access;
};

} // namespace soc::store
