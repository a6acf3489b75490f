// The dashboard over 1,000,000 alerts (the demo scenario's 30 days), 2,000 tickets and 10,000
// incidents: the queries alone on a worker connection, and the whole refresh as the analyst gets
// it (worker queries, results posted back, applied to the charts). Target: refresh <= 200 ms.
#include "BenchSupport.h"
#include "TestSupport.h"

#include "DashboardView.h"
#include "domain/Clock.h"
#include "store/DashboardQueries.h"
#include "store/IncidentRepository.h"
#include "store/TicketRepository.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <random>

using namespace soc;
using bench::msSince;

namespace {

constexpr qint64 kUntilMs = 1'790'000'000'000; // the same workspace as bench_alert_window
constexpr qint64 kHourMs = 3'600'000;

// Tickets over the last 30 days (a third still open) and incidents over the last two years.
void writeCases(store::Database& db, int tickets, int incidents)
{
    std::mt19937 rng(5);
    std::uniform_int_distribution<qint64> ticketAge(0, 30 * 24 * kHourMs);
    std::uniform_int_distribution<qint64> incidentAge(0, 730 * 24 * kHourMs);
    std::uniform_int_distribution<int> status(0, 4), severity(1, 4);
    std::uniform_int_distribution<qint64> minutes(1, 600);
    store::Transaction tx(db);
    store::TicketRepository ticketRepo(db);
    for (int i = 0; i < tickets; ++i) {
        domain::Ticket t;
        t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        t.code = QStringLiteral("SOC-BENCH-%1").arg(i, 6, 10, QLatin1Char('0'));
        t.title = QStringLiteral("Bench ticket %1").arg(i);
        t.status = static_cast<domain::TicketStatus>(status(rng));
        t.severity = static_cast<domain::Severity>(severity(rng));
        t.createdBy = QLatin1String(test::kTestLead);
        t.createdAtMs = t.updatedAtMs = kUntilMs - ticketAge(rng);
        t.acknowledgeDueMs = t.createdAtMs + kHourMs;
        t.resolveDueMs = t.createdAtMs + 24 * kHourMs;
        if (t.status != domain::TicketStatus::New)
            t.acknowledgedAtMs = t.createdAtMs + minutes(rng) * 60'000;
        if (!domain::isOpen(t.status))
            t.resolvedAtMs = t.acknowledgedAtMs + minutes(rng) * 600'000;
        ticketRepo.insert(t);
    }
    store::IncidentRepository incidentRepo(db);
    for (int i = 0; i < incidents; ++i) {
        domain::Incident inc;
        inc.ticketId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        inc.severity = static_cast<domain::Severity>(severity(rng));
        inc.detectedAtMs = inc.reportedAtMs = inc.declaredAtMs = kUntilMs - incidentAge(rng);
        incidentRepo.insert(inc);
    }
    tx.commit();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const qint64 n = bench::envInt("SOCSTATION_BENCH_ALERTS", 1000000);
    QTemporaryDir tmp;
    const QString dir = bench::demoWorkspace(tmp.path(), n, kUntilMs);
    QByteArray pw(test::kTestPassword);
    const auto password = security::SecretBuffer::takeFrom(pw);
    std::shared_ptr<store::Session> session = store::Workspace(dir).signIn(QLatin1String(test::kTestLead), password);
    {
        // A kept alert workspace (bench_alert_window's) gets its cases once.
        auto st = session->database().prepare("SELECT count(*) FROM tickets WHERE code LIKE 'SOC-BENCH-%'");
        st.step();
        if (st.int64(0) == 0)
            writeCases(session->database(), 2000, 10000);
    }

    // The queries alone, on a worker connection as the view runs them.
    auto db = session->openConnection();
    std::vector<double> queryMs;
    domain::DashboardSnapshot s;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        s = store::DashboardQueries(*db).load(kUntilMs);
        queryMs.push_back(msSince(t));
    }
    qint64 openTickets = 0;
    for (qint64 c : s.openTicketsByStatus)
        openTickets += c;
    std::printf("bench_dashboard: %lld alerts in the 24-hour window, %lld subsystems, %lld open tickets; "
                "queries first %.1f ms, median %.1f ms\n",
                static_cast<long long>(s.alertsTotal), static_cast<long long>(s.alertsBySubsystem.size()),
                static_cast<long long>(openTickets), queryMs.front(), bench::median(queryMs));

    // The whole refresh: worker queries, results posted back, applied to the charts.
    domain::FixedClock clock(kUntilMs);
    ui::DashboardView view(session);
    view.setClock(&clock);
    view.resize(1600, 900);
    QSignalSpy refreshed(&view, &ui::DashboardView::refreshed);
    view.show();
    if (!refreshed.wait(30000)) {
        std::printf("bench_dashboard: the first refresh never finished\n");
        return 1;
    }
    std::vector<double> refreshMs, applyMs, paintMs;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        view.refreshNow();
        if (!refreshed.wait(30000))
            return 1;
        refreshMs.push_back(msSince(t));
        t.start();
        view.apply(view.snapshot());
        applyMs.push_back(msSince(t));
        t.start();
        (void)view.grab();
        paintMs.push_back(msSince(t));
    }
    std::printf("apply to the charts: median %.1f ms; paint (grab of 1600x900): median %.1f ms\n",
                bench::median(applyMs), bench::median(paintMs));
    bool ok = s.alertsTotal > 0;
    ok &= bench::report(QStringLiteral("dashboard queries (1M alerts), median"), bench::median(queryMs),
                        QStringLiteral("ms"), 200, true);
    ok &= bench::report(QStringLiteral("dashboard refresh (queries + charts), worst of 10"),
                        bench::percentile(refreshMs, 1.0), QStringLiteral("ms"), 200, true);
    return ok ? 0 : 1;
}
