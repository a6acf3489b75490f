#include "report/Mau05Form.h"

#include "report/DocumentFrame.h"
#include "report/FigureWording.h"
#include "report/OfficialWording.h"
#include "report/PeriodTables.h"
#include "report/PeriodWording.h"

namespace soc::report {

OfficialDocument Mau05Form::build(const domain::PeriodStatistics& s, const DocumentIssue& issue)
{
    using B = DocumentBlock;
    const domain::ReportSettings& settings = issue.settings;
    const domain::PeriodFigures& f = s.current;
    OfficialDocument doc = DocumentFrame::from(issue);
    doc.formLabel = QStringLiteral("Mẫu 05 (Thông tư số 20/2017/TT-BTTTT)");
    doc.title = QStringLiteral("BÁO CÁO TỔNG HỢP");
    doc.subject = QStringLiteral("Tình hình tiếp nhận và xử lý sự cố an toàn thông tin mạng");
    doc.signer.caption = QStringLiteral("NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT");
    doc.signer.note = QStringLiteral("(Ký tên, đóng dấu)");
    auto& body = doc.body;

    body.push_back(B::field(QStringLiteral("Kỳ báo cáo"), PeriodWording::described(f.period)));

    body.push_back(B::heading(QStringLiteral("1. Thông tin về tổ chức báo cáo (*)")));
    body.push_back(B::field(QStringLiteral("Tên tổ chức (*)"), settings.issuingBody));
    body.push_back(B::field(QStringLiteral("Địa chỉ (*)"), settings.address));
    body.push_back(B::field(QStringLiteral("Điện thoại (*)"), settings.phone));
    body.push_back(B::field(QStringLiteral("Thư điện tử (*)"), settings.email));
    body.push_back(B::field(QStringLiteral("Mã thành viên mạng lưới ứng cứu sự cố"),
                            settings.networkMemberCode.isEmpty() ? QStringLiteral("—") : settings.networkMemberCode));

    body.push_back(B::heading(QStringLiteral("2. Thống kê sự cố đã tiếp nhận, xử lý trong kỳ")));
    body.push_back(B::paragraph(
        QStringLiteral("Tổng số sự cố: %1; tổng thiệt hại ước tính: %2.")
            .arg(FigureWording::count(f.mau05Total.count), OfficialWording::money(f.mau05Total.estimatedDamageVnd))));
    body.push_back(PeriodTables::mau05(f));

    body.push_back(B::heading(QStringLiteral("3. Danh sách các tổ chức đã hỗ trợ xử lý sự cố")));
    body.push_back(PeriodTables::helpingOrganisations(f));
    return doc;
}

} // namespace soc::report
