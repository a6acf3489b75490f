#include "AuditLogLauncher.h"

#include "AuditLogWindow.h"
#include "store/AuditViewer.h"
#include "store/Session.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace soc::ui {

AuditLogLauncher::AuditLogLauncher(std::shared_ptr<store::Session> session, QWidget* window)
    : QObject(window)
    , m_session(std::move(session))
    , m_parent(window)
{
    // The UI hides what the role may not do; the core refuses it anyway.
    if (!store::AuditViewer(m_session->database(), m_session->account().username).mayView())
        return;
    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("actionAuditLog"));
    connect(m_action, &QAction::triggered, this, [this] { open(); });
    window->installEventFilter(this);
    retranslate();
}

void AuditLogLauncher::addTo(QMenu* menu)
{
    if (m_action)
        menu->addAction(m_action);
}

AuditLogWindow* AuditLogLauncher::window() const { return m_window.data(); }

AuditLogWindow* AuditLogLauncher::open()
{
    if (m_window) {
        m_window->raise();
        m_window->activateWindow();
        return m_window;
    }
    QString error;
    AuditLogWindow* w = AuditLogWindow::open(m_session, m_parent, &error);
    if (!w) {
        QMessageBox::warning(m_parent, tr("Audit log"), error);
        return nullptr;
    }
    w->setAttribute(Qt::WA_DeleteOnClose);
    m_window = w;
    w->show();
    return w;
}

bool AuditLogLauncher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_parent && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AuditLogLauncher::retranslate()
{
    if (m_action) {
        m_action->setText(tr("Audit &log…")); // Nhật ký kiểm toán…
        m_action->setToolTip(tr("Read, check and export the audit log"));
    }
}

} // namespace soc::ui
