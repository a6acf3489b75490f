#include "ChangePasswordDialog.h"

#include "AccountJob.h"
#include "security/PasswordPolicy.h"
#include "store/Session.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc::ui {

using security::PasswordPolicy;

namespace {

PasswordPolicy::AccountKind kindOf(const domain::Account& a)
{
    return a.role == domain::Role::Administrator ? PasswordPolicy::AccountKind::Administrator
                                                 : PasswordPolicy::AccountKind::User;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(std::shared_ptr<store::Session> session, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_mode(mode)
    , m_intro(new QLabel(this))
    , m_currentLabel(new QLabel(this))
    , m_current(new QLineEdit(this))
    , m_newLabel(new QLabel(this))
    , m_new(new QLineEdit(this))
    , m_repeatLabel(new QLabel(this))
    , m_repeat(new QLineEdit(this))
    , m_rules(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_change(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_job(new AccountJob(m_session, this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_intro->setObjectName(QStringLiteral("changePasswordIntro"));
    m_current->setObjectName(QStringLiteral("changePasswordCurrent"));
    m_new->setObjectName(QStringLiteral("changePasswordNew"));
    m_repeat->setObjectName(QStringLiteral("changePasswordRepeat"));
    m_rules->setObjectName(QStringLiteral("changePasswordRules"));
    m_problems->setObjectName(QStringLiteral("changePasswordProblems"));
    m_message->setObjectName(QStringLiteral("changePasswordMessage"));
    m_busy->setObjectName(QStringLiteral("changePasswordBusy"));
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_cancel->setObjectName(QStringLiteral("changePasswordCancel"));
    for (QLabel* l : {m_intro, m_rules, m_problems, m_message})
        l->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #8a1c00;"));
    m_problems->hide();
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    for (QLineEdit* e : {m_current, m_new, m_repeat}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMinimumWidth(280);
    }
    m_currentLabel->setBuddy(m_current);
    m_newLabel->setBuddy(m_new);
    m_repeatLabel->setBuddy(m_repeat);
    m_busy->setRange(0, 0); // indeterminate while the key is derived
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busy->hide();
    m_change->setDefault(true);
    m_change->setEnabled(false);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_repeatLabel, m_repeat);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_change);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_rules);
    layout->addWidget(m_problems);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addLayout(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with messages and longer Vietnamese text
    m_intro->setMinimumWidth(500);

    for (QLineEdit* e : {m_current, m_new, m_repeat})
        connect(e, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateProblems);
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordDialog::change);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_job, &AccountJob::busyChanged, this, &ChangePasswordDialog::setBusy);
    connect(m_job, &AccountJob::failed, this, &ChangePasswordDialog::onFailed);
    connect(m_job, &AccountJob::succeeded, this, [this] {
        emit changed();
        accept();
    });
    retranslateUi();
    (m_mode == Mode::Required ? m_new : m_current)->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::setCurrentPassword(security::SecretBuffer password)
{
    m_currentPassword = std::make_shared<security::SecretBuffer>(std::move(password));
    m_currentLabel->hide();
    m_current->hide();
    m_new->setFocus();
    updateProblems();
}

security::SecretBuffer ChangePasswordDialog::takeNewPassword() { return std::exchange(m_newPassword, security::SecretBuffer()); }

QString ChangePasswordDialog::reason() const
{
    const domain::Account& a = m_session->account();
    const domain::AccountPolicy policy = store::Workspace(m_session->workspaceDir()).policy();
    if (QDateTime::currentMSecsSinceEpoch() >= policy.passwordExpiresAtMs(a)) {
        const int days = policy.passwordMaxAgeDays(a.role);
        return tr("Your password is older than %n day(s), the longest the rules allow for your role (R-24). Choose a new "
                  "one before you continue; your cases are not touched.",
                  nullptr, days);
    }
    return tr("You signed in with a temporary password issued by an administrator (first sign-in or a reset). Choose a "
              "password only you know before you continue (R-24).");
}

void ChangePasswordDialog::retranslateUi()
{
    const domain::Account& a = m_session->account();
    setWindowTitle(tr("Change password — %1").arg(a.username)); // Đổi mật khẩu
    if (m_mode == Mode::Required)
        m_intro->setText(reason());
    else
        m_intro->setText(tr("Change the password of %1 (%2). The case database stays as it is; only the key that opens "
                            "it is protected anew.")
                             .arg(a.username, domain::roleLabel(a.role)));
    m_currentLabel->setText(tr("&Current password:"));
    m_newLabel->setText(tr("&New password:"));
    m_repeatLabel->setText(tr("&Repeat the new password:"));
    m_rules->setText(PasswordPolicy::describe(kindOf(a)));
    m_change->setText(tr("&Change password"));
    m_cancel->setText(m_mode == Mode::Required ? tr("Sign &out") : tr("Cancel"));
    updateProblems();
}

void ChangePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QStringList ChangePasswordDialog::problems() const
{
    const domain::Account& a = m_session->account();
    QStringList list;
    if (!m_currentPassword && m_current->text().isEmpty())
        list << tr("Type your current password.");
    list << PasswordPolicy::problems(m_new->text(), a.username, kindOf(a), a.displayName);
    if (m_new->text() != m_repeat->text())
        list << tr("The two new passwords differ.");
    return list;
}

void ChangePasswordDialog::updateProblems()
{
    const QStringList list = problems();
    const bool typed = !m_new->text().isEmpty() && !m_job->isRunning();
    QStringList lines;
    for (const QString& p : list)
        lines << QStringLiteral("✗ ") + p;
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(typed && !list.isEmpty());
    if (!m_new->text().isEmpty() || !m_current->text().isEmpty()) {
        m_message->hide(); // an earlier refusal no longer applies to what is being typed
    }
    m_change->setEnabled(list.isEmpty() && !m_job->isRunning());
    if (isVisible())
        adjustSize();
}

QString ChangePasswordDialog::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

bool ChangePasswordDialog::isBusy() const { return m_job->isRunning(); }

void ChangePasswordDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
    if (isVisible())
        adjustSize();
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_current, m_new, m_repeat, m_cancel})
        w->setEnabled(!busy);
    m_change->setEnabled(!busy && problems().isEmpty());
}

void ChangePasswordDialog::change()
{
    if (m_job->isRunning() || !problems().isEmpty())
        return;
    auto current = m_currentPassword ? std::make_shared<security::SecretBuffer>(m_currentPassword->clone())
                                     : std::make_shared<security::SecretBuffer>(security::SecretBuffer::fromUtf8(m_current->text()));
    auto next = std::make_shared<security::SecretBuffer>(security::SecretBuffer::fromUtf8(m_new->text()));
    m_current->clear();
    m_new->clear();
    m_repeat->clear();
    m_message->hide();
    m_job->start(
        [dir = m_session->workspaceDir(), current, next](store::Session& worker) {
            store::Workspace(dir).changePassword(worker, *current, *next);
        },
        [this, next](store::Session& worker) {
            m_session->updateAccount(worker.account());
            m_newPassword = std::move(*next);
        });
}

void ChangePasswordDialog::onFailed(store::ErrorCode code, const QString& message)
{
    showMessage(message.isEmpty() ? tr("The password was not changed.") : message);
    if (code == store::ErrorCode::WrongPassword && !m_current->isHidden())
        m_current->setFocus();
    else
        m_new->setFocus();
}

} // namespace soc::ui
