#pragma once

#include "domain/Clock.h"
#include "store/TicketQuery.h"

#include <QWidget>
#include <memory>

class QFrame;
class QLabel;
class QPushButton;
class QSettings;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AgencyAnswerDialog;
class AlertTableView;
class TicketActions;
class TicketBulkController;
class TicketFilterBar;
class TicketStatusCounts;
class TicketTableModel;
class TicketViewKeeper;

// The ticket queue (Hàng đợi): counts per status as toggles, quick filters (mine, unassigned,
// overdue), severity, agency and search, then the dense virtualised table with live refresh. Enter
// or a double-click opens the ticket in the incident view; bulk actions work on the selection. A
// banner counts the requests to agencies that are overdue and records their answers.
class TicketQueueScreen : public QWidget {
    Q_OBJECT
public:
    explicit TicketQueueScreen(std::shared_ptr<store::Session> session, QWidget* parent = nullptr);
    ~TicketQueueScreen() override;

    void start();
    void refresh();
    // Tests inject a fixed clock (it must outlive the screen); nullptr = the system clock.
    void setClock(const domain::Clock* clock);
    const domain::Clock& clock() const { return *m_clock; }
    void focusSearch();
    // Makes `ticketId` the current, selected row once it is shown (after a create, for example).
    void selectTicket(const QString& ticketId);
    QString currentTicketId() const;
    static store::TicketSort defaultSort();
    // Opens the dialog that records an agency's answer (nullptr when the role may not work cases).
    AgencyAnswerDialog* answerRequest();
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    TicketTableModel* model() const { return m_model; }
    AlertTableView* view() const { return m_view; }
    TicketFilterBar* filterBar() const { return m_filterBar; }
    TicketStatusCounts* statusCounts() const { return m_counts; }
    TicketActions* actions() const { return m_actions; }
    TicketBulkController* bulk() const { return m_bulk; }
    QFrame* overdueRequestsBanner() const { return m_requestsBanner; }

signals:
    void openTicketRequested(const QString& ticketId);
    void ticketsChanged(); // something changed here: other views' counts are stale
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFilter();
    void openCurrent();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void syncSortIndicator();
    void applyDefaultColumnWidths();
    void updateResultLabel();
    void refreshAgencies();
    void updateRequestsBanner();
    void showError(const QString& message, bool toStatusBar = true);
    void retranslateUi();

    std::shared_ptr<store::Session> m_session;
    domain::SystemClock m_systemClock;
    const domain::Clock* m_clock = &m_systemClock;
    TicketStatusCounts* m_counts;
    QLabel* m_resultLabel;
    TicketFilterBar* m_filterBar;
    AlertTableView* m_view;
    TicketTableModel* m_model;
    TicketViewKeeper* m_keeper;
    TicketActions* m_actions;
    TicketBulkController* m_bulk;
    QFrame* m_requestsBanner;
    QLabel* m_requestsIcon;
    QLabel* m_requestsText;
    QPushButton* m_requestsAnswer;
    store::TicketSort m_startSort = defaultSort();
    QString m_pendingSelect;
};

} // namespace soc::ui
