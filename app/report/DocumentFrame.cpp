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

OfficialDocument DocumentFrame::incidentForm(const IncidentDossier& d, const DocumentIssue& issue,
                                            const QString& formLabel, const QString& title, const QString& heading)
{
    using B = DocumentBlock;
    const domain::ReportSettings& s = issue.settings;
    OfficialDocument doc = from(issue);
    doc.formLabel = formLabel;
    doc.title = title;
    doc.subject = QStringLiteral("Về sự cố: ") + d.ticket.title;
    doc.signer.caption = QStringLiteral("NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT");
    doc.signer.note = QStringLiteral("(Ký tên, đóng dấu)");
    doc.body.push_back(B::heading(heading));
    doc.body.push_back(B::field(QStringLiteral("Tên tổ chức (*)"), s.issuingBody));
    doc.body.push_back(B::field(QStringLiteral("Địa chỉ (*)"), s.address));
    doc.body.push_back(B::field(QStringLiteral("Điện thoại (*)"), s.phone));
    doc.body.push_back(B::field(QStringLiteral("Thư điện tử (*)"), s.email));
    return doc;
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
