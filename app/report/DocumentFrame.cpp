#include "report/DocumentFrame.h"

#include "report/OfficialWording.h"
#include "report/VietnameseDate.h"

namespace soc::report {

OfficialDocument DocumentFrame::from(const DocumentIssue& issue)
{
    const domain::ReportSettings& s = issue.settings;
    OfficialDocument d;
    d.parentBody = s.parentBody;
    d.issuingBody = s.issuingBody;
    d.number = issue.number;
    d.placeDate = VietnameseDate::placeDateLine(s.placeName, VietnameseDate::local(issue.issuedAtMs).date());
    d.recipients = s.recipients;
    d.distribution = s.distribution;
    d.archiveUnit = s.archiveUnit;
    d.signer = signer(s);
    return d;
}

SignatureBlock DocumentFrame::signer(const domain::ReportSettings& s)
{
    SignatureBlock b;
    if (!s.signerAuthority.isEmpty())
        b.authority = (s.signerAuthority + u' ' + s.signerAuthorityOf).trimmed();
    b.position = s.signerPosition;
    b.name = s.signerName;
    return b;
}

QString DocumentFrame::operatingUnit(const IncidentDossier& d)
{
    if (!d.form.operatingUnit.isEmpty())
        return d.form.operatingUnit;
    return d.incident.owningAgency.isEmpty() ? d.ticket.agency : d.incident.owningAgency;
}

QString DocumentFrame::systemName(const IncidentDossier& d)
{
    QString name = d.incident.affectedSystem;
    if (!d.form.systemAddresses.isEmpty())
        name += (name.isEmpty() ? QString() : QStringLiteral(" — ")) + d.form.systemAddresses;
    return name;
}

QString DocumentFrame::securityLevelBoxes(int level)
{
    QStringList boxes;
    for (int l = 1; l <= 5; ++l)
        boxes << OfficialWording::checkBox(l == level, QString::number(l));
    return boxes.join(QStringLiteral("   "));
}

} // namespace soc::report
