#include "SeverityPicker.h"

#include "SeverityStyle.h"
#include "domain/Incident.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace soc::ui {

using domain::Severity;

SeverityPicker::SeverityPicker(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_guidance(new QLabel(this))
    , m_escalation(new QLabel(this))
{
    setObjectName(QStringLiteral("severityPicker"));
    m_combo->setObjectName(QStringLiteral("severityCombo"));
    m_guidance->setObjectName(QStringLiteral("severityGuidance"));
    m_escalation->setObjectName(QStringLiteral("severityEscalation"));
    for (QLabel* l : {m_guidance, m_escalation}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QPalette muted = m_guidance->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText).darker(130));
    m_guidance->setPalette(muted);
    for (const Severity s : SeverityStyle::allLevels())
        m_combo->addItem(SeverityStyle::icon(s), QString(), static_cast<int>(s));
    m_combo->setCurrentIndex(1);
    setFocusProxy(m_combo);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_combo, 0, Qt::AlignLeft);
    layout->addWidget(m_guidance);
    layout->addWidget(m_escalation);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateTexts();
        emit severityChanged(severity());
    });
    retranslateUi();
}

Severity SeverityPicker::severity() const { return static_cast<Severity>(m_combo->currentData().toInt()); }

void SeverityPicker::setSeverity(Severity s)
{
    const int i = m_combo->findData(static_cast<int>(s));
    if (i >= 0)
        m_combo->setCurrentIndex(i);
}

QString SeverityPicker::guidanceText() const { return m_guidance->text(); }

QString SeverityPicker::escalationText() const { return m_escalation->isHidden() ? QString() : m_escalation->text(); }

void SeverityPicker::updateTexts()
{
    const Severity s = severity();
    m_guidance->setText(domain::severityGuidance(s));
    QStringList targets;
    for (const domain::EscalationTarget t : domain::escalationTargetsFor(s))
        targets << domain::escalationTargetLabel(t);
    m_escalation->setVisible(!targets.isEmpty());
    // Sự cố mức Cao/Khẩn cấp: báo cáo ngay cho ...
    m_escalation->setText(tr("R-13: report a %1 incident at once to: %2.")
                              .arg(domain::severityLabel(s).toLower(), targets.join(QStringLiteral("; "))));
}

void SeverityPicker::retranslateUi()
{
    for (int i = 0; i < m_combo->count(); ++i) {
        const auto s = static_cast<Severity>(m_combo->itemData(i).toInt());
        m_combo->setItemText(i, domain::severityLabel(s));
        m_combo->setItemData(i, domain::severityGuidance(s), Qt::ToolTipRole);
    }
    updateTexts();
}

void SeverityPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
