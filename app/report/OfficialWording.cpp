#include "report/OfficialWording.h"

#include <array>

namespace soc::report {
namespace {

template <size_t N>
QString pick(const std::array<const char*, N>& texts, int index)
{
    return index >= 0 && static_cast<size_t>(index) < N ? QString::fromUtf8(texts[static_cast<size_t>(index)]) : QString();
}

} // namespace

QString OfficialWording::severity(domain::Severity s)
{
    static constexpr std::array<const char*, 4> k{"Thấp", "Trung bình", "Cao", "Khẩn cấp"};
    return pick(k, static_cast<int>(s) - 1);
}

QString OfficialWording::incidentType(int type)
{
    static constexpr std::array<const char*, 10> k{"Từ chối dịch vụ (DoS)",
                                                   "Tấn công giả mạo",
                                                   "Tấn công sử dụng mã độc",
                                                   "Truy cập trái phép, chiếm quyền điều khiển",
                                                   "Thay đổi giao diện",
                                                   "Mã hóa phần mềm, dữ liệu, thiết bị",
                                                   "Phá hoại thông tin, dữ liệu, phần mềm",
                                                   "Nghe trộm, gián điệp, lấy cắp thông tin, dữ liệu",
                                                   "Tấn công tổng hợp",
                                                   "Các hình thức tấn công khác"};
    return pick(k, type - 1);
}

QString OfficialWording::securityLevel(int level)
{
    return level >= 1 && level <= 5 ? QStringLiteral("Cấp độ %1").arg(level) : QStringLiteral("Chưa xác định cấp độ");
}

QString OfficialWording::grouping(domain::NationalGrouping g)
{
    return g == domain::NationalGrouping::Serious ? QStringLiteral("Nghiêm trọng") : QStringLiteral("Thông thường");
}

QString OfficialWording::stepTitle(int step)
{
    static constexpr std::array<const char*, 7> k{"Ghi nhận sự cố",
                                                  "Phân tích sự cố",
                                                  "Ngăn chặn sự cố",
                                                  "Thu thập bằng chứng và truy tìm thủ phạm",
                                                  "Xử lý nguyên nhân sự cố",
                                                  "Khôi phục",
                                                  "Hoạt động sau sự cố"};
    return pick(k, step - 1);
}

QString OfficialWording::stepState(domain::StepState s)
{
    static constexpr std::array<const char*, 4> k{"Chưa bắt đầu", "Đang thực hiện", "Hoàn thành", "Bỏ qua"};
    return pick(k, static_cast<int>(s));
}

QString OfficialWording::timelineKind(domain::TimelineKind k)
{
    static constexpr std::array<const char*, 10> t{"Gắn cảnh báo", "Trạng thái", "Bước xử lý", "Hành động",
                                                   "Ghi chú",      "Trao đổi",   "Chứng cứ số", "Báo cáo",
                                                   "Đính chính",   "Xung đột đồng bộ"};
    return pick(t, static_cast<int>(k));
}

QString OfficialWording::commChannel(domain::CommChannel c)
{
    static constexpr std::array<const char*, 4> k{"Điện thoại", "Thư điện tử công vụ", "Văn bản", "Fax"};
    return pick(k, static_cast<int>(c));
}

QString OfficialWording::handling(domain::IncidentHandling h)
{
    static constexpr std::array<const char*, 3> k{"Tự xử lý", "Có sự hỗ trợ của tổ chức khác",
                                                  "Có sự hỗ trợ của tổ chức nước ngoài"};
    return pick(k, static_cast<int>(h));
}

QString OfficialWording::checkBox(bool checked, const QString& label)
{
    return (checked ? QStringLiteral("☒ ") : QStringLiteral("☐ ")) + label;
}

QString OfficialWording::money(qint64 vnd)
{
    // Vietnamese groups thousands with dots.
    QString digits = QString::number(vnd < 0 ? -vnd : vnd);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return (vnd < 0 ? QStringLiteral("-") : QString()) + digits + QStringLiteral(" đồng");
}

} // namespace soc::report
