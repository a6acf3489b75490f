#include "SyncController.h"

#include "AuditQueue.h"
#include "CentralSettingsDialog.h"
#include "ConflictNotice.h"
#include "SyncIndicator.h"
#include "SyncStatusPanel.h"
#include "store/Session.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QWidget>

namespace soc::ui {

using sync::SyncStatus;

SyncController::SyncController(std::shared_ptr<store::Session> session, security::SecretBuffer password,
                               AuditQueue* audit, QWidget* window)
    : QObject(window)
    , m_session(std::move(session))
    , m_audit(audit)
    , m_password(std::move(password))
    , m_window(window)
    , m_service(std::make_unique<sync::SyncService>(*m_session, m_password.clone()))
    , m_indicator(new SyncIndicator(window))
    , m_notice(new ConflictNotice(window))
    , m_statusAction(new QAction(this))
    , m_settingsAction(new QAction(this))
    , m_syncNowAction(new QAction(this))
{
    m_statusAction->setObjectName(QStringLiteral("actionSyncStatus"));
    m_statusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_settingsAction->setObjectName(QStringLiteral("actionCentralSettings"));
    m_syncNowAction->setObjectName(QStringLiteral("actionSyncNow"));
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    // Window-wide: the shortcuts work whichever view has the focus.
    for (QAction* a : {m_statusAction, m_settingsAction, m_syncNowAction})
        window->addAction(a);
    connect(m_statusAction, &QAction::triggered, this, &SyncController::showPanel);
    connect(m_settingsAction, &QAction::triggered, this, &SyncController::showSettings);
    connect(m_syncNowAction, &QAction::triggered, m_service.get(), &sync::SyncService::syncNow);
    connect(m_indicator, &QToolButton::clicked, this, &SyncController::showPanel);

    // The service emits from its own thread: these connections are queued onto the GUI thread.
    connect(m_service.get(), &sync::SyncService::statusChanged, this, &SyncController::onStatus);
    connect(m_service.get(), &sync::SyncService::conflictsArrived, this, &SyncController::onConflicts);
    connect(m_service.get(), &sync::SyncService::dataChanged, this, [this] {
        if (!m_refresh.isActive())
            m_refresh.start();
    });
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &SyncController::dataChanged);

    onStatus(m_service->status());
    retranslateUi();
}

SyncController::~SyncController()
{
    stop();
}

SyncStatusPanel* SyncController::panel() const
{
    return m_panel;
}

CentralSettingsDialog* SyncController::settingsDialog() const
{
    return m_settings;
}

void SyncController::start()
{
    if (m_started || !m_service)
        return;
    m_started = true;
    m_service->start();
}

void SyncController::stop()
{
    if (m_service)
        m_service->stop();
    m_password.clear();
}

void SyncController::onStatus(const SyncStatus& status)
{
    m_indicator->setStatus(status);
    if (m_panel)
        m_panel->setStatus(status);
    m_syncNowAction->setEnabled(status.state != SyncStatus::State::NotConfigured);
    emit statusChanged(status);
}

void SyncController::onConflicts(int count, const QString& summary)
{
    m_notice->showConflicts(count, summary, [this] { emit openQueueRequested(); });
}

SyncStatusPanel* SyncController::showPanel()
{
    if (!m_panel) {
        m_panel = new SyncStatusPanel(m_window);
        m_panel->setAttribute(Qt::WA_DeleteOnClose);
        m_panel->setStatus(m_indicator->status());
        connect(m_panel, &SyncStatusPanel::syncNowRequested, m_service.get(), &sync::SyncService::syncNow);
        connect(m_panel, &SyncStatusPanel::settingsRequested, this, &SyncController::showSettings);
    }
    m_panel->show(); // modeless: the analyst keeps working while watching it
    m_panel->raise();
    m_panel->activateWindow();
    return m_panel;
}

CentralSettingsDialog* SyncController::showSettings()
{
    if (!m_settings) {
        m_audit->append(store::configViewEntry(m_session->account().username, QStringLiteral("central")));
        m_settings = new CentralSettingsDialog(m_session->workspaceDir(), m_session->account().username, m_password,
                                               m_panel ? static_cast<QWidget*>(m_panel) : m_window);
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settings, &CentralSettingsDialog::saved, this, [this](const sync::CentralSettings& s) {
            m_service->reload();
            emit message(s.isConfigured() ? tr("Central store settings saved; connecting to %1.").arg(s.url)
                                          : tr("This station now works alone: it no longer syncs."));
        });
        m_settings->open();
    }
    m_settings->raise();
    m_settings->activateWindow();
    return m_settings;
}

void SyncController::retranslateUi()
{
    m_statusAction->setText(tr("Sync &status…"));     // Trạng thái đồng bộ…
    m_settingsAction->setText(tr("&Central store…")); // Kho trung tâm…
    m_syncNowAction->setText(tr("Sync &now"));        // Đồng bộ ngay
    m_syncNowAction->setToolTip(tr("Send the waiting changes and fetch what changed on the central store now"));
}

} // namespace soc::ui
