#pragma once

#include "security/SecretBuffer.h"
#include "store/DatabaseError.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AuthTask;

// Sign-in (Đăng nhập): pick the analyst, type the password; the key is derived off the GUI thread.
// A wrong password is said plainly, the field cleared and focused; other errors are shown with the
// store's precise message.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(QString workspaceDir, const QString& preferredUser, QWidget* parent = nullptr);

    std::shared_ptr<store::Session> takeSession();
    // The password that signed in, for the central store sign-in (the caller wipes it when done).
    security::SecretBuffer takePassword();
    QString message() const;
    bool isBusy() const;

signals:
    void signedIn(); // the session is ready (emitted before the dialog closes)

public slots:
    void signIn();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onFailed(store::ErrorCode code, const QString& message);
    void onSucceeded();
    void setBusy(bool busy);
    void showMessage(const QString& text);
    void retranslateUi();

    QString m_workspaceDir;
    QLabel* m_intro;
    QLabel* m_userLabel;
    QComboBox* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_messageIcon;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_signIn;
    QPushButton* m_quit;
    AuthTask* m_task;
    std::shared_ptr<store::Session> m_session;
    security::SecretBuffer m_signedInPassword;
};

} // namespace soc::ui
