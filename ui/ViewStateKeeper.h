#pragma once

#include "AlertTableModel.h"

#include <QObject>
#include <vector>

namespace soc::ui {

class AlertTableView;

// Keeps what the analyst is looking at while the rows change under the view: the alert at the top
// of the viewport stays at the top when rows are inserted above it (live refresh), and after a
// model reset the selection and current row come back by alert id. Counts the rows that arrived
// above the viewport ("N new").
class ViewStateKeeper : public QObject {
    Q_OBJECT
public:
    ViewStateKeeper(AlertTableView* view, AlertTableModel* model, QObject* parent = nullptr);

    int unseenNew() const { return m_unseen; }
    void jumpToNewest();

signals:
    void unseenNewChanged(int count);

private:
    void beforeChange(AlertTableModel::ChangeKind kind, bool reset);
    void afterChange(AlertTableModel::ChangeKind kind, bool reset);
    struct Kept {
        qint64 currentId = 0;
        std::vector<qint64> selectedIds;
    };
    Kept capture() const;
    bool restore(const Kept& kept); // true when the current alert was found
    void setUnseen(int count);

    AlertTableView* m_view;
    AlertTableModel* m_model;
    qint64 m_topId = 0;
    int m_topRow = -1;
    int m_scrollValue = 0;
    Kept m_kept;
    Kept m_carry; // selection from before a filter change, until the full snapshot has arrived
    int m_unseen = 0;
    bool m_adjusting = false;
};

} // namespace soc::ui
