#include "TicketBulkController.h"

#include "AlertTableView.h"
#include "AssignDialog.h"
#include "StatusChangeDialog.h"
#include "TicketTableModel.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"
#include "store/Session.h"
#include "store/TicketRepository.h"
#include "store/Workspace.h"

#include <span>

namespace soc::ui {

using domain::TicketStatus;

TicketBulkController::TicketBulkController(std::shared_ptr<store::Session> session, TicketTableModel* model,
                                           AlertTableView* view, QObject* parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_model(model)
    , m_view(view)
{
}

AssignDialog* TicketBulkController::assignDialog() const { return m_assignDialog; }
StatusChangeDialog* TicketBulkController::statusDialog() const { return m_statusDialog; }

QStringList TicketBulkController::targetIds() const
{
    QStringList ids;
    for (const int row : m_view->targetRows())
        if (const QString id = m_model->idAt(row); !id.isEmpty())
            ids << id;
    return ids;
}

QStringList TicketBulkController::idsOrExplain()
{
    const QStringList ids = targetIds();
    if (ids.isEmpty())
        emit message(tr("Select one or more tickets first (↑/↓ or j/k to move, Space to mark)."));
    return ids;
}

QStringList TicketBulkController::assigneeCandidates() const
{
    QStringList names = store::Workspace(m_session->workspaceDir()).usernames();
    const QString me = m_session->account().username;
    names.removeAll(me);
    names.prepend(me);
    return names;
}

void TicketBulkController::assignToMe()
{
    const QStringList ids = idsOrExplain();
    if (!ids.isEmpty())
        assign(ids, m_session->account().username);
}

void TicketBulkController::openAssignDialog()
{
    const QStringList ids = idsOrExplain();
    if (ids.isEmpty() || m_assignDialog)
        return;
    auto* dialog = new AssignDialog(static_cast<int>(ids.size()), assigneeCandidates(), m_view->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_assignDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        assign(ids, dialog->assignee());
        m_view->setFocus();
    });
    connect(dialog, &QDialog::rejected, m_view, [this] { m_view->setFocus(); });
    dialog->open();
}

void TicketBulkController::openStatusDialog()
{
    const QStringList ids = idsOrExplain();
    if (ids.isEmpty() || m_statusDialog)
        return;
    std::vector<TicketStatus> current;
    try {
        store::TicketRepository repo(m_session->database());
        for (const QString& id : ids)
            if (const auto t = repo.byId(id))
                current.push_back(t->status);
    } catch (const store::DatabaseError& e) {
        emit refused(e.message());
        return;
    }
    auto* dialog = new StatusChangeDialog(std::move(current), m_view->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_statusDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        setStatus(ids, dialog->status(), dialog->reason());
        m_view->setFocus();
    });
    connect(dialog, &QDialog::rejected, m_view, [this] { m_view->setFocus(); });
    dialog->open();
}

template <typename Work>
int TicketBulkController::forEach(const QStringList& ids, Work work, const std::function<QString(int, int)>& doneText)
{
    int changed = 0;
    QStringList refusals;
    store::CaseService service(m_session->database(), m_session->account().username, *m_clock);
    store::TicketRepository repo(m_session->database());
    for (const QString& id : ids) {
        QString code = id;
        try {
            const auto ticket = repo.byId(id);
            if (!ticket)
                throw store::DatabaseError(store::ErrorCode::NotFound, tr("The ticket no longer exists."));
            code = ticket->code;
            if (work(service, *ticket))
                ++changed;
        } catch (const store::DatabaseError& e) {
            refusals << QStringLiteral("• %1: %2").arg(code, e.message());
        }
    }
    if (changed > 0)
        emit ticketsChanged();
    emit message(doneText(changed, static_cast<int>(ids.size())));
    if (!refusals.isEmpty()) // Không thay đổi được %1 ticket:
        emit refused(tr("%1 of %2 tickets were not changed:\n%3")
                         .arg(refusals.size())
                         .arg(ids.size())
                         .arg(refusals.join(u'\n')));
    return changed;
}

int TicketBulkController::assign(const QStringList& ids, const QString& assignee)
{
    const QString who = assignee.trimmed();
    return forEach(
        ids,
        [&who](store::CaseService& service, const domain::Ticket& t) {
            if (t.assignee == who)
                return false;
            const QString id = t.id;
            service.assign(std::span<const QString>(&id, 1), who);
            return true;
        },
        [this, &who](int changed, int total) {
            return who.isEmpty()
                       ? tr("Unassigned %1 of %2 tickets.").arg(changed).arg(total) // Đã bỏ giao %1/%2 ticket.
                       : tr("Assigned %1 of %2 tickets to %3.").arg(changed).arg(total).arg(who);
        });
}

int TicketBulkController::setStatus(const QStringList& ids, TicketStatus status, const QString& reason)
{
    return forEach(
        ids,
        [status, &reason](store::CaseService& service, const domain::Ticket& t) {
            if (t.status == status)
                return false;
            service.setStatus(t.id, status, reason.trimmed());
            return true;
        },
        [this, status](int changed, int total) {
            return tr("Status set to \"%1\" on %2 of %3 tickets.")
                .arg(domain::ticketStatusLabel(status))
                .arg(changed)
                .arg(total);
        });
}

} // namespace soc::ui
