#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace soc::domain {
class Clock;
}
namespace soc::store {
class Session;
}

namespace soc::ui {

class AuditQueue;
class CaseCommands;
class IncidentView;
class PeriodicReportDialog;
class ReportLauncher;

// The main window's Report menu: the documents about a period (periodic report, Mẫu 05) through
// the period dialog, the four documents about the incident open in the incident view (its own
// actions), and the issuer settings.
class ReportMenu : public QObject {
    Q_OBJECT
public:
    ReportMenu(std::shared_ptr<store::Session> session, IncidentView* incidents, AuditQueue* audit, QWidget* window);

    QMenu* menu() const { return m_menu; }
    QAction* periodic() const { return m_periodic; }
    QAction* mau05() const { return m_mau05; }
    QAction* settings() const { return m_settings; }
    ReportLauncher* launcher() const { return m_launcher; }
    PeriodicReportDialog* periodDialog() const; // while open
    void setClock(const domain::Clock* clock);  // must outlive this object; nullptr = system clock
    void retranslate();

signals:
    void statusMessage(const QString& text);

private:
    void choosePeriod(bool mau05);
    void openSettings();

    QWidget* m_window;
    AuditQueue* m_audit; // opening the settings is a view of the configuration
    QString m_user;
    CaseCommands* m_commands;
    ReportLauncher* m_launcher;
    QMenu* m_menu;
    QAction* m_periodic;
    QAction* m_mau05;
    QAction* m_settings = nullptr;
    QPointer<PeriodicReportDialog> m_periodDialog;
};

} // namespace soc::ui
