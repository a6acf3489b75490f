#pragma once

#include "AccountRequestForms.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTableView;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AccountJob;
class AccountRequestDialog;
class AccountReviewModel;

// The accounts of the station: the review table, loaded off the GUI thread, and the
// administrator's changes to the selected account, each on a written request; the table reloads
// after each change. "Export review (CSV)…" and "Print review…" serve the 3-monthly review.
class AccountReviewTab : public QWidget {
    Q_OBJECT
public:
    AccountReviewTab(std::shared_ptr<store::Session> admin, QWidget* parent = nullptr);

    void setKdf(const security::KdfParams& kdf) { m_forms.setKdf(kdf); }
    void refresh();
    bool isLoading() const;
    AccountReviewModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString message() const;
    bool selectUser(const QString& user);

    // Each opens the request dialog (window-modal) and returns it.
    AccountRequestDialog* newAccount();
    AccountRequestDialog* unlock();
    AccountRequestDialog* suspend();
    AccountRequestDialog* changeRole();
    AccountRequestDialog* changeValidity();
    AccountRequestDialog* resetPassword();

    // The review as printed: title, station, date, table, reviewer's signature line.
    QString reviewHtml() const;
    bool exportCsv(const QString& path, QString* error);
    void print(QPrinter& printer) const;

signals:
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    const store::AccountReviewRow* selected() const;
    AccountRequestDialog* openRequest(AccountRequestDialog* dialog);
    void updateButtons();
    void chooseCsvFile();
    void choosePrinter();
    void showMessage(const QString& text);
    void retranslateUi();

    std::shared_ptr<store::Session> m_admin;
    AccountRequestForms m_forms;
    AccountJob* m_job;
    AccountReviewModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_new;
    QPushButton* m_unlock;
    QPushButton* m_suspend;
    QPushButton* m_role;
    QPushButton* m_validity;
    QPushButton* m_reset;
    QPushButton* m_refresh;
    QPushButton* m_export;
    QPushButton* m_print;
    qint64 m_loadedAtMs = 0;
    bool m_reloadPending = false; // a change finished while the table was loading
};

} // namespace soc::ui
