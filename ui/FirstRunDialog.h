#pragma once

#include "security/KeyFile.h"
#include "store/DatabaseError.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AuthTask;

// First start on an empty workspace: create the first administrator. The R-23 rules are shown
// and the password's problems are listed as the analyst types; creation runs off the GUI thread.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    FirstRunDialog(QString workspaceDir, QWidget* parent = nullptr);

    // Tests use a cheap key derivation.
    void setKdf(const security::KdfParams& kdf) { m_kdf = kdf; }
    std::shared_ptr<store::Session> takeSession();
    // The new administrator's password, for the central store sign-in (the caller wipes it when done).
    security::SecretBuffer takePassword();
    QStringList problems() const;
    QString message() const;

signals:
    void created(); // the session is ready (emitted before the dialog closes)

public slots:
    void create();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateProblems();
    void setBusy(bool busy);
    void retranslateUi();

    QString m_workspaceDir;
    security::KdfParams m_kdf;
    QLabel* m_intro;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    QLabel* m_policy;
    QLabel* m_problems;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_create;
    QPushButton* m_quit;
    AuthTask* m_task;
    std::shared_ptr<store::Session> m_session;
    security::SecretBuffer m_createdPassword;
};

} // namespace soc::ui
