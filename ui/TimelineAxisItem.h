#pragma once

#include "domain/ResponseStep.h"
#include "domain/TimelineEvent.h"

#include <QGraphicsItem>
#include <QPixmap>
#include <array>
#include <vector>

namespace soc::ui {

// Everything on the time axis as ONE item: a lane per timeline kind with the events as markers,
// and a lane per response step with its span (start → finish). paint() draws only the markers in
// the exposed rectangle (binary search per lane) and at most one per pixel column, so 10,000
// events zoom and pan smoothly; zooming changes the item's pixels-per-millisecond, not the view
// transform, so markers keep their size.
class TimelineAxisItem : public QGraphicsItem {
public:
    static constexpr int kKindLanes = static_cast<int>(domain::kLastTimelineKind) + 1;
    static constexpr qreal kTop = 30;       // below the ruler the view draws
    static constexpr qreal kLaneHeight = 22;
    static constexpr qreal kStepGap = 14;
    static constexpr qreal kStepLaneHeight = 18;
    static constexpr qreal kMarker = 12;

    struct Marker {
        qint64 t;
        int sourceRow;
        bool hollow; // superseded by a correction
    };
    struct Span {
        int step = 0;
        qint64 start = 0;
        qint64 end = 0; // the clock's now while the step is in progress
        domain::StepState state = domain::StepState::NotStarted;
    };

    TimelineAxisItem();

    // markers[kind] sorted by time.
    void setContent(std::array<std::vector<Marker>, kKindLanes> markers, std::vector<Span> spans, qint64 t0, qint64 t1);
    void setPxPerMs(double pxPerMs);
    double pxPerMs() const { return m_pxPerMs; }
    void setLeftPadding(qreal px);
    qreal leftPadding() const { return m_leftPad; }
    void setSelectedRow(int sourceRow);
    int selectedRow() const { return m_selectedRow; }

    qint64 t0() const { return m_t0; }
    qint64 t1() const { return m_t1; }
    qreal xOf(qint64 t) const { return m_leftPad + static_cast<qreal>(t - m_t0) * m_pxPerMs; }
    qint64 timeAt(qreal x) const { return m_t0 + static_cast<qint64>((x - m_leftPad) / m_pxPerMs); }
    static qreal laneY(int lane) { return kTop + lane * kLaneHeight; }
    static qreal stepLaneY(int step) { return kTop + kKindLanes * kLaneHeight + kStepGap + (step - 1) * kStepLaneHeight; }
    static qreal contentHeight() { return stepLaneY(domain::kStepCount + 1) + 6; }

    int markerCount() const;
    int sourceRowAt(const QPointF& pos, qreal tolerance = 7) const; // -1 when nothing is there
    int stepAt(const QPointF& pos) const;                            // 0 when no span is there
    std::optional<QPointF> markerPos(int sourceRow) const;           // centre, item coordinates

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void buildPixmaps(qreal dpr);

    std::array<std::vector<Marker>, kKindLanes> m_markers;
    std::vector<Span> m_spans;
    qint64 m_t0 = 0;
    qint64 m_t1 = 1;
    double m_pxPerMs = 1e-5;
    qreal m_leftPad = 180;
    int m_selectedRow = -1;
    std::array<QPixmap, kKindLanes * 2> m_pixmaps; // [kind * 2 + hollow]
    qreal m_pixmapDpr = 0;
};

} // namespace soc::ui
