#include "EscalationPanel.h"

#include "CaseTime.h"
#include "StepStateStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace soc::ui {

using domain::EscalationTarget;

namespace {
constexpr EscalationTarget kAll[] = {EscalationTarget::DirectSuperior, EscalationTarget::ProvincialDepartment,
                                     EscalationTarget::Police, EscalationTarget::NationalCoordinator};
}

EscalationPanel::EscalationPanel(QWidget* parent)
    : QGroupBox(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("escalationPanel"));
    m_grid->setContentsMargins(8, 4, 8, 4);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(2);
    for (const EscalationTarget t : kAll) {
        const QString key = domain::escalationTargetKey(t);
        Row row{new QLabel(this), new QLabel(this), new QLabel(this), new QPushButton(this)};
        row.status->setObjectName(QStringLiteral("escalationStatus_") + key);
        row.notify->setObjectName(QStringLiteral("notify_") + key);
        connect(row.notify, &QPushButton::clicked, this, [this, t] { emit notifyRequested(t); });
        const int r = static_cast<int>(m_rows.size());
        m_grid->addWidget(row.glyph, r, 0);
        m_grid->addWidget(row.name, r, 1);
        m_grid->addWidget(row.status, r, 2);
        m_grid->addWidget(row.notify, r, 3);
        m_rows << row;
    }
    m_grid->setColumnStretch(2, 1);
    fill();
}

QList<EscalationTarget> EscalationPanel::targetsFor(const domain::Incident& incident)
{
    if (incident.beyondCapabilityAtMs > 0) // beyond capability → everyone, the coordinator included
        return QList<EscalationTarget>(std::begin(kAll), std::end(kAll));
    return domain::escalationTargetsFor(incident.severity);
}

void EscalationPanel::setIncident(const domain::Incident& incident)
{
    m_incident = incident;
    fill();
}

QString EscalationPanel::statusText(EscalationTarget target) const
{
    return m_rows[static_cast<int>(target)].status->text();
}

void EscalationPanel::fill()
{
    setTitle(tr("Report at once (R-13)"));
    const QList<EscalationTarget> targets = targetsFor(m_incident);
    setVisible(!targets.isEmpty());
    const bool closed = m_incident.closedAtMs > 0;
    for (const EscalationTarget t : kAll) {
        Row& row = m_rows[static_cast<int>(t)];
        const bool applies = targets.contains(t);
        for (QWidget* w : {static_cast<QWidget*>(row.glyph), static_cast<QWidget*>(row.name),
                           static_cast<QWidget*>(row.status), static_cast<QWidget*>(row.notify)})
            w->setVisible(applies);
        const qint64 at = m_incident.notifiedAtMs[static_cast<int>(t)];
        const int size = row.name->fontMetrics().height() - 2;
        row.glyph->setPixmap(StepStateStyle::icon(at > 0 ? domain::StepState::Done : domain::StepState::NotStarted, size)
                                 .pixmap(size, size));
        row.name->setText(domain::escalationTargetLabel(t));
        row.status->setText(at > 0 ? tr("notified %1").arg(CaseTime::display(at)) : tr("not notified yet"));
        row.notify->setText(at > 0 ? tr("Notify again…") : tr("Notify…"));
        row.notify->setEnabled(!closed);
        row.notify->setToolTip(tr("Record how %1 was notified (channel, counterpart, summary)").arg(domain::escalationTargetLabel(t)));
    }
}

void EscalationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QGroupBox::changeEvent(event);
}

} // namespace soc::ui
