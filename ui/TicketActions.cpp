#include "TicketActions.h"

#include <QAction>
#include <QWidget>

namespace soc::ui {

TicketActions::TicketActions(QWidget* table, QWidget* screen, QObject* parent)
    : QObject(parent)
    , m_open(new QAction(this))
    , m_assignToMe(new QAction(this))
    , m_assignTo(new QAction(this))
    , m_changeStatus(new QAction(this))
    , m_search(new QAction(this))
{
    m_open->setObjectName(QStringLiteral("actionOpenTicket"));
    m_assignToMe->setObjectName(QStringLiteral("actionAssignToMe"));
    m_assignTo->setObjectName(QStringLiteral("actionAssignTo"));
    m_changeStatus->setObjectName(QStringLiteral("actionChangeStatus"));
    m_search->setObjectName(QStringLiteral("actionTicketSearch"));
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_assignToMe->setShortcut(QKeySequence(Qt::Key_M));
    m_assignTo->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_M));
    m_changeStatus->setShortcut(QKeySequence(Qt::Key_S));
    m_search->setShortcut(QKeySequence(Qt::Key_Slash));
    for (QAction* a : {m_open, m_assignToMe, m_assignTo, m_changeStatus}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        table->addAction(a);
    }
    m_search->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the queue is shown
    screen->addAction(m_search);
    retranslate();
}

void TicketActions::retranslate()
{
    m_open->setText(tr("&Open ticket")); // Mở ticket
    m_open->setToolTip(tr("Open the ticket in the incident view (Enter)"));
    m_assignToMe->setText(tr("Assign to &me")); // Giao cho tôi
    m_assignToMe->setToolTip(tr("Assign the selected tickets to me (M)"));
    m_assignTo->setText(tr("Assign &to…")); // Giao cho…
    m_assignTo->setToolTip(tr("Assign the selected tickets to an analyst (Shift+M)"));
    m_changeStatus->setText(tr("Change &status…")); // Đổi trạng thái…
    m_changeStatus->setToolTip(tr("Change the status of the selected tickets (S)"));
    m_search->setText(tr("&Search tickets")); // Tìm ticket
}

} // namespace soc::ui
