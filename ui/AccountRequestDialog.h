#pragma once

#include "AccountJob.h"

#include <QDialog>
#include <functional>
#include <memory>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace soc::store {
class Session;
}

namespace soc::ui {

// One administrator's change to an account, made only on written request: the request
// reference is required, the extra fields (role, date, temporary password...) are checked, then
// the change runs off the GUI thread; the core's refusal is shown in the dialog, which stays open.
class AccountRequestDialog : public QDialog {
    Q_OBJECT
public:
    using Check = std::function<QString()>; // a problem with the extra fields, or empty
    using MakeWork = std::function<AccountJob::Work(const QString& requestRef)>;

    AccountRequestDialog(std::shared_ptr<store::Session> session, const QString& title, const QString& intro,
                         QWidget* parent = nullptr);

    void addRow(const QString& label, QWidget* field);
    void setCheck(Check check) { m_check = std::move(check); }
    // Called on the GUI thread when the form is complete: reads the fields and returns the work.
    void setWork(MakeWork work) { m_makeWork = std::move(work); }
    void setActionText(const QString& text);

    QLineEdit* requestField() const { return m_request; }
    QString message() const;
    bool isBusy() const { return m_job->isRunning(); }

public slots:
    void submit();

private:
    void showMessage(const QString& text);
    void setBusy(bool busy);

    QLabel* m_intro;
    QFormLayout* m_form;
    QLineEdit* m_request;
    QLabel* m_message;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    AccountJob* m_job;
    Check m_check;
    MakeWork m_makeWork;
};

} // namespace soc::ui
