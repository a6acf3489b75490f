#include "report/PeriodTables.h"

#include "report/FigureWording.h"
#include "report/OfficialWording.h"
#include "report/PeriodWording.h"

namespace soc::report {
namespace {

using B = DocumentBlock;
using domain::Severity;

constexpr std::array kSeverities{Severity::Low, Severity::Medium, Severity::High, Severity::Emergency};

// Light to dark, still told apart on a grey-scale printer.
quint32 severityColour(Severity s)
{
    switch (s) {
    case Severity::Low: return 0x9ecae1;
    case Severity::Medium: return 0xfdd49e;
    case Severity::High: return 0xfc8d59;
    case Severity::Emergency: return 0xb30000;
    }
    return 0x9ecae1;
}

qint64 at(const PeriodTables::BySeverity& counts, Severity s)
{
    return counts[static_cast<size_t>(s)];
}

qint64 total(const PeriodTables::BySeverity& counts)
{
    qint64 n = 0;
    for (Severity s : kSeverities)
        n += at(counts, s);
    return n;
}

QStringList mau05Row(const QString& number, const QString& label, const domain::Mau05Row& r)
{
    using W = FigureWording;
    return {number,
            label,
            W::count(r.count),
            W::count(r.handledInHouse),
            W::count(r.withOtherOrganisations),
            W::count(r.withForeignOrganisations),
            W::count(r.supportRequested),
            W::count(r.estimatedDamageVnd)};
}

} // namespace

DocumentBlock PeriodTables::mau05(const domain::PeriodFigures& f)
{
    std::vector<QStringList> rows;
    for (const domain::Mau05Row& r : f.mau05ByType)
        rows.push_back(mau05Row(QString::number(r.type), OfficialWording::incidentType(r.type), r));
    rows.push_back(mau05Row({}, QStringLiteral("Tổng cộng"), f.mau05Total));
    B table = B::table({QStringLiteral("STT"), QStringLiteral("Loại sự cố"), QStringLiteral("Số lượng"),
                        QStringLiteral("Tự xử lý"), QStringLiteral("Có hỗ trợ của tổ chức trong nước"),
                        QStringLiteral("Có hỗ trợ của tổ chức nước ngoài"), QStringLiteral("Đề nghị hỗ trợ điều phối"),
                        QStringLiteral("Thiệt hại ước tính (VND)")},
                       std::move(rows), {6, 24, 9, 9, 10, 10, 10, 22});
    table.numericFrom = 2;
    table.totalRow = true;
    return table;
}

DocumentBlock PeriodTables::helpingOrganisations(const domain::PeriodFigures& f)
{
    if (f.helpingOrganisations.isEmpty())
        return B::paragraph(QStringLiteral("Không có tổ chức nào hỗ trợ xử lý sự cố trong kỳ."));
    std::vector<QStringList> rows;
    int n = 0;
    for (const domain::NamedCount& c : f.helpingOrganisations)
        rows.push_back({QString::number(++n), c.name, FigureWording::count(c.count)});
    B table = B::table({QStringLiteral("STT"), QStringLiteral("Tên tổ chức"), QStringLiteral("Số sự cố được hỗ trợ")},
                       std::move(rows), {8, 67, 25});
    table.numericFrom = 2;
    return table;
}

DocumentBlock PeriodTables::severityComparison(const BySeverity& current, const BySeverity& previous,
                                               const domain::PeriodStatistics& s)
{
    using W = FigureWording;
    std::vector<QStringList> rows;
    for (Severity sev : kSeverities)
        rows.push_back({OfficialWording::severity(sev), W::count(at(previous, sev)), W::count(at(current, sev)),
                        W::change(at(current, sev), at(previous, sev))});
    rows.push_back({QStringLiteral("Tổng cộng"), W::count(total(previous)), W::count(total(current)),
                    W::change(total(current), total(previous))});
    const QStringList labels = periodLabels(s);
    B table = B::table({QStringLiteral("Mức độ"), QStringLiteral("Kỳ trước\n") + labels[0],
                        QStringLiteral("Kỳ báo cáo\n") + labels[1], QStringLiteral("Tăng (+), giảm (-)")},
                       std::move(rows), {31, 23, 23, 23});
    table.numericFrom = 1;
    table.totalRow = true;
    return table;
}

DocumentBlock PeriodTables::severityChart(const QString& title, const BySeverity& current, const BySeverity& previous,
                                          const domain::PeriodStatistics& s)
{
    ChartBlock c;
    c.kind = ChartBlock::Kind::StackedBar;
    c.title = title;
    c.categories = periodLabels(s);
    for (Severity sev : kSeverities)
        c.series.push_back({OfficialWording::severity(sev),
                            {static_cast<double>(at(previous, sev)), static_cast<double>(at(current, sev))},
                            severityColour(sev)});
    c.heightMm = 70;
    return B::chartOf(std::move(c));
}

DocumentBlock PeriodTables::ranked(const QString& nameColumn, const QString& countColumn,
                                   const QList<domain::NamedCount>& counts, qint64 total)
{
    std::vector<QStringList> rows;
    int n = 0;
    for (const domain::NamedCount& c : counts)
        rows.push_back({QString::number(++n), c.name.isEmpty() ? QStringLiteral("(Chưa xác định)") : c.name,
                        FigureWording::count(c.count), FigureWording::share(c.count, total)});
    B table = B::table({QStringLiteral("STT"), nameColumn, countColumn, QStringLiteral("Tỷ lệ")}, std::move(rows),
                       {8, 56, 20, 16});
    table.numericFrom = 2;
    return table;
}

QStringList PeriodTables::periodLabels(const domain::PeriodStatistics& s)
{
    return {PeriodWording::label(s.previous.period), PeriodWording::label(s.current.period)};
}

} // namespace soc::report
