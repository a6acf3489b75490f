#include "OptionalDateTimeEdit.h"

#include "domain/SocTimeZone.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QHBoxLayout>

namespace soc::ui {

namespace {

// The editor holds a plain wall clock (UTC spec: no gaps, no conversions); the zone is applied here.
QDateTime wallClock(qint64 utcMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, domain::socTimeZone());
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC);
}

qint64 fromWallClock(const QDateTime& wall)
{
    return QDateTime(wall.date(), wall.time(), domain::socTimeZone()).toMSecsSinceEpoch();
}

const QDateTime kUnsetShown(QDate(1970, 1, 2), QTime(0, 0), Qt::UTC); // shown with the special text

} // namespace

OptionalDateTimeEdit::OptionalDateTimeEdit(QWidget* parent)
    : QWidget(parent)
    , m_set(new QCheckBox(this))
    , m_edit(new QDateTimeEdit(this))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_set->setObjectName(QStringLiteral("optionalTimeSet"));
    m_edit->setObjectName(QStringLiteral("optionalTimeEdit"));
    m_set->setText(tr("Set"));
    m_set->setToolTip(tr("Untick to leave the time out"));
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDateTime(kUnsetShown);
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setToolTip(tr("Hà Nội time (UTC+07:00)"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000 00:00")) * 3 / 2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    connect(m_set, &QCheckBox::toggled, this, &OptionalDateTimeEdit::onToggled);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &OptionalDateTimeEdit::onEdited);
    showValue();
}

void OptionalDateTimeEdit::setNowSource(std::function<qint64()> now)
{
    m_now = std::move(now);
}

bool OptionalDateTimeEdit::isSet() const
{
    return m_valueMs != 0;
}

void OptionalDateTimeEdit::setValue(qint64 utcMs)
{
    m_valueMs = utcMs;
    showValue();
    emit valueChanged();
}

void OptionalDateTimeEdit::showValue()
{
    m_updating = true;
    m_set->setChecked(m_valueMs != 0);
    m_edit->setEnabled(m_valueMs != 0);
    m_edit->setDateTime(m_valueMs ? wallClock(m_valueMs) : kUnsetShown);
    m_updating = false;
}

void OptionalDateTimeEdit::onToggled(bool on)
{
    if (m_updating)
        return;
    setValue(on ? fromWallClock(wallClock(m_now())) : 0);
    if (on)
        m_edit->setFocus();
}

void OptionalDateTimeEdit::onEdited()
{
    if (m_updating || !m_set->isChecked())
        return;
    m_valueMs = fromWallClock(m_edit->dateTime());
    emit valueChanged();
}

} // namespace soc::ui
