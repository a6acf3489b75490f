#include "AccountLauncher.h"

#include "AuditQueue.h"
#include "AccountsDialog.h"
#include "ChangePasswordDialog.h"
#include "RoleGate.h"
#include "store/Session.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QWidget>

namespace soc::ui {

AccountLauncher::AccountLauncher(std::shared_ptr<store::Session> session, AuditQueue* audit, QWidget* window)
    : QObject(window)
    , m_session(std::move(session))
    , m_audit(audit)
    , m_parent(window)
    , m_changePassword(new QAction(this))
{
    m_changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    connect(m_changePassword, &QAction::triggered, this, [this] { changePassword(); });
    // The UI hides what the role may not do; the core refuses it anyway.
    if (RoleGate(*m_session).allows(domain::Action::ManageAccounts)) {
        m_accounts = new QAction(this);
        m_accounts->setObjectName(QStringLiteral("actionAccounts"));
        connect(m_accounts, &QAction::triggered, this, [this] { accounts(); });
    }
    window->installEventFilter(this);
    retranslate();
}

void AccountLauncher::addTo(QMenu* menu)
{
    menu->addAction(m_changePassword);
    if (m_accounts)
        menu->addAction(m_accounts);
}

ChangePasswordDialog* AccountLauncher::changePassword()
{
    if (!m_passwordDialog) {
        m_passwordDialog = new ChangePasswordDialog(m_session, ChangePasswordDialog::Mode::Voluntary, m_parent);
        m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_passwordDialog->setWindowModality(Qt::WindowModal);
    }
    m_passwordDialog->show();
    m_passwordDialog->raise();
    return m_passwordDialog;
}

AccountsDialog* AccountLauncher::accounts()
{
    if (!m_accounts)
        return nullptr;
    if (!m_accountsDialog) {
        m_audit->append(store::configViewEntry(m_session->account().username, QStringLiteral("account_policy")));
        m_accountsDialog = new AccountsDialog(m_session, m_parent);
        m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_accountsDialog->show();
    m_accountsDialog->raise();
    m_accountsDialog->activateWindow();
    return m_accountsDialog;
}

bool AccountLauncher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_parent && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AccountLauncher::retranslate()
{
    m_changePassword->setText(tr("Change &password…")); // Đổi mật khẩu…
    if (m_accounts) {
        m_accounts->setText(tr("&Accounts…")); // Quản lý tài khoản…
        m_accounts->setToolTip(tr("Accounts, account policy and recovery key (administrators)"));
    }
}

} // namespace soc::ui
