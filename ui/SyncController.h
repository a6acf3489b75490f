#pragma once

#include "security/SecretBuffer.h"
#include "sync/SyncStatus.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QAction;
class QWidget;

namespace soc::store {
class Session;
}
namespace soc::sync {
class SyncService;
}

namespace soc::ui {

class AuditQueue;
class CentralSettingsDialog;
class ConflictNotice;
class SyncIndicator;
class SyncStatusPanel;

// The main window's side of the sync: owns the SyncService (its thread starts once the window is
// shown and stops when it closes), the status bar indicator, the conflict notice, the sync panel
// and the central store settings, and their actions. Views refresh on dataChanged().
class SyncController : public QObject {
    Q_OBJECT
public:
    // `password` is the analyst's sign-in password (the central store role has the same one).
    SyncController(std::shared_ptr<store::Session> session, security::SecretBuffer password, AuditQueue* audit,
                   QWidget* window);
    ~SyncController() override;

    void start();
    // Stops the sync thread and wipes the password; changes not yet sent stay in the journal.
    void stop();

    sync::SyncService* service() const { return m_service.get(); }
    SyncIndicator* indicator() const { return m_indicator; }
    ConflictNotice* conflictNotice() const { return m_notice; }
    QAction* statusAction() const { return m_statusAction; }
    QAction* settingsAction() const { return m_settingsAction; }
    QAction* syncNowAction() const { return m_syncNowAction; }
    SyncStatusPanel* panel() const;
    CentralSettingsDialog* settingsDialog() const;

    SyncStatusPanel* showPanel();
    CentralSettingsDialog* showSettings();
    void retranslateUi();

signals:
    void statusChanged(const soc::sync::SyncStatus& status);
    void dataChanged(); // something was pulled: views refresh (coalesced)
    void openQueueRequested();
    void message(const QString& text);

private:
    void onStatus(const sync::SyncStatus& status);
    void onConflicts(int count, const QString& summary);

    std::shared_ptr<store::Session> m_session;
    AuditQueue* m_audit; // opening the central settings is a view of the configuration
    security::SecretBuffer m_password;
    QWidget* m_window;
    std::unique_ptr<sync::SyncService> m_service;
    SyncIndicator* m_indicator;
    ConflictNotice* m_notice;
    QAction* m_statusAction;
    QAction* m_settingsAction;
    QAction* m_syncNowAction;
    QPointer<SyncStatusPanel> m_panel;
    QPointer<CentralSettingsDialog> m_settings;
    QTimer m_refresh; // a catch-up pulls in batches: one refresh of the views per burst
    bool m_started = false;
};

} // namespace soc::ui
