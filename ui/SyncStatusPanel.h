#pragma once

#include "sync/SyncStatus.h"

#include <QDialog>
#include <QTimer>

class QFormLayout;
class QLabel;
class QPushButton;

namespace soc::ui {

// View → Sync status (Đồng bộ): what the station's sync is doing — last sync (relative and
// absolute), changes waiting and rejected, conflicts, latency, the last error (selectable) and,
// while offline, when it tries again. "Sync now" and "Settings…" are asked of the owner.
class SyncStatusPanel : public QDialog {
    Q_OBJECT
public:
    explicit SyncStatusPanel(QWidget* parent = nullptr);

    const sync::SyncStatus& status() const { return m_status; }
    // Tests fix "now" for the relative times; 0 = the system clock.
    void setNow(qint64 nowMs);

public slots:
    void setStatus(const soc::sync::SyncStatus& status);

signals:
    void syncNowRequested();
    void settingsRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QLabel* addRow(const QString& objectName, QLabel** label);
    void updateValues();
    void retranslateUi();
    qint64 nowMs() const;

    sync::SyncStatus m_status;
    qint64 m_fixedNow = 0;
    QTimer m_tick; // relative times and the retry countdown move while the panel is open
    QFormLayout* m_form;
    QLabel* m_stateIcon;
    QLabel* m_state;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_server;
    QLabel* m_lastSyncLabel = nullptr;
    QLabel* m_lastSync;
    QLabel* m_pendingLabel = nullptr;
    QLabel* m_pending;
    QLabel* m_rejectedLabel = nullptr;
    QLabel* m_rejected;
    QLabel* m_conflictsLabel = nullptr;
    QLabel* m_conflicts;
    QLabel* m_latencyLabel = nullptr;
    QLabel* m_latency;
    QLabel* m_retryLabel = nullptr;
    QLabel* m_retry;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_error;
    QPushButton* m_syncNow;
    QPushButton* m_settings;
    QPushButton* m_close;
};

} // namespace soc::ui
