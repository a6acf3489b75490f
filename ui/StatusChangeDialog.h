#pragma once

#include "domain/Ticket.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace soc::ui {

// Change status…: the new status for the selected tickets, and the reason — required when
// domain::ticketTransitionNeedsReason says so for any of them (reopening; closing an untouched ticket).
class StatusChangeDialog : public QDialog {
    Q_OBJECT
public:
    StatusChangeDialog(std::vector<domain::TicketStatus> current, QWidget* parent = nullptr);

    domain::TicketStatus status() const;
    void setStatus(domain::TicketStatus s);
    QString reason() const;
    void setReason(const QString& text);
    bool reasonRequired() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refreshState();

    std::vector<domain::TicketStatus> m_current;
    QLabel* m_intro;
    QComboBox* m_status;
    QLabel* m_reasonLabel;
    QPlainTextEdit* m_reason;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
