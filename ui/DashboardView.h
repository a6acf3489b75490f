#pragma once

#include "domain/Clock.h"
#include "domain/DashboardSnapshot.h"
#include "store/AlertFilter.h"
#include "store/TicketQuery.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <memory>

class QLabel;
class QTableWidget;

namespace soc::store {
class Session;
}

namespace soc::ui {

class DashboardChart;

// The dashboard (Tổng quan): alerts of the last 24 hours per hour and severity, per subsystem and
// the top signatures; open tickets by status and age; incidents per month and severity; mean
// times to acknowledge and resolve per shift. Figures are computed off the GUI thread; the view
// refreshes when told the data changed (at most every few seconds) and each minute as time moves.
// A click on a bar asks for the alert screen or the queue filtered to that bar.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    enum class Chart {
        AlertsPerHour,
        AlertsBySubsystem,
        TopSignatures,
        TicketsByStatus,
        TicketsByAge,
        IncidentsPerMonth
    };
    static constexpr int kMinRefreshIntervalMs = 3000;

    explicit DashboardView(std::shared_ptr<store::Session> session, QWidget* parent = nullptr);
    ~DashboardView() override;

    // Tests inject a fixed clock (it must outlive the view); nullptr = the system clock.
    void setClock(const domain::Clock* clock);
    // The data changed: refresh when on screen, no sooner than kMinRefreshIntervalMs after the last.
    void markStale();
    // Starts a refresh now (unless one runs: it then follows that one).
    void refreshNow();
    // Shows `snapshot` (what a refresh does on the GUI thread once the figures are ready).
    void apply(const domain::DashboardSnapshot& snapshot);
    const domain::DashboardSnapshot& snapshot() const { return m_snapshot; }
    bool isRefreshing() const { return m_watcher.isRunning(); }

    DashboardChart* chart(Chart c) const;
    QTableWidget* shiftTable() const { return m_shifts; }


signals:
    void alertFilterRequested(const store::AlertFilter& filter);
    void ticketFilterRequested(const store::TicketFilter& filter);
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Result {
        domain::DashboardSnapshot snapshot;
        QString error;
    };

    void scheduleRefresh();
    void onRefreshFinished();
    void onBarClicked(Chart chart, int set, int index);
    void applyAlerts();
    void applyTickets();
    void applyIncidents();
    void applyShiftTimes();
    void updateHeader();
    void scaleFonts();
    void retranslateUi();

    std::shared_ptr<store::Session> m_session;
    domain::SystemClock m_systemClock;
    const domain::Clock* m_clock = &m_systemClock;
    QLabel* m_header;
    QList<QLabel*> m_legendGlyphs; // the severity legend of the stacked charts (Low .. Emergency)
    QList<QLabel*> m_legendWords;
    QList<DashboardChart*> m_charts; // index = Chart
    QLabel* m_shiftsTitle;
    QTableWidget* m_shifts;
    QFutureWatcher<Result> m_watcher;
    QTimer m_throttle;
    QTimer m_tick;
    QElapsedTimer m_sinceRefresh;
    bool m_stale = true;
    domain::DashboardSnapshot m_snapshot;
    QString m_error;
    QList<domain::SignatureCount> m_signatureBars; // bar order (largest at the top)
};

} // namespace soc::ui
