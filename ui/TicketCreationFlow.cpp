#include "TicketCreationFlow.h"

#include "AuditQueue.h"
#include "CreateTicketDialog.h"
#include "ManualTicketDialog.h"
#include "ServiceLevelsDialog.h"
#include "store/Session.h"

#include <QMessageBox>
#include <QPushButton>

namespace soc::ui {

TicketCreationFlow::TicketCreationFlow(std::shared_ptr<store::Session> session, AuditQueue* audit, QWidget* window,
                                       QObject* parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_audit(audit)
    , m_window(window)
{
}

CreateTicketDialog* TicketCreationFlow::createDialog() const { return m_create; }
ManualTicketDialog* TicketCreationFlow::manualDialog() const { return m_manual; }
ServiceLevelsDialog* TicketCreationFlow::serviceLevelsDialog() const { return m_levels; }
QMessageBox* TicketCreationFlow::createdBox() const { return m_createdBox; }

CreateTicketDialog* TicketCreationFlow::fromAlerts(const std::vector<qint64>& alertIds)
{
    if (alertIds.empty()) {
        emit message(tr("Select one or more alerts first, then press T to create a ticket from them."));
        return nullptr;
    }
    if (m_create) {
        m_create->raise();
        m_create->activateWindow();
        return m_create;
    }
    auto* dialog = new CreateTicketDialog(m_session, *m_clock, alertIds, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_create = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->created())
            offerToOpen(*dialog->created(), dialog->warning());
    });
    dialog->open();
    return dialog;
}

ManualTicketDialog* TicketCreationFlow::manual()
{
    if (m_manual) {
        m_manual->raise();
        m_manual->activateWindow();
        return m_manual;
    }
    auto* dialog = new ManualTicketDialog(m_session, *m_clock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_manual = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->created())
            offerToOpen(*dialog->created(), dialog->warning());
    });
    dialog->open();
    return dialog;
}

ServiceLevelsDialog* TicketCreationFlow::serviceLevels()
{
    if (m_levels) {
        m_levels->raise();
        return m_levels;
    }
    m_audit->append(store::configViewEntry(m_session->account().username, QStringLiteral("service_levels")));
    auto* dialog = new ServiceLevelsDialog(m_session, *m_clock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_levels = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this] { emit message(tr("Service levels saved; new tickets use them.")); });
    dialog->open();
    return dialog;
}

void TicketCreationFlow::offerToOpen(const domain::Ticket& ticket, const QString& warning)
{
    emit ticketCreated(ticket);
    emit message(tr("Ticket %1 created.").arg(ticket.code)); // Đã tạo ticket %1.
    if (m_createdBox)
        m_createdBox->close();
    auto* box = new QMessageBox(QMessageBox::Information, tr("Ticket created"),
                                tr("Ticket %1 was created: %2").arg(ticket.code, ticket.title)
                                    + (warning.isEmpty() ? QString() : QStringLiteral("\n\n") + warning)
                                    + QStringLiteral("\n\n") + tr("Open it now?"), // Mở ngay?
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("ticketCreatedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* open = box->addButton(tr("Open ticket"), QMessageBox::AcceptRole); // Mở ticket
    open->setObjectName(QStringLiteral("openCreatedTicket"));
    box->addButton(tr("Later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("laterCreatedTicket")); // Để sau
    box->setDefaultButton(open);
    const QString id = ticket.id;
    connect(open, &QPushButton::clicked, this, [this, id] { emit openTicketRequested(id); });
    m_createdBox = box;
    box->open();
}

} // namespace soc::ui
