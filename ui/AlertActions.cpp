#include "AlertActions.h"

#include <QAction>
#include <QWidget>

namespace soc::ui {

AlertActions::AlertActions(QWidget* table, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_acknowledge(new QAction(this))
    , m_falsePositive(new QAction(this))
    , m_benign(new QAction(this))
    , m_openDetail(new QAction(this))
    , m_search(new QAction(this))
    , m_createTicket(new QAction(this))
{
    m_acknowledge->setObjectName(QStringLiteral("actionAcknowledge"));
    m_falsePositive->setObjectName(QStringLiteral("actionFalsePositive"));
    m_benign->setObjectName(QStringLiteral("actionBenign"));
    m_openDetail->setObjectName(QStringLiteral("actionOpenDetail"));
    m_search->setObjectName(QStringLiteral("actionSearch"));
    m_createTicket->setObjectName(QStringLiteral("actionCreateTicket"));
    m_createTicket->setShortcut(QKeySequence(Qt::Key_T));
    m_acknowledge->setShortcut(QKeySequence(Qt::Key_A));
    m_falsePositive->setShortcut(QKeySequence(Qt::Key_F));
    m_benign->setShortcut(QKeySequence(Qt::Key_B));
    m_openDetail->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_search->setShortcut(QKeySequence(Qt::Key_Slash));
    for (QAction* a : {m_acknowledge, m_falsePositive, m_benign, m_createTicket, m_openDetail}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        table->addAction(a); // shortcut while the table has focus, and its context menu
    }
    m_search->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_search);
    retranslate();
}

void AlertActions::setTriageEnabled(bool enabled)
{
    // A hidden action is one the role may not take (RoleGate): it stays off.
    for (QAction* a : triage())
        a->setEnabled(enabled && a->isVisible());
    m_openDetail->setEnabled(enabled);
    m_createTicket->setEnabled(enabled && m_createTicket->isVisible());
}

void AlertActions::retranslate()
{
    m_acknowledge->setText(tr("&Acknowledge"));                  // Xác nhận
    m_acknowledge->setToolTip(tr("Acknowledge the selected alerts (A)"));
    m_falsePositive->setText(tr("Close as &false positive…"));   // Đóng: cảnh báo nhầm
    m_falsePositive->setToolTip(tr("Close the selected alerts as false positives; a reason is required (F)"));
    m_benign->setText(tr("Close as &benign"));                   // Đóng: vô hại
    m_benign->setToolTip(tr("Close the selected alerts as benign (B)"));
    m_openDetail->setText(tr("Open &detail"));                   // Xem chi tiết
    m_search->setText(tr("&Search"));                            // Tìm kiếm
    m_createTicket->setText(tr("Create &ticket…"));              // Tạo ticket…
    m_createTicket->setToolTip(tr("Create a ticket from the selected alerts, with related alerts suggested (T)"));
}

} // namespace soc::ui
