#include "StepStateStyle.h"

#include "GlyphIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace soc::ui {

using domain::StepState;

QColor StepStateStyle::colour(StepState s)
{
    switch (s) {
    case StepState::NotStarted: return QColor(0x8a, 0x8f, 0x98);
    case StepState::InProgress: return QColor(0x1f, 0x6f, 0xb5);
    case StepState::Done: return QColor(0x2e, 0x7d, 0x32);
    case StepState::Skipped: return QColor(0x8d, 0x6e, 0x2c);
    }
    return Qt::gray;
}

void StepStateStyle::paintGlyph(QPainter& p, const QRectF& box, StepState s)
{
    const QColor c = colour(s);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF r = box.adjusted(1, 1, -1, -1);
    const qreal w = r.width();
    switch (s) {
    case StepState::NotStarted:
        p.setPen(QPen(c, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(1, 1, -1, -1));
        break;
    case StepState::InProgress: {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(r);
        QPainterPath tri;
        tri.moveTo(r.left() + w * 0.38, r.top() + w * 0.27);
        tri.lineTo(r.left() + w * 0.76, r.center().y());
        tri.lineTo(r.left() + w * 0.38, r.bottom() - w * 0.27);
        tri.closeSubpath();
        p.setBrush(Qt::white);
        p.drawPath(tri);
        break;
    }
    case StepState::Done:
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(r);
        p.setPen(QPen(Qt::white, std::max<qreal>(1.6, w / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({QPointF(r.left() + w * 0.27, r.center().y()),
                                  QPointF(r.left() + w * 0.44, r.bottom() - w * 0.3),
                                  QPointF(r.right() - w * 0.25, r.top() + w * 0.3)}));
        break;
    case StepState::Skipped:
        p.setPen(QPen(c, 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(1, 1, -1, -1));
        p.setPen(QPen(c, std::max<qreal>(1.6, w / 8), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(r.left() + w * 0.28, r.center().y()), QPointF(r.right() - w * 0.28, r.center().y()));
        break;
    }
    p.restore();
}

QIcon StepStateStyle::icon(StepState s, int size)
{
    return GlyphIcon::make(size, [size, s](QPainter& p, int scale) {
        p.scale(scale, scale);
        paintGlyph(p, QRectF(0, 0, size, size), s);
    });
}

} // namespace soc::ui
