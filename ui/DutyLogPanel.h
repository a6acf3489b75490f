#pragma once

#include "domain/ShiftSlot.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace soc::domain {
class Clock;
}
namespace soc::store {
class Session;
}

namespace soc::ui {

// The duty log of one shift (sổ trực, nhật ký vận hành, R-34): its lines by time and a line to add
// one (kind + text). Lines are append-only: there is no edit and no delete.
class DutyLogPanel : public QWidget {
    Q_OBJECT
public:
    DutyLogPanel(std::shared_ptr<store::Session> session, const domain::Clock& clock, QWidget* parent = nullptr);

    void showShift(const domain::ShiftSlot& slot);
    void reload();
    bool add(); // writes the typed line; false (with the reason shown) when refused

    QTableWidget* table() const { return m_table; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* textEdit() const { return m_text; }
    QPushButton* addButton() const { return m_add; }
    QString problem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::shared_ptr<store::Session> m_session;
    const domain::Clock& m_clock;
    domain::ShiftSlot m_slot;
    QTableWidget* m_table;
    QComboBox* m_kind;
    QLineEdit* m_text;
    QPushButton* m_add;
    QLabel* m_problem;
};

} // namespace soc::ui
