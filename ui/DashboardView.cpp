#include "DashboardView.h"

#include "DashboardChart.h"
#include "DurationText.h"
#include "SeverityStyle.h"
#include "WorkerConnection.h"
#include "domain/SocTimeZone.h"
#include "domain/Ticket.h"
#include "store/DashboardQueries.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace soc::ui {

using domain::Severity;
using domain::TicketStatus;

namespace {

constexpr int kTickMs = 60'000; // the windows move with the clock even when nothing is written
constexpr qint64 kHourMs = 3'600'000;
constexpr int kSignatureChars = 40;
const QList<TicketStatus> kOpenStatuses{TicketStatus::New, TicketStatus::InProgress, TicketStatus::WaitingAgency};

int bit(Severity s)
{
    return 1 << static_cast<int>(s);
}
int bit(TicketStatus s)
{
    return 1 << static_cast<int>(s);
}

QList<DashboardChart::Set> severitySets(auto valueOf)
{
    QList<DashboardChart::Set> sets;
    for (const Severity s : SeverityStyle::allLevels())
        sets.append({domain::severityLabel(s), SeverityStyle::fill(s), valueOf(static_cast<size_t>(s))});
    return sets;
}

} // namespace

DashboardView::DashboardView(std::shared_ptr<store::Session> session, QWidget* parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_header(new QLabel(this))
    , m_shiftsTitle(new QLabel(this))
    , m_shifts(new QTableWidget(domain::kDutyShiftCount, 2, this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_header->setObjectName(QStringLiteral("dashboardHeader"));
    m_shifts->setObjectName(QStringLiteral("dashboardShiftTimes"));
    m_shifts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shifts->setSelectionMode(QAbstractItemView::NoSelection);
    m_shifts->setFocusPolicy(Qt::NoFocus);
    m_shifts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_shifts->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_shifts->setMinimumSize(240, 120);

    const std::array<std::pair<Chart, DashboardChart::Shape>, 6> charts{{
        {Chart::AlertsPerHour, DashboardChart::Shape::StackedColumns},
        {Chart::AlertsBySubsystem, DashboardChart::Shape::Columns},
        {Chart::TopSignatures, DashboardChart::Shape::Rows},
        {Chart::TicketsByStatus, DashboardChart::Shape::Columns},
        {Chart::TicketsByAge, DashboardChart::Shape::Columns},
        {Chart::IncidentsPerMonth, DashboardChart::Shape::StackedColumns},
    }};
    const QStringList names{QStringLiteral("alertsPerHour"), QStringLiteral("alertsBySubsystem"),
                            QStringLiteral("topSignatures"), QStringLiteral("ticketsByStatus"),
                            QStringLiteral("ticketsByAge"),  QStringLiteral("incidentsPerMonth")};
    for (const auto& [id, shape] : charts) {
        auto* c = new DashboardChart(shape, this);
        c->setObjectName(names[static_cast<int>(id)]);
        connect(c, &DashboardChart::barClicked, this, [this, id](int set, int index) { onBarClicked(id, set, index); });
        m_charts << c;
    }

    auto* shiftBox = new QWidget(this);
    auto* shiftLayout = new QVBoxLayout(shiftBox);
    shiftLayout->setContentsMargins(0, 0, 0, 0);
    shiftLayout->addWidget(m_shiftsTitle);
    shiftLayout->addWidget(m_shifts, 1);

    // Three rows: the alert picture on top (what is happening now), the work in the middle, the
    // longer view at the bottom. Charts with long category names get two columns so that their
    // labels are not cut short.
    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    grid->addWidget(chart(Chart::AlertsPerHour), 0, 0, 1, 2);
    grid->addWidget(chart(Chart::TopSignatures), 0, 2, 1, 2);
    grid->addWidget(chart(Chart::AlertsBySubsystem), 1, 0);
    grid->addWidget(chart(Chart::TicketsByAge), 1, 1);
    grid->addWidget(chart(Chart::TicketsByStatus), 1, 2, 1, 2);
    grid->addWidget(chart(Chart::IncidentsPerMonth), 2, 0, 1, 2);
    grid->addWidget(shiftBox, 2, 2, 1, 2);
    for (int i = 0; i < 4; ++i)
        grid->setColumnStretch(i, 1);
    for (int i = 0; i < 3; ++i)
        grid->setRowStretch(i, 1);
    // One legend for both stacked charts, with the level shapes so colour is never the only cue.
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    for (const Severity s : SeverityStyle::allLevels()) {
        auto* glyph = new QLabel(this);
        auto* word = new QLabel(this);
        word->setObjectName(QStringLiteral("dashboardLegend_") + domain::severityKey(s));
        top->addWidget(glyph);
        top->addWidget(word);
        top->addSpacing(12);
        m_legendGlyphs << glyph;
        m_legendWords << word;
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addLayout(grid, 1);

    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &DashboardView::onRefreshFinished);
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &DashboardView::scheduleRefresh);
    connect(&m_tick, &QTimer::timeout, this, &DashboardView::markStale);
    m_tick.start(kTickMs);
    retranslateUi();
    scaleFonts();
}

DashboardView::~DashboardView()
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

DashboardChart* DashboardView::chart(Chart c) const
{
    return m_charts.value(static_cast<int>(c));
}

void DashboardView::setClock(const domain::Clock* clock)
{
    m_clock = clock ? clock : &m_systemClock;
}

void DashboardView::markStale()
{
    m_stale = true;
    scheduleRefresh();
}

// Nobody looks at a hidden dashboard: it waits for showEvent. Bursts of changes (an import, a
// sync catch-up) make one refresh per interval, not one per change.
void DashboardView::scheduleRefresh()
{
    if (!m_stale || !isVisible() || m_watcher.isRunning())
        return;
    if (m_sinceRefresh.isValid()) {
        const qint64 wait = kMinRefreshIntervalMs - m_sinceRefresh.elapsed();
        if (wait > 0) {
            if (!m_throttle.isActive())
                m_throttle.start(static_cast<int>(wait));
            return;
        }
    }
    refreshNow();
}

void DashboardView::refreshNow()
{
    m_stale = true;
    if (m_watcher.isRunning())
        return; // onRefreshFinished() starts the next one
    m_stale = false;
    m_throttle.stop();
    m_sinceRefresh.start();
    const qint64 now = m_clock->nowMs();
    m_watcher.setFuture(runWithOwnConnection(m_session, [now](store::Database& db) {
        Result r;
        r.snapshot = store::DashboardQueries(db).load(now);
        return r;
    }));
}

void DashboardView::onRefreshFinished()
{
    const Result r = m_watcher.result();
    m_error = r.error;
    if (r.error.isEmpty())
        apply(r.snapshot);
    else
        updateHeader(); // the last figures stay, with the error above them
    emit refreshed();
    scheduleRefresh();
}

void DashboardView::apply(const domain::DashboardSnapshot& snapshot)
{
    m_snapshot = snapshot;
    applyAlerts();
    applyTickets();
    applyIncidents();
    applyShiftTimes();
    updateHeader();
}

void DashboardView::applyAlerts()
{
    const auto& s = m_snapshot;
    QStringList hours;
    for (const auto& h : s.alertsPerHour)
        hours << QDateTime::fromMSecsSinceEpoch(h.startMs, domain::socTimeZone()).toString(QStringLiteral("HH"));
    chart(Chart::AlertsPerHour)->setData(hours, severitySets([&](size_t sev) {
                                             QList<qreal> v;
                                             for (const auto& h : s.alertsPerHour)
                                                 v << static_cast<qreal>(h.bySeverity[sev]);
                                             return v;
                                         }));

    QStringList subsystems;
    QList<qreal> counts;
    for (const auto& n : s.alertsBySubsystem) {
        subsystems << (n.name.isEmpty() ? tr("(none)") : n.name);
        counts << static_cast<qreal>(n.count);
    }
    chart(Chart::AlertsBySubsystem)->setData(subsystems, {{tr("Alerts"), {}, counts}});

    // Rows are drawn bottom-up: the largest goes last so it shows on top.
    m_signatureBars = s.topSignatures;
    std::reverse(m_signatureBars.begin(), m_signatureBars.end());
    QStringList signatures;
    counts.clear();
    for (const auto& sig : m_signatureBars) {
        // Long names would squeeze the bars; the tooltip has the full name.
        QString label =
            sig.signature.size() > kSignatureChars ? sig.signature.left(kSignatureChars - 1) + u'…' : sig.signature;
        if (signatures.contains(label)) // a category axis needs distinct names
            label += QStringLiteral(" [%1]").arg(sig.signatureId);
        signatures << label;
        counts << static_cast<qreal>(sig.count);
    }
    chart(Chart::TopSignatures)->setData(signatures, {{tr("Alerts"), {}, counts}});
}

void DashboardView::applyTickets()
{
    QStringList statuses;
    QList<qreal> counts;
    for (const TicketStatus st : kOpenStatuses) {
        statuses << domain::ticketStatusLabel(st);
        counts << static_cast<qreal>(m_snapshot.openTicketsByStatus[static_cast<size_t>(st)]);
    }
    chart(Chart::TicketsByStatus)->setData(statuses, {{tr("Open tickets"), {}, counts}});

    QStringList ages;
    counts.clear();
    for (int a = 0; a < domain::kTicketAgeCount; ++a) {
        ages << domain::ticketAgeLabel(static_cast<domain::TicketAge>(a));
        counts << static_cast<qreal>(m_snapshot.openTicketsByAge[static_cast<size_t>(a)]);
    }
    chart(Chart::TicketsByAge)->setData(ages, {{tr("Open tickets"), {}, counts}});
}

void DashboardView::applyIncidents()
{
    const auto& months = m_snapshot.incidentsPerMonth;
    QStringList labels;
    // Month numbers; the year is written where it starts and on the first month.
    for (const auto& m : months) {
        const bool withYear = labels.isEmpty() || m.first.month() == 1;
        labels << m.first.toString(withYear ? QStringLiteral("MM/yy") : QStringLiteral("MM"));
    }
    chart(Chart::IncidentsPerMonth)->setData(labels, severitySets([&](size_t sev) {
                                                 QList<qreal> v;
                                                 for (const auto& m : months)
                                                     v << static_cast<qreal>(m.bySeverity[sev]);
                                                 return v;
                                             }));
}

void DashboardView::applyShiftTimes()
{
    const auto cell = [](const domain::MeanDuration& d) {
        return d.isValid()
                   ? tr("%1 (%n ticket(s))", nullptr, static_cast<int>(d.samples)).arg(DurationText::span(d.meanMs))
                   : QStringLiteral("—");
    };
    for (int i = 0; i < domain::kDutyShiftCount; ++i) {
        const auto& t = m_snapshot.shiftTimes[static_cast<size_t>(i)];
        const std::array<QString, 2> texts{cell(t.acknowledge), cell(t.resolve)};
        for (int c = 0; c < 2; ++c) {
            QTableWidgetItem* item = m_shifts->item(i, c);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignCenter);
                m_shifts->setItem(i, c, item);
            }
            item->setText(texts[static_cast<size_t>(c)]);
        }
    }
}

void DashboardView::updateHeader()
{
    if (!m_error.isEmpty()) {
        m_header->setText(tr("The dashboard could not be refreshed: %1").arg(m_error));
        return;
    }
    if (m_snapshot.nowMs == 0) {
        m_header->setText(tr("Loading…"));
        return;
    }
    const QString at = QDateTime::fromMSecsSinceEpoch(m_snapshot.nowMs, domain::socTimeZone())
                           .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    m_header->setText(
        tr("Updated %1 · %2 alerts in the last 24 hours").arg(at, QLocale().toString(m_snapshot.alertsTotal)));
}

void DashboardView::onBarClicked(Chart chart, int set, int index)
{
    const auto& s = m_snapshot;
    store::AlertFilter alerts;
    alerts.fromMs = s.alertsFromMs;
    alerts.toMs = s.alertsToMs;
    switch (chart) {
    case Chart::AlertsPerHour:
        if (index < 0 || index >= static_cast<int>(s.alertsPerHour.size()) || set < 0 || set > 3)
            return;
        alerts.severityMask = bit(SeverityStyle::allLevels().at(set));
        alerts.fromMs = s.alertsPerHour[static_cast<size_t>(index)].startMs;
        alerts.toMs = alerts.fromMs + kHourMs;
        emit alertFilterRequested(alerts);
        return;
    case Chart::AlertsBySubsystem:
        if (index < 0 || index >= s.alertsBySubsystem.size())
            return;
        alerts.subsystem = s.alertsBySubsystem[index].name;
        emit alertFilterRequested(alerts);
        return;
    case Chart::TopSignatures:
        if (index < 0 || index >= m_signatureBars.size())
            return;
        alerts.search.terms.append({domain::AlertSearch::Field::Signature, m_signatureBars[index].signature});
        emit alertFilterRequested(alerts);
        return;
    case Chart::TicketsByStatus: {
        if (index < 0 || index >= kOpenStatuses.size())
            return;
        store::TicketFilter f;
        f.statusMask = bit(kOpenStatuses[index]);
        emit ticketFilterRequested(f);
        return;
    }
    case Chart::TicketsByAge: {
        // The queue has no age filter: it opens on every open ticket, oldest ages first in view.
        store::TicketFilter f;
        for (const TicketStatus st : kOpenStatuses)
            f.statusMask |= bit(st);
        emit ticketFilterRequested(f);
        return;
    }
    case Chart::IncidentsPerMonth: {
        if (set < 0 || set > 3)
            return;
        store::TicketFilter f;
        f.incidentsOnly = true;
        f.severityMask = bit(SeverityStyle::allLevels().at(set));
        emit ticketFilterRequested(f);
        return;
    }
    }
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_snapshot.nowMs != 0)
            apply(m_snapshot); // category names are translated words
    } else if (event->type() == QEvent::FontChange) {
        scaleFonts();
    }
    QWidget::changeEvent(event);
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    scheduleRefresh();
}

// Text grows with the view so a wall display reads from across the room; it never goes below the
// application font (a laptop screen keeps the usual size).
void DashboardView::scaleFonts()
{
    const QFont appFont = QWidget::font();
    const qreal floor = appFont.pointSizeF() > 0 ? appFont.pointSizeF() : 10.0;
    const qreal scaled = std::min(width() / 110.0, height() / 60.0);
    QFont base = appFont;
    base.setPointSizeF(std::clamp(scaled, floor, 40.0));
    for (DashboardChart* c : std::as_const(m_charts))
        c->setBaseFont(base);
    QFont bold = base;
    bold.setBold(true);
    bold.setPointSizeF(base.pointSizeF() * 1.15);
    m_header->setFont(base);
    const int glyph = QFontMetrics(base).height();
    for (qsizetype i = 0; i < m_legendGlyphs.size(); ++i) {
        m_legendWords[i]->setFont(base);
        m_legendGlyphs[i]->setPixmap(SeverityStyle::icon(SeverityStyle::allLevels().at(i), glyph).pixmap(glyph, glyph));
    }
    m_shiftsTitle->setFont(bold);
    m_shifts->setFont(base);
    m_shifts->horizontalHeader()->setFont(base);
    m_shifts->verticalHeader()->setFont(base);
}

void DashboardView::retranslateUi()
{
    chart(Chart::AlertsPerHour)->setTitle(tr("Alerts per hour by severity (last 24 hours)"));
    chart(Chart::AlertsBySubsystem)->setTitle(tr("Subsystems (24 hours)"));
    chart(Chart::TopSignatures)->setTitle(tr("Top signatures (24 hours)"));
    chart(Chart::TicketsByStatus)->setTitle(tr("Open tickets by status"));
    chart(Chart::TicketsByAge)->setTitle(tr("Open tickets by age"));
    chart(Chart::IncidentsPerMonth)->setTitle(tr("Incidents per month by severity (12 months)"));
    for (qsizetype i = 0; i < m_legendWords.size(); ++i)
        m_legendWords[i]->setText(domain::severityLabel(SeverityStyle::allLevels().at(i)));
    m_shiftsTitle->setText(tr("Mean time per shift (tickets of the last 7 days)"));
    m_shifts->setHorizontalHeaderLabels({tr("To acknowledge"), tr("To resolve")});
    QStringList shifts;
    for (int i = 0; i < domain::kDutyShiftCount; ++i)
        shifts << domain::dutyShiftLabel(static_cast<domain::DutyShift>(i));
    m_shifts->setVerticalHeaderLabels(shifts);
    updateHeader();
}

} // namespace soc::ui
