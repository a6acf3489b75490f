// The yearly periodic report over 1,000,000 alerts (the demo scenario) and 10,000 incidents, from
// ReportSource::load to the PDF on disk, on a worker connection as the GUI does it: target ≤ 3 s
// (issue 5). Prints the statistics, build and render times of each run and the median of 3.
#include "BenchSupport.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "report/DocumentRenderer.h"
#include "report/ReportSource.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace soc;

namespace {

constexpr qint64 kUntilMs = 1'790'000'000'000; // 2026-09-21: the workspace of bench_alert_window and bench_dashboard
const domain::ReportPeriod kYear = domain::ReportPeriod::containing(domain::PeriodPreset::Yearly, QDate(2026, 6, 1));
const QString kTitle = QStringLiteral("Sự cố định kỳ %1");

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Incidents over the year up to the demo's end, through the case service (one transaction), with
// every Mẫu 05 column used and about 80 % resolved.
void writeIncidents(store::Database& db, int n)
{
    domain::FixedClock clock(kYear.fromMs);
    store::CaseService cases(db, QStringLiteral("admin"), clock);
    std::mt19937_64 rng(14);
    std::uniform_int_distribution<int> type(1, domain::kIncidentTypeCount), severity(1, 4), handling(0, 2),
        agency(0, 39);
    std::uniform_int_distribution<int> percent(0, 99);
    const qint64 span = kUntilMs - kYear.fromMs;
    store::Transaction tx(db);
    for (int k = 0; k < n; ++k) {
        const qint64 detected = kYear.fromMs + k * span / n;
        clock.set(detected + 600'000);
        store::CaseService::NewTicket t;
        t.title = kTitle.arg(k);
        t.agency = QStringLiteral("Cơ quan %1").arg(agency(rng));
        const domain::Ticket ticket = cases.createTicket(t);
        store::CaseService::Declaration d;
        d.type = type(rng);
        d.severity = static_cast<domain::Severity>(severity(rng));
        d.owningAgency = t.agency;
        d.detectedAtMs = detected;
        cases.declareIncident(ticket.id, d);
        domain::Incident i = *store::IncidentRepository(db).byTicket(ticket.id);
        i.handling = static_cast<domain::IncidentHandling>(handling(rng));
        i.supportRequested = percent(rng) < 10;
        i.estimatedDamageVnd = percent(rng) * 1'000'000LL;
        if (i.handling != domain::IncidentHandling::InHouse)
            i.helpingOrganisations = QStringLiteral("Công an tỉnh; Tổ chức %1").arg(agency(rng));
        cases.updateIncident(i);
        if (percent(rng) < 80) {
            clock.set(detected + (1 + percent(rng)) * 3'600'000LL);
            cases.setStatus(ticket.id, domain::TicketStatus::Resolved);
        }
    }
    tx.commit();
}

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
    auto session = store::Workspace(dir).signIn(QStringLiteral("admin"), security::SecretBuffer::takeFrom(pw));
    {
        auto st = session->database().prepare("SELECT count(*) FROM tickets WHERE title LIKE 'Sự cố định kỳ %'");
        st.step();
        if (st.int64(0) == 0)
            writeIncidents(session->database(), incidents);
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
