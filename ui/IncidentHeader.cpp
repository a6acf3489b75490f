#include "IncidentHeader.h"

#include "CaseTime.h"
#include "DurationText.h"
#include "EscalationPanel.h"
#include "SeverityStyle.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace soc::ui {

namespace {
QPixmap chipPixmap(domain::Severity s, const QFont& font, qreal dpr)
{
    const QFontMetrics fm(font);
    const QSize size(SeverityStyle::chipWidth(s, font) + 6, fm.height() + 6);
    QPixmap pm(size * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    SeverityStyle::paintChip(p, QRect(QPoint(0, 0), size), s, font);
    return pm;
}
} // namespace

IncidentHeader::IncidentHeader(QWidget* parent)
    : QWidget(parent)
    , m_code(new QLabel(this))
    , m_chip(new QLabel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_assignee(new QLabel(this))
    , m_details(new QWidget(this))
    , m_grid(new QGridLayout(m_details))
    , m_notifyClock(new QLabel(this))
    , m_closingClock(new QLabel(this))
    , m_mau03(new QFrame(this))
    , m_mau03Text(new QLabel(m_mau03))
    , m_escalations(new EscalationPanel(this))
{
    setObjectName(QStringLiteral("incidentHeader"));
    QFont bold = m_code->font();
    bold.setBold(true);
    m_code->setFont(bold);
    m_code->setObjectName(QStringLiteral("headerCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chip->setObjectName(QStringLiteral("headerSeverity"));
    QFont big = bold;
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("headerTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("headerStatus"));
    m_assignee->setObjectName(QStringLiteral("headerAssignee"));

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(2);
    for (int i = 0; i <= static_cast<int>(Field::Reported); ++i) {
        const Field f = static_cast<Field>(i);
        auto* name = new QLabel(m_details);
        auto* value = new QLabel(m_details);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        QPalette pal = name->palette();
        pal.setColor(QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::WindowText).darker(140));
        name->setPalette(pal);
        value->setObjectName(QStringLiteral("header_") + key(f));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_labels.insert(f, name);
        m_values.insert(f, value);
        const int row = i % 3; // three rows, two label/value pairs per row
        const int col = (i / 3) * 2;
        m_grid->addWidget(name, row, col, Qt::AlignTop);
        m_grid->addWidget(value, row, col + 1, Qt::AlignTop);
    }
    m_grid->setColumnStretch(1, 3);
    m_grid->setColumnStretch(3, 2);

    m_notifyClock->setObjectName(QStringLiteral("clockNotification"));
    m_notifyClock->setWordWrap(true);
    m_closingClock->setObjectName(QStringLiteral("clockClosing"));
    m_closingClock->setWordWrap(true);
    m_mau03->setObjectName(QStringLiteral("mau03Banner"));
    m_mau03->setFrameShape(QFrame::StyledPanel);
    m_mau03->setAutoFillBackground(true);
    QPalette alarm = m_mau03->palette();
    alarm.setColor(QPalette::Window, QColor(0x9b, 0x11, 0x1e));
    alarm.setColor(QPalette::WindowText, Qt::white);
    m_mau03->setPalette(alarm);
    m_mau03Text->setObjectName(QStringLiteral("mau03Text"));
    m_mau03Text->setFont(bold);
    m_mau03Text->setWordWrap(true);
    auto* mau03Layout = new QHBoxLayout(m_mau03);
    mau03Layout->setContentsMargins(8, 4, 8, 4);
    mau03Layout->addWidget(m_mau03Text);

    auto* top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_code);
    top->addWidget(m_chip);
    top->addWidget(m_title, 1);
    top->addWidget(m_status);
    top->addWidget(m_assignee);
    auto* clocks = new QVBoxLayout;
    clocks->setSpacing(2);
    clocks->addWidget(m_notifyClock);
    clocks->addWidget(m_closingClock);
    auto* middle = new QHBoxLayout;
    middle->setSpacing(16);
    auto* left = new QVBoxLayout;
    left->setSpacing(6);
    left->addWidget(m_details);
    left->addLayout(clocks);
    left->addWidget(m_mau03);
    left->addStretch();
    middle->addLayout(left, 3);
    middle->addWidget(m_escalations, 2, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(middle);
    fill();
}

QString IncidentHeader::key(Field f)
{
    switch (f) {
    case Field::Type: return QStringLiteral("type");
    case Field::Grouping: return QStringLiteral("grouping");
    case Field::System: return QStringLiteral("system");
    case Field::Agency: return QStringLiteral("agency");
    case Field::Detected: return QStringLiteral("detected");
    case Field::Reported: return QStringLiteral("reported");
    }
    return {};
}

QString IncidentHeader::label(Field f) const
{
    switch (f) {
    case Field::Type: return tr("Type (R-4):");
    case Field::Grouping: return tr("National grouping:");
    case Field::System: return tr("Affected system:");
    case Field::Agency: return tr("Owning agency:");
    case Field::Detected: return tr("Detected:");
    case Field::Reported: return tr("Reported:");
    }
    return {};
}

void IncidentHeader::setCase(const std::optional<domain::Ticket>& ticket, const std::optional<domain::Incident>& incident,
                             qint64 nowMs)
{
    m_ticket = ticket;
    m_incident = incident;
    m_nowMs = nowMs;
    fill();
}

void IncidentHeader::updateClocks(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_incident) {
        m_notifyClock->hide();
        m_closingClock->hide();
        m_mau03->hide();
        return;
    }
    const domain::Incident& i = *m_incident;
    const auto clocks = domain::RegulatoryClocks::of(i);
    const bool closed = i.closedAtMs > 0;
    const bool overdue = !closed && nowMs > clocks.notificationDueMs;
    QString notify = tr("Notification due (R-11, 5 days after detection): %1").arg(CaseTime::display(clocks.notificationDueMs));
    if (!closed)
        notify += QStringLiteral(" — ") + DurationText::countdown(clocks.notificationDueMs, nowMs);
    m_notifyClock->setText(notify);
    m_notifyClock->setToolTip(tr("Notify the system owner, the national coordinator and the specialised unit within 5 days "
                                 "of detection (TT 20/2017 Điều 9.2.a)."));
    m_notifyClock->setStyleSheet(overdue ? QStringLiteral("color: #9b111e; font-weight: bold;") : QString());
    m_notifyClock->show();

    QString closing;
    bool closingOverdue = false;
    if (clocks.closingReportDueMs > 0) {
        closing = tr("Closing report (Mẫu 04) due: %1").arg(CaseTime::display(clocks.closingReportDueMs));
        if (!closed) {
            closing += QStringLiteral(" — ") + DurationText::countdown(clocks.closingReportDueMs, nowMs);
            closingOverdue = nowMs > clocks.closingReportDueMs;
        }
    } else {
        closing = tr("Closing report (Mẫu 04): due within 5 days after the response ends (steps 1–6 done or skipped).");
    }
    m_closingClock->setText(closing);
    m_closingClock->setStyleSheet(closingOverdue ? QStringLiteral("color: #9b111e; font-weight: bold;") : QString());
    m_closingClock->show();

    m_mau03->setVisible(clocks.mau03Immediately && !closed);
    m_mau03Text->setText(tr("Beyond our capability (since %1): report with Mẫu 03 now — to the provincial People's "
                            "Committee, the provincial police, the security authority and the national response centre.")
                             .arg(CaseTime::display(i.beyondCapabilityAtMs)));
}

void IncidentHeader::fill()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(label(it.key()));
    if (!m_ticket) {
        m_code->clear();
        m_chip->clear();
        m_title->setText(tr("No ticket open"));
        m_status->clear();
        m_assignee->clear();
        m_details->hide();
        m_escalations->hide();
        updateClocks(m_nowMs);
        return;
    }
    const domain::Ticket& t = *m_ticket;
    const domain::Severity sev = m_incident ? m_incident->severity : t.severity;
    m_code->setText(t.code);
    m_chip->setPixmap(chipPixmap(sev, font(), devicePixelRatioF()));
    m_chip->setToolTip(domain::severityLabel(sev) + QStringLiteral(" — ") + domain::severityGuidance(sev));
    m_chip->setAccessibleName(domain::severityLabel(sev));
    m_title->setText(t.title);
    m_status->setText(tr("Status: %1").arg(domain::ticketStatusLabel(t.status)));
    m_assignee->setText(tr("Assignee: %1").arg(t.assignee.isEmpty() ? tr("unassigned") : t.assignee));
    m_details->setVisible(m_incident.has_value());
    if (m_incident) {
        const domain::Incident& i = *m_incident;
        m_values[Field::Type]->setText(tr("%1. %2").arg(i.type).arg(domain::incidentTypeLabel(i.type)));
        const auto grouping = i.criteria.grouping();
        m_values[Field::Grouping]->setText(domain::nationalGroupingLabel(grouping));
        m_values[Field::Grouping]->setStyleSheet(grouping == domain::NationalGrouping::Serious
                                                     ? QStringLiteral("color: #9b111e; font-weight: bold;")
                                                     : QString());
        const QString system = i.affectedSystem.isEmpty() ? tr("not specified") : i.affectedSystem;
        m_values[Field::System]->setText(i.systemLevel > 0 ? tr("%1 — %2").arg(system, domain::securityLevelLabel(i.systemLevel))
                                                           : tr("%1 — security level unknown").arg(system));
        m_values[Field::Agency]->setText(i.owningAgency.isEmpty() ? (t.agency.isEmpty() ? QStringLiteral("—") : t.agency) : i.owningAgency);
        m_values[Field::Detected]->setText(CaseTime::display(i.detectedAtMs));
        m_values[Field::Reported]->setText(CaseTime::display(i.reportedAtMs));
        m_escalations->setIncident(i);
    } else {
        m_escalations->hide();
    }
    updateClocks(m_nowMs);
}

QString IncidentHeader::fieldText(const QString& k) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (key(it.key()) == k)
            return it.value()->text();
    return {};
}

QString IncidentHeader::notificationClockText() const { return m_notifyClock->text(); }
QString IncidentHeader::closingClockText() const { return m_closingClock->text(); }
bool IncidentHeader::mau03Shown() const { return !m_mau03->isHidden(); }

void IncidentHeader::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
