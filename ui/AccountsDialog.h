#pragma once

#include "security/KeyFile.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QTabWidget;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AccountPolicyTab;
class AccountReviewTab;
class RecoveryKeyTab;

// Accounts (Quản lý tài khoản), for administrators: the review and changes on written request,
// the account policy and the recovery key (the last two only when the role may configure the station).
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(std::shared_ptr<store::Session> admin, QWidget* parent = nullptr);

    void setKdf(const security::KdfParams& kdf);
    QTabWidget* tabs() const { return m_tabs; }
    AccountReviewTab* reviewTab() const { return m_review; }
    AccountPolicyTab* policyTab() const { return m_policy; }     // nullptr when the role may not
    RecoveryKeyTab* recoveryTab() const { return m_recovery; } // nullptr when the role may not

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QTabWidget* m_tabs;
    AccountReviewTab* m_review;
    AccountPolicyTab* m_policy = nullptr;
    RecoveryKeyTab* m_recovery = nullptr;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
