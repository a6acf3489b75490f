#include "TriageController.h"

#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "ReasonDialog.h"
#include "store/AlertRepository.h"
#include "store/DatabaseError.h"
#include "store/Session.h"

#include <QDateTime>

namespace soc::ui {

using domain::AlertStatus;

TriageController::TriageController(std::shared_ptr<store::Session> session, AlertTableModel* model,
                                   AlertTableView* view, QObject* parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_model(model)
    , m_view(view)
{
}

std::vector<int> TriageController::rowsOrExplain()
{
    std::vector<int> rows = m_view->targetRows();
    if (rows.empty())
        emit message(tr("Select one or more alerts first (↑/↓ or j/k to move, Space to mark)."));
    return rows;
}

void TriageController::acknowledge()
{
    const auto rows = rowsOrExplain();
    if (!rows.empty())
        apply(rows, AlertStatus::Acknowledged, {});
}

void TriageController::closeAsBenign()
{
    const auto rows = rowsOrExplain();
    if (!rows.empty())
        apply(rows, AlertStatus::Benign, {});
}

void TriageController::closeAsFalsePositive()
{
    const auto rows = rowsOrExplain();
    if (rows.empty() || m_reasonDialog)
        return;
    // The ids, not the rows: live refresh may insert rows while the dialog is open.
    std::vector<qint64> ids;
    ids.reserve(rows.size());
    for (const int row : rows)
        ids.push_back(m_model->idAt(row));
    auto* dialog = new ReasonDialog(static_cast<int>(ids.size()), m_view->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_reasonDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        std::vector<int> now;
        for (const qint64 id : ids)
            if (const int row = m_model->rowOf(id); row >= 0)
                now.push_back(row);
        apply(now, AlertStatus::FalsePositive, dialog->reason());
        m_view->setFocus();
    });
    connect(dialog, &QDialog::rejected, m_view, [this] { m_view->setFocus(); });
    dialog->open();
}

bool TriageController::apply(const std::vector<int>& rows, AlertStatus status, const QString& reason)
{
    std::vector<qint64> ids;
    ids.reserve(rows.size());
    for (const int row : rows)
        if (const qint64 id = m_model->idAt(row))
            ids.push_back(id);
    if (ids.empty())
        return false;
    const QString author = m_session->account().username;
    try {
        store::AlertRepository repo(m_session->database());
        const int changed = repo.setStatus(ids, status, reason, author);
        m_model->applyStatus(rows, status, reason, author, QDateTime::currentMSecsSinceEpoch());
        emit statusesChanged(changed);
        emit message(tr("Status set to \"%1\" (alerts: %2).").arg(domain::alertStatusLabel(status)).arg(ids.size()));
        return true;
    } catch (const store::DatabaseError& e) {
        emit failed(tr("The status was not changed: %1").arg(e.message()));
        return false;
    }
}

} // namespace soc::ui
