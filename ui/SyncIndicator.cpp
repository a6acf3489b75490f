#include "SyncIndicator.h"

#include "AlertTime.h"
#include "SyncStatusText.h"

#include <QEvent>

namespace soc::ui {

using sync::SyncStatus;

SyncIndicator::SyncIndicator(QWidget* parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::NoFocus); // keyboard: View → Sync status (Ctrl+Shift+S); triage keeps the focus
    setCursor(Qt::PointingHandCursor);
    setAutoRaise(true);
    refreshLook();
}

void SyncIndicator::setStatus(const SyncStatus& status)
{
    m_status = status;
    refreshLook();
}

void SyncIndicator::refreshLook()
{
    const SyncStateStyle::Look look = this->look();
    m_summary = SyncStatusText::summary(m_status);
    // A refusal reason can be a long sentence: the bar shows its start, the tooltip all of it.
    const int maxWidth = fontMetrics().averageCharWidth() * 60;
    setText(fontMetrics().elidedText(m_summary, Qt::ElideRight, maxWidth));
    const int iconSize = fontMetrics().height();
    setIconSize(QSize(iconSize, iconSize));
    setIcon(SyncStateStyle::icon(look, iconSize));
    setAccessibleName(m_summary);

    QStringList tip{m_summary};
    if (!m_status.serverUrl.isEmpty())
        tip << tr("Central store: %1").arg(m_status.serverUrl);
    if (m_status.state != SyncStatus::State::NotConfigured)
        tip << tr("Last sync: %1")
                   .arg(m_status.lastSyncMs > 0 ? AlertTime::display(m_status.lastSyncMs) : SyncStatusText::ago(0, 0));
    if (!m_status.lastError.isEmpty() && m_status.state != SyncStatus::State::Refused)
        tip << m_status.lastError;
    tip << tr("Click for the sync status (Ctrl+Shift+S).");
    setToolTip(tip.join(u'\n'));

    if (SyncStateStyle::isAlarm(look)) {
        setStyleSheet(QStringLiteral("QToolButton { background-color: %1; color: %2; font-weight: bold; border: none;"
                                     " border-radius: %3px; padding: 1px 10px 1px 6px; }"
                                     "QToolButton:hover { border: 1px solid %2; }")
                          .arg(SyncStateStyle::pillFill(look).name(), SyncStateStyle::pillText(look).name())
                          .arg(iconSize / 2 + 2));
    } else {
        setStyleSheet(QStringLiteral("QToolButton { border: none; padding: 1px 8px 1px 6px; }"
                                     "QToolButton:hover { text-decoration: underline; }"));
    }
}

void SyncIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshLook();
    QToolButton::changeEvent(event);
}

} // namespace soc::ui
