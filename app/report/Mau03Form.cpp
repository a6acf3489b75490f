#include "report/Mau03Form.h"

#include "report/DocumentFrame.h"
#include "report/OfficialWording.h"
#include "report/VietnameseDate.h"

namespace soc::report {
namespace {

using B = DocumentBlock;

QString orDefault(const QString& value, const QString& fallback) { return value.isEmpty() ? fallback : value; }

void addSystemDetails(std::vector<DocumentBlock>& body, const domain::IncidentForm& f)
{
    if (!f.hasSystemDetails())
        return; // item 9 is optional: left out entirely when nothing is known
    body.push_back(B::heading(QStringLiteral("9. Thông tin bổ sung về hệ thống thông tin bị sự cố")));
    if (!f.operatingSystem.isEmpty())
        body.push_back(B::field(QStringLiteral("Hệ điều hành, phiên bản"), f.operatingSystem));
    if (f.serviceWeb || f.serviceMail || f.serviceDatabase || !f.serviceOther.isEmpty())
        body.push_back(B::plain(QStringLiteral("Các dịch vụ có trên hệ thống: ") + OfficialWording::checkBox(f.serviceWeb, QStringLiteral("Web"))
                                + QStringLiteral("   ") + OfficialWording::checkBox(f.serviceMail, QStringLiteral("Thư điện tử"))
                                + QStringLiteral("   ") + OfficialWording::checkBox(f.serviceDatabase, QStringLiteral("Cơ sở dữ liệu"))
                                + QStringLiteral("   ")
                                + OfficialWording::checkBox(!f.serviceOther.isEmpty(), QStringLiteral("Khác: ") + f.serviceOther)));
    if (f.measureAntivirus || f.measureFirewall || f.measureIds || !f.measureOther.isEmpty())
        body.push_back(B::plain(QStringLiteral("Các biện pháp bảo đảm an toàn thông tin đã triển khai: ")
                                + OfficialWording::checkBox(f.measureAntivirus, QStringLiteral("Phòng chống mã độc")) + QStringLiteral("   ")
                                + OfficialWording::checkBox(f.measureFirewall, QStringLiteral("Tường lửa")) + QStringLiteral("   ")
                                + OfficialWording::checkBox(f.measureIds, QStringLiteral("Phát hiện xâm nhập")) + QStringLiteral("   ")
                                + OfficialWording::checkBox(!f.measureOther.isEmpty(), QStringLiteral("Khác: ") + f.measureOther)));
    if (!f.publicIps.isEmpty())
        body.push_back(B::field(QStringLiteral("Địa chỉ IP công khai của hệ thống"), f.publicIps));
    if (!f.domains.isEmpty())
        body.push_back(B::field(QStringLiteral("Các tên miền của hệ thống"), f.domains));
    if (!f.purpose.isEmpty())
        body.push_back(B::field(QStringLiteral("Mục đích chính sử dụng hệ thống"), f.purpose));
    if (f.attachLogs || f.attachMalwareSample || !f.attachOther.isEmpty())
        body.push_back(B::plain(QStringLiteral("Thông tin gửi kèm: ") + OfficialWording::checkBox(f.attachLogs, QStringLiteral("Nhật ký hệ thống"))
                                + QStringLiteral("   ") + OfficialWording::checkBox(f.attachMalwareSample, QStringLiteral("Mẫu mã độc"))
                                + QStringLiteral("   ")
                                + OfficialWording::checkBox(!f.attachOther.isEmpty(), QStringLiteral("Khác: ") + f.attachOther)));
    if (f.confidential)
        body.push_back(B::plain(QStringLiteral("Đề nghị giữ bí mật thông tin: ") + OfficialWording::checkBox(*f.confidential, QStringLiteral("Có"))
                                + QStringLiteral("   ") + OfficialWording::checkBox(!*f.confidential, QStringLiteral("Không"))));
}

} // namespace

OfficialDocument Mau03Form::build(const IncidentDossier& d, const DocumentIssue& issue)
{
    const domain::ReportSettings& s = issue.settings;
    const domain::IncidentForm& f = d.form;
    OfficialDocument doc = DocumentFrame::incidentForm(d, issue, QStringLiteral("Mẫu 03 (Thông tư số 20/2017/TT-BTTTT)"),
                                                       QStringLiteral("BÁO CÁO BAN ĐẦU SỰ CỐ MẠNG"),
                                                       QStringLiteral("1. Thông tin về tổ chức, cá nhân báo cáo sự cố (*)"));
    auto& body = doc.body;

    body.push_back(B::heading(QStringLiteral("2. Thông tin người liên hệ (*)")));
    body.push_back(B::field(QStringLiteral("Họ và tên (*)"), orDefault(f.contactName, s.contactName)));
    if (const QString position = orDefault(f.contactPosition, s.contactPosition); !position.isEmpty())
        body.push_back(B::field(QStringLiteral("Chức vụ"), position));
    body.push_back(B::field(QStringLiteral("Điện thoại (*)"), orDefault(f.contactPhone, s.contactPhone)));
    body.push_back(B::field(QStringLiteral("Thư điện tử (*)"), orDefault(f.contactEmail, s.contactEmail)));

    body.push_back(B::heading(QStringLiteral("3. Thông tin về hệ thống thông tin bị sự cố")));
    body.push_back(B::field(QStringLiteral("Đơn vị vận hành hệ thống thông tin (*)"), DocumentFrame::operatingUnit(d)));
    if (!d.incident.owningAgency.isEmpty())
        body.push_back(B::field(QStringLiteral("Cơ quan chủ quản"), d.incident.owningAgency));
    if (const QString name = DocumentFrame::systemName(d); !name.isEmpty())
        body.push_back(B::field(QStringLiteral("Tên hệ thống, tên miền và địa chỉ IP liên quan"), name));
    if (d.incident.systemLevel > 0)
        body.push_back(B::plain(QStringLiteral("Cấp độ an toàn của hệ thống thông tin: ") + DocumentFrame::securityLevelBoxes(d.incident.systemLevel)));
    if (!f.securityProvider.isEmpty())
        body.push_back(B::field(QStringLiteral("Đơn vị cung cấp dịch vụ bảo đảm an toàn thông tin"), f.securityProvider));
    if (!f.connectivityProvider.isEmpty())
        body.push_back(B::field(QStringLiteral("Đơn vị cung cấp dịch vụ kết nối"), f.connectivityProvider));

    body.push_back(B::heading(QStringLiteral("4. Mô tả sơ bộ về sự cố (*)")));
    body.push_back(B::paragraph(d.ticket.title + (d.ticket.description.isEmpty() ? QString() : QStringLiteral(". ") + d.ticket.description)));
    body.push_back(B::field(QStringLiteral("Loại sự cố"), OfficialWording::incidentType(d.incident.type)));
    body.push_back(B::field(QStringLiteral("Mức độ"), OfficialWording::severity(d.incident.severity)));
    body.push_back(B::field(QStringLiteral("Phân nhóm"), OfficialWording::grouping(d.incident.criteria.grouping())));

    body.push_back(B::heading(QStringLiteral("5. Thời điểm phát hiện sự cố (*)")));
    body.push_back(B::field(QStringLiteral("Ngày phát hiện (*)"), VietnameseDate::date(d.incident.detectedAtMs)));
    body.push_back(B::field(QStringLiteral("Thời gian phát hiện (*)"), VietnameseDate::hourMinute(d.incident.detectedAtMs)));

    const bool handled = d.incident.responseEndedAtMs > 0 || d.incident.closedAtMs > 0;
    body.push_back(B::heading(QStringLiteral("6. Tình trạng xử lý sự cố (*)")));
    body.push_back(B::plain(OfficialWording::checkBox(handled, QStringLiteral("Đã xử lý")) + QStringLiteral("      ")
                            + OfficialWording::checkBox(!handled, QStringLiteral("Chưa xử lý"))));

    // Monitoring tickets come from the sensors unless the form says how it was found.
    const bool anyDetection = f.detectedByIds || f.detectedByLogReview || !f.notifiedBy.isEmpty() || !f.detectedOther.isEmpty();
    const bool byIds = f.detectedByIds || (!anyDetection && d.ticket.channel == domain::IntakeChannel::Monitoring);
    body.push_back(B::heading(QStringLiteral("7. Cách thức phát hiện sự cố (*)")));
    body.push_back(B::plain(OfficialWording::checkBox(byIds, QStringLiteral("Qua hệ thống phát hiện xâm nhập"))));
    body.push_back(B::plain(OfficialWording::checkBox(f.detectedByLogReview, QStringLiteral("Qua kiểm tra dữ liệu nhật ký"))));
    body.push_back(B::plain(OfficialWording::checkBox(!f.notifiedBy.isEmpty(), QStringLiteral("Nhận được thông báo từ: ") + f.notifiedBy)));
    body.push_back(B::plain(OfficialWording::checkBox(!f.detectedOther.isEmpty(), QStringLiteral("Khác: ") + f.detectedOther)));

    const bool coordinator = f.notifiedCoordinator || d.incident.notifiedAtMs[3] > 0;
    body.push_back(B::heading(QStringLiteral("8. Đã thông báo sự cố cho (*)")));
    body.push_back(B::plain(OfficialWording::checkBox(f.notifiedNetworkMember, QStringLiteral("Thành viên mạng lưới ứng cứu sự cố"))));
    body.push_back(B::plain(OfficialWording::checkBox(f.notifiedIsp, QStringLiteral("Doanh nghiệp cung cấp dịch vụ viễn thông, Internet (ISP)"))));
    body.push_back(B::plain(OfficialWording::checkBox(coordinator, QStringLiteral("Cơ quan điều phối quốc gia (VNCERT/CC)"))));

    addSystemDetails(body, f);

    if (!f.recommendations.isEmpty()) {
        body.push_back(B::heading(QStringLiteral("10. Kiến nghị, đề xuất hỗ trợ")));
        body.push_back(B::paragraph(f.recommendations));
    }
    body.push_back(B::heading(QStringLiteral("11. Thời gian thực hiện báo cáo sự cố (*)")));
    body.push_back(B::paragraph(VietnameseDate::hourMinute(issue.issuedAtMs) + QStringLiteral(", ")
                                + VietnameseDate::dateLine(VietnameseDate::local(issue.issuedAtMs).date())));
    return doc;
}

} // namespace soc::report
