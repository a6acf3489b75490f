#include "report/PeriodWording.h"

#include <array>

namespace soc::report {
namespace {

using domain::PeriodPreset;

QString roman(int quarter)
{
    static constexpr std::array<const char*, 4> k{"I", "II", "III", "IV"};
    return quarter >= 1 && quarter <= 4 ? QLatin1String(k[static_cast<size_t>(quarter - 1)]) : QString::number(quarter);
}

// NĐ 30 writes months 1 and 2 with a leading zero in dates; the period names follow it.
QString month(int m)
{
    return m <= 2 ? QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0')) : QString::number(m);
}

QString half(const QDate& first)
{
    return first.month() <= 6 ? QStringLiteral("đầu") : QStringLiteral("cuối");
}

QString day(const QDate& d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

QString PeriodWording::name(const domain::ReportPeriod& p)
{
    const QDate first = p.firstDay();
    switch (p.preset) {
    case PeriodPreset::Monthly: return QStringLiteral("tháng %1 năm %2").arg(month(first.month())).arg(first.year());
    case PeriodPreset::Quarterly:
        return QStringLiteral("quý %1 năm %2").arg(roman((first.month() + 2) / 3)).arg(first.year());
    case PeriodPreset::HalfYear: return QStringLiteral("6 tháng %1 năm %2").arg(half(first)).arg(first.year());
    case PeriodPreset::Yearly: return QStringLiteral("năm %1").arg(first.year());
    case PeriodPreset::Custom: break;
    }
    return {};
}

QString PeriodWording::range(const domain::ReportPeriod& p)
{
    return QStringLiteral("từ ngày %1 đến ngày %2").arg(day(p.firstDay()), day(p.lastDay()));
}

QString PeriodWording::described(const domain::ReportPeriod& p)
{
    const QString n = name(p);
    return n.isEmpty() ? range(p) : n + QStringLiteral(" (") + range(p) + u')';
}

QString PeriodWording::label(const domain::ReportPeriod& p)
{
    const QDate first = p.firstDay();
    switch (p.preset) {
    case PeriodPreset::Monthly: return QStringLiteral("Tháng %1/%2").arg(month(first.month())).arg(first.year());
    case PeriodPreset::Quarterly:
        return QStringLiteral("Quý %1/%2").arg(roman((first.month() + 2) / 3)).arg(first.year());
    case PeriodPreset::HalfYear: return QStringLiteral("6 tháng %1 năm %2").arg(half(first)).arg(first.year());
    case PeriodPreset::Yearly: return QStringLiteral("Năm %1").arg(first.year());
    case PeriodPreset::Custom: break;
    }
    return day(first) + QStringLiteral(" - ") + day(p.lastDay());
}

QString PeriodWording::recurrence(domain::PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Monthly: return QStringLiteral("hằng tháng");
    case PeriodPreset::Quarterly: return QStringLiteral("hằng quý");
    case PeriodPreset::HalfYear: return QStringLiteral("6 tháng");
    case PeriodPreset::Yearly: return QStringLiteral("hằng năm");
    case PeriodPreset::Custom: break;
    }
    return {};
}

} // namespace soc::report
