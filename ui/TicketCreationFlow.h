#pragma once

#include "domain/Clock.h"
#include "domain/Ticket.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class QMessageBox;
class QWidget;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AuditQueue;
class CreateTicketDialog;
class ManualTicketDialog;
class ServiceLevelsDialog;

// Opens the ticket dialogs without blocking (the alert screen keeps refreshing behind them), and
// once a ticket exists offers to open it. The dialogs stay reachable for tests.
class TicketCreationFlow : public QObject {
    Q_OBJECT
public:
    TicketCreationFlow(std::shared_ptr<store::Session> session, AuditQueue* audit, QWidget* window, QObject* parent = nullptr);

    void setClock(const domain::Clock* clock) { m_clock = clock ? clock : &m_systemClock; }

    CreateTicketDialog* fromAlerts(const std::vector<qint64>& alertIds); // nullptr (and a message) when none
    ManualTicketDialog* manual();
    ServiceLevelsDialog* serviceLevels();

    CreateTicketDialog* createDialog() const;
    ManualTicketDialog* manualDialog() const;
    ServiceLevelsDialog* serviceLevelsDialog() const;
    QMessageBox* createdBox() const; // "Ticket created — open it now?"

signals:
    void ticketCreated(const soc::domain::Ticket& ticket);
    void openTicketRequested(const QString& ticketId);
    void message(const QString& text);

private:
    void offerToOpen(const domain::Ticket& ticket, const QString& warning);

    std::shared_ptr<store::Session> m_session;
    AuditQueue* m_audit; // opening the service levels is a view of the configuration
    QWidget* m_window;
    domain::SystemClock m_systemClock;
    const domain::Clock* m_clock = &m_systemClock;
    QPointer<CreateTicketDialog> m_create;
    QPointer<ManualTicketDialog> m_manual;
    QPointer<ServiceLevelsDialog> m_levels;
    QPointer<QMessageBox> m_createdBox;
};

} // namespace soc::ui
