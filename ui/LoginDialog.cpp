#include "LoginDialog.h"

#include "AuthTask.h"
#include "security/SecretBuffer.h"
#include "store/Session.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace soc::ui {

LoginDialog::LoginDialog(QString workspaceDir, const QString& preferredUser, QWidget* parent)
    : QDialog(parent)
    , m_workspaceDir(std::move(workspaceDir))
    , m_intro(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QComboBox(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_messageIcon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_signIn(new QPushButton(this))
    , m_quit(new QPushButton(this))
    , m_task(new AuthTask(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_busy->setObjectName(QStringLiteral("loginBusy"));
    m_signIn->setObjectName(QStringLiteral("loginButton"));
    m_quit->setObjectName(QStringLiteral("loginQuit"));
    m_intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(280);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_user->addItems(store::Workspace(m_workspaceDir).usernames());
    const int preferred = m_user->findText(preferredUser);
    if (preferred >= 0)
        m_user->setCurrentIndex(preferred);
    const int icon = fontMetrics().height();
    m_messageIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(icon, icon));
    m_messageIcon->setAlignment(Qt::AlignTop);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageIcon->hide();
    m_message->hide();
    m_busy->setRange(0, 0); // indeterminate while the key is derived
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_signIn->setDefault(true);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageIcon);
    messageRow->addWidget(m_message, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_quit);
    buttons->addWidget(m_signIn);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(messageRow);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addLayout(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with messages and longer Vietnamese text

    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_task, &AuthTask::succeeded, this, &LoginDialog::onSucceeded);
    connect(m_task, &AuthTask::failed, this, &LoginDialog::onFailed);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        m_message->hide();
        m_messageIcon->hide();
    });
    m_intro->setMinimumWidth(460); // the layout's minimum size wins over the dialog's own
    retranslateUi();
    if (m_user->count() > 0)
        m_password->setFocus();
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in — socstation")); // Đăng nhập
    m_intro->setText(tr("Sign in to unlock your encrypted case database.\nWorkspace: %1").arg(m_workspaceDir));
    m_userLabel->setText(tr("&Analyst:"));          // Cán bộ
    m_passwordLabel->setText(tr("&Password:"));     // Mật khẩu
    m_signIn->setText(tr("&Sign in"));              // Đăng nhập
    m_quit->setText(tr("&Quit"));
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString LoginDialog::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

bool LoginDialog::isBusy() const { return m_task->isRunning(); }

void LoginDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
    m_messageIcon->show();
    adjustSize();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
}

void LoginDialog::signIn()
{
    if (m_task->isRunning())
        return;
    const QString user = m_user->currentText();
    if (user.isEmpty()) {
        showMessage(tr("Choose the analyst who is signing in."));
        return;
    }
    if (m_password->text().isEmpty()) {
        showMessage(tr("Type the password."));
        m_password->setFocus();
        return;
    }
    security::SecretBuffer password = security::SecretBuffer::fromUtf8(m_password->text());
    m_password->clear();
    m_message->hide();
    m_messageIcon->hide();
    setBusy(true);
    m_task->start(std::move(password), [dir = m_workspaceDir, user](const security::SecretBuffer& secret) {
        store::Workspace ws(dir);
        return ws.signIn(user, secret);
    });
}

void LoginDialog::onFailed(store::ErrorCode code, const QString& message)
{
    setBusy(false);
    // The store's sentence says how many attempts are left, or since when and why the
    // account is locked or suspended and who can reopen it: it is shown as it is.
    const bool closed = code == store::ErrorCode::AccountLocked || code == store::ErrorCode::AccountSuspended;
    const int icon = fontMetrics().height();
    m_messageIcon->setPixmap(style()
                                 ->standardIcon(closed ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
                                 .pixmap(icon, icon));
    if (code == store::ErrorCode::WrongPassword)
        showMessage((message.isEmpty() ? tr("Wrong password for %1.").arg(m_user->currentText()) : message) + u'\n'
                    + tr("Check Caps Lock and the keyboard layout (Unikey/Telex), then try again.")); // Sai mật khẩu
    else
        showMessage(message.isEmpty() ? tr("Sign-in failed.") : message);
    m_password->clear();
    m_password->setFocus();
}

void LoginDialog::onSucceeded()
{
    m_session = m_task->takeSession();
    m_signedInPassword = m_task->takePassword();
    emit signedIn();
    accept();
}

std::shared_ptr<store::Session> LoginDialog::takeSession() { return std::exchange(m_session, nullptr); }

security::SecretBuffer LoginDialog::takePassword()
{
    return std::exchange(m_signedInPassword, security::SecretBuffer());
}

} // namespace soc::ui
