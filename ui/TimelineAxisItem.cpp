#include "TimelineAxisItem.h"

#include "KindStyle.h"
#include "StepStateStyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>
#include <algorithm>

namespace soc::ui {

TimelineAxisItem::TimelineAxisItem()
{
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption, true); // exposedRect is what needs painting
}

void TimelineAxisItem::setContent(std::array<std::vector<Marker>, kKindLanes> markers, std::vector<Span> spans,
                                  qint64 t0, qint64 t1)
{
    prepareGeometryChange();
    m_markers = std::move(markers);
    m_spans = std::move(spans);
    m_t0 = t0;
    m_t1 = std::max(t1, t0 + 1);
    update();
}

void TimelineAxisItem::setPxPerMs(double pxPerMs)
{
    prepareGeometryChange();
    m_pxPerMs = pxPerMs;
}

void TimelineAxisItem::setLeftPadding(qreal px)
{
    prepareGeometryChange();
    m_leftPad = px;
}

void TimelineAxisItem::setSelectedRow(int sourceRow)
{
    m_selectedRow = sourceRow;
    update();
}

int TimelineAxisItem::markerCount() const
{
    size_t n = 0;
    for (const auto& lane : m_markers)
        n += lane.size();
    return static_cast<int>(n);
}

QRectF TimelineAxisItem::boundingRect() const
{
    return QRectF(0, 0, xOf(m_t1) + 40, contentHeight());
}

void TimelineAxisItem::buildPixmaps(qreal dpr)
{
    const int size = static_cast<int>(kMarker);
    for (int k = 0; k < kKindLanes; ++k)
        for (int hollow = 0; hollow < 2; ++hollow) {
            QPixmap pm(static_cast<int>(size * dpr), static_cast<int>(size * dpr));
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.scale(dpr, dpr);
            KindStyle::paintMarker(p, QRectF(0, 0, size, size), static_cast<domain::TimelineKind>(k), hollow != 0);
            p.end();
            pm.setDevicePixelRatio(dpr);
            m_pixmaps[static_cast<size_t>(k * 2 + hollow)] = pm;
        }
    m_pixmapDpr = dpr;
}

void TimelineAxisItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    const qreal dpr = widget ? widget->devicePixelRatioF() : 1.0;
    if (!qFuzzyCompare(dpr, m_pixmapDpr))
        buildPixmaps(dpr);
    const QRectF exposed = option->exposedRect;
    const qreal half = kMarker / 2;
    const qint64 from = timeAt(exposed.left() - kMarker);
    const qint64 to = timeAt(exposed.right() + kMarker);

    // Step spans first, under nothing else.
    for (const Span& s : m_spans) {
        if (s.state == domain::StepState::NotStarted || s.start <= 0)
            continue;
        const qreal y = stepLaneY(s.step) + 3;
        const qreal x0 = xOf(s.start);
        const qreal x1 = std::max(x0 + 3, xOf(std::max(s.end, s.start)));
        if (x1 < exposed.left() || x0 > exposed.right())
            continue;
        const QRectF bar(std::max(x0, exposed.left() - 2), y, std::min(x1, exposed.right() + 2) - std::max(x0, exposed.left() - 2),
                         kStepLaneHeight - 6);
        const QColor c = StepStateStyle::colour(s.state);
        if (s.state == domain::StepState::Skipped) {
            painter->setPen(QPen(c, 1, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
        } else {
            painter->setPen(QPen(c.darker(120), 1));
            painter->setBrush(s.state == domain::StepState::InProgress ? c.lighter(150) : c);
        }
        painter->drawRect(bar);
    }

    QPointF selectedAt(-1, -1);
    for (int lane = 0; lane < kKindLanes; ++lane) {
        const qreal top = laneY(lane) + (kLaneHeight - kMarker) / 2;
        if (top > exposed.bottom() || top + kMarker < exposed.top())
            continue;
        const auto& ms = m_markers[static_cast<size_t>(lane)];
        auto it = std::lower_bound(ms.begin(), ms.end(), from, [](const Marker& m, qint64 t) { return m.t < t; });
        qreal lastX = -1e9;
        bool lastHollow = false;
        for (; it != ms.end() && it->t <= to; ++it) {
            const qreal x = xOf(it->t);
            if (it->sourceRow == m_selectedRow)
                selectedAt = QPointF(x, top + half);
            // Zoomed out, thousands of events share a pixel column: draw one.
            if (x - lastX < 1.0 && it->hollow == lastHollow)
                continue;
            lastX = x;
            lastHollow = it->hollow;
            painter->drawPixmap(QPointF(x - half, top), m_pixmaps[static_cast<size_t>(lane * 2 + (it->hollow ? 1 : 0))]);
        }
    }
    if (selectedAt.x() >= 0) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(widget ? widget->palette().color(QPalette::Highlight) : QColor(Qt::blue), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(selectedAt, half + 4, half + 4);
        painter->restore();
    }
}

int TimelineAxisItem::sourceRowAt(const QPointF& pos, qreal tolerance) const
{
    const int lane = static_cast<int>(std::floor((pos.y() - kTop) / kLaneHeight));
    if (lane < 0 || lane >= kKindLanes)
        return -1;
    const auto& ms = m_markers[static_cast<size_t>(lane)];
    const qint64 from = timeAt(pos.x() - tolerance);
    auto it = std::lower_bound(ms.begin(), ms.end(), from, [](const Marker& m, qint64 t) { return m.t < t; });
    int best = -1;
    qreal bestDist = tolerance + 1;
    for (; it != ms.end(); ++it) {
        const qreal dx = xOf(it->t) - pos.x();
        if (dx > tolerance)
            break;
        if (std::abs(dx) <= bestDist) { // the latest of equal ones: what is drawn on top
            bestDist = std::abs(dx);
            best = it->sourceRow;
        }
    }
    return best;
}

int TimelineAxisItem::stepAt(const QPointF& pos) const
{
    for (const Span& s : m_spans) {
        if (s.state == domain::StepState::NotStarted || s.start <= 0)
            continue;
        const QRectF r(xOf(s.start) - 3, stepLaneY(s.step), std::max<qreal>(6, xOf(s.end) - xOf(s.start) + 6), kStepLaneHeight);
        if (r.contains(pos))
            return s.step;
    }
    return 0;
}

std::optional<QPointF> TimelineAxisItem::markerPos(int sourceRow) const
{
    for (int lane = 0; lane < kKindLanes; ++lane)
        for (const Marker& m : m_markers[static_cast<size_t>(lane)])
            if (m.sourceRow == sourceRow)
                return QPointF(xOf(m.t), laneY(lane) + kLaneHeight / 2);
    return std::nullopt;
}

} // namespace soc::ui
