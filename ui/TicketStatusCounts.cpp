#include "TicketStatusCounts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace soc::ui {

using domain::TicketStatus;

TicketStatusCounts::TicketStatusCounts(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("ticketStatusCounts"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    for (const TicketStatus s : domain::allTicketStatuses()) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("statusToggle_") + domain::ticketStatusKey(s));
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(b, &QToolButton::toggled, this, [this] {
            if (!m_silent)
                emit statusMaskChanged(statusMask());
        });
        m_buttons.insert(s, b);
        layout->addWidget(b);
    }
    layout->addStretch(1);
    retranslateUi();
}

void TicketStatusCounts::setCounts(const std::array<qint64, 5>& counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    retranslateUi();
}

int TicketStatusCounts::statusMask() const
{
    int mask = 0;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        if (it.value()->isChecked())
            mask |= 1 << static_cast<int>(it.key());
    return mask;
}

void TicketStatusCounts::setStatusMask(int mask)
{
    m_silent = true;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setChecked(mask & (1 << static_cast<int>(it.key())));
    m_silent = false;
    emit statusMaskChanged(statusMask());
}

void TicketStatusCounts::retranslateUi()
{
    m_label->setText(tr("Status:")); // Trạng thái:
    const QLocale locale;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const QString label = domain::ticketStatusLabel(it.key());
        it.value()->setText(QStringLiteral("%1  %2").arg(label, locale.toString(count(it.key()))));
        it.value()->setToolTip(tr("Show only tickets that are \"%1\" (press several to combine; none pressed: all). "
                                  "The counts follow the other filters.")
                                   .arg(label));
    }
}

void TicketStatusCounts::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
