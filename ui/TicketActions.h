#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace soc::ui {

// The queue's commands, shared by the Tickets menu and the table's context menu. Keys on the
// selection work while the table has focus (Enter open, M assign to me, Shift+M assign to…,
// S change status); "/" searches while the queue is shown; Ctrl+N and the service levels live in
// the main window's Tickets menu.
class TicketActions : public QObject {
    Q_OBJECT
public:
    TicketActions(QWidget* table, QWidget* screen, QObject* parent = nullptr);

    QAction* open() const { return m_open; }
    QAction* assignToMe() const { return m_assignToMe; }
    QAction* assignTo() const { return m_assignTo; }
    QAction* changeStatus() const { return m_changeStatus; }
    QAction* search() const { return m_search; }
    QList<QAction*> bulk() const { return {m_assignToMe, m_assignTo, m_changeStatus}; }
    void retranslate();

private:
    QAction* m_open;
    QAction* m_assignToMe;
    QAction* m_assignTo;
    QAction* m_changeStatus;
    QAction* m_search;
};

} // namespace soc::ui
