#pragma once

#include "store/AuditLog.h"
#include "store/AuditQuery.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AuditLogModel;

// The audit log for those whose role may read it: a filter bar (time range presets or
// from/to, user, action, outcome, free text), the entries newest first, fetched as the table
// scrolls, the selected entry's details pretty-printed, "Verify chain" and "Export CSV…" — both on
// a worker thread with their own connection. Opening it is recorded as "audit.view", an export as
// "audit.export" (by the core).
class AuditLogWindow : public QDialog {
    Q_OBJECT
public:
    enum Preset { AllTime, Last24Hours, Last7Days, Last30Days, CustomRange };

    // Checks the permission and records the view; returns nullptr with `error` set (the refusal,
    // itself recorded) when the signed-in role may not read the audit log.
    static AuditLogWindow* open(std::shared_ptr<store::Session> session, QWidget* parent, QString* error);
    ~AuditLogWindow() override;

    AuditLogModel* model() const { return m_model; }
    store::AuditFilter currentFilter() const;
    // Test hooks and the buttons' work: both run in the background and emit when done.
    void verifyChain();
    void exportTo(const QString& path);
    bool isBusy() const;

signals:
    void verifyFinished(bool intact);
    void exportFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    AuditLogWindow(std::shared_ptr<store::Session> session, QWidget* parent);
    void buildUi();
    void retranslateUi();
    void applyFilter();
    void presetChanged();
    void showDetails();
    void chooseExportFile();
    void setBusy(bool busy);

    std::shared_ptr<store::Session> m_session;
    AuditLogModel* m_model = nullptr;
    QComboBox* m_preset = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_actor = nullptr;
    QLineEdit* m_action = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_text = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QLabel* m_actorLabel = nullptr;
    QLabel* m_actionLabel = nullptr;
    QLabel* m_outcomeLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QTimer* m_debounce = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    int m_jobs = 0;
};

} // namespace soc::ui
