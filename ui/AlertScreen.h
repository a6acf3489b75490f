#pragma once

#include "domain/Severity.h"
#include "store/AlertFilter.h"

#include <QTimer>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QSettings;
class QSplitter;

namespace soc::store {
class OwnerLookup;
class Session;
}

namespace soc::ui {

class AlertActions;
class AlertTableModel;
class AlertTableView;
class DetailPane;
class FilterBar;
class TriageController;
class ViewStateKeeper;

// The alert screen (Cảnh báo): filter bar, "N new" button, the dense virtualised table and the
// detail pane beside or below it. Composes the pieces; each piece does one job.
class AlertScreen : public QWidget {
    Q_OBJECT
public:
    enum class DetailPosition { Right, Bottom };

    explicit AlertScreen(std::shared_ptr<store::Session> session, QWidget* parent = nullptr);
    ~AlertScreen() override;

    // Runs the first query (after restoreState, so the saved sort applies).
    void start();
    void refresh();
    void showNewOfSeverity(domain::Severity s);
    void openDetail();
    void focusSearch();
    // The alerts a command acts on: the selected rows in view order, else the current row.
    std::vector<qint64> selectedAlertIds() const;
    void setDetailPosition(DetailPosition position);
    DetailPosition detailPosition() const;
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    AlertTableModel* model() const { return m_model; }
    AlertTableView* view() const { return m_view; }
    FilterBar* filterBar() const { return m_filterBar; }
    DetailPane* detailPane() const { return m_detail; }
    AlertActions* actions() const { return m_actions; }
    TriageController* triage() const { return m_triage; }
    QPushButton* newAlertsButton() const { return m_newButton; }

signals:
    void alertsChanged(); // triage or arrivals: the status bar counts are stale
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFilter();
    void applyDefaultColumnWidths();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void syncSortIndicator();
    void loadDetail();
    void updateResultLabel();
    void updateNewButton(int count);
    void showError(const QString& message);
    void retranslateUi();

    std::shared_ptr<store::Session> m_session;
    FilterBar* m_filterBar;
    QPushButton* m_newButton;
    QLabel* m_resultLabel;
    QSplitter* m_splitter;
    AlertTableView* m_view;
    DetailPane* m_detail;
    AlertTableModel* m_model;
    ViewStateKeeper* m_keeper;
    AlertActions* m_actions;
    TriageController* m_triage;
    QTimer m_detailTimer;
    store::AlertSort m_startSort;
    // Agency and asset of the selected alert: built when first needed after each snapshot of the
    // table or refresh (the directory or register may have changed since), never per row.
    std::unique_ptr<store::OwnerLookup> m_owners;
};

} // namespace soc::ui
