#pragma once

#include "TicketTableModel.h"

#include <QObject>
#include <QStringList>

namespace soc::ui {

class AlertTableView;

// Keeps what the analyst looks at in the queue while live refresh changes the rows: the ticket at
// the top of the viewport stays there when rows arrive above it, and after a model reset (the
// order changed, e.g. a ticket was updated while sorted by update time) the selection and the
// current ticket come back by id.
class TicketViewKeeper : public QObject {
    Q_OBJECT
public:
    TicketViewKeeper(AlertTableView* view, TicketTableModel* model, QObject* parent = nullptr);

private:
    void beforeChange(TicketTableModel::ChangeKind kind, bool reset);
    void afterChange(TicketTableModel::ChangeKind kind, bool reset);
    void restoreSelection();

    AlertTableView* m_view;
    TicketTableModel* m_model;
    QString m_topId;
    int m_scrollValue = 0;
    QString m_currentId;
    QStringList m_selectedIds;
};

} // namespace soc::ui
