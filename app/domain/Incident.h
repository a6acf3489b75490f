#pragma once

#include "domain/Severity.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace soc::domain {

// the ten official incident types (TT 20/2017 Mẫu 05 rows), numbered 1..10.
QString incidentTypeLabel(int type); // translated official wording; empty outside 1..10
constexpr int kIncidentTypeCount = 10;

// national grouping. "Nghiêm trọng" only when ALL three hold: the system is level 4-5, one of
// the listed harms happened, and the owner cannot handle it alone.
enum class NationalGrouping { Ordinary, Serious };
struct SeriousCriteria {
    bool systemLevel4or5 = false;
    bool serviceInterruption = false;
    bool stateSecretDisclosure = false;
    bool unrecoverableIntegrityLoss = false;
    bool lossOfControl = false;
    bool cascadingHarm = false;
    bool ownerCannotHandleAlone = false;

    NationalGrouping grouping() const;
    int toBits() const;
    static SeriousCriteria fromBits(int bits);
};
QString nationalGroupingLabel(NationalGrouping g); // Thông thường / Nghiêm trọng

// information-system security levels 1..5.
QString securityLevelLabel(int level);

// whom to notify at once for high or emergency incidents, in order.
enum class EscalationTarget { DirectSuperior = 0, ProvincialDepartment = 1, Police = 2, NationalCoordinator = 3 };
QString escalationTargetKey(EscalationTarget t);
std::optional<EscalationTarget> escalationTargetFromKey(const QString& key);
QString escalationTargetLabel(EscalationTarget t);
QList<EscalationTarget> escalationTargetsFor(Severity s); // empty for low and medium

// Mẫu 05 columns: handled in-house, with help from other organisations, with foreign help.
enum class IncidentHandling { InHouse = 0, WithOtherOrganisations = 1, WithForeignOrganisations = 2 };
QString incidentHandlingKey(IncidentHandling h); // in_house, other_organisations, foreign_organisations
std::optional<IncidentHandling> incidentHandlingFromKey(const QString& key);

// The helping organisations of an incident, written one per line or separated by semicolons:
// each named once, in NFC, spaces simplified.
QStringList splitOrganisations(const QString& text);

struct Incident {
    QString ticketId;
    Severity severity = Severity::Medium;
    int type = 10; // R-4, 1..10
    SeriousCriteria criteria;
    QString affectedSystem;
    int systemLevel = 0; // R-5, 1..5; 0 = unknown
    QString owningAgency;
    qint64 detectedAtMs = 0;
    qint64 reportedAtMs = 0;
    qint64 declaredAtMs = 0;
    qint64 beyondCapabilityAtMs = 0; // marked beyond the unit's capability (Mẫu 03 at once)
    qint64 responseEndedAtMs = 0;    // when steps 1-6 were all done or skipped
    QString lessonsLearned;          // step 7
    QString outcome;                 // step 7
    qint64 closedAtMs = 0;
    // Escalation notifications recorded: target -> when; 0 = not yet.
    qint64 notifiedAtMs[4] = {0, 0, 0, 0};
    // Mẫu 05 (TT 20/2017): how it was handled, whether the national coordinator was asked for help,
    // the estimated damage and who helped.
    IncidentHandling handling = IncidentHandling::InHouse;
    bool supportRequested = false;
    qint64 estimatedDamageVnd = 0;
    QString helpingOrganisations;
};

// R-11 clocks derived from the incident.
struct RegulatoryClocks {
    qint64 notificationDueMs = 0;  // detection + 5 days
    bool mau03Immediately = false; // beyond capability: report with Mẫu 03 now
    qint64 closingReportDueMs = 0; // response end + 5 days; 0 while the response goes on
    static RegulatoryClocks of(const Incident& i);
};
constexpr qint64 kFiveDaysMs = 5LL * 24 * 3600 * 1000;

} // namespace soc::domain
