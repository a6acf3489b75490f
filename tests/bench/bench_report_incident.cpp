// A 30-page full incident report (a long timeline) rendered to PDF: target ≤ 2 s (issue 5).
#include "BenchSupport.h"
#include "ReportFixture.h"

#include "report/DocumentRenderer.h"
#include "report/IncidentDossier.h"
#include "report/IncidentReport.h"

#include <QGuiApplication>

using namespace soc;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int notes = static_cast<int>(bench::envInt("SOCSTATION_BENCH_REPORT_EVENTS", 560));
    test::ReportFixture f;
    f.seed(notes);
    const QString pdf = f.dir.filePath(QStringLiteral("incident.pdf"));
    std::vector<double> runs;
    int pages = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const report::IncidentDossier d = report::IncidentDossier::load(f.session->database(), f.ticketId);
        const report::OfficialDocument doc =
            report::IncidentReport::build(d, {domain::ReportSettings::defaults(), QStringLiteral("05/BC-SOC"), f.clock.nowMs()});
        QString error;
        pages = report::DocumentRenderer(doc).writePdf(pdf, &error);
        runs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::printf("full incident report: %d pages, %d timeline events\n", pages, notes);
    const bool ok = bench::report(QStringLiteral("full incident report to PDF (median of 3)"), bench::median(runs), QStringLiteral("ms"), 2000, true);
    return ok && pages >= 30 ? 0 : 1;
}
