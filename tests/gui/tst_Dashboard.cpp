#include "GuiFixture.h"

#include "AlertScreen.h"
#include "DashboardChart.h"
#include "DashboardView.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "SeverityStyle.h"
#include "TicketQueueScreen.h"
#include "TicketStatusCounts.h"
#include "domain/Clock.h"
#include "domain/SocTimeZone.h"
#include "store/DashboardQueries.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/TicketRepository.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUuid>
#include <QtTest>

using namespace soc;
using domain::Severity;
using domain::TicketStatus;
using Chart = ui::DashboardView::Chart;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 local(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), domain::socTimeZone()).toMSecsSinceEpoch();
}

// "Now" of every test: Friday 20/11/2026 10:30 in Hà Nội.
const qint64 kNow = local(2026, 11, 20, 10, 30);

QStringList strings(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}

QList<qreal> values(ui::DashboardChart* chart, int set = 0)
{
    QList<qreal> v;
    const QBarSet* s = chart->series()->barSets().value(set);
    for (int i = 0; s && i < s->count(); ++i)
        v << s->at(i);
    return v;
}

} // namespace

// The dashboard over a seeded case database with known figures: the queries (golden), the bars
// the charts show, clicks on bars, live refresh through the main window, theme and font scale.
class tst_Dashboard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::GuiWorkspace> m_ws;
    domain::FixedClock m_clock{kNow};
    int m_alertSeq = 0;

    void addAlerts(store::Database& db, int n, qint64 at, Severity sev, const QString& subsystem, const QString& sid,
                   const QString& signature)
    {
        store::Transaction tx(db);
        store::AlertRepository repo(db);
        for (int i = 0; i < n; ++i) {
            domain::Alert a;
            a.source = QStringLiteral("suricata");
            a.subsystem = subsystem;
            a.detectedAtMs = at;
            a.signatureId = sid;
            a.signature = signature;
            a.severity = sev;
            a.raw = QByteArray("{}");
            a.fingerprint = QCryptographicHash::hash(QByteArray::number(++m_alertSeq), QCryptographicHash::Sha256);
            QCOMPARE(repo.insert(a, at), store::AlertRepository::InsertResult::Inserted);
        }
        tx.commit();
    }

    void addTicket(store::Database& db, TicketStatus status, qint64 created, qint64 ackAfter, qint64 resolveAfter)
    {
        static int code = 0;
        domain::Ticket t;
        t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        t.code = QStringLiteral("SOC-2026-%1").arg(++code, 6, 10, QLatin1Char('0'));
        t.title = QStringLiteral("Ticket %1").arg(code);
        t.status = status;
        t.createdBy = test::kLead;
        t.createdAtMs = t.updatedAtMs = created;
        t.acknowledgeDueMs = created + kHour;
        t.resolveDueMs = created + kDay;
        t.acknowledgedAtMs = ackAfter >= 0 ? created + ackAfter : 0;
        t.resolvedAtMs = resolveAfter >= 0 ? created + resolveAfter : 0;
        store::Transaction tx(db);
        store::TicketRepository(db).insert(t);
        tx.commit();
    }

    void addIncident(store::Database& db, Severity sev, qint64 detected)
    {
        domain::Incident i;
        i.ticketId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        i.severity = sev;
        i.detectedAtMs = i.reportedAtMs = i.declaredAtMs = detected;
        store::Transaction tx(db);
        store::IncidentRepository(db).insert(i);
        tx.commit();
    }

    std::unique_ptr<ui::DashboardView> shownView()
    {
        auto view = std::make_unique<ui::DashboardView>(m_ws->session);
        view->setClock(&m_clock);
        view->resize(1500, 900);
        QSignalSpy refreshed(view.get(), &ui::DashboardView::refreshed);
        view->show(); // showing refreshes a stale dashboard
        // The refresh may finish while waiting for the window to be exposed.
        if (!QTest::qWaitForWindowExposed(view.get()) || (refreshed.isEmpty() && !refreshed.wait(10000)))
            return nullptr;
        return view;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_ws = std::make_unique<test::GuiWorkspace>();
        store::Database& db = m_ws->session->database();
        const QString ssh = QStringLiteral("ET SCAN Potential SSH Scan");
        // Window: 19/11 11:00 to 20/11 11:00 (24 whole hours ending with the current one).
        addAlerts(db, 3, local(2026, 11, 20, 10, 5), Severity::High, QStringLiteral("NSM"), QStringLiteral("2001219"),
                  ssh);
        addAlerts(db, 1, local(2026, 11, 20, 10, 20), Severity::Emergency, QStringLiteral("EDR"),
                  QStringLiteral("9001"), QStringLiteral("Ransomware file rename burst"));
        addAlerts(db, 1, local(2026, 11, 20, 10, 21), Severity::Low, QStringLiteral("HIDS"), QStringLiteral("5710"),
                  QStringLiteral("Another login failure"));
        addAlerts(db, 2, local(2026, 11, 20, 9, 59, 59, 999), Severity::Low, QStringLiteral("FW"),
                  QStringLiteral("300"), QStringLiteral("Policy: outbound SMB"));
        addAlerts(db, 1, local(2026, 11, 19, 11, 0), Severity::Medium, QStringLiteral("NSM"), QStringLiteral("2001219"),
                  ssh);
        // Just outside the window on either side.
        addAlerts(db, 1, local(2026, 11, 19, 10, 59, 59, 999), Severity::Medium, QStringLiteral("NSM"),
                  QStringLiteral("2001219"), ssh);
        addAlerts(db, 1, local(2026, 11, 20, 11, 0), Severity::High, QStringLiteral("WAF"), QStringLiteral("942100"),
                  QStringLiteral("SQL injection"));

        addTicket(db, TicketStatus::New, kNow - kHour, -1, -1);                        // morning, < 4 h
        addTicket(db, TicketStatus::InProgress, kNow - 5 * kHour, 30 * kMinute, -1);   // night, 4-24 h
        addTicket(db, TicketStatus::WaitingAgency, kNow - 2 * kDay, 10 * kMinute, -1); // morning, 1-7 d
        addTicket(db, TicketStatus::New, kNow - 10 * kDay, -1, -1);                    // > 7 d, before the 7 days
        addTicket(db, TicketStatus::Resolved, local(2026, 11, 17, 15, 0), 20 * kMinute, 4 * kHour); // afternoon
        addTicket(db, TicketStatus::Closed, local(2026, 11, 19, 23, 0), kHour, 2 * kHour);          // night

        addIncident(db, Severity::Emergency, local(2026, 11, 5, 8, 0));
        addIncident(db, Severity::High, local(2026, 11, 20, 7, 0));
        addIncident(db, Severity::Medium, local(2026, 1, 15, 12, 0));
        addIncident(db, Severity::Low, local(2025, 12, 1, 0, 30));    // 30/11 in UTC: December here
        addIncident(db, Severity::High, local(2025, 11, 30, 23, 30)); // before the 12 months
    }

    void cleanupTestCase() { m_ws.reset(); }

    void queriesGiveTheSeededFigures()
    {
        const domain::DashboardSnapshot s = store::DashboardQueries(m_ws->session->database()).load(kNow);
        QCOMPARE(s.alertsFromMs, local(2026, 11, 19, 11, 0));
        QCOMPARE(s.alertsToMs, local(2026, 11, 20, 11, 0));
        QCOMPARE(s.alertsTotal, qint64(8));
        using Counts = std::array<qint64, 5>;
        QCOMPARE(s.alertsPerHour[23].startMs, local(2026, 11, 20, 10, 0));
        QCOMPARE(s.alertsPerHour[23].bySeverity, (Counts{0, 1, 0, 3, 1}));
        QCOMPARE(s.alertsPerHour[22].bySeverity, (Counts{0, 2, 0, 0, 0}));
        QCOMPARE(s.alertsPerHour[0].bySeverity, (Counts{0, 0, 1, 0, 0}));
        qint64 sum = 0;
        for (const auto& h : s.alertsPerHour)
            for (qint64 n : h.bySeverity)
                sum += n;
        QCOMPARE(sum, qint64(8));

        QStringList subsystems;
        for (const auto& n : s.alertsBySubsystem)
            subsystems << QStringLiteral("%1=%2").arg(n.name).arg(n.count);
        QCOMPARE(subsystems, strings({"NSM=4", "FW=2", "EDR=1", "HIDS=1"}));
        QStringList signatures;
        for (const auto& sig : s.topSignatures)
            signatures << QStringLiteral("%1|%2=%3").arg(sig.signatureId, sig.signature).arg(sig.count);
        QCOMPARE(signatures, strings({"2001219|ET SCAN Potential SSH Scan=4", "300|Policy: outbound SMB=2",
                                      "5710|Another login failure=1", "9001|Ransomware file rename burst=1"}));

        QCOMPARE(s.openTicketsByStatus, (Counts{2, 1, 1, 0, 0}));
        QCOMPARE(s.openTicketsByAge, (std::array<qint64, 4>{1, 1, 1, 1}));

        QCOMPARE(s.incidentsPerMonth[0].first, QDate(2025, 12, 1));
        QCOMPARE(s.incidentsPerMonth[11].first, QDate(2026, 11, 1));
        QCOMPARE(s.incidentsPerMonth[0].bySeverity, (Counts{0, 1, 0, 0, 0}));
        QCOMPARE(s.incidentsPerMonth[1].bySeverity, (Counts{0, 0, 1, 0, 0}));
        QCOMPARE(s.incidentsPerMonth[11].bySeverity, (Counts{0, 0, 0, 1, 1}));
        qint64 incidents = 0;
        for (const auto& m : s.incidentsPerMonth)
            for (qint64 n : m.bySeverity)
                incidents += n;
        QCOMPARE(incidents, qint64(4));

        const auto& morning = s.shiftTimes[static_cast<size_t>(domain::DutyShift::Morning)];
        const auto& afternoon = s.shiftTimes[static_cast<size_t>(domain::DutyShift::Afternoon)];
        const auto& night = s.shiftTimes[static_cast<size_t>(domain::DutyShift::Night)];
        QCOMPARE(morning.acknowledge.meanMs, 10 * kMinute);
        QCOMPARE(morning.acknowledge.samples, qint64(1));
        QVERIFY(!morning.resolve.isValid());
        QCOMPARE(afternoon.acknowledge.meanMs, 20 * kMinute);
        QCOMPARE(afternoon.resolve.meanMs, 4 * kHour);
        QCOMPARE(night.acknowledge.meanMs, 45 * kMinute);
        QCOMPARE(night.acknowledge.samples, qint64(2));
        QCOMPARE(night.resolve.meanMs, 2 * kHour);
        QCOMPARE(night.resolve.samples, qint64(1));
    }

    void alertWindowScanUsesTheTimeIndex()
    {
        const QByteArray sql = QByteArray("EXPLAIN QUERY PLAN ") + store::DashboardQueries::alertWindowSql();
        auto st = m_ws->session->database().prepare(sql.constData());
        QString plan;
        while (st.step())
            plan += st.text(3) + u'\n';
        QVERIFY2(plan.contains(QStringLiteral("USING INDEX alerts_time (detected_at>? AND detected_at<?)")),
                 qPrintable(plan));
    }

    void shiftsAndAgesHaveExactBoundaries()
    {
        using domain::DutyShift;
        QCOMPARE(domain::dutyShiftAt(local(2026, 11, 20, 5, 59, 59, 999)), DutyShift::Night);
        QCOMPARE(domain::dutyShiftAt(local(2026, 11, 20, 6, 0)), DutyShift::Morning);
        QCOMPARE(domain::dutyShiftAt(local(2026, 11, 20, 13, 59, 59, 999)), DutyShift::Morning);
        QCOMPARE(domain::dutyShiftAt(local(2026, 11, 20, 14, 0)), DutyShift::Afternoon);
        QCOMPARE(domain::dutyShiftAt(local(2026, 11, 20, 22, 0)), DutyShift::Night);
        QCOMPARE(domain::ticketAgeOf(4 * kHour - 1), domain::TicketAge::UnderFourHours);
        QCOMPARE(domain::ticketAgeOf(4 * kHour), domain::TicketAge::UnderOneDay);
        QCOMPARE(domain::ticketAgeOf(kDay), domain::TicketAge::UnderOneWeek);
        QCOMPARE(domain::ticketAgeOf(7 * kDay), domain::TicketAge::OverOneWeek);
    }

    void chartsShowTheFigures()
    {
        auto view = shownView();
        QVERIFY(view);
        ui::DashboardChart* perHour = view->chart(Chart::AlertsPerHour);
        QCOMPARE(perHour->series()->count(), 4); // one stacked set per severity, Low first
        QCOMPARE(perHour->categories().first(), QStringLiteral("11"));
        QCOMPARE(perHour->categories().last(), QStringLiteral("10"));
        QCOMPARE(values(perHour, 0).at(23), 1.0); // low
        QCOMPARE(values(perHour, 0).at(22), 2.0);
        QCOMPARE(values(perHour, 1).at(0), 1.0);  // medium
        QCOMPARE(values(perHour, 2).at(23), 3.0); // high
        QCOMPARE(values(perHour, 3).at(23), 1.0); // emergency
        QCOMPARE(perHour->series()->barSets().at(3)->color(), ui::SeverityStyle::fill(Severity::Emergency));

        QCOMPARE(view->chart(Chart::AlertsBySubsystem)->categories(), strings({"NSM", "FW", "EDR", "HIDS"}));
        QCOMPARE(values(view->chart(Chart::AlertsBySubsystem)), (QList<qreal>{4, 2, 1, 1}));
        // Rows run bottom-up: the most frequent signature is the last category, drawn on top.
        QCOMPARE(view->chart(Chart::TopSignatures)->categories().last(), QStringLiteral("ET SCAN Potential SSH Scan"));
        QCOMPARE(values(view->chart(Chart::TopSignatures)), (QList<qreal>{1, 1, 2, 4}));
        QCOMPARE(values(view->chart(Chart::TicketsByStatus)), (QList<qreal>{2, 1, 1}));
        QCOMPARE(values(view->chart(Chart::TicketsByAge)), (QList<qreal>{1, 1, 1, 1}));
        // Chart labels are rich text: a label starting with '<' would vanish.
        for (const QString& label : view->chart(Chart::TicketsByAge)->categories())
            QVERIFY2(!label.startsWith(u'<'), qPrintable(label));
        ui::DashboardChart* incidents = view->chart(Chart::IncidentsPerMonth);
        QCOMPARE(incidents->categories().first(), QStringLiteral("12/25"));
        QCOMPARE(incidents->categories().at(1), QStringLiteral("01/26")); // the year where it starts
        QCOMPARE(incidents->categories().at(2), QStringLiteral("02"));
        QCOMPARE(values(incidents, 0).at(0), 1.0);
        QCOMPARE(values(incidents, 1).at(1), 1.0);
        QCOMPARE(values(incidents, 2).at(11), 1.0);
        QCOMPARE(values(incidents, 3).at(11), 1.0);

        QTableWidget* shifts = view->shiftTable();
        QVERIFY2(shifts->item(2, 0)->text().contains(QStringLiteral("45 minutes")),
                 qPrintable(shifts->item(2, 0)->text()));
        QVERIFY2(shifts->item(2, 0)->text().contains(QStringLiteral("(2 ticket")),
                 qPrintable(shifts->item(2, 0)->text()));
        QCOMPARE(shifts->item(0, 1)->text(), QStringLiteral("—"));
    }

    void clickOnABarAsksForThatFilter()
    {
        auto view = shownView();
        QVERIFY(view);
        QSignalSpy alerts(view.get(), &ui::DashboardView::alertFilterRequested);
        QSignalSpy tickets(view.get(), &ui::DashboardView::ticketFilterRequested);

        ui::DashboardChart* perHour = view->chart(Chart::AlertsPerHour);
        QTest::mouseClick(perHour->viewport(), Qt::LeftButton, {}, perHour->barCentre(2, 23)); // high, 10:00-11:00
        QTRY_COMPARE(alerts.count(), 1);
        auto f = alerts.takeFirst().at(0).value<store::AlertFilter>();
        QCOMPARE(f.severityMask, 1 << int(Severity::High));
        QCOMPARE(f.fromMs, local(2026, 11, 20, 10, 0));
        QCOMPARE(f.toMs, local(2026, 11, 20, 11, 0));
        // The alert screen's filter bar shows that hour as a fixed window, and gives it back.
        ui::FilterBar bar;
        bar.showFilter(f);
        QCOMPARE(bar.filter().fromMs, f.fromMs);
        QCOMPARE(bar.filter().toMs, f.toMs);
        QCOMPARE(bar.filter().severityMask, f.severityMask);
        QCOMPARE(bar.findChild<QComboBox*>(QStringLiteral("timeRangeFilter"))->currentText(), QStringLiteral("20/11 10:00 – 11:00"));

        ui::DashboardChart* subsystems = view->chart(Chart::AlertsBySubsystem);
        QTest::mouseClick(subsystems->viewport(), Qt::LeftButton, {}, subsystems->barCentre(0, 1));
        QTRY_COMPARE(alerts.count(), 1);
        f = alerts.takeFirst().at(0).value<store::AlertFilter>();
        QCOMPARE(f.subsystem, QStringLiteral("FW"));
        bar.showFilter(f);
        QCOMPARE(bar.filter().subsystem, QStringLiteral("FW"));

        ui::DashboardChart* signatures = view->chart(Chart::TopSignatures);
        QTest::mouseClick(signatures->viewport(), Qt::LeftButton, {}, signatures->barCentre(0, 3));
        QTRY_COMPARE(alerts.count(), 1);
        f = alerts.takeFirst().at(0).value<store::AlertFilter>();
        bar.showFilter(f); // the chart's 24 hours, not the hour clicked before
        QCOMPARE(bar.filter().fromMs, f.fromMs);
        QCOMPARE(bar.filter().toMs, f.toMs);
        QCOMPARE(bar.filter().severityMask, 0);
        QCOMPARE(bar.filter().search.terms.size(), 1);
        QCOMPARE(bar.filter().search.terms.first().value, QStringLiteral("ET SCAN Potential SSH Scan"));

        ui::DashboardChart* statuses = view->chart(Chart::TicketsByStatus);
        QTest::mouseClick(statuses->viewport(), Qt::LeftButton, {}, statuses->barCentre(0, 1));
        QTRY_COMPARE(tickets.count(), 1);
        QCOMPARE(tickets.takeFirst().at(0).value<store::TicketFilter>().statusMask, 1 << int(TicketStatus::InProgress));
    }

    void mainWindowOpensTheFilteredScreens()
    {
        ui::MainWindow window(m_ws->session);
        window.setClock(&m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionGo4"))->trigger();
        QVERIFY(window.dashboard()->isVisible());
        store::AlertFilter f;
        f.subsystem = QStringLiteral("NSM");
        emit window.dashboard()->alertFilterRequested(f);
        QVERIFY(window.alertScreen()->isVisible());
        // The filter shows in the bar's own controls: the subsystem list, a fixed hour in the range list.
        QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("subsystemFilter"))->currentText(), QStringLiteral("NSM"));
        QVERIFY(window.findChild<QLineEdit*>(QStringLiteral("alertSearch"))->text().isEmpty());
        QCOMPARE(window.alertScreen()->filterBar()->filter().subsystem, QStringLiteral("NSM"));

        store::TicketFilter t;
        t.statusMask = 1 << int(TicketStatus::WaitingAgency);
        emit window.dashboard()->ticketFilterRequested(t);
        QVERIFY(window.queueScreen()->isVisible());
        QCOMPARE(window.queueScreen()->statusCounts()->statusMask(), t.statusMask);
    }

    // New alerts reach the dashboard on screen without a click: the alert screen's poll tells the
    // main window, which marks the dashboard stale.
    void liveRefreshShowsNewAlerts()
    {
        ui::MainWindow window(m_ws->session);
        window.setClock(&m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(3);
        ui::DashboardView* view = window.dashboard();
        QTRY_COMPARE_WITH_TIMEOUT(view->snapshot().alertsTotal, qint64(8), 10000);
        auto db = m_ws->session->openConnection();
        addAlerts(*db, 2, local(2026, 11, 20, 10, 25), Severity::Medium, QStringLiteral("IPS"), QStringLiteral("77"),
                  QStringLiteral("Live arrival"));
        QTRY_COMPARE_WITH_TIMEOUT(view->snapshot().alertsTotal, qint64(10), 15000);
        QCOMPARE(values(view->chart(Chart::AlertsPerHour), 1).at(23), 2.0);
    }

    void followsTheThemeAndScalesFonts()
    {
        auto view = shownView();
        QVERIFY(view);
        ui::DashboardChart* chart = view->chart(Chart::AlertsPerHour);
        QCOMPARE(chart->chart()->theme(), QChart::ChartThemeLight);
        QVERIFY(view->grab().save(QStringLiteral("/tmp/dashboard-light.png")));

        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x1e, 0x20, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1b));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x2a, 0x2d, 0x32));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Mid, QColor(0x50, 0x54, 0x5a));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
        view->setPalette(dark);
        QCOMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart->chart()->backgroundBrush().color(), dark.color(QPalette::Window));
        QCOMPARE(chart->series()->barSets().at(2)->color(), ui::SeverityStyle::fill(Severity::High)); // kept
        QVERIFY(view->grab().save(QStringLiteral("/tmp/dashboard-dark.png")));

        const qreal normal = chart->chart()->titleFont().pointSizeF();
        view->resize(3200, 1800); // a wall display
        QTest::qWait(100);        // chart layouts are redone on the event loop
        QVERIFY(chart->chart()->titleFont().pointSizeF() > normal * 1.8);
        QVERIFY(view->grab().save(QStringLiteral("/tmp/dashboard-wall.png")));
    }
};

QTEST_MAIN(tst_Dashboard)
#include "tst_Dashboard.moc"
