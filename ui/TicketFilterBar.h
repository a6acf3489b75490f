#pragma once

#include "domain/Severity.h"
#include "store/TicketQuery.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace soc::ui {

// The queue's filters: quick toggles "Của tôi" (mine), "Chưa giao" (unassigned) and "Quá hạn"
// (overdue), severity toggles (none pressed = all), the agency, and words over code, title,
// description and agency (250 ms debounce; Esc clears and returns to the table).
class TicketFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit TicketFilterBar(QString me, QWidget* parent = nullptr);

    store::TicketFilter filter() const; // without the status part and "now"
    void setAgencies(const QStringList& agencies);
    void focusSearch();
    void setSearchText(const QString& text); // applies at once
    QToolButton* mine() const { return m_mine; }
    QToolButton* unassigned() const { return m_unassigned; }
    QToolButton* overdue() const { return m_overdue; }

signals:
    void filterChanged();
    void leaveSearch();

protected:
    void changeEvent(QEvent* event) override;

private:
    QToolButton* addToggle(const QString& objectName);
    void retranslateUi();
    void applySearch();

    QString m_me;
    QLabel* m_quickLabel;
    QToolButton* m_mine;
    QToolButton* m_unassigned;
    QToolButton* m_overdue;
    QLabel* m_levelsLabel;
    QMap<domain::Severity, QToolButton*> m_severity;
    QComboBox* m_agency;
    QLineEdit* m_search;
    QTimer m_debounce;
    QString m_appliedSearch;
};

} // namespace soc::ui
