#include "TimelineAxisView.h"

#include "CaseTime.h"
#include "KindStyle.h"
#include "StepStateStyle.h"
#include "TimelineAxisItem.h"
#include "TimelineFilterProxy.h"
#include "TimelineModel.h"

#include <QGraphicsScene>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace soc::ui {

namespace {
constexpr double kMaxPxPerMs = 0.02;     // 1,200 px per minute
constexpr double kMaxSceneWidth = 4.0e7; // stays far from the scroll bars' int range
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kRuler = 26;
} // namespace

TimelineAxisView::TimelineAxisView(QWidget* parent)
    : QGraphicsView(parent)
    , m_item(new TimelineAxisItem)
{
    setObjectName(QStringLiteral("timelineAxis"));
    auto* scene = new QGraphicsScene(this);
    scene->setItemIndexMethod(QGraphicsScene::NoIndex); // one item
    scene->addItem(m_item);
    setScene(scene);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    // The ruler and lane labels are drawn in viewport coordinates: repaint whole frames.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setCacheMode(QGraphicsView::CacheNone);
    setRenderHint(QPainter::Antialiasing, false);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    updateLabelWidth();
}

void TimelineAxisView::setContent(const TimelineFilterProxy* proxy,
                                  const std::array<domain::ResponseStep, domain::kStepCount>* steps, qint64 nowMs)
{
    m_model = proxy ? qobject_cast<const TimelineModel*>(proxy->sourceModel()) : nullptr;
    m_nowMs = nowMs;
    const bool hadContent = m_item->markerCount() > 0;
    const qint64 leftTime = m_item->timeAt(mapToScene(QPoint(m_labelWidth, 0)).x());

    std::array<std::vector<TimelineAxisItem::Marker>, TimelineAxisItem::kKindLanes> markers;
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    if (m_model) {
        const int rows = proxy->rowCount();
        for (int r = 0; r < rows; ++r) {
            const int src = proxy->mapToSource(proxy->index(r, 0)).row();
            const domain::TimelineEvent& e = m_model->eventAt(src);
            markers[static_cast<size_t>(e.kind)].push_back({e.occurredAtMs, src, m_model->isSuperseded(src)});
            lo = std::min(lo, e.occurredAtMs);
            hi = std::max(hi, e.occurredAtMs);
        }
    }
    for (auto& lane : markers)
        std::stable_sort(lane.begin(), lane.end(), [](const auto& a, const auto& b) { return a.t < b.t; });
    std::vector<TimelineAxisItem::Span> spans;
    m_steps = steps ? *steps : std::array<domain::ResponseStep, domain::kStepCount>{};
    if (steps)
        for (const domain::ResponseStep& s : *steps) {
            if (s.startedAtMs <= 0 && s.finishedAtMs <= 0)
                continue;
            const qint64 start = s.startedAtMs > 0 ? s.startedAtMs : s.finishedAtMs;
            const qint64 end = s.finishedAtMs > 0 ? s.finishedAtMs : std::max(start, nowMs);
            spans.push_back({s.number, start, end, s.state});
            lo = std::min(lo, start);
            hi = std::max(hi, end);
        }
    if (lo > hi) {
        lo = nowMs - kHour;
        hi = nowMs + kHour;
    }
    const qint64 pad = std::max<qint64>(5 * kMinute, (hi - lo) / 40);
    m_item->setContent(std::move(markers), std::move(spans), lo - pad, hi + pad);
    if (m_fitted || !hadContent) {
        fitAll();
    } else {
        zoomBy(1.0); // clamps to the new range
        updateSceneRect();
        horizontalScrollBar()->setValue(static_cast<int>(m_item->xOf(leftTime) - m_labelWidth));
    }
}

double TimelineAxisView::pxPerMs() const { return m_item->pxPerMs(); }

int TimelineAxisView::markerCount() const { return m_item->markerCount(); }

std::optional<QPoint> TimelineAxisView::markerViewportPos(int sourceRow) const
{
    const auto pos = m_item->markerPos(sourceRow);
    if (!pos)
        return std::nullopt;
    return mapFromScene(*pos);
}

double TimelineAxisView::minPxPerMs() const
{
    const double span = static_cast<double>(m_item->t1() - m_item->t0());
    const double width = std::max(100, viewport()->width() - m_labelWidth - 50);
    return std::min(width / span, kMaxPxPerMs);
}

void TimelineAxisView::updateSceneRect() { setSceneRect(m_item->boundingRect()); }

void TimelineAxisView::fitAll()
{
    m_item->setLeftPadding(m_labelWidth + 10);
    m_item->setPxPerMs(minPxPerMs());
    updateSceneRect();
    horizontalScrollBar()->setValue(0);
    m_fitted = true;
    viewport()->update();
}

void TimelineAxisView::zoomBy(double factor, int viewportX)
{
    if (viewportX < 0)
        viewportX = (viewport()->width() + m_labelWidth) / 2;
    const qint64 anchor = m_item->timeAt(mapToScene(QPoint(viewportX, 0)).x());
    const double span = static_cast<double>(m_item->t1() - m_item->t0());
    const double maxPx = std::min(kMaxPxPerMs, kMaxSceneWidth / span);
    const double minPx = minPxPerMs();
    const double px = std::clamp(m_item->pxPerMs() * factor, minPx, std::max(minPx, maxPx));
    m_item->setPxPerMs(px);
    updateSceneRect();
    horizontalScrollBar()->setValue(static_cast<int>(std::lround(m_item->xOf(anchor) - viewportX)));
    m_fitted = px <= minPx * 1.0001;
    viewport()->update();
}

void TimelineAxisView::pan(int dx) { horizontalScrollBar()->setValue(horizontalScrollBar()->value() + dx); }

void TimelineAxisView::selectSourceRow(int sourceRow)
{
    m_item->setSelectedRow(sourceRow);
    if (const auto pos = m_item->markerPos(sourceRow)) {
        const int x = mapFromScene(*pos).x();
        if (x < m_labelWidth + 10 || x > viewport()->width() - 10)
            horizontalScrollBar()->setValue(static_cast<int>(pos->x()) - (viewport()->width() + m_labelWidth) / 2);
    }
    viewport()->update();
}

TimelineAxisView::Tick TimelineAxisView::tickFor(double pxPerMs) const
{
    static const qint64 steps[] = {kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute, kHour, 2 * kHour,
                                   3 * kHour, 6 * kHour, 12 * kHour, kDay, 2 * kDay, 7 * kDay, 14 * kDay, 30 * kDay};
    const int minSpacing = fontMetrics().horizontalAdvance(QStringLiteral("00/00 00:00")) + 24;
    for (const qint64 s : steps)
        if (static_cast<double>(s) * pxPerMs >= minSpacing)
            return {s, s >= kDay};
    return {90 * kDay, true};
}

QString TimelineAxisView::laneLabel(int lane) const
{
    return domain::timelineKindLabel(static_cast<domain::TimelineKind>(lane));
}

QString TimelineAxisView::stepLabel(int step) const { return tr("%1. %2").arg(step).arg(domain::stepTitle(step)); }

void TimelineAxisView::updateLabelWidth()
{
    int w = 0;
    for (int lane = 0; lane < TimelineAxisItem::kKindLanes; ++lane)
        w = std::max(w, fontMetrics().horizontalAdvance(laneLabel(lane)));
    for (int step = 1; step <= domain::kStepCount; ++step)
        w = std::max(w, fontMetrics().horizontalAdvance(stepLabel(step)));
    m_labelWidth = std::clamp(w + 28, 140, 270); // longer step titles are elided, full in the tooltip
    m_item->setLeftPadding(m_labelWidth + 10);
    updateSceneRect();
}

void TimelineAxisView::drawBackground(QPainter* painter, const QRectF& rect)
{
    const QPalette& pal = palette();
    painter->fillRect(rect, pal.color(QPalette::Base));
    for (int lane = 0; lane < TimelineAxisItem::kKindLanes; lane += 2)
        painter->fillRect(QRectF(rect.left(), TimelineAxisItem::laneY(lane), rect.width(), TimelineAxisItem::kLaneHeight),
                          pal.color(QPalette::AlternateBase));
    const qreal stepsTop = TimelineAxisItem::stepLaneY(1) - TimelineAxisItem::kStepGap / 2;
    painter->setPen(QPen(pal.color(QPalette::Mid), 1));
    painter->drawLine(QPointF(rect.left(), stepsTop), QPointF(rect.right(), stepsTop));

    // Grid at the ruler's ticks, aligned to local midnight (Vietnam: +07:00, no DST).
    const Tick tick = tickFor(m_item->pxPerMs());
    const qint64 offset = 7 * kHour;
    const qint64 from = m_item->timeAt(rect.left());
    const qint64 to = m_item->timeAt(rect.right());
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(70);
    painter->setPen(QPen(grid, 1));
    for (qint64 t = ((from + offset) / tick.stepMs) * tick.stepMs - offset; t <= to; t += tick.stepMs)
        painter->drawLine(QPointF(m_item->xOf(t), rect.top()), QPointF(m_item->xOf(t), rect.bottom()));
    if (m_nowMs >= from && m_nowMs <= to) {
        painter->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 1, Qt::DashLine));
        painter->drawLine(QPointF(m_item->xOf(m_nowMs), rect.top()), QPointF(m_item->xOf(m_nowMs), rect.bottom()));
    }
}

void TimelineAxisView::drawForeground(QPainter* painter, const QRectF&)
{
    painter->save();
    painter->resetTransform();
    const QPalette& pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int vw = viewport()->width();
    const int vh = viewport()->height();

    // Ruler along the top.
    painter->fillRect(QRect(0, 0, vw, kRuler), pal.color(QPalette::Window));
    painter->setPen(pal.color(QPalette::Mid));
    painter->drawLine(0, kRuler - 1, vw, kRuler - 1);
    const Tick tick = tickFor(m_item->pxPerMs());
    const qint64 offset = 7 * kHour;
    const qint64 from = m_item->timeAt(mapToScene(QPoint(m_labelWidth, 0)).x());
    const qint64 to = m_item->timeAt(mapToScene(QPoint(vw, 0)).x());
    painter->setPen(pal.color(QPalette::WindowText));
    qint64 lastDay = -1;
    for (qint64 t = ((from + offset) / tick.stepMs) * tick.stepMs - offset; t <= to; t += tick.stepMs) {
        const int x = mapFromScene(QPointF(m_item->xOf(t), 0)).x();
        if (x < m_labelWidth)
            continue;
        const qint64 day = (t + offset) / kDay;
        const QDateTime local = CaseTime::local(t);
        const QString text = tick.showDate || day != lastDay ? local.toString(QStringLiteral("dd/MM HH:mm"))
                                                             : local.toString(QStringLiteral("HH:mm"));
        lastDay = day;
        painter->drawLine(x, kRuler - 6, x, kRuler - 1);
        painter->drawText(QRect(x + 3, 2, 200, kRuler - 6), Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    // Lane labels in a column that stays put while the axis pans.
    painter->fillRect(QRect(0, 0, m_labelWidth, vh), pal.color(QPalette::Window));
    painter->setPen(pal.color(QPalette::Mid));
    painter->drawLine(m_labelWidth - 1, 0, m_labelWidth - 1, vh);
    painter->setPen(pal.color(QPalette::WindowText));
    const int icon = 12;
    for (int lane = 0; lane < TimelineAxisItem::kKindLanes; ++lane) {
        const int y = mapFromScene(QPointF(0, TimelineAxisItem::laneY(lane))).y();
        const QRect row(6, y, m_labelWidth - 10, static_cast<int>(TimelineAxisItem::kLaneHeight));
        if (row.bottom() < kRuler || row.top() > vh)
            continue;
        KindStyle::paintMarker(*painter, QRectF(row.left(), row.center().y() - icon / 2.0, icon, icon),
                               static_cast<domain::TimelineKind>(lane));
        painter->drawText(row.adjusted(icon + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(laneLabel(lane), Qt::ElideRight, row.width() - icon - 6));
    }
    for (int step = 1; step <= domain::kStepCount; ++step) {
        const int y = mapFromScene(QPointF(0, TimelineAxisItem::stepLaneY(step))).y();
        const QRect row(6, y, m_labelWidth - 10, static_cast<int>(TimelineAxisItem::kStepLaneHeight));
        if (row.bottom() < kRuler || row.top() > vh)
            continue;
        const auto state = m_steps[static_cast<size_t>(step - 1)].state;
        StepStateStyle::paintGlyph(*painter, QRectF(row.left(), row.center().y() - icon / 2.0, icon, icon), state);
        painter->drawText(row.adjusted(icon + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(stepLabel(step), Qt::ElideRight, row.width() - icon - 6));
    }
    painter->fillRect(QRect(0, 0, m_labelWidth - 1, kRuler - 1), pal.color(QPalette::Window));
    painter->restore();
}

void TimelineAxisView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (delta.x() != 0 || (event->modifiers() & Qt::ShiftModifier)) {
        pan(-(delta.x() != 0 ? delta.x() : delta.y()));
    } else if (delta.y() != 0) {
        zoomBy(std::pow(1.0015, delta.y()), static_cast<int>(event->position().x()));
    }
    event->accept();
}

void TimelineAxisView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.5); break;
    case Qt::Key_Minus: zoomBy(1 / 1.5); break;
    case Qt::Key_0: fitAll(); break;
    case Qt::Key_Left: pan(-viewport()->width() / 5); break;
    case Qt::Key_Right: pan(viewport()->width() / 5); break;
    default: QGraphicsView::keyPressEvent(event); return;
    }
    event->accept();
}

void TimelineAxisView::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->pos();
    QGraphicsView::mousePressEvent(event);
}

void TimelineAxisView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || (event->pos() - m_pressPos).manhattanLength() > 3
        || event->pos().x() < m_labelWidth)
        return;
    const QPointF at = mapToScene(event->pos());
    if (const int row = m_item->sourceRowAt(at); row >= 0) {
        m_item->setSelectedRow(row);
        emit eventClicked(row);
    } else if (const int step = m_item->stepAt(at)) {
        emit stepClicked(step);
    }
}

void TimelineAxisView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitAll();
    else
        zoomBy(1.0);
}

bool TimelineAxisView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPointF at = mapToScene(help->pos());
        QString tip;
        if (help->pos().x() < m_labelWidth) {
            const qreal y = at.y();
            const int lane = static_cast<int>(std::floor((y - TimelineAxisItem::kTop) / TimelineAxisItem::kLaneHeight));
            if (lane >= 0 && lane < TimelineAxisItem::kKindLanes)
                tip = laneLabel(lane);
            for (int step = 1; step <= domain::kStepCount; ++step)
                if (y >= TimelineAxisItem::stepLaneY(step) && y < TimelineAxisItem::stepLaneY(step + 1))
                    tip = stepLabel(step);
        } else if (const int row = m_item->sourceRowAt(at); row >= 0 && m_model) {
            const auto& e = m_model->eventAt(row);
            tip = QStringLiteral("%1 — %2\n%3").arg(CaseTime::display(e.occurredAtMs), domain::timelineKindLabel(e.kind),
                                                    TimelineModel::describe(e));
        } else if (const int step = m_item->stepAt(at)) {
            const auto& s = m_steps[static_cast<size_t>(step - 1)];
            tip = tr("%1\n%2: %3 → %4")
                      .arg(stepLabel(step), domain::stepStateLabel(s.state), CaseTime::display(s.startedAtMs),
                           s.finishedAtMs > 0 ? CaseTime::display(s.finishedAtMs) : tr("ongoing"));
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void TimelineAxisView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateLabelWidth();
        viewport()->update();
    }
    QGraphicsView::changeEvent(event);
}

} // namespace soc::ui
