#include "StartupFlow.h"

#include "ChangePasswordDialog.h"
#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "store/Session.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QSettings>

namespace soc::ui {

StartupFlow::StartupFlow(QString workspaceDir, QString preferredUser, QObject* parent)
    : QObject(parent)
    , m_workspaceDir(std::move(workspaceDir))
    , m_preferredUser(std::move(preferredUser))
{
}

StartupFlow::~StartupFlow()
{
    delete m_dialog;
    delete m_window;
}

void StartupFlow::start()
{
    // Between the dialog closing and the main window showing there is no window at all.
    QApplication::setQuitOnLastWindowClosed(false);
    const store::Workspace ws(m_workspaceDir);
    if (ws.usernames().isEmpty()) {
        auto* dialog = new FirstRunDialog(m_workspaceDir);
        dialog->setKdf(m_kdf);
        connect(dialog, &FirstRunDialog::created, this,
                [this, dialog] { openMainWindow(dialog->takeSession(), dialog->takePassword()); });
        m_dialog = dialog;
    } else {
        QString user = m_preferredUser;
        if (user.isEmpty())
            user = QSettings().value(QStringLiteral("login/lastUser")).toString();
        auto* dialog = new LoginDialog(m_workspaceDir, user);
        connect(dialog, &LoginDialog::signedIn, this,
                [this, dialog] { signedIn(dialog->takeSession(), dialog->takePassword()); });
        m_dialog = dialog;
    }
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::rejected, this, [this] {
        emit cancelled();
        QApplication::setQuitOnLastWindowClosed(true);
        QCoreApplication::quit();
    });
    m_dialog->show();
}

void StartupFlow::signedIn(std::shared_ptr<store::Session> session, security::SecretBuffer password)
{
    if (!session)
        return;
    if (!session->account().mustChangePassword) {
        openMainWindow(std::move(session), std::move(password));
        return;
    }
    // a temporary or expired password is changed before any work; cancelling signs out.
    auto* dialog = new ChangePasswordDialog(session, ChangePasswordDialog::Mode::Required);
    dialog->setCurrentPassword(std::move(password));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::changed, this,
            [this, dialog, session] { openMainWindow(session, dialog->takeNewPassword()); });
    connect(dialog, &QDialog::rejected, this, [this, user = session->account().username] {
        m_preferredUser = user; // the session closes with the dialog; back to the sign-in
        start();
    });
    m_dialog = dialog;
    dialog->show();
}

void StartupFlow::openMainWindow(std::shared_ptr<store::Session> session, security::SecretBuffer password)
{
    if (!session)
        return;
    QSettings().setValue(QStringLiteral("login/lastUser"), session->account().username);
    m_window = new MainWindow(std::move(session), std::move(password)); // it wipes the password when it closes
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    m_window->show();
    QApplication::setQuitOnLastWindowClosed(true);
}

} // namespace soc::ui
