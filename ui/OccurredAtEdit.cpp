#include "OccurredAtEdit.h"

#include "AlertTime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTimeZone>

namespace soc::ui {

OccurredAtEdit::OccurredAtEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QDateTimeEdit(this))
    , m_offset(new QComboBox(this))
    , m_now(new QPushButton(this))
    , m_nowSource([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_edit->setObjectName(QStringLiteral("occurredAt"));
    m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_edit->setCalendarPopup(true);
    m_edit->setTimeSpec(Qt::UTC); // a plain wall clock: no gaps, the offset comes from the combo
    m_offset->setObjectName(QStringLiteral("occurredOffset"));
    for (int h = -12; h <= 14; ++h)
        m_offset->addItem(QStringLiteral("UTC") + AlertTime::offsetText(h * 3600), h * 3600);
    m_now->setObjectName(QStringLiteral("occurredNow"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_offset);
    layout->addWidget(m_now);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &OccurredAtEdit::valueChanged);
    connect(m_offset, &QComboBox::currentIndexChanged, this, &OccurredAtEdit::valueChanged);
    connect(m_now, &QPushButton::clicked, this, [this] { setValue(m_nowSource(), offsetSec()); });
    retranslateUi();
    setValue(m_nowSource());
}

void OccurredAtEdit::setNowSource(std::function<qint64()> now)
{
    m_nowSource = std::move(now);
    setValue(m_nowSource(), offsetSec());
}

void OccurredAtEdit::setValue(qint64 utcMs, int offsetSec)
{
    int i = m_offset->findData(offsetSec);
    if (i < 0) {
        m_offset->addItem(QStringLiteral("UTC") + AlertTime::offsetText(offsetSec), offsetSec);
        i = m_offset->count() - 1;
    }
    m_offset->setCurrentIndex(i);
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(offsetSec));
    m_edit->setDateTime(QDateTime(wall.date(), QTime(wall.time().hour(), wall.time().minute()), Qt::UTC));
}

int OccurredAtEdit::offsetSec() const { return m_offset->currentData().toInt(); }

qint64 OccurredAtEdit::value() const
{
    const QDateTime wall = m_edit->dateTime();
    return QDateTime(wall.date(), wall.time(), QTimeZone(offsetSec())).toMSecsSinceEpoch();
}

void OccurredAtEdit::retranslateUi()
{
    m_now->setText(tr("Now"));
    m_offset->setToolTip(tr("The offset the time was given in (Vietnam: UTC+07:00)"));
}

void OccurredAtEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
