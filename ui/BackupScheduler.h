#pragma once

#include "domain/BackupSettings.h"
#include "domain/Clock.h"
#include "store/BackupRegister.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <memory>
#include <vector>

class QAction;
class QWidget;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AuditQueue;
class BackupDialog;

// Runs the analyst's daily backups, owned by the main window: at the configured time, and
// at start-up when the last verified backup is older than the last slot (domain/BackupSchedule),
// on a pool thread with its own connection (store/BackupService). It keeps a status line for the
// status bar, shows a notice when a backup fails, and offers "Backups…" (BackupDialog) where the
// schedule is set, the register read and "Back up now" run with progress and cancel.
class BackupScheduler : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        std::vector<store::BackupRecord> backups;
        int pruned = 0;
        bool cancelled = false;
        bool ok = false;
        QString error; // when nothing could be attempted
    };

    BackupScheduler(std::shared_ptr<store::Session> session, AuditQueue* audit, QWidget* window);
    ~BackupScheduler() override;

    QAction* dialogAction() const { return m_dialogAction; }
    QLabel* indicator() const { return m_indicator; }
    void retranslateUi();

    // Starts checking the schedule (once a minute; at once for a missed backup).
    void start();
    // Tests inject a fixed clock (it must outlive the scheduler); nullptr = the system clock.
    void setClock(const domain::Clock* clock);
    // Checks whether a scheduled backup is due and runs it; returns true when one started.
    bool checkDue();
    // Backs up now to `destinations`; false when a backup is already running.
    bool runNow(const QStringList& destinations, int keep);
    void cancel();
    bool isRunning() const { return m_running; }
    const Outcome& lastOutcome() const { return m_last; }

    domain::BackupSettings settings() const;
    void saveSettings(const domain::BackupSettings& settings);
    std::vector<store::BackupRecord> records() const;

    BackupDialog* showDialog();

signals:
    void started();
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString& summary);
    void failed(const QString& message); // also shown as a notice
    void message(const QString& text);    // for the status bar

private:
    void onFinished();
    void updateIndicator();
    QString summaryOf(const Outcome& o) const;
    const domain::Clock& clock() const { return m_clock ? *m_clock : m_systemClock; }

    std::shared_ptr<store::Session> m_session;
    AuditQueue* m_audit; // opening the backup settings is a view of the configuration
    QPointer<QWidget> m_window;
    QAction* m_dialogAction;
    QLabel* m_indicator;
    QTimer m_timer;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    const domain::Clock* m_clock = nullptr;
    domain::SystemClock m_systemClock;
    Outcome m_last;
    int m_percent = -1; // while running
    bool m_scheduled = false;
    bool m_running = false; // until onFinished() has taken the outcome
    QPointer<BackupDialog> m_dialog;
};

} // namespace soc::ui
