#include "SyncStatusPanel.h"

#include "AlertTime.h"
#include "SyncStateStyle.h"
#include "SyncStatusText.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc::ui {

using sync::SyncStatus;

SyncStatusPanel::SyncStatusPanel(QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_stateIcon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_syncNow(new QPushButton(this))
    , m_settings(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncStatusPanel"));
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setWordWrap(true);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_state, 1);
    m_form->addRow(stateRow);
    m_server = addRow(QStringLiteral("syncServer"), &m_serverLabel);
    m_lastSync = addRow(QStringLiteral("syncLastSync"), &m_lastSyncLabel);
    m_pending = addRow(QStringLiteral("syncPending"), &m_pendingLabel);
    m_rejected = addRow(QStringLiteral("syncRejected"), &m_rejectedLabel);
    m_conflicts = addRow(QStringLiteral("syncConflicts"), &m_conflictsLabel);
    m_latency = addRow(QStringLiteral("syncLatency"), &m_latencyLabel);
    m_retry = addRow(QStringLiteral("syncNextRetry"), &m_retryLabel);
    m_error = addRow(QStringLiteral("syncLastError"), &m_errorLabel);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setMinimumWidth(fontMetrics().averageCharWidth() * 50);

    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_settings->setObjectName(QStringLiteral("syncSettingsButton"));
    m_close->setObjectName(QStringLiteral("syncCloseButton"));
    m_syncNow->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_settings);
    buttons->addStretch(1);
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addLayout(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // Vietnamese labels grow; never truncate

    connect(m_syncNow, &QPushButton::clicked, this, &SyncStatusPanel::syncNowRequested);
    connect(m_settings, &QPushButton::clicked, this, &SyncStatusPanel::settingsRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusPanel::updateValues);
    retranslateUi();
}

QLabel* SyncStatusPanel::addRow(const QString& objectName, QLabel** label)
{
    *label = new QLabel(this);
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    m_form->addRow(*label, value);
    return value;
}

void SyncStatusPanel::setNow(qint64 nowMs)
{
    m_fixedNow = nowMs;
    updateValues();
}

qint64 SyncStatusPanel::nowMs() const
{
    return m_fixedNow > 0 ? m_fixedNow : QDateTime::currentMSecsSinceEpoch();
}

void SyncStatusPanel::setStatus(const SyncStatus& status)
{
    m_status = status;
    updateValues();
}

void SyncStatusPanel::updateValues()
{
    const qint64 now = nowMs();
    const SyncStateStyle::Look look = SyncStateStyle::look(m_status);
    const int icon = fontMetrics().height() + 4;
    m_stateIcon->setPixmap(SyncStateStyle::icon(look, icon).pixmap(icon, icon));
    m_state->setText(m_status.state == SyncStatus::State::Online ? SyncStatusText::summary(m_status)
                                                                 : SyncStatusText::stateWord(m_status.state));
    m_server->setText(m_status.serverUrl.isEmpty() ? QStringLiteral("—") : m_status.serverUrl);
    if (m_status.lastSyncMs > 0) {
        m_lastSync->setText(
            tr("%1 (%2)").arg(SyncStatusText::ago(m_status.lastSyncMs, now), AlertTime::display(m_status.lastSyncMs)));
        m_lastSync->setToolTip(AlertTime::utc(m_status.lastSyncMs));
    } else {
        m_lastSync->setText(SyncStatusText::ago(0, now));
        m_lastSync->setToolTip({});
    }
    m_pending->setText(SyncStatusText::changes(m_status.pending));
    m_rejected->setText(SyncStatusText::changes(m_status.rejected));
    m_conflicts->setText(QString::number(m_status.conflicts));
    m_latency->setText(SyncStatusText::latency(m_status.latencyMs));
    const bool retrying = m_status.state == SyncStatus::State::Offline && m_status.nextRetryMs > 0;
    m_form->setRowVisible(m_retry, retrying);
    if (retrying)
        m_retry->setText(
            tr("%1 (%2)").arg(SyncStatusText::in(m_status.nextRetryMs, now), AlertTime::display(m_status.nextRetryMs)));
    // Server messages come with tab-indented continuation lines (libpq): one clean line each.
    QStringList errorLines = m_status.lastError.split(u'\n', Qt::SkipEmptyParts);
    for (QString& line : errorLines)
        line = line.simplified();
    m_error->setText(errorLines.isEmpty() ? QStringLiteral("—") : errorLines.join(u'\n'));
    m_syncNow->setEnabled(m_status.state != SyncStatus::State::NotConfigured);
}

void SyncStatusPanel::retranslateUi()
{
    setWindowTitle(tr("Sync status"));                  // Trạng thái đồng bộ
    m_serverLabel->setText(tr("Central store:"));       // Kho trung tâm:
    m_lastSyncLabel->setText(tr("Last sync:"));         // Lần đồng bộ gần nhất:
    m_pendingLabel->setText(tr("Waiting to be sent:")); // Đang chờ gửi:
    m_rejectedLabel->setText(tr("Rejected:"));          // Bị từ chối:
    m_rejected->setToolTip(tr("Changes the central store refused (no permission). They are kept on this station "
                              "for review; nothing was lost."));
    m_conflictsLabel->setText(tr("Conflicts:")); // Xung đột:
    m_conflicts->setToolTip(tr("Edits of the same field made elsewhere at the same time. Both values are recorded "
                               "on the ticket's timeline; nothing was overwritten silently."));
    m_latencyLabel->setText(tr("Latency:"));    // Độ trễ:
    m_retryLabel->setText(tr("Next attempt:")); // Thử lại:
    m_errorLabel->setText(tr("Last error:"));   // Lỗi gần nhất:
    m_syncNow->setText(tr("Sync &now"));        // Đồng bộ ngay
    m_syncNow->setToolTip(tr("Send the waiting changes and fetch what changed on the central store now"));
    m_settings->setText(tr("&Settings…")); // Cài đặt…
    m_close->setText(tr("&Close"));        // Đóng
    updateValues();
}

void SyncStatusPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SyncStatusPanel::showEvent(QShowEvent* event)
{
    updateValues();
    m_tick.start();
    QDialog::showEvent(event);
}

void SyncStatusPanel::hideEvent(QHideEvent* event)
{
    m_tick.stop();
    QDialog::hideEvent(event);
}

} // namespace soc::ui
