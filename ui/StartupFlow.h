#pragma once

#include "MainWindow.h"
#include "security/KeyFile.h"

#include <QObject>
#include <QPointer>
#include <memory>

#include <QDialog>

namespace soc::store {
class Session;
}

namespace soc::ui {

class FirstRunDialog;
class LoginDialog;


// From start to the main window: FirstRunDialog on an empty workspace, else LoginDialog (then the
// ChangePasswordDialog when the password must be changed; signing out there returns to the
// sign-in); then the MainWindow with the new session. Closing the sign-in dialog quits.
class StartupFlow : public QObject {
    Q_OBJECT
public:
    StartupFlow(QString workspaceDir, QString preferredUser, QObject* parent = nullptr);
    ~StartupFlow() override;

    void start();
    void setFirstRunKdf(const security::KdfParams& kdf) { m_kdf = kdf; }
    QDialog* currentDialog() const { return m_dialog; }
    MainWindow* mainWindow() const { return m_window; }

signals:
    void cancelled();

private:
    // After the sign-in: the main window, or first the required password change.
    void signedIn(std::shared_ptr<store::Session> session, security::SecretBuffer password);
    void openMainWindow(std::shared_ptr<store::Session> session, security::SecretBuffer password);

    QString m_workspaceDir;
    QString m_preferredUser;
    security::KdfParams m_kdf;
    QPointer<QDialog> m_dialog;
    QPointer<MainWindow> m_window;
};

} // namespace soc::ui
