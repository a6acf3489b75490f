#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace soc::domain {

// What the official forms ask about an incident that the incident record itself does not hold:
// TT 20/2017 Mẫu 03 items 2, 3, 7-10, Mẫu 04 item 7, and the closing meeting of the NĐ 30 record
// (biên bản). One document per incident; empty optional parts are left out when printing.
struct IncidentForm {
    // Mẫu 03 item 2: contact person (empty = the settings' default contact).
    QString contactName;
    QString contactPosition;
    QString contactPhone;
    QString contactEmail;
    // Item 3: the affected system beyond the incident's name, level and owning agency.
    QString operatingUnit; // empty = the incident's owning agency
    QString systemAddresses; // related domains and IP addresses
    QString securityProvider;
    QString connectivityProvider;
    // Item 7: how it was detected.
    bool detectedByIds = false;
    bool detectedByLogReview = false;
    QString notifiedBy; // non-empty: "notified by …"
    QString detectedOther;
    // Item 8: already notified (the national coordinator also counts when the incident recorded it).
    bool notifiedNetworkMember = false;
    bool notifiedIsp = false;
    bool notifiedCoordinator = false;
    // Item 9: additional information about the system.
    QString operatingSystem;
    bool serviceWeb = false;
    bool serviceMail = false;
    bool serviceDatabase = false;
    QString serviceOther;
    bool measureAntivirus = false;
    bool measureFirewall = false;
    bool measureIds = false;
    QString measureOther;
    QString publicIps;
    QString domains;
    QString purpose;
    bool attachLogs = false;
    bool attachMalwareSample = false;
    QString attachOther;
    std::optional<bool> confidential; // unset: the item is left out
    // Item 10.
    QString recommendations;
    // Mẫu 04 item 7: attachments of the closing report.
    QString closingAttachments;
    // NĐ 30 Mẫu 1.9 closing meeting.
    qint64 meetingStartMs = 0;
    qint64 meetingEndMs = 0;
    QString meetingPlace;
    QStringList attendees;
    QString chair;
    QString recorder;

    bool hasSystemDetails() const; // anything of item 9 to print
    QJsonObject toJson() const;
    static IncidentForm fromJson(const QJsonObject& o);
};

} // namespace soc::domain
