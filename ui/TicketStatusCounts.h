#pragma once

#include "domain/Ticket.h"

#include <QMap>
#include <QWidget>
#include <array>

class QLabel;
class QToolButton;

namespace soc::ui {

// The queue's header: one toggle per status with its count ("Mới 12"), under the other filters.
// Pressing toggles restrict the queue to those statuses; none pressed shows every status.
class TicketStatusCounts : public QWidget {
    Q_OBJECT
public:
    explicit TicketStatusCounts(QWidget* parent = nullptr);

    void setCounts(const std::array<qint64, 5>& counts);
    qint64 count(domain::TicketStatus s) const { return m_counts[static_cast<size_t>(s)]; }
    int statusMask() const; // bit (1 << TicketStatus); 0 = all
    void setStatusMask(int mask);
    QToolButton* button(domain::TicketStatus s) const { return m_buttons.value(s); }

signals:
    void statusMaskChanged(int mask);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_label;
    QMap<domain::TicketStatus, QToolButton*> m_buttons;
    std::array<qint64, 5> m_counts{};
    bool m_silent = false;
};

} // namespace soc::ui
