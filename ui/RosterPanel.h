#pragma once

#include "domain/ShiftPattern.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace soc::domain {
class Clock;
}
namespace soc::store {
class Session;
}

namespace soc::ui {

// The duty roster of one day: each shift of the pattern with its lead and who is on duty.
// Those who may change the roster (shifts.roster) put someone on a shift, as its lead or not, and
// take them off again; every change is audited and reaches the other stations through the sync.
class RosterPanel : public QWidget {
    Q_OBJECT
public:
    RosterPanel(std::shared_ptr<store::Session> session, const domain::Clock& clock, QWidget* parent = nullptr);

    void showDate(const QDate& date);
    void reload();
    bool assign();   // the chosen person on the chosen shift; false (reason shown) when refused
    bool takeOff();  // the chosen person off the chosen shift

    QTableWidget* table() const { return m_table; }
    QComboBox* slotBox() const { return m_slot; }
    QComboBox* personBox() const { return m_person; }
    QCheckBox* leadBox() const { return m_lead; }
    QPushButton* assignButton() const { return m_assign; }
    QPushButton* removeButton() const { return m_remove; }
    QString problem() const;

signals:
    void rosterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    bool change(bool remove);
    void showProblem(const QString& text);
    void retranslateUi();

    std::shared_ptr<store::Session> m_session;
    const domain::Clock& m_clock;
    domain::ShiftPattern m_pattern;
    QDateEdit* m_date;
    QTableWidget* m_table;
    QComboBox* m_slot;
    QComboBox* m_person;
    QCheckBox* m_lead;
    QPushButton* m_assign;
    QPushButton* m_remove;
    QLabel* m_problem;
};

} // namespace soc::ui
