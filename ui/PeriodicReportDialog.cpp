#include "PeriodicReportDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace soc::ui {

using domain::PeriodPreset;
using domain::ReportKind;
using domain::ReportPeriod;

namespace {

constexpr int kFirstYear = 2000;
constexpr int kCalendarPage = 0;
constexpr int kCustomPage = 1;
const QString kDayFormat = QStringLiteral("dd/MM/yyyy");

int monthsIn(PeriodPreset p)
{
    switch (p) {
    case PeriodPreset::Monthly: return 1;
    case PeriodPreset::Quarterly: return 3;
    case PeriodPreset::HalfYear: return 6;
    case PeriodPreset::Yearly: return 12;
    case PeriodPreset::Custom: return 0;
    }
    return 0;
}

PeriodPreset usualPreset(ReportKind k)
{
    return k == ReportKind::Mau05 ? PeriodPreset::HalfYear : PeriodPreset::Monthly;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

PeriodicReportDialog::PeriodicReportDialog(ReportKind kind, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_today(today)
    , m_shown(lastComplete(PeriodPreset::Monthly, today))
    , m_kind(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_referenceLabel(new QLabel(this))
    , m_reference(new QStackedWidget(this))
    , m_part(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_range(new QLabel(this))
    , m_compared(new QLabel(this))
    , m_note(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_kindLabel(new QLabel(this))
    , m_presetLabel(new QLabel(this))
    , m_rangeLabel(new QLabel(this))
    , m_comparedLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("periodicReportDialog"));
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_part->setObjectName(QStringLiteral("periodPart"));
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_range->setObjectName(QStringLiteral("periodRange"));
    m_compared->setObjectName(QStringLiteral("periodCompared"));
    m_note->setObjectName(QStringLiteral("periodNote"));
    m_buttons->setObjectName(QStringLiteral("periodButtons"));

    m_kind->addItem(QString(), static_cast<int>(ReportKind::Periodic));
    m_kind->addItem(QString(), static_cast<int>(ReportKind::Mau05));
    for (PeriodPreset p : {PeriodPreset::Monthly, PeriodPreset::Quarterly, PeriodPreset::HalfYear, PeriodPreset::Yearly,
                           PeriodPreset::Custom})
        m_preset->addItem(QString(), static_cast<int>(p));
    m_year->setRange(kFirstYear, today.year() + 1);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(kDayFormat);
        d->setDateRange(QDate(kFirstYear, 1, 1), today.addYears(1));
    }
    QFont bold = m_range->font();
    bold.setBold(true);
    m_range->setFont(bold);
    m_note->setWordWrap(true);
    m_hint->setWordWrap(true);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_hint->setPalette(muted);

    auto* calendar = new QWidget(m_reference);
    auto* calendarRow = new QHBoxLayout(calendar);
    calendarRow->setContentsMargins(0, 0, 0, 0);
    calendarRow->addWidget(m_part);
    calendarRow->addWidget(m_year);
    calendarRow->addStretch();
    auto* custom = new QWidget(m_reference);
    auto* customRow = new QHBoxLayout(custom);
    customRow->setContentsMargins(0, 0, 0, 0);
    customRow->addWidget(m_from);
    customRow->addWidget(m_toLabel);
    customRow->addWidget(m_to);
    customRow->addStretch();
    m_reference->insertWidget(kCalendarPage, calendar);
    m_reference->insertWidget(kCustomPage, custom);
    m_reference->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_presetLabel, m_preset);
    form->addRow(m_referenceLabel, m_reference);
    form->addRow(m_rangeLabel, m_range);
    form->addRow(m_comparedLabel, m_compared);
    m_kindLabel->setBuddy(m_kind);
    m_presetLabel->setBuddy(m_preset);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::activated, this, [this] { setKind(this->kind()); });
    connect(m_preset, &QComboBox::activated, this, &PeriodicReportDialog::onPresetChosen);
    connect(m_part, &QComboBox::currentIndexChanged, this, &PeriodicReportDialog::updateRange);
    connect(m_year, &QSpinBox::valueChanged, this, &PeriodicReportDialog::updateRange);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodicReportDialog::updateRange);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodicReportDialog::updateRange);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    setKind(kind);
    setMinimumWidth(560);
}

ReportPeriod PeriodicReportDialog::lastComplete(PeriodPreset preset, QDate today)
{
    if (preset == PeriodPreset::Custom) // the last complete month, as a starting point to adjust
        return ReportPeriod::custom(QDate(today.year(), today.month(), 1).addMonths(-1),
                                    QDate(today.year(), today.month(), 1).addDays(-1));
    return ReportPeriod::containing(preset, today).previous();
}

ReportKind PeriodicReportDialog::kind() const
{
    return static_cast<ReportKind>(m_kind->currentData().toInt());
}

void PeriodicReportDialog::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(kind))));
    setPreset(usualPreset(this->kind()));
}

PeriodPreset PeriodicReportDialog::preset() const
{
    return static_cast<PeriodPreset>(m_preset->currentData().toInt());
}

void PeriodicReportDialog::setPreset(PeriodPreset preset)
{
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(static_cast<int>(preset))));
    onPresetChosen();
}

// A new calendar preset starts at its last complete period; Custom starts from what was shown.
void PeriodicReportDialog::onPresetChosen()
{
    const PeriodPreset p = preset();
    setPeriod(p == PeriodPreset::Custom ? ReportPeriod::custom(m_shown.firstDay(), m_shown.lastDay())
                                        : lastComplete(p, m_today));
}

void PeriodicReportDialog::setPeriod(const ReportPeriod& period)
{
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(static_cast<int>(period.preset))));
    const QSignalBlocker partBlock(m_part);
    const QSignalBlocker yearBlock(m_year);
    const QSignalBlocker fromBlock(m_from);
    const QSignalBlocker toBlock(m_to);
    fillParts();
    const QDate first = period.firstDay();
    if (const int months = monthsIn(period.preset)) {
        m_part->setCurrentIndex((first.month() - 1) / months);
        m_year->setValue(first.year());
    } else {
        m_from->setDate(first);
        m_to->setDate(period.lastDay());
    }
    updateRange();
}

void PeriodicReportDialog::fillParts()
{
    const PeriodPreset p = preset();
    m_part->clear();
    const QLocale locale;
    switch (p) {
    case PeriodPreset::Monthly:
        for (int m = 1; m <= 12; ++m)
            m_part->addItem(capitalised(locale.standaloneMonthName(m, QLocale::LongFormat)));
        break;
    case PeriodPreset::Quarterly:
        for (int q = 1; q <= 4; ++q)
            m_part->addItem(tr("Quarter %1 (months %2–%3)").arg(q).arg(q * 3 - 2).arg(q * 3));
        break;
    case PeriodPreset::HalfYear:
        m_part->addItem(tr("First half (January–June)"));
        m_part->addItem(tr("Second half (July–December)"));
        break;
    case PeriodPreset::Yearly:
    case PeriodPreset::Custom: break;
    }
    m_part->setVisible(m_part->count() > 0);
    m_reference->setCurrentIndex(p == PeriodPreset::Custom ? kCustomPage : kCalendarPage);
    switch (p) {
    case PeriodPreset::Monthly: m_referenceLabel->setText(tr("&Month:")); break;
    case PeriodPreset::Quarterly: m_referenceLabel->setText(tr("&Quarter:")); break;
    case PeriodPreset::HalfYear: m_referenceLabel->setText(tr("&Half year:")); break;
    case PeriodPreset::Yearly: m_referenceLabel->setText(tr("&Year:")); break;
    case PeriodPreset::Custom: m_referenceLabel->setText(tr("&From:")); break;
    }
    m_referenceLabel->setBuddy(p == PeriodPreset::Custom ? static_cast<QWidget*>(m_from)
                               : m_part->count() > 0     ? static_cast<QWidget*>(m_part)
                                                         : static_cast<QWidget*>(m_year));
}

std::optional<ReportPeriod> PeriodicReportDialog::period() const
{
    const PeriodPreset p = preset();
    if (p == PeriodPreset::Custom) {
        if (m_to->date() < m_from->date())
            return std::nullopt;
        return ReportPeriod::custom(m_from->date(), m_to->date());
    }
    const int months = monthsIn(p);
    const int part = m_part->count() > 0 ? std::max(0, m_part->currentIndex()) : 0;
    return ReportPeriod::containing(p, QDate(m_year->value(), 1 + part * months, 1));
}

report::ReportRequest PeriodicReportDialog::request() const
{
    report::ReportRequest r;
    r.kind = kind();
    if (const auto p = period())
        r.period = *p;
    return r;
}

QString PeriodicReportDialog::rangeText() const
{
    return m_range->text();
}

QString PeriodicReportDialog::problem() const
{
    const auto p = period();
    if (!p)
        return tr("The last day is before the first day: swap them.");
    if (p->firstDay() > m_today)
        return tr("This period has not started yet: choose a period that has begun.");
    return {};
}

void PeriodicReportDialog::updateRange()
{
    const auto p = period();
    auto span = [](const ReportPeriod& r) {
        return tr("from %1 to %2").arg(r.firstDay().toString(kDayFormat), r.lastDay().toString(kDayFormat));
    };
    if (p)
        m_shown = *p;
    m_range->setText(p ? span(*p) : QStringLiteral("—"));
    m_compared->setText(p ? tr("%1 (the period before)").arg(span(p->previous())) : QStringLiteral("—"));
    const QString why = problem();
    if (!why.isEmpty())
        m_note->setText(why);
    else if (p->lastDay() >= m_today)
        m_note->setText(tr("This period is not over yet: the figures are those recorded when the report is prepared."));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void PeriodicReportDialog::retranslateUi()
{
    setWindowTitle(tr("Report for a period"));
    m_kindLabel->setText(tr("&Document:"));
    m_kind->setItemText(0, tr("Periodic report (alerts, incidents, response times)"));
    m_kind->setItemText(1, tr("Mẫu 05 — 6-month or yearly incident summary"));
    m_presetLabel->setText(tr("&Period:"));
    for (int i = 0; i < m_preset->count(); ++i)
        m_preset->setItemText(i, domain::periodPresetLabel(static_cast<PeriodPreset>(m_preset->itemData(i).toInt())));
    m_toLabel->setText(tr("to"));
    m_rangeLabel->setText(tr("Covers:"));
    m_comparedLabel->setText(tr("Compared with:"));
    m_hint->setText(tr("The preview shows a draft; nothing is numbered until you issue it there."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Pre&view…"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Prepare the document and show it; nothing is issued yet"));
    {
        const QSignalBlocker block(m_part);
        const int part = m_part->currentIndex();
        fillParts(); // month names and labels in the new language
        m_part->setCurrentIndex(part);
    }
    updateRange();
}

void PeriodicReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace soc::ui
