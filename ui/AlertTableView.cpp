#include "AlertTableView.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace soc::ui {

AlertTableView::AlertTableView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("alertTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setSortingEnabled(false); // the screen sorts by indexed columns only (see AlertScreen)
    setContextMenuPolicy(Qt::ActionsContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows: no per-row measuring
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    applyDensity();
}

void AlertTableView::applyDensity()
{
    const int h = fontMetrics().height() + 6;
    verticalHeader()->setMinimumSectionSize(h);
    verticalHeader()->setDefaultSectionSize(h);
}

void AlertTableView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        applyDensity();
    QTableView::changeEvent(event);
}

int AlertTableView::topRow() const { return rowAt(0); }

void AlertTableView::scrollRowToTop(int row)
{
    updateGeometries(); // the scroll range must already include rows inserted just now
    verticalScrollBar()->setValue(row);
}

std::vector<int> AlertTableView::targetRows() const
{
    std::vector<int> rows;
    if (selectionModel()) {
        for (const QItemSelectionRange& r : selectionModel()->selection())
            for (int row = r.top(); row <= r.bottom(); ++row)
                rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.empty() && currentIndex().isValid())
        rows.push_back(currentIndex().row());
    return rows;
}

void AlertTableView::toggleCurrentRow()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const auto flags = QItemSelectionModel::Toggle | QItemSelectionModel::Rows;
    if (!m_marking) {
        m_marking = true; // the row the cursor selected becomes the first mark
        if (!selectionModel()->isRowSelected(current.row(), {}))
            selectionModel()->select(current, flags);
        return;
    }
    selectionModel()->select(current, flags);
}

void AlertTableView::keyPressEvent(QKeyEvent* event)
{
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_Space && mods == Qt::NoModifier) {
        toggleCurrentRow();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_J || event->key() == Qt::Key_K) && (mods == Qt::NoModifier || mods == Qt::ShiftModifier)) {
        QKeyEvent moved(event->type(), event->key() == Qt::Key_J ? Qt::Key_Down : Qt::Key_Up, mods);
        QTableView::keyPressEvent(&moved);
        event->setAccepted(moved.isAccepted());
        return;
    }
    QTableView::keyPressEvent(event);
}

void AlertTableView::mousePressEvent(QMouseEvent* event)
{
    m_marking = false;
    QTableView::mousePressEvent(event);
}

QItemSelectionModel::SelectionFlags AlertTableView::selectionCommand(const QModelIndex& index, const QEvent* event) const
{
    if (m_marking && event && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<const QKeyEvent*>(event);
        if (!selectionModel()->hasSelection())
            m_marking = false;
        else if (!(key->modifiers() & Qt::ShiftModifier))
            return QItemSelectionModel::NoUpdate;
    }
    return QTableView::selectionCommand(index, event);
}

} // namespace soc::ui
