#include "FirstRunDialog.h"

#include "AuthTask.h"
#include "security/PasswordPolicy.h"
#include "security/SecretBuffer.h"
#include "store/Session.h"
#include "store/Workspace.h"

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

FirstRunDialog::FirstRunDialog(QString workspaceDir, QWidget* parent)
    : QDialog(parent)
    , m_workspaceDir(std::move(workspaceDir))
    , m_intro(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_policy(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_create(new QPushButton(this))
    , m_quit(new QPushButton(this))
    , m_task(new AuthTask(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    m_user->setObjectName(QStringLiteral("firstRunUser"));
    m_password->setObjectName(QStringLiteral("firstRunPassword"));
    m_confirm->setObjectName(QStringLiteral("firstRunConfirm"));
    m_policy->setObjectName(QStringLiteral("firstRunPolicy"));
    m_problems->setObjectName(QStringLiteral("firstRunProblems"));
    m_message->setObjectName(QStringLiteral("firstRunMessage"));
    m_create->setObjectName(QStringLiteral("firstRunCreate"));
    m_intro->setWordWrap(true);
    m_policy->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_user->setMinimumWidth(280);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel->setBuddy(m_confirm);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busy->hide();
    m_create->setDefault(true);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_confirmLabel, m_confirm);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_quit);
    buttons->addWidget(m_create);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_policy);
    layout->addWidget(m_problems);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addLayout(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with messages and longer Vietnamese text

    for (QLineEdit* e : {m_user, m_password, m_confirm})
        connect(e, &QLineEdit::textChanged, this, &FirstRunDialog::updateProblems);
    connect(m_create, &QPushButton::clicked, this, &FirstRunDialog::create);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_task, &AuthTask::succeeded, this, [this] {
        m_session = m_task->takeSession();
        m_createdPassword = m_task->takePassword();
        emit created();
        accept();
    });
    connect(m_task, &AuthTask::failed, this, [this](store::ErrorCode, const QString& message) {
        setBusy(false);
        m_message->setText(message);
        m_message->show();
        adjustSize();
    });
    retranslateUi();
    m_intro->setMinimumWidth(540);
}

void FirstRunDialog::retranslateUi()
{
    setWindowTitle(tr("Create the first administrator — socstation")); // Tạo quản trị viên đầu tiên
    m_intro->setText(tr("This workspace has no accounts yet. Create the administrator account that will manage it; "
                        "the case database is encrypted with a key protected by this password.\nWorkspace: %1")
                         .arg(m_workspaceDir));
    m_userLabel->setText(tr("&Account name:"));
    m_user->setPlaceholderText(tr("lower-case letters, digits, . _ - (e.g. admin)"));
    m_passwordLabel->setText(tr("&Password:"));
    m_confirmLabel->setText(tr("&Repeat the password:"));
    m_policy->setText(PasswordPolicy::describe(PasswordPolicy::AccountKind::Administrator));
    m_create->setText(tr("&Create administrator"));
    m_quit->setText(tr("&Quit"));
    updateProblems();
}

void FirstRunDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QStringList FirstRunDialog::problems() const
{
    QStringList list;
    QString why;
    if (!store::Workspace::isValidUsername(m_user->text(), &why))
        list << (why.isEmpty() ? tr("The account name is not valid.") : why);
    list << PasswordPolicy::problems(m_password->text(), m_user->text(), PasswordPolicy::AccountKind::Administrator);
    if (m_password->text() != m_confirm->text())
        list << tr("The two passwords differ.");
    return list;
}

void FirstRunDialog::updateProblems()
{
    const QStringList list = problems();
    const bool typed = (!m_user->text().isEmpty() || !m_password->text().isEmpty()) && !m_task->isRunning();
    QStringList lines;
    for (const QString& p : list)
        lines << QStringLiteral("✗ ") + p;
    m_problems->setText(typed ? lines.join(u'\n') : QString());
    m_problems->setStyleSheet(QStringLiteral("color: #8a1c00;"));
    m_problems->setVisible(typed && !list.isEmpty());
    if (isVisible())
        adjustSize();
    m_create->setEnabled(list.isEmpty() && !m_task->isRunning());
}

QString FirstRunDialog::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

void FirstRunDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_user, m_password, m_confirm})
        w->setEnabled(!busy);
    m_create->setEnabled(!busy && problems().isEmpty());
}

void FirstRunDialog::create()
{
    if (m_task->isRunning() || !problems().isEmpty())
        return;
    security::SecretBuffer password = security::SecretBuffer::fromUtf8(m_password->text());
    m_message->hide();
    setBusy(true);
    m_task->start(std::move(password),
                  [dir = m_workspaceDir, user = m_user->text(), kdf = m_kdf](const security::SecretBuffer& secret) {
                      store::Workspace ws(dir);
                      return ws.createAdministrator(user, secret, kdf);
                  });
    m_password->clear();
    m_confirm->clear();
}

std::shared_ptr<store::Session> FirstRunDialog::takeSession() { return std::exchange(m_session, nullptr); }

security::SecretBuffer FirstRunDialog::takePassword()
{
    return std::exchange(m_createdPassword, security::SecretBuffer());
}

} // namespace soc::ui
