#include "FilterBar.h"

#include "AlertTime.h"
#include "SearchBoxKeys.h"
#include "SeverityStyle.h"
#include "domain/AlertStatus.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace soc::ui {

using domain::AlertStatus;
using domain::Severity;

namespace {

constexpr int bit(AlertStatus s) { return 1 << static_cast<int>(s); }
constexpr qint64 kFixedWindow = -1; // range entry data: the window of showFilter()

QString windowLabel(qint64 fromMs, qint64 toMs)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, AlertTime::zone());
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, AlertTime::zone());
    const QString end = to.date() == from.date() ? to.toString(QStringLiteral("HH:mm")) : to.toString(QStringLiteral("dd/MM HH:mm"));
    return from.toString(QStringLiteral("dd/MM HH:mm")) + QStringLiteral(" – ") + end;
}

const QStringList& subsystems()
{
    static const QStringList list{QStringLiteral("NSM"), QStringLiteral("SIEM"), QStringLiteral("HIDS"), QStringLiteral("EDR"),
                                  QStringLiteral("FW"),  QStringLiteral("WAF"),  QStringLiteral("IPS")};
    return list;
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_subsystem(new QComboBox(this))
    , m_timeRange(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_errorIcon(new QLabel(this))
    , m_error(new QLabel(this))
    , m_errorRow(new QWidget(this))
    , m_levelsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_levelsLabel);
    for (const Severity s : SeverityStyle::allLevels()) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("severityToggle_") + domain::severityKey(s));
        b->setCheckable(true);
        b->setIcon(SeverityStyle::icon(s));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(false);
        connect(b, &QToolButton::toggled, this, [this] {
            if (!m_silent)
                emit filterChanged();
        });
        m_severity.insert(s, b);
        row->addWidget(b);
        m_levelsLabel->setMinimumHeight(b->sizeHint().height()); // level with the buttons when top-aligned
    }
    row->addSpacing(8);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_subsystem->setObjectName(QStringLiteral("subsystemFilter"));
    m_timeRange->setObjectName(QStringLiteral("timeRangeFilter"));
    for (QComboBox* c : {m_status, m_subsystem, m_timeRange}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_silent)
                emit filterChanged();
        });
    }
    row->addSpacing(8);
    m_search->setObjectName(QStringLiteral("alertSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    auto* keys = new SearchBoxKeys(m_search);
    connect(keys, &SearchBoxKeys::applyRequested, this, &FilterBar::applySearch);
    connect(keys, &SearchBoxKeys::leaveRequested, this, &FilterBar::leaveSearch);
    // The explanation of a search error sits right under the box, across its width.
    auto* searchColumn = new QVBoxLayout;
    searchColumn->setContentsMargins(0, 0, 0, 0);
    searchColumn->setSpacing(2);
    searchColumn->addWidget(m_search);
    searchColumn->addWidget(m_errorRow);
    row->addLayout(searchColumn, 1);
    for (int i = 0; i < row->count(); ++i)
        row->itemAt(i)->setAlignment(Qt::AlignTop);

    auto* errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    m_errorIcon->setObjectName(QStringLiteral("searchErrorIcon"));
    const int iconSize = fontMetrics().height();
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_error->setObjectName(QStringLiteral("searchError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLayout->setSpacing(4);
    m_errorIcon->setAlignment(Qt::AlignTop);
    errorLayout->addWidget(m_errorIcon, 0, Qt::AlignTop);
    errorLayout->addWidget(m_error, 1);
    m_errorRow->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->setSpacing(2);
    layout->addLayout(row);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::onSearchEdited);
    retranslateUi();
}

void FilterBar::fillCombos()
{
    const QSignalBlocker b1(m_status), b2(m_subsystem), b3(m_timeRange);
    const int status = std::max(0, m_status->currentIndex());
    const int subsystem = std::max(0, m_subsystem->currentIndex());
    const int range = m_timeRange->count() ? m_timeRange->currentIndex() : 4;
    m_status->clear();
    m_status->addItem(tr("All statuses"), 0); // Mọi trạng thái
    m_status->addItem(domain::alertStatusLabel(AlertStatus::New), bit(AlertStatus::New));
    m_status->addItem(domain::alertStatusLabel(AlertStatus::Acknowledged), bit(AlertStatus::Acknowledged));
    m_status->addItem(domain::alertStatusLabel(AlertStatus::FalsePositive), bit(AlertStatus::FalsePositive));
    m_status->addItem(domain::alertStatusLabel(AlertStatus::Benign), bit(AlertStatus::Benign));
    m_status->addItem(tr("Open (new or acknowledged)"), bit(AlertStatus::New) | bit(AlertStatus::Acknowledged)); // Đang mở
    m_status->setCurrentIndex(status);
    m_subsystem->clear();
    m_subsystem->addItem(tr("All subsystems"), QString()); // Mọi phân hệ
    for (const QString& s : subsystems())
        m_subsystem->addItem(s, s);
    m_subsystem->setCurrentIndex(subsystem);
    m_timeRange->clear();
    m_timeRange->addItem(tr("Last hour"), 3600);         // 1 giờ qua
    m_timeRange->addItem(tr("Last 24 hours"), 86400);    // 24 giờ qua
    m_timeRange->addItem(tr("Last 7 days"), 7 * 86400);  // 7 ngày qua
    m_timeRange->addItem(tr("Last 30 days"), 30 * 86400);
    m_timeRange->addItem(tr("All time"), 0);             // Toàn bộ
    if (m_windowFromMs || m_windowToMs)
        m_timeRange->addItem(windowLabel(m_windowFromMs, m_windowToMs), kFixedWindow);
    m_timeRange->setCurrentIndex(std::min(range, m_timeRange->count() - 1));
}

void FilterBar::retranslateUi()
{
    m_levelsLabel->setText(tr("Severity:"));
    for (auto it = m_severity.cbegin(); it != m_severity.cend(); ++it) {
        it.value()->setText(domain::severityLabel(it.key()));
        it.value()->setToolTip(tr("Show %1 alerts (none pressed: all levels).\n%2")
                                   .arg(domain::severityLabel(it.key()), domain::severityGuidance(it.key())));
    }
    m_status->setToolTip(tr("Triage status"));
    m_subsystem->setToolTip(tr("Monitoring subsystem that raised the alert"));
    m_timeRange->setToolTip(tr("Time range"));
    fillCombos();
    m_search->setPlaceholderText(domain::AlertSearch::syntaxHint());
    m_search->setToolTip(domain::AlertSearch::syntaxHint());
    if (!m_appliedSearch.isEmpty() || !m_search->text().isEmpty())
        onSearchEdited();
}

void FilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterBar::onSearchEdited()
{
    const domain::AlertSearch parsed = domain::AlertSearch::parse(m_search->text());
    if (!parsed.error.isEmpty()) {
        m_error->setText(parsed.error);
        m_errorRow->show();
        m_debounce.stop();
        return;
    }
    m_errorRow->hide();
    m_error->clear();
    m_debounce.start();
}

void FilterBar::applySearch()
{
    m_debounce.stop();
    if (hasSearchError() || m_search->text() == m_appliedSearch)
        return;
    m_appliedSearch = m_search->text();
    emit filterChanged();
}

bool FilterBar::hasSearchError() const { return !domain::AlertSearch::parse(m_search->text()).error.isEmpty(); }

void FilterBar::setSearchText(const QString& text)
{
    m_search->setText(text);
    onSearchEdited();
    applySearch();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::showNewOfSeverity(Severity s)
{
    m_silent = true;
    for (auto it = m_severity.cbegin(); it != m_severity.cend(); ++it)
        it.value()->setChecked(it.key() == s);
    m_status->setCurrentIndex(1);
    m_subsystem->setCurrentIndex(0);
    m_timeRange->setCurrentIndex(m_timeRange->count() - 1);
    m_search->clear();
    m_appliedSearch.clear();
    m_errorRow->hide();
    m_silent = false;
    emit filterChanged();
}

void FilterBar::showFilter(const store::AlertFilter& filter)
{
    m_silent = true;
    domain::AlertSearch rest = filter.search; // what the controls cannot show goes into the search box
    for (auto it = m_severity.cbegin(); it != m_severity.cend(); ++it)
        it.value()->setChecked((filter.severityMask & (1 << static_cast<int>(it.key()))) != 0);
    const int status = m_status->findData(filter.statusMask);
    m_status->setCurrentIndex(std::max(0, status));
    if (status < 0)
        rest.statusMask |= filter.statusMask;
    const int subsystem = filter.subsystem.isEmpty() ? 0 : m_subsystem->findData(filter.subsystem);
    m_subsystem->setCurrentIndex(std::max(0, subsystem));
    if (subsystem < 0)
        rest.subsystem = filter.subsystem;
    m_windowFromMs = filter.fromMs;
    m_windowToMs = filter.toMs;
    const bool window = filter.fromMs || filter.toMs;
    fillCombos();
    m_timeRange->setCurrentIndex(window ? m_timeRange->count() - 1 : m_timeRange->findData(0));
    m_search->setText(rest.toText());
    m_debounce.stop();
    m_appliedSearch = m_search->text();
    m_errorRow->hide();
    m_silent = false;
    emit filterChanged();
}

store::AlertFilter FilterBar::filter() const
{
    store::AlertFilter f;
    for (auto it = m_severity.cbegin(); it != m_severity.cend(); ++it)
        if (it.value()->isChecked())
            f.severityMask |= 1 << static_cast<int>(it.key());
    f.statusMask = m_status->currentData().toInt();
    f.subsystem = m_subsystem->currentData().toString();
    const qint64 seconds = m_timeRange->currentData().toLongLong();
    if (seconds == kFixedWindow) {
        f.fromMs = m_windowFromMs;
        f.toMs = m_windowToMs;
    } else if (seconds > 0) {
        f.fromMs = QDateTime::currentMSecsSinceEpoch() - seconds * 1000;
    }
    f.search = domain::AlertSearch::parse(m_appliedSearch);
    return f;
}

} // namespace soc::ui
