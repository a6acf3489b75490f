#include "TicketViewKeeper.h"

#include "AlertTableView.h"

#include <QScrollBar>
#include <QSet>

namespace soc::ui {

TicketViewKeeper::TicketViewKeeper(AlertTableView* view, TicketTableModel* model, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
{
    connect(model, &TicketTableModel::snapshotAboutToChange, this, &TicketViewKeeper::beforeChange);
    connect(model, &TicketTableModel::snapshotChanged, this, &TicketViewKeeper::afterChange);
}

void TicketViewKeeper::beforeChange(TicketTableModel::ChangeKind, bool reset)
{
    m_topId = m_model->idAt(m_view->topRow());
    m_scrollValue = m_view->verticalScrollBar()->value();
    m_currentId.clear();
    m_selectedIds.clear();
    if (!reset)
        return; // row insertions and removals keep the selection by themselves
    m_currentId = m_model->idAt(m_view->currentIndex().row());
    for (const int row : m_view->targetRows())
        m_selectedIds << m_model->idAt(row);
}

void TicketViewKeeper::afterChange(TicketTableModel::ChangeKind kind, bool reset)
{
    if (reset)
        restoreSelection();
    if (kind == TicketTableModel::ChangeKind::NewQuery) {
        if (m_view->currentIndex().isValid())
            m_view->scrollTo(m_view->currentIndex());
        else
            m_view->scrollToTop();
        return;
    }
    const int top = m_topId.isEmpty() ? -1 : m_model->rowOf(m_topId);
    m_view->scrollRowToTop(top >= 0 ? top : m_scrollValue);
}

void TicketViewKeeper::restoreSelection()
{
    QItemSelectionModel* sm = m_view->selectionModel();
    if (!sm || (m_currentId.isEmpty() && m_selectedIds.isEmpty()))
        return;
    const QSet<QString> wanted(m_selectedIds.cbegin(), m_selectedIds.cend());
    QItemSelection selection;
    const int n = m_model->rowCount();
    int runStart = -1;
    for (int row = 0; row <= n; ++row) {
        const bool hit = row < n && wanted.contains(m_model->idAt(row));
        if (hit && runStart < 0)
            runStart = row;
        if (!hit && runStart >= 0) {
            selection.select(m_model->index(runStart, 0), m_model->index(row - 1, TicketTableModel::ColumnCount - 1));
            runStart = -1;
        }
    }
    const int current = m_currentId.isEmpty() ? -1 : m_model->rowOf(m_currentId);
    if (current >= 0)
        sm->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    sm->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace soc::ui
