#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace soc::ui {

// Assign to…: pick or type the analyst's user name for the selected tickets; empty = unassign.
class AssignDialog : public QDialog {
    Q_OBJECT
public:
    AssignDialog(int ticketCount, const QStringList& usernames, QWidget* parent = nullptr);
    QString assignee() const;
    void setAssignee(const QString& username);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    int m_count;
    QLabel* m_intro;
    QComboBox* m_user;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
