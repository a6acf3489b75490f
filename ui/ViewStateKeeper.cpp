#include "ViewStateKeeper.h"

#include "AlertTableView.h"

#include <QScrollBar>
#include <unordered_set>

namespace soc::ui {

ViewStateKeeper::ViewStateKeeper(AlertTableView* view, AlertTableModel* model, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
{
    connect(model, &AlertTableModel::snapshotAboutToChange, this, &ViewStateKeeper::beforeChange);
    connect(model, &AlertTableModel::snapshotChanged, this, &ViewStateKeeper::afterChange);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && !m_adjusting)
            setUnseen(0); // the analyst scrolled up to the newest rows
    });
}

void ViewStateKeeper::jumpToNewest()
{
    m_view->scrollToTop();
    setUnseen(0);
}

void ViewStateKeeper::setUnseen(int count)
{
    if (count == m_unseen)
        return;
    m_unseen = count;
    emit unseenNewChanged(count);
}

ViewStateKeeper::Kept ViewStateKeeper::capture() const
{
    Kept k;
    k.currentId = m_model->idAt(m_view->currentIndex().row());
    if (m_view->selectionModel()) {
        for (const QItemSelectionRange& r : m_view->selectionModel()->selection())
            for (int row = r.top(); row <= r.bottom(); ++row)
                k.selectedIds.push_back(m_model->idAt(row));
    }
    return k;
}

void ViewStateKeeper::beforeChange(AlertTableModel::ChangeKind kind, bool reset)
{
    m_topRow = m_view->topRow();
    m_topId = m_model->idAt(m_topRow);
    m_scrollValue = m_view->verticalScrollBar()->value();
    m_kept = reset ? capture() : Kept{};
    if (kind == AlertTableModel::ChangeKind::NewQuery)
        m_carry = m_kept;
    m_adjusting = true;
}

void ViewStateKeeper::afterChange(AlertTableModel::ChangeKind kind, bool reset)
{
    using Kind = AlertTableModel::ChangeKind;
    if (reset)
        restore(m_kept);
    if (kind == Kind::NewQuery) {
        m_view->scrollToTop();
        setUnseen(0);
        if (m_model->isComplete())
            m_carry = {};
        m_adjusting = false;
        return;
    }
    const int row = m_topId ? m_model->rowOf(m_topId) : -1;
    if (row >= 0) {
        m_view->scrollRowToTop(row);
        if (kind == Kind::Live && row > m_topRow)
            setUnseen(m_unseen + row - m_topRow);
    } else {
        m_view->scrollRowToTop(m_scrollValue);
    }
    if (kind == Kind::Completed && (m_carry.currentId || !m_carry.selectedIds.empty())) {
        const Kept carry = std::exchange(m_carry, {});
        const bool lost = !m_view->currentIndex().isValid() || m_model->idAt(m_view->currentIndex().row()) != carry.currentId;
        if (lost && restore(carry))
            m_view->scrollTo(m_view->currentIndex(), QAbstractItemView::PositionAtCenter);
    }
    m_adjusting = false;
}

bool ViewStateKeeper::restore(const Kept& kept)
{
    QItemSelectionModel* sm = m_view->selectionModel();
    if (!sm)
        return false;
    QItemSelection selection;
    if (!kept.selectedIds.empty()) {
        const std::unordered_set<qint64> wanted(kept.selectedIds.begin(), kept.selectedIds.end());
        const int n = m_model->rowCount();
        int runStart = -1;
        for (int row = 0; row <= n; ++row) {
            const bool hit = row < n && wanted.count(m_model->idAt(row));
            if (hit && runStart < 0)
                runStart = row;
            if (!hit && runStart >= 0) {
                selection.select(m_model->index(runStart, 0), m_model->index(row - 1, AlertTableModel::ColumnCount - 1));
                runStart = -1;
            }
        }
    }
    const int current = kept.currentId ? m_model->rowOf(kept.currentId) : -1;
    if (current >= 0)
        sm->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    sm->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return current >= 0;
}

} // namespace soc::ui
