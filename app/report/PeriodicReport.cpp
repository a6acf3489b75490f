#include "report/PeriodicReport.h"

#include "report/DocumentFrame.h"
#include "report/FigureWording.h"
#include "report/OfficialWording.h"
#include "report/PeriodTables.h"
#include "report/PeriodWording.h"

namespace soc::report {
namespace {

using B = DocumentBlock;
using W = FigureWording;
using domain::PeriodFigures;
using domain::PeriodStatistics;

// The body being written; charts are numbered in the order they appear.
struct Body {
    std::vector<DocumentBlock>& blocks;
    int charts = 0;

    void add(DocumentBlock b) { blocks.push_back(std::move(b)); }
    QString chartTitle(const QString& caption) { return QStringLiteral("Biểu đồ %1. %2").arg(++charts).arg(caption); }
};

const QString kNoAlerts = QStringLiteral("Không có cảnh báo nào trong kỳ.");
const QString kNoIncidents = QStringLiteral("Không ghi nhận sự cố nào trong kỳ.");

QString money(qint64 vnd)
{
    return OfficialWording::money(vnd);
}

void opening(Body& body, const domain::ReportPeriod& period)
{
    const QString recurrence = PeriodWording::recurrence(period.preset);
    body.add(B::paragraph(
        QStringLiteral("Thực hiện chế độ báo cáo %1về kết quả giám sát, phát hiện, xử lý các cảnh báo và sự cố "
                       "an toàn thông tin mạng, đơn vị báo cáo tình hình bảo đảm an toàn thông tin mạng %2 như sau:")
            .arg(recurrence.isEmpty() ? QString() : QStringLiteral("định kỳ ") + recurrence + u' ',
                 PeriodWording::described(period))));
}

DocumentBlock topSignatures(const PeriodFigures& f)
{
    std::vector<QStringList> rows;
    int n = 0;
    for (const domain::SignatureCount& c : f.topSignatures)
        rows.push_back({QString::number(++n), c.signatureId.isEmpty() ? QStringLiteral("—") : c.signatureId,
                        c.signature, W::count(c.count)});
    B table = B::table({QStringLiteral("STT"), QStringLiteral("Mã dấu hiệu"), QStringLiteral("Nội dung cảnh báo"),
                        QStringLiteral("Số cảnh báo")},
                       std::move(rows), {8, 16, 56, 20});
    table.numericFrom = 3;
    return table;
}

DocumentBlock topSources(const PeriodFigures& f)
{
    QList<domain::NamedCount> sources;
    for (const domain::SourceCount& c : f.topSources)
        sources.push_back({c.srcIp, c.count});
    return PeriodTables::ranked(QStringLiteral("Địa chỉ IP nguồn"), QStringLiteral("Số cảnh báo"), sources,
                                f.alertsTotal);
}

void alerts(Body& body, const PeriodStatistics& s)
{
    const PeriodFigures& f = s.current;
    const PeriodFigures& p = s.previous;
    body.add(B::heading(QStringLiteral("I. TÌNH HÌNH CẢNH BÁO AN TOÀN THÔNG TIN MẠNG")));
    body.add(B::heading(QStringLiteral("1. Tổng số cảnh báo")));
    if (f.alertsTotal == 0 && p.alertsTotal == 0) {
        body.add(B::paragraph(QStringLiteral("Trong kỳ và kỳ trước, hệ thống giám sát không ghi nhận cảnh báo nào.")));
        return;
    }
    body.add(B::paragraph(
        QStringLiteral("Trong kỳ, hệ thống giám sát ghi nhận %1 cảnh báo; so với kỳ trước, số cảnh báo %2.")
            .arg(W::count(f.alertsTotal), W::trend(f.alertsTotal, p.alertsTotal))));
    body.add(B::heading(QStringLiteral("2. Cảnh báo theo mức độ")));
    body.add(PeriodTables::severityComparison(f.alertsBySeverity, p.alertsBySeverity, s));
    body.add(PeriodTables::severityChart(body.chartTitle(QStringLiteral("Số cảnh báo theo mức độ")), f.alertsBySeverity,
                                         p.alertsBySeverity, s));
    body.add(B::heading(QStringLiteral("3. Cảnh báo theo phân hệ giám sát")));
    body.add(f.alertsBySubsystem.isEmpty()
                 ? B::paragraph(kNoAlerts)
                 : PeriodTables::ranked(QStringLiteral("Phân hệ giám sát"), QStringLiteral("Số cảnh báo"),
                                        f.alertsBySubsystem, f.alertsTotal));
    body.add(B::heading(QStringLiteral("4. Các dấu hiệu cảnh báo xuất hiện nhiều nhất")));
    body.add(f.topSignatures.isEmpty() ? B::paragraph(kNoAlerts) : topSignatures(f));
    body.add(B::heading(QStringLiteral("5. Các địa chỉ nguồn phát sinh nhiều cảnh báo nhất")));
    body.add(f.topSources.isEmpty() ? B::paragraph(QStringLiteral("Không có cảnh báo nào ghi nhận được địa chỉ nguồn."))
                                    : topSources(f));
}

// Horizontal bars per official type that occurred in either period, in the form's order.
DocumentBlock typeChart(const QString& title, const PeriodStatistics& s)
{
    ChartBlock c;
    c.kind = ChartBlock::Kind::HorizontalBar;
    c.title = title;
    const QStringList labels = PeriodTables::periodLabels(s);
    ChartSeries previous{labels[0], {}, 0xbdbdbd};
    ChartSeries current{labels[1], {}, 0x2b5c8a};
    // Qt Charts puts the first category at the bottom: add them last to first.
    for (size_t i = s.current.mau05ByType.size(); i-- > 0;) {
        const qint64 now = s.current.mau05ByType[i].count;
        const qint64 before = s.previous.mau05ByType[i].count;
        if (now == 0 && before == 0)
            continue;
        c.categories << OfficialWording::incidentType(static_cast<int>(i) + 1);
        previous.values.push_back(static_cast<double>(before));
        current.values.push_back(static_cast<double>(now));
    }
    c.series = {previous, current};
    c.heightMm = 32 + 10 * static_cast<double>(c.categories.size());
    return B::chartOf(std::move(c));
}

void incidents(Body& body, const PeriodStatistics& s)
{
    const PeriodFigures& f = s.current;
    const PeriodFigures& p = s.previous;
    body.add(B::heading(QStringLiteral("II. TÌNH HÌNH SỰ CỐ AN TOÀN THÔNG TIN MẠNG")));
    body.add(B::heading(QStringLiteral("1. Tổng số sự cố")));
    if (f.incidentsTotal == 0 && p.incidentsTotal == 0) {
        body.add(B::paragraph(QStringLiteral("Trong kỳ và kỳ trước không ghi nhận sự cố an toàn thông tin mạng nào.")));
        return;
    }
    body.add(
        B::paragraph(QStringLiteral("Trong kỳ ghi nhận %1 sự cố an toàn thông tin mạng; so với kỳ trước, số sự cố %2. "
                                    "Tổng thiệt hại ước tính: %3.")
                         .arg(W::count(f.incidentsTotal), W::trend(f.incidentsTotal, p.incidentsTotal),
                              money(f.mau05Total.estimatedDamageVnd))));
    body.add(B::heading(QStringLiteral("2. Sự cố theo mức độ")));
    body.add(PeriodTables::severityComparison(f.incidentsBySeverity, p.incidentsBySeverity, s));
    body.add(B::heading(QStringLiteral("3. Sự cố theo loại và hình thức xử lý")));
    if (f.incidentsTotal == 0) {
        body.add(B::paragraph(kNoIncidents));
    } else {
        body.add(PeriodTables::mau05(f));
        body.add(typeChart(body.chartTitle(QStringLiteral("Số sự cố theo loại")), s));
    }
    body.add(B::heading(QStringLiteral("4. Sự cố theo cơ quan, đơn vị chủ quản hệ thống")));
    body.add(f.incidentsByAgency.isEmpty()
                 ? B::paragraph(kNoIncidents)
                 : PeriodTables::ranked(QStringLiteral("Cơ quan, đơn vị"), QStringLiteral("Số sự cố"),
                                        f.incidentsByAgency, f.incidentsTotal));
    body.add(B::heading(QStringLiteral("5. Các tổ chức hỗ trợ xử lý sự cố")));
    body.add(PeriodTables::helpingOrganisations(f));
}

QString meanWithSamples(const domain::MeanDuration& d, const QString& unit)
{
    return d.isValid() ? W::duration(d) + QStringLiteral("\n(%1 %2)").arg(W::count(d.samples), unit) : W::duration(d);
}

void responseTimes(Body& body, const PeriodStatistics& s)
{
    const PeriodFigures& f = s.current;
    const PeriodFigures& p = s.previous;
    body.add(B::heading(QStringLiteral("III. THỜI GIAN TIẾP NHẬN, XỬ LÝ")));
    body.add(B::paragraph(QStringLiteral(
        "Thời gian tiếp nhận, phân loại cảnh báo tính từ khi cảnh báo được phát hiện đến khi được kiểm tra, "
        "phân loại, trên các cảnh báo được phân loại trong kỳ; thời gian xử lý sự cố tính từ khi phát hiện "
        "sự cố đến khi kết thúc ứng phó (đã xử lý nguyên nhân và khôi phục hệ thống), trên các sự cố "
        "xử lý xong trong kỳ.")));
    const QStringList labels = PeriodTables::periodLabels(s);
    body.add(B::table(
        {QStringLiteral("Chỉ tiêu"), QStringLiteral("Kỳ trước\n") + labels[0],
         QStringLiteral("Kỳ báo cáo\n") + labels[1]},
        {{QStringLiteral("Thời gian trung bình tiếp nhận, phân loại cảnh báo"),
          meanWithSamples(p.timeToAcknowledge, QStringLiteral("cảnh báo")),
          meanWithSamples(f.timeToAcknowledge, QStringLiteral("cảnh báo"))},
         {QStringLiteral("Thời gian trung bình xử lý sự cố"), meanWithSamples(p.timeToResolve, QStringLiteral("sự cố")),
          meanWithSamples(f.timeToResolve, QStringLiteral("sự cố"))}},
        {44, 28, 28}));
}

QString durationVersus(const domain::MeanDuration& current, const domain::MeanDuration& previous, const QString& none)
{
    return QStringLiteral("%1 (kỳ trước: %2)")
        .arg(current.isValid() ? W::duration(current) : none, previous.isValid() ? W::duration(previous) : none);
}

qint64 highAndEmergency(const std::array<qint64, 5>& bySeverity)
{
    return bySeverity[static_cast<size_t>(domain::Severity::High)] +
           bySeverity[static_cast<size_t>(domain::Severity::Emergency)];
}

void comparison(Body& body, const PeriodStatistics& s)
{
    const PeriodFigures& f = s.current;
    const PeriodFigures& p = s.previous;
    body.add(B::heading(QStringLiteral("IV. SO SÁNH VỚI KỲ TRƯỚC")));
    body.add(B::paragraph(QStringLiteral("So với kỳ trước, %1:").arg(PeriodWording::described(p.period))));
    body.add(
        B::paragraph(QStringLiteral("- Số cảnh báo %1; cảnh báo mức Cao và Khẩn cấp %2.")
                         .arg(W::trend(f.alertsTotal, p.alertsTotal),
                              W::trend(highAndEmergency(f.alertsBySeverity), highAndEmergency(p.alertsBySeverity)))));
    body.add(B::paragraph(QStringLiteral("- Số sự cố %1; thiệt hại ước tính %2.")
                              .arg(W::trend(f.incidentsTotal, p.incidentsTotal),
                                   W::trend(f.mau05Total.estimatedDamageVnd, p.mau05Total.estimatedDamageVnd, money))));
    body.add(B::paragraph(QStringLiteral("- Thời gian trung bình tiếp nhận, phân loại cảnh báo: %1.")
                              .arg(durationVersus(f.timeToAcknowledge, p.timeToAcknowledge,
                                                  QStringLiteral("không có cảnh báo được phân loại")))));
    body.add(B::paragraph(
        QStringLiteral("- Thời gian trung bình xử lý sự cố: %1.")
            .arg(durationVersus(f.timeToResolve, p.timeToResolve, QStringLiteral("không có sự cố được xử lý xong")))));
}

} // namespace

OfficialDocument PeriodicReport::build(const PeriodStatistics& s, const DocumentIssue& issue)
{
    OfficialDocument doc = DocumentFrame::from(issue);
    doc.title = QStringLiteral("BÁO CÁO");
    const domain::ReportPeriod& period = s.current.period;
    const QString name = PeriodWording::name(period);
    doc.subject = QStringLiteral("Tình hình bảo đảm an toàn thông tin mạng ") +
                  (name.isEmpty() ? QString() : name + u'\n') + u'(' + PeriodWording::range(period) + u')';
    Body body{doc.body, 0};
    opening(body, period);
    alerts(body, s);
    incidents(body, s);
    responseTimes(body, s);
    comparison(body, s);
    return doc;
}

} // namespace soc::report
