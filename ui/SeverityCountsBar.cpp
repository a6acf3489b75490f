#include "SeverityCountsBar.h"

#include "SeverityStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace soc::ui {

using domain::Severity;

SeverityCountsBar::SeverityCountsBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("severityCounts"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    QList<Severity> levels = SeverityStyle::allLevels();
    std::reverse(levels.begin(), levels.end());
    for (const Severity s : levels) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("newCount_") + domain::severityKey(s));
        b->setIcon(SeverityStyle::icon(s, 14));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, [this, s] { emit severityClicked(s); });
        m_buttons.insert(s, b);
        layout->addWidget(b);
    }
    retranslateUi();
}

void SeverityCountsBar::setCounts(const std::array<qint64, 5>& counts)
{
    m_counts = counts;
    retranslateUi();
}

qint64 SeverityCountsBar::count(Severity s) const { return m_counts[static_cast<size_t>(s)]; }

void SeverityCountsBar::retranslateUi()
{
    m_label->setText(tr("New:")); // Mới:
    const QLocale locale;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setText(QStringLiteral("%1 %2").arg(domain::severityLabel(it.key()), locale.toString(count(it.key()))));
        it.value()->setToolTip(tr("Show the new %1 alerts").arg(domain::severityLabel(it.key())));
    }
}

void SeverityCountsBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
