#include "domain/IncidentForm.h"

#include <QJsonArray>

namespace soc::domain {
namespace {

struct TextField {
    const char* key;
    QString IncidentForm::*member;
};
constexpr TextField kText[] = {
    {"contact_name", &IncidentForm::contactName},
    {"contact_position", &IncidentForm::contactPosition},
    {"contact_phone", &IncidentForm::contactPhone},
    {"contact_email", &IncidentForm::contactEmail},
    {"operating_unit", &IncidentForm::operatingUnit},
    {"system_addresses", &IncidentForm::systemAddresses},
    {"security_provider", &IncidentForm::securityProvider},
    {"connectivity_provider", &IncidentForm::connectivityProvider},
    {"notified_by", &IncidentForm::notifiedBy},
    {"detected_other", &IncidentForm::detectedOther},
    {"operating_system", &IncidentForm::operatingSystem},
    {"service_other", &IncidentForm::serviceOther},
    {"measure_other", &IncidentForm::measureOther},
    {"public_ips", &IncidentForm::publicIps},
    {"domains", &IncidentForm::domains},
    {"purpose", &IncidentForm::purpose},
    {"attach_other", &IncidentForm::attachOther},
    {"recommendations", &IncidentForm::recommendations},
    {"closing_attachments", &IncidentForm::closingAttachments},
    {"meeting_place", &IncidentForm::meetingPlace},
    {"chair", &IncidentForm::chair},
    {"recorder", &IncidentForm::recorder},
};

struct FlagField {
    const char* key;
    bool IncidentForm::*member;
};
constexpr FlagField kFlags[] = {
    {"detected_by_ids", &IncidentForm::detectedByIds},
    {"detected_by_log_review", &IncidentForm::detectedByLogReview},
    {"notified_network_member", &IncidentForm::notifiedNetworkMember},
    {"notified_isp", &IncidentForm::notifiedIsp},
    {"notified_coordinator", &IncidentForm::notifiedCoordinator},
    {"service_web", &IncidentForm::serviceWeb},
    {"service_mail", &IncidentForm::serviceMail},
    {"service_database", &IncidentForm::serviceDatabase},
    {"measure_antivirus", &IncidentForm::measureAntivirus},
    {"measure_firewall", &IncidentForm::measureFirewall},
    {"measure_ids", &IncidentForm::measureIds},
    {"attach_logs", &IncidentForm::attachLogs},
    {"attach_malware_sample", &IncidentForm::attachMalwareSample},
};

} // namespace

bool IncidentForm::hasSystemDetails() const
{
    return !operatingSystem.isEmpty() || serviceWeb || serviceMail || serviceDatabase || !serviceOther.isEmpty()
           || measureAntivirus || measureFirewall || measureIds || !measureOther.isEmpty() || !publicIps.isEmpty()
           || !domains.isEmpty() || !purpose.isEmpty() || attachLogs || attachMalwareSample || !attachOther.isEmpty()
           || confidential.has_value();
}

QJsonObject IncidentForm::toJson() const
{
    QJsonObject o;
    for (const TextField& f : kText)
        if (!(this->*f.member).isEmpty())
            o.insert(QLatin1String(f.key), this->*f.member);
    for (const FlagField& f : kFlags)
        if (this->*f.member)
            o.insert(QLatin1String(f.key), true);
    if (confidential)
        o.insert(QStringLiteral("confidential"), *confidential);
    if (meetingStartMs)
        o.insert(QStringLiteral("meeting_start"), meetingStartMs);
    if (meetingEndMs)
        o.insert(QStringLiteral("meeting_end"), meetingEndMs);
    if (!attendees.isEmpty())
        o.insert(QStringLiteral("attendees"), QJsonArray::fromStringList(attendees));
    return o;
}

IncidentForm IncidentForm::fromJson(const QJsonObject& o)
{
    IncidentForm f;
    for (const TextField& t : kText)
        f.*t.member = o.value(QLatin1String(t.key)).toString().normalized(QString::NormalizationForm_C);
    for (const FlagField& b : kFlags)
        f.*b.member = o.value(QLatin1String(b.key)).toBool();
    if (o.value(QStringLiteral("confidential")).isBool())
        f.confidential = o.value(QStringLiteral("confidential")).toBool();
    f.meetingStartMs = static_cast<qint64>(o.value(QStringLiteral("meeting_start")).toDouble());
    f.meetingEndMs = static_cast<qint64>(o.value(QStringLiteral("meeting_end")).toDouble());
    for (const QJsonValue& v : o.value(QStringLiteral("attendees")).toArray())
        f.attendees << v.toString().normalized(QString::NormalizationForm_C);
    return f;
}

} // namespace soc::domain
