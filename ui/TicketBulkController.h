#pragma once

#include "domain/Clock.h"
#include "domain/Ticket.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <memory>

namespace soc::store {
class Session;
}

namespace soc::ui {

class AlertTableView;
class AssignDialog;
class StatusChangeDialog;
class TicketTableModel;

// Bulk actions on the selected tickets (or the current one): assign to me, assign to someone, and
// change status (asking for the reason when reopening). Each ticket is its own CaseService unit of
// work, so one refusal does not undo the others; refusals are reported naming each ticket and the
// rule that said no.
class TicketBulkController : public QObject {
    Q_OBJECT
public:
    TicketBulkController(std::shared_ptr<store::Session> session, TicketTableModel* model, AlertTableView* view,
                         QObject* parent = nullptr);

    void setClock(const domain::Clock* clock) { m_clock = clock ? clock : &m_systemClock; }

    void assignToMe();
    void openAssignDialog();
    void openStatusDialog();

    // The work itself (also the test hooks). Return how many tickets changed.
    int assign(const QStringList& ticketIds, const QString& assignee);
    int setStatus(const QStringList& ticketIds, domain::TicketStatus status, const QString& reason);

    QStringList targetIds() const; // selected tickets, or the current one
    AssignDialog* assignDialog() const;
    StatusChangeDialog* statusDialog() const;
    QStringList assigneeCandidates() const;

signals:
    void ticketsChanged();
    void message(const QString& text);        // status bar
    void refused(const QString& explanation); // shown to the analyst

private:
    QStringList idsOrExplain();
    template <typename Work>
    int forEach(const QStringList& ids, Work work, const std::function<QString(int, int)>& doneText);

    std::shared_ptr<store::Session> m_session;
    TicketTableModel* m_model;
    AlertTableView* m_view;
    domain::SystemClock m_systemClock;
    const domain::Clock* m_clock = &m_systemClock;
    QPointer<AssignDialog> m_assignDialog;
    QPointer<StatusChangeDialog> m_statusDialog;
};

} // namespace soc::ui
