#pragma once

#include "security/KeyFile.h"
#include "store/AccountAdministration.h"

#include <QCoreApplication>
#include <memory>

class QWidget;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AccountRequestDialog;

// The administrator's account changes as small request dialogs, each asking for the
// reference of the written request: a new account, unlock, suspend, role, validity, password reset.
class AccountRequestForms {
    Q_DECLARE_TR_FUNCTIONS(AccountRequestForms)
public:
    AccountRequestForms(std::shared_ptr<store::Session> admin, QWidget* parent);
    // Tests use a cheap key derivation for new accounts.
    void setKdf(const security::KdfParams& kdf) { m_kdf = kdf; }

    AccountRequestDialog* newAccount() const;
    AccountRequestDialog* unlock(const store::AccountReviewRow& row) const;
    AccountRequestDialog* suspend(const store::AccountReviewRow& row) const;
    AccountRequestDialog* changeRole(const store::AccountReviewRow& row) const;
    AccountRequestDialog* validity(const store::AccountReviewRow& row) const;
    AccountRequestDialog* resetPassword(const store::AccountReviewRow& row) const;

private:
    AccountRequestDialog* dialog(const QString& title, const QString& intro) const;

    std::shared_ptr<store::Session> m_admin;
    QWidget* m_parent;
    security::KdfParams m_kdf;
};

} // namespace soc::ui
