#pragma once

#include "security/SecretBuffer.h"
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

class AccountJob;

// Changes the signed-in analyst's password: the rules for the account's kind are
// shown and the new password's problems listed as it is typed; the change (scrypt: slow on
// purpose) runs off the GUI thread and the core's refusals (wrong current password with the
// attempts left, one of the last passwords, locked) are shown in the dialog.
// Required mode comes right after a sign-in that must change the password (temporary password,
// or expired): it says why, and Cancel becomes "Sign out".
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Voluntary, Required };

    ChangePasswordDialog(std::shared_ptr<store::Session> session, Mode mode, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    // The password that has just signed in: it is not asked again (Required mode).
    void setCurrentPassword(security::SecretBuffer password);
    // The new password once changed (the central store signs in with it); the caller wipes it.
    security::SecretBuffer takeNewPassword();
    // Why the change is required (Required mode), translated.
    QString reason() const;
    QStringList problems() const;
    QString message() const;
    bool isBusy() const;

signals:
    void changed(); // the password was changed (emitted before the dialog closes)

public slots:
    void change();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateProblems();
    void setBusy(bool busy);
    void showMessage(const QString& text);
    void onFailed(store::ErrorCode code, const QString& message);
    void retranslateUi();

    std::shared_ptr<store::Session> m_session;
    Mode m_mode;
    QLabel* m_intro;
    QLabel* m_currentLabel;
    QLineEdit* m_current;
    QLabel* m_newLabel;
    QLineEdit* m_new;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    QLabel* m_rules;
    QLabel* m_problems;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_change;
    QPushButton* m_cancel;
    AccountJob* m_job;
    std::shared_ptr<security::SecretBuffer> m_currentPassword; // set in Required mode
    security::SecretBuffer m_newPassword;
};

} // namespace soc::ui
