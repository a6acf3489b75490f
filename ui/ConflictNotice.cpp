#include "ConflictNotice.h"

#include <QEvent>

namespace soc::ui {

ConflictNotice::ConflictNotice(QWidget* parent)
    : RefusalBanner(parent)
{
    setObjectName(QStringLiteral("conflictNotice"));
}

void ConflictNotice::showConflicts(int count, const QString& summary, std::function<void()> openQueue)
{
    if (count <= 0)
        return;
    m_batches = isHidden() ? 1 : m_batches + 1;
    m_count = m_batches == 1 ? count : m_count + count;
    m_summary = summary;
    m_openQueue = std::move(openQueue);
    compose();
}

void ConflictNotice::compose()
{
    // The service's sentence says where the conflicts went; later batches add up under a total.
    QString text;
    if (m_batches == 1 && !m_summary.isEmpty()) {
        text = m_summary;
    } else {
        text = m_count == 1 ? tr("Sync brought in 1 conflict.") : tr("Sync brought in %1 conflicts.").arg(m_count);
        text += u' ' + (m_summary.isEmpty()
                            ? tr("Both versions were recorded on the tickets' timelines; nothing was overwritten.")
                            : tr("Latest: %1").arg(m_summary));
    }
    showRefusal(text, tr("Open the &queue"), m_openQueue);
}

void ConflictNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && !isHidden())
        compose();
    RefusalBanner::changeEvent(event);
}

} // namespace soc::ui
