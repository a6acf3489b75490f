#pragma once

#include "security/SecretBuffer.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace soc::domain {
class Clock;
}
namespace soc::store {
class Session;
}

namespace soc::ui {

class AlertScreen;
class AuditQueue;
class BackupScheduler;
class DashboardView;
class IdleWatcher;
class ImportDialog;
class IncidentView;
class NavigationRail;
class NewAlertCounter;
class ReportMenu;
class ScreenLock;
class ShiftTracker;
class ShiftView;
class SeverityCountsBar;
class SyncController;
class TicketCreationFlow;
class TicketQueueScreen;
class TopBar;

// The signed-in analyst's window: navigation rail, top bar, the views in a stack, status bar
// counts and the menus. Composes; the views do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `password` is the analyst's sign-in password, kept (wiped on close) for the central store
    // sign-in; tests may leave it empty.
    explicit MainWindow(std::shared_ptr<store::Session> session, security::SecretBuffer password = {},
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Test hook and File → Import alerts… after its file dialog: imports in the background.
    ImportDialog* importFiles(const QStringList& files);
    void setLanguage(const QString& code);
    void saveSettings();

    // Shows the ticket in the incident view (Sự cố).
    void openTicket(const QString& ticketId);
    // Tests inject a fixed clock for deadlines (it must outlive the window); nullptr = system clock.
    void setClock(const domain::Clock* clock);
    void showView(int index);

    AlertScreen* alertScreen() const { return m_alerts; }
    TicketQueueScreen* queueScreen() const { return m_queue; }
    IncidentView* incidentView() const { return m_incidents; }
    DashboardView* dashboard() const { return m_dashboard; }
    TicketCreationFlow* ticketCreation() const { return m_creation; }
    SeverityCountsBar* severityCounts() const { return m_counts; }
    TopBar* topBar() const { return m_topBar; }
    NavigationRail* navigationRail() const { return m_rail; }
    SyncController* sync() const { return m_sync; }
    BackupScheduler* backups() const { return m_backups; }
    ReportMenu* reportMenu() const { return m_reportMenu; }
    ScreenLock* screenLock() const { return m_lock; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    // Idle time before the screen locks: from the account policy, never above 10 minutes.
    void setIdleLockTimeout(std::chrono::milliseconds timeout);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createMenus();
    void retranslateUi();
    void retranslateTitle(); // user and current shift
    void restoreSettings();
    void chooseImportFiles();
    void showSearchSyntax();
    void showAbout();
    void showStatusMessage(const QString& text);
    void refreshAfterSync();

    std::shared_ptr<store::Session> m_session;
    AuditQueue* m_audit; // one writer for the GUI's audit entries, off the GUI thread
    NavigationRail* m_rail;
    TopBar* m_topBar;
    QStackedWidget* m_stack;
    AlertScreen* m_alerts;
    TicketQueueScreen* m_queue;
    IncidentView* m_incidents;
    DashboardView* m_dashboard;
    ShiftTracker* m_shifts;
    ShiftView* m_shiftView;
    TicketCreationFlow* m_creation;
    SeverityCountsBar* m_counts;
    NewAlertCounter* m_counter;
    SyncController* m_sync;
    BackupScheduler* m_backups = nullptr;
    QPointer<ImportDialog> m_import;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_alertsMenu = nullptr;
    QMenu* m_ticketsMenu = nullptr;
    ReportMenu* m_reportMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_detailMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_newTicketAction = nullptr;
    QAction* m_serviceLevelsAction = nullptr;
    QAction* m_vietnamese = nullptr;
    QAction* m_english = nullptr;
    QAction* m_detailRight = nullptr;
    QAction* m_detailBottom = nullptr;
    QAction* m_syntaxAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QList<QAction*> m_goActions;
    ScreenLock* m_lock = nullptr;
    IdleWatcher* m_idle = nullptr;
    bool m_settingsSaved = false;
};

} // namespace soc::ui
