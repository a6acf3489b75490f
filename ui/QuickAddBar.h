#pragma once

#include <QWidget>
#include <array>

class QAction;
class QPushButton;

namespace soc::ui {

// "Add" one keystroke away (ux.md): Note (N), Action (A), Communication (C), Evidence (E) as
// buttons and as shortcuts over `scope` and its children (text fields keep their letters).
class QuickAddBar : public QWidget {
    Q_OBJECT
public:
    enum Kind { Note, Action, Communication, Evidence };

    QuickAddBar(QWidget* scope, QWidget* parent = nullptr);

    QAction* action(Kind kind) const { return m_actions[static_cast<size_t>(kind)]; }
    void setAvailable(bool available);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::array<QAction*, 4> m_actions;
    std::array<QPushButton*, 4> m_buttons;
};

} // namespace soc::ui
