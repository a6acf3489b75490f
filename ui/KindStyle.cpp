#include "KindStyle.h"

#include "GlyphIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace soc::ui {

using domain::TimelineKind;

QColor KindStyle::colour(TimelineKind k)
{
    switch (k) {
    case TimelineKind::AlertAttached: return QColor(0xc0, 0x39, 0x2b);  // red
    case TimelineKind::StatusChange: return QColor(0x7f, 0x8c, 0x8d);   // grey
    case TimelineKind::StepChange: return QColor(0x29, 0x80, 0xb9);     // blue
    case TimelineKind::Action: return QColor(0xd3, 0x54, 0x00);         // orange
    case TimelineKind::Note: return QColor(0x55, 0x6b, 0x2f);           // olive
    case TimelineKind::Communication: return QColor(0x8e, 0x44, 0xad);  // purple
    case TimelineKind::EvidenceAdded: return QColor(0x16, 0xa0, 0x85);  // teal
    case TimelineKind::ReportIssued: return QColor(0x2c, 0x3e, 0x50);   // navy
    case TimelineKind::Correction: return QColor(0xb7, 0x95, 0x0b);     // ochre
    case TimelineKind::Conflict: return QColor(0xad, 0x14, 0x57);       // crimson: needs a look
    }
    return Qt::darkGray;
}

void KindStyle::paintMarker(QPainter& p, const QRectF& box, TimelineKind k, bool hollow)
{
    const QColor c = colour(k);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(c.darker(130), 1.2));
    p.setBrush(hollow ? QBrush(Qt::white) : QBrush(c));
    const QRectF r = box.adjusted(1, 1, -1, -1);
    const qreal cx = r.center().x();
    const qreal cy = r.center().y();
    QPainterPath path;
    switch (k) {
    case TimelineKind::AlertAttached: // triangle
        path.moveTo(cx, r.top());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
        p.drawPath(path);
        break;
    case TimelineKind::StatusChange: // circle
        p.drawEllipse(r);
        break;
    case TimelineKind::StepChange: // square
        p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case TimelineKind::Action: // diamond
        path.moveTo(cx, r.top());
        path.lineTo(r.right(), cy);
        path.lineTo(cx, r.bottom());
        path.lineTo(r.left(), cy);
        path.closeSubpath();
        p.drawPath(path);
        break;
    case TimelineKind::Note: // ring
        p.setBrush(hollow ? QBrush(Qt::white) : QBrush(c.lighter(170)));
        p.drawEllipse(r);
        p.setBrush(c);
        p.drawEllipse(QRectF(cx - r.width() / 6, cy - r.height() / 6, r.width() / 3, r.height() / 3));
        break;
    case TimelineKind::Communication: { // envelope
        const QRectF env(r.left(), r.top() + r.height() * 0.15, r.width(), r.height() * 0.7);
        p.drawRect(env);
        p.setPen(QPen(hollow ? c : QColor(Qt::white), 1.1));
        p.drawPolyline(QPolygonF({env.topLeft(), QPointF(cx, env.center().y()), env.topRight()}));
        break;
    }
    case TimelineKind::EvidenceAdded: { // hexagon
        const qreal w = r.width() / 4;
        path.moveTo(r.left() + w, r.top());
        path.lineTo(r.right() - w, r.top());
        path.lineTo(r.right(), cy);
        path.lineTo(r.right() - w, r.bottom());
        path.lineTo(r.left() + w, r.bottom());
        path.lineTo(r.left(), cy);
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case TimelineKind::ReportIssued: { // page with a folded corner
        const qreal f = r.width() * 0.35;
        const QRectF page(r.left() + r.width() * 0.12, r.top(), r.width() * 0.76, r.height());
        path.moveTo(page.topLeft());
        path.lineTo(page.right() - f, page.top());
        path.lineTo(page.right(), page.top() + f);
        path.lineTo(page.bottomRight());
        path.lineTo(page.bottomLeft());
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case TimelineKind::Correction: // pencil stroke: a cross
        p.setPen(QPen(c, std::max<qreal>(2.0, r.width() / 4), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(r.topLeft() + QPointF(1, 1), r.bottomRight() - QPointF(1, 1));
        p.drawLine(r.topRight() + QPointF(-1, 1), r.bottomLeft() + QPointF(1, -1));
        break;
    case TimelineKind::Conflict: { // warning sign: "!" in a filled triangle
        QPainterPath tri;
        tri.moveTo(r.center().x(), r.top());
        tri.lineTo(r.right(), r.bottom());
        tri.lineTo(r.left(), r.bottom());
        tri.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPath(tri);
        p.setPen(QPen(Qt::white, std::max<qreal>(1.5, r.width() / 8), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(r.center().x(), r.top() + r.height() * 0.35), QPointF(r.center().x(), r.top() + r.height() * 0.68));
        p.drawPoint(QPointF(r.center().x(), r.top() + r.height() * 0.84));
        break;
    }
    }
    p.restore();
}

QIcon KindStyle::icon(TimelineKind k, int size)
{
    return GlyphIcon::make(size, [size, k](QPainter& p, int scale) {
        p.scale(scale, scale);
        paintMarker(p, QRectF(0, 0, size, size), k);
    });
}

QList<TimelineKind> KindStyle::allKinds()
{
    QList<TimelineKind> kinds;
    for (int k = 0; k <= static_cast<int>(domain::kLastTimelineKind); ++k)
        kinds << static_cast<TimelineKind>(k);
    return kinds;
}

} // namespace soc::ui
