// The incident view over an incident with 10,000 timeline events (offscreen): time from
// openTicket to the first painted frame, and frame times of the time axis while zooming and
// panning (each step followed by a synchronous repaint of the viewport).
#include "BenchSupport.h"
#include "TestSupport.h"

#include "IncidentView.h"
#include "TimelineAxisView.h"
#include "TimelinePanel.h"
#include "TimelineModel.h"
#include "domain/Clock.h"
#include "store/CaseService.h"
#include "store/Database.h"

#include <QApplication>
#include <QStandardPaths>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace soc;
using bench::msSince;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int n = static_cast<int>(bench::envInt("SOCSTATION_BENCH_EVENTS", 10000));
    QTemporaryDir tmp;
    std::shared_ptr<store::Session> session = test::createWorkspace(tmp.path());
    store::Database& db = session->database();
    domain::FixedClock clock(1'795'651'200'000); // 26/11/2026 07:00 Hà Nội
    const QString author = session->account().username;

    QElapsedTimer t;
    t.start();
    store::CaseService cases(db, author, clock);
    store::CaseService::NewTicket nt;
    nt.title = QStringLiteral("Chiến dịch tấn công có chủ đích vào hệ thống một cửa điện tử");
    nt.severity = domain::Severity::Emergency;
    nt.agency = QStringLiteral("Văn phòng UBND tỉnh");
    const domain::Ticket ticket = cases.createTicket(nt);
    const domain::Ticket other = cases.createTicket(nt);
    store::CaseService::Declaration d;
    d.severity = domain::Severity::Emergency;
    d.type = 9;
    d.affectedSystem = QStringLiteral("Hệ thống một cửa điện tử");
    d.systemLevel = 3;
    cases.declareIncident(ticket.id, d);
    std::mt19937 rng(20261120);
    std::uniform_int_distribution<int> gap(5, 400); // seconds between events: ~12 days in all
    {
        store::Transaction tx(db); // CaseService's own transactions nest inside this one
        for (int i = 0; i < n; ++i) {
            clock.advance(gap(rng) * 1000LL);
            const int step = 1 + (i * 7) / n;
            if (i % (n / 7) == 0 && step <= 7)
                cases.startStep(ticket.id, step);
            switch (i % 6) {
            case 0:
            case 1: cases.addNote(ticket.id, QStringLiteral("Ghi nhận %1: lưu lượng bất thường tới 10.20.1.%2").arg(i).arg(i % 250), step); break;
            case 2: cases.addAction(ticket.id, QStringLiteral("Chặn địa chỉ 45.148.10.%1 trên tường lửa").arg(i % 250), step, i % 12 == 2); break;
            case 3:
                cases.addCommunication(ticket.id, static_cast<domain::CommChannel>(i % 4), QStringLiteral("Sở TT&TT"),
                                       i % 2 ? domain::CommDirection::In : domain::CommDirection::Out,
                                       QStringLiteral("Trao đổi tình hình xử lý lần %1").arg(i));
                break;
            case 4: cases.addNote(ticket.id, QStringLiteral("Phân tích nhật ký máy chủ %1").arg(i), 0); break;
            case 5: cases.addAction(ticket.id, QStringLiteral("Khôi phục dịch vụ %1").arg(i), step, false); break;
            }
            if (i % (n / 7) == n / 7 - 1 && step != 4 && step != 7)
                cases.completeStep(ticket.id, step);
        }
        tx.commit();
    }
    std::printf("bench_timeline_view: %d events inserted in %.0f ms\n", n, msSince(t));

    ui::IncidentView view(session);
    view.setClock(&clock);
    view.resize(1600, 900);
    view.show();
    QCoreApplication::processEvents();
    bool ok = true;

    // Open: the first time (cold) and then alternating with another ticket.
    std::vector<double> openMs;
    for (int round = 0; round < 6; ++round) {
        view.openTicket(other.id);
        (void)view.grab();
        t.start();
        view.openTicket(ticket.id);
        (void)view.grab(); // the first frame, painted
        openMs.push_back(msSince(t));
    }
    const int rows = view.timeline()->model()->rowCount();
    std::printf("timeline rows: %d; open: first %.1f ms, median %.1f ms, max %.1f ms\n", rows, openMs.front(),
                bench::median(openMs), bench::percentile(openMs, 1.0));
    ok &= bench::report(QStringLiteral("open incident view -> first frame painted (median)"), bench::median(openMs),
                        QStringLiteral("ms"), 300, true);
    ok &= bench::report(QStringLiteral("open incident view -> first frame painted (first, cold)"), openMs.front(),
                        QStringLiteral("ms"), 300, true);

    // The time axis: 60 zoom/pan steps, each followed by a synchronous repaint.
    view.timeline()->setMode(ui::TimelinePanel::Mode::Axis);
    ui::TimelineAxisView* axis = view.timeline()->axisView();
    QCoreApplication::processEvents();
    axis->fitAll();
    axis->viewport()->repaint();
    std::vector<double> frameMs;
    t.start();
    axis->viewport()->repaint();
    const double fullFrame = msSince(t);
    for (int i = 0; i < 60; ++i) {
        t.start();
        const int x = axis->viewport()->width() / 2 + (i % 5 - 2) * 120;
        if (i < 20)
            axis->zoomBy(1.25, x); // in
        else if (i < 40)
            axis->pan(i % 2 ? 240 : -90); // along
        else
            axis->zoomBy(0.8, x); // back out
        axis->viewport()->repaint();
        frameMs.push_back(msSince(t));
    }
    std::printf("time axis: %d markers; everything visible %.2f ms; zoom/pan frames median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                axis->markerCount(), fullFrame, bench::median(frameMs), bench::percentile(frameMs, 0.95),
                bench::percentile(frameMs, 1.0));
    ok &= bench::report(QStringLiteral("time axis frame while zooming/panning, p95"), bench::percentile(frameMs, 0.95),
                        QStringLiteral("ms"), 16, true);

    // The list: a filter change over every event.
    view.timeline()->setMode(ui::TimelinePanel::Mode::List);
    std::vector<double> filterMs;
    for (const QString& text : {QStringLiteral("tường lửa"), QStringLiteral("Sở"), QStringLiteral("x-none"), QString()}) {
        t.start();
        view.timeline()->findChild<QLineEdit*>(QStringLiteral("timelineTextFilter"))->setText(text);
        view.timeline()->listView()->viewport()->repaint();
        filterMs.push_back(msSince(t));
    }
    ok &= bench::report(QStringLiteral("list text filter over all events, worst"), bench::percentile(filterMs, 1.0),
                        QStringLiteral("ms"), 100, true);
    std::printf("resident memory: %.0f MiB\n", bench::residentMiB());
    return ok ? 0 : 1;
}
