#include "DurationEdit.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSpinBox>

namespace soc::ui {

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kUnits[] = {kMinute, 60 * kMinute, 24 * 60 * kMinute};
} // namespace

DurationEdit::DurationEdit(QWidget* parent)
    : QWidget(parent)
    , m_number(new QSpinBox(this))
    , m_unit(new QComboBox(this))
{
    m_number->setRange(1, 9999);
    for (const qint64 u : kUnits)
        m_unit->addItem(QString(), u);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_number);
    layout->addWidget(m_unit);
    connect(m_number, &QSpinBox::valueChanged, this, &DurationEdit::changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &DurationEdit::changed);
    retranslateUi();
}

qint64 DurationEdit::valueMs() const { return m_number->value() * m_unit->currentData().toLongLong(); }

void DurationEdit::setValueMs(qint64 ms)
{
    int unit = 0;
    for (int i = 2; i >= 0; --i) {
        if (ms >= kUnits[i] && ms % kUnits[i] == 0) {
            unit = i;
            break;
        }
    }
    m_unit->setCurrentIndex(unit);
    m_number->setValue(static_cast<int>(std::max<qint64>(1, ms / kUnits[unit])));
}

void DurationEdit::retranslateUi()
{
    m_unit->setItemText(0, tr("minutes")); // phút
    m_unit->setItemText(1, tr("hours"));   // giờ
    m_unit->setItemText(2, tr("days"));    // ngày
}

void DurationEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
