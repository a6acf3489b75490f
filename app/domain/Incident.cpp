#include "domain/Incident.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace soc::domain {

QString incidentTypeLabel(int type)
{
    switch (type) {
    case 1: return QCoreApplication::translate("IncidentType", "Denial of service");
    case 2: return QCoreApplication::translate("IncidentType", "Spoofing (impersonation) attack");
    case 3: return QCoreApplication::translate("IncidentType", "Attack using malware");
    case 4: return QCoreApplication::translate("IncidentType", "Unauthorised access, taking control");
    case 5: return QCoreApplication::translate("IncidentType", "Defacement");
    case 6: return QCoreApplication::translate("IncidentType", "Encryption of software, data or devices");
    case 7: return QCoreApplication::translate("IncidentType", "Destruction of information, data or software");
    case 8: return QCoreApplication::translate("IncidentType", "Eavesdropping, espionage, theft of information or data");
    case 9: return QCoreApplication::translate("IncidentType", "Combined attack");
    case 10: return QCoreApplication::translate("IncidentType", "Other forms of attack");
    default: return {};
    }
}

NationalGrouping SeriousCriteria::grouping() const
{
    const bool harm = serviceInterruption || stateSecretDisclosure || unrecoverableIntegrityLoss || lossOfControl
                      || cascadingHarm;
    return systemLevel4or5 && harm && ownerCannotHandleAlone ? NationalGrouping::Serious : NationalGrouping::Ordinary;
}

int SeriousCriteria::toBits() const
{
    return (systemLevel4or5 ? 1 : 0) | (serviceInterruption ? 2 : 0) | (stateSecretDisclosure ? 4 : 0)
           | (unrecoverableIntegrityLoss ? 8 : 0) | (lossOfControl ? 16 : 0) | (cascadingHarm ? 32 : 0)
           | (ownerCannotHandleAlone ? 64 : 0);
}

SeriousCriteria SeriousCriteria::fromBits(int b)
{
    SeriousCriteria c;
    c.systemLevel4or5 = b & 1;
    c.serviceInterruption = b & 2;
    c.stateSecretDisclosure = b & 4;
    c.unrecoverableIntegrityLoss = b & 8;
    c.lossOfControl = b & 16;
    c.cascadingHarm = b & 32;
    c.ownerCannotHandleAlone = b & 64;
    return c;
}

QString nationalGroupingLabel(NationalGrouping g)
{
    return g == NationalGrouping::Serious ? QCoreApplication::translate("NationalGrouping", "Serious")
                                          : QCoreApplication::translate("NationalGrouping", "Ordinary");
}

QString securityLevelLabel(int level)
{
    switch (level) {
    case 1: return QCoreApplication::translate("SecurityLevel", "Level 1: internal use, public information only");
    case 2: return QCoreApplication::translate("SecurityLevel", "Level 2: private or personal data of fewer than 10,000 users");
    case 3:
        return QCoreApplication::translate(
            "SecurityLevel", "Level 3: state secrets, or 10,000 users or more, or shared provincial infrastructure");
    case 4: return QCoreApplication::translate("SecurityLevel", "Level 4: serious national harm; national e-government 24/7");
    case 5: return QCoreApplication::translate("SecurityLevel", "Level 5: especially serious harm to national security");
    default: return QCoreApplication::translate("SecurityLevel", "Not classified");
    }
}

QStringList splitOrganisations(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts)) {
        const QString name = part.simplified().normalized(QString::NormalizationForm_C);
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    return out;
}

QString incidentHandlingKey(IncidentHandling h)
{
    switch (h) {
    case IncidentHandling::InHouse: return QStringLiteral("in_house");
    case IncidentHandling::WithOtherOrganisations: return QStringLiteral("other_organisations");
    case IncidentHandling::WithForeignOrganisations: return QStringLiteral("foreign_organisations");
    }
    return {};
}

std::optional<IncidentHandling> incidentHandlingFromKey(const QString& key)
{
    for (IncidentHandling h : {IncidentHandling::InHouse, IncidentHandling::WithOtherOrganisations,
                               IncidentHandling::WithForeignOrganisations})
        if (incidentHandlingKey(h) == key)
            return h;
    return std::nullopt;
}

QString escalationTargetKey(EscalationTarget t)
{
    switch (t) {
    case EscalationTarget::DirectSuperior: return QStringLiteral("direct_superior");
    case EscalationTarget::ProvincialDepartment: return QStringLiteral("provincial_department");
    case EscalationTarget::Police: return QStringLiteral("police");
    case EscalationTarget::NationalCoordinator: return QStringLiteral("national_coordinator");
    }
    return {};
}

std::optional<EscalationTarget> escalationTargetFromKey(const QString& key)
{
    for (EscalationTarget t : {EscalationTarget::DirectSuperior, EscalationTarget::ProvincialDepartment,
                               EscalationTarget::Police, EscalationTarget::NationalCoordinator})
        if (escalationTargetKey(t) == key)
            return t;
    return std::nullopt;
}

QString escalationTargetLabel(EscalationTarget t)
{
    switch (t) {
    case EscalationTarget::DirectSuperior: return QCoreApplication::translate("Escalation", "Direct superior");
    case EscalationTarget::ProvincialDepartment:
        return QCoreApplication::translate("Escalation", "Provincial department in charge");
    case EscalationTarget::Police: return QCoreApplication::translate("Escalation", "Provincial police");
    case EscalationTarget::NationalCoordinator:
        return QCoreApplication::translate("Escalation", "National coordinator (VNCERT/CC)");
    }
    return {};
}

QList<EscalationTarget> escalationTargetsFor(Severity s)
{
    if (s == Severity::High || s == Severity::Emergency)
        return {EscalationTarget::DirectSuperior, EscalationTarget::ProvincialDepartment, EscalationTarget::Police,
                EscalationTarget::NationalCoordinator};
    return {};
}

RegulatoryClocks RegulatoryClocks::of(const Incident& i)
{
    RegulatoryClocks c;
    c.notificationDueMs = i.detectedAtMs ? i.detectedAtMs + kFiveDaysMs : 0;
    c.mau03Immediately = i.beyondCapabilityAtMs != 0;
    c.closingReportDueMs = i.responseEndedAtMs ? i.responseEndedAtMs + kFiveDaysMs : 0;
    return c;
}

} // namespace soc::domain
