#include "AccountsDialog.h"

#include "AccountPolicyTab.h"
#include "AccountReviewTab.h"
#include "RecoveryKeyTab.h"
#include "RoleGate.h"
#include "store/Session.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace soc::ui {

AccountsDialog::AccountsDialog(std::shared_ptr<store::Session> admin, QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_review(new AccountReviewTab(admin, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    m_tabs->addTab(m_review, QString());
    if (RoleGate(*admin).allows(domain::Action::ConfigureStation)) {
        m_policy = new AccountPolicyTab(admin, this);
        m_recovery = new RecoveryKeyTab(admin, this);
        m_tabs->addTab(m_policy, QString());
        m_tabs->addTab(m_recovery, QString());
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    resize(1060, 520);
    retranslateUi();
}

void AccountsDialog::setKdf(const security::KdfParams& kdf) { m_review->setKdf(kdf); }

void AccountsDialog::retranslateUi()
{
    setWindowTitle(tr("Accounts — socstation")); // Quản lý tài khoản
    m_tabs->setTabText(m_tabs->indexOf(m_review), tr("&Accounts"));
    if (m_policy)
        m_tabs->setTabText(m_tabs->indexOf(m_policy), tr("&Policy"));
    if (m_recovery)
        m_tabs->setTabText(m_tabs->indexOf(m_recovery), tr("Recovery &key"));
}

void AccountsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace soc::ui
