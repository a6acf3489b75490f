#include "domain/IssuedReport.h"

#include <array>

namespace soc::domain {
namespace {

struct KindInfo {
    ReportKind kind;
    const char* key;
    const char* typeCode;
    const char* title; // UTF-8
};
constexpr std::array kKinds{
    KindInfo{ReportKind::Mau03, "mau03", "BC", "Báo cáo ban đầu sự cố mạng (Mẫu 03)"},
    KindInfo{ReportKind::Mau04, "mau04", "BC", "Báo cáo kết thúc ứng phó sự cố (Mẫu 04)"},
    KindInfo{ReportKind::Record, "record", "BB", "Biên bản kết thúc ứng phó sự cố"},
    KindInfo{ReportKind::Incident, "incident", "BC", "Báo cáo sự cố an toàn thông tin mạng"},
    KindInfo{ReportKind::Periodic, "periodic", "BC", "Báo cáo định kỳ"},
    KindInfo{ReportKind::Mau05, "mau05", "BC", "Báo cáo tổng hợp sự cố (Mẫu 05)"},
    KindInfo{ReportKind::Handover, "handover", "BB", "Biên bản giao ca"},
};

const KindInfo& info(ReportKind k)
{
    for (const KindInfo& i : kKinds)
        if (i.kind == k)
            return i;
    return kKinds.front();
}

} // namespace

QString reportKindKey(ReportKind k) { return QLatin1String(info(k).key); }

std::optional<ReportKind> reportKindFromKey(const QString& key)
{
    for (const KindInfo& i : kKinds)
        if (key == QLatin1String(i.key))
            return i.kind;
    return std::nullopt;
}

QString reportTypeCode(ReportKind k) { return QLatin1String(info(k).typeCode); }

QString reportKindTitle(ReportKind k) { return QString::fromUtf8(info(k).title); }

QString documentNumber(int number, const QString& typeCode, const QString& issuerCode)
{
    const QString n = QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    return issuerCode.isEmpty() ? QStringLiteral("%1/%2").arg(n, typeCode) : QStringLiteral("%1/%2-%3").arg(n, typeCode, issuerCode);
}

} // namespace soc::domain
