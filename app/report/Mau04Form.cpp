#include "report/Mau04Form.h"

#include "report/DocumentFrame.h"
#include "report/OfficialWording.h"
#include "report/VietnameseDate.h"

namespace soc::report {

OfficialDocument Mau04Form::build(const IncidentDossier& d, const DocumentIssue& issue)
{
    using B = DocumentBlock;
    OfficialDocument doc = DocumentFrame::incidentForm(d, issue, QStringLiteral("Mẫu 04 (Thông tư số 20/2017/TT-BTTTT)"),
                                                       QStringLiteral("BÁO CÁO KẾT THÚC ỨNG PHÓ SỰ CỐ"),
                                                       QStringLiteral("1. Thông tin về tổ chức báo cáo (*)"));
    auto& body = doc.body;

    body.push_back(B::heading(QStringLiteral("2. Báo cáo ban đầu sự cố")));
    if (d.initialReport) {
        body.push_back(B::field(QStringLiteral("Số, ký hiệu"), d.initialReport->code));
        body.push_back(B::field(QStringLiteral("Ngày"), VietnameseDate::date(d.initialReport->issuedAtMs)));
    } else {
        body.push_back(B::paragraph(QStringLiteral("Chưa có báo cáo ban đầu (Mẫu 03) về sự cố này.")));
    }

    body.push_back(B::heading(QStringLiteral("3. Thông tin về hệ thống thông tin bị sự cố")));
    body.push_back(B::field(QStringLiteral("Đơn vị vận hành hệ thống thông tin (*)"), DocumentFrame::operatingUnit(d)));
    if (!d.incident.owningAgency.isEmpty())
        body.push_back(B::field(QStringLiteral("Cơ quan chủ quản"), d.incident.owningAgency));
    if (const QString name = DocumentFrame::systemName(d); !name.isEmpty())
        body.push_back(B::field(QStringLiteral("Tên hệ thống thông tin"), name));
    if (d.incident.systemLevel > 0)
        body.push_back(B::plain(QStringLiteral("Cấp độ an toàn của hệ thống thông tin: ") + DocumentFrame::securityLevelBoxes(d.incident.systemLevel)));

    body.push_back(B::heading(QStringLiteral("4. Tên, mô tả sự cố")));
    body.push_back(B::paragraph(d.ticket.title + (d.ticket.description.isEmpty() ? QString() : QStringLiteral(". ") + d.ticket.description)));

    body.push_back(B::heading(QStringLiteral("5. Ngày, giờ phát hiện sự cố (*)")));
    body.push_back(B::paragraph(VietnameseDate::hourMinute(d.incident.detectedAtMs) + QStringLiteral(", ngày ")
                                + VietnameseDate::date(d.incident.detectedAtMs)));

    body.push_back(B::heading(QStringLiteral("6. Kết quả xử lý sự cố")));
    if (!d.incident.outcome.isEmpty())
        body.push_back(B::field(QStringLiteral("Kết quả"), d.incident.outcome));
    body.push_back(B::field(QStringLiteral("Hình thức xử lý"), OfficialWording::handling(d.incident.handling)));
    if (!d.incident.helpingOrganisations.isEmpty())
        body.push_back(B::field(QStringLiteral("Tổ chức hỗ trợ"), d.incident.helpingOrganisations));
    if (d.incident.estimatedDamageVnd > 0)
        body.push_back(B::field(QStringLiteral("Thiệt hại ước tính"), OfficialWording::money(d.incident.estimatedDamageVnd)));
    if (d.incident.responseEndedAtMs)
        body.push_back(B::field(QStringLiteral("Thời điểm kết thúc ứng phó"), VietnameseDate::dateTime(d.incident.responseEndedAtMs)));
    if (!d.incident.lessonsLearned.isEmpty())
        body.push_back(B::field(QStringLiteral("Đề xuất biện pháp để xử lý nhanh các sự cố tương tự"), d.incident.lessonsLearned));

    QString attachments = d.form.closingAttachments;
    if (attachments.isEmpty() && !d.evidence.empty())
        attachments = QStringLiteral("Danh sách %1 chứng cứ số kèm mã băm SHA-256 (theo báo cáo sự cố).").arg(d.evidence.size());
    if (!attachments.isEmpty()) {
        body.push_back(B::heading(QStringLiteral("7. Tài liệu kèm theo")));
        body.push_back(B::paragraph(attachments));
    }
    return doc;
}

} // namespace soc::report
