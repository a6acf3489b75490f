// The yearly periodic report over 1,000,000 alerts (the demo scenario) and 10,000 incidents, from
// ReportSource::load to the PDF on disk, on a worker connection as the GUI does it: target ≤ 3 s
// (issue 5). Prints the statistics, build and render times of each run and the median of 3.
#include "BenchSupport.h"
#include "TestSupport.h"

#include "report/DocumentRenderer.h"
#include "report/ReportSource.h"
#include "store/Database.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace soc;
using bench::msSince;

namespace {

constexpr qint64 kUntilMs = 1'790'000'000'000; // 2026-09-21: the workspace of bench_alert_window and bench_dashboard
const domain::ReportPeriod kYear = domain::ReportPeriod::containing(domain::PeriodPreset::Yearly, QDate(2026, 6, 1));

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // Qt Charts
    QStandardPaths::setTestModeEnabled(true);
    const qint64 alerts = bench::envInt("SOCSTATION_BENCH_ALERTS", 1000000);
    const int incidents = static_cast<int>(bench::envInt("SOCSTATION_BENCH_INCIDENTS", 10000));
    QTemporaryDir tmp;
    QElapsedTimer t;
    t.start();
    const QString dir = bench::demoWorkspace(tmp.path(), alerts, kUntilMs);
    QByteArray pw(test::kTestPassword);
    auto session = store::Workspace(dir).signIn(QLatin1String(test::kTestLead), security::SecretBuffer::takeFrom(pw));
    {
        auto st = session->database().prepare("SELECT count(*) FROM tickets WHERE title LIKE 'Sự cố định kỳ %'");
        st.step();
        if (st.int64(0) == 0)
            bench::writeIncidents(session->database(), incidents, kYear.fromMs, kUntilMs, QStringLiteral("Sự cố định kỳ "), 14);
    }
    std::printf("bench_report_periodic: workspace ready in %.1f s\n", msSince(t) / 1000);

    auto db = session->openConnection(); // the GUI loads on a worker with its own connection
    report::ReportRequest request;
    request.kind = domain::ReportKind::Periodic;
    request.period = kYear;
    const domain::ReportSettings settings = domain::ReportSettings::defaults();
    const QString pdf = tmp.filePath(QStringLiteral("periodic.pdf"));
    std::vector<double> statistics, build, render, total;
    int pages = 0;
    qint64 alertsInYear = 0, incidentsInYear = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer step;
        step.start();
        const auto source = report::ReportSource::load(*db, request);
        statistics.push_back(msSince(step));
        if (!source)
            return 1;
        alertsInYear = source->statistics->current.alertsTotal;
        incidentsInYear = source->statistics->current.incidentsTotal;
        step.start();
        const report::OfficialDocument doc =
            source->document({settings, QStringLiteral("01/BC-SOC"), QDateTime::currentMSecsSinceEpoch()});
        build.push_back(msSince(step));
        step.start();
        QString error;
        pages = report::DocumentRenderer(doc).writePdf(pdf, &error);
        render.push_back(msSince(step));
        if (pages == 0) {
            std::printf("bench_report_periodic: %s\n", qPrintable(error));
            return 1;
        }
        total.push_back(statistics.back() + build.back() + render.back());
        std::printf("run %d: statistics %.0f ms, build %.1f ms, render %.0f ms, total %.0f ms\n", run + 1,
                    statistics.back(), build.back(), render.back(), total.back());
    }
    std::printf("yearly report: %lld alerts, %lld incidents, %d pages; median statistics %.0f ms, build %.1f ms, "
                "render %.0f ms\n",
                static_cast<long long>(alertsInYear), static_cast<long long>(incidentsInYear), pages,
                bench::median(statistics), bench::median(build), bench::median(render));
    const bool ok = bench::report(QStringLiteral("yearly periodic report to PDF (median of 3)"), bench::median(total),
                                  QStringLiteral("ms"), 3000, true);
    return ok && alertsInYear >= alerts && incidentsInYear >= incidents ? 0 : 1;
}
