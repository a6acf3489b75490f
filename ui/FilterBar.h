#pragma once

#include "domain/Severity.h"
#include "store/AlertFilter.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace soc::ui {

// The alert screen's filter bar: four severity toggles (none pressed = all levels), status,
// subsystem and time range, and the search box (AlertSearch syntax; 250 ms debounce; parse errors
// explained under it with an icon and red text). Emits filterChanged() when the filter changes.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    // The current filter; time ranges are relative to now.
    store::AlertFilter filter() const;
    bool hasSearchError() const;
    // Status-bar shortcut: only this level, only new alerts, no other constraint.
    void showNewOfSeverity(domain::Severity s);
    void focusSearch();
    void setSearchText(const QString& text); // applies at once (no debounce)
    // Shows exactly `filter` (e.g. a dashboard bar): levels, status, subsystem, a fixed time window
    // when it has one (an extra entry of the range list, until another range is chosen), the search terms.
    void showFilter(const store::AlertFilter& filter);

signals:
    void filterChanged();
    void leaveSearch(); // Esc in the search box: back to the table

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillCombos();
    void onSearchEdited();
    void applySearch();

    QMap<domain::Severity, QToolButton*> m_severity;
    QComboBox* m_status;
    QComboBox* m_subsystem;
    QComboBox* m_timeRange;
    QLineEdit* m_search;
    QLabel* m_errorIcon;
    QLabel* m_error;
    QWidget* m_errorRow;
    QLabel* m_levelsLabel;
    QTimer m_debounce;
    QString m_appliedSearch;
    qint64 m_windowFromMs = 0; // the fixed window of the extra range entry (0, 0: none)
    qint64 m_windowToMs = 0;
    bool m_silent = false;
};

} // namespace soc::ui
