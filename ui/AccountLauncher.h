#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AccountsDialog;
class AuditQueue;
class ChangePasswordDialog;

// The account entries of the menu: "Change password…" for everyone, "Accounts…" only for roles
// that manage accounts (domain::Action::ManageAccounts); each opens (or raises) its one dialog.
class AccountLauncher : public QObject {
    Q_OBJECT
public:
    AccountLauncher(std::shared_ptr<store::Session> session, AuditQueue* audit, QWidget* window);

    void addTo(QMenu* menu);
    QAction* changePasswordAction() const { return m_changePassword; }
    QAction* accountsAction() const { return m_accounts; } // nullptr when the role may not
    ChangePasswordDialog* changePassword();
    AccountsDialog* accounts();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    std::shared_ptr<store::Session> m_session;
    AuditQueue* m_audit; // opening the accounts and policy is a view of the configuration
    QWidget* m_parent;
    QAction* m_changePassword;
    QAction* m_accounts = nullptr;
    QPointer<ChangePasswordDialog> m_passwordDialog;
    QPointer<AccountsDialog> m_accountsDialog;
};

} // namespace soc::ui
