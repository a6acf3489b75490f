#include "SyncStateStyle.h"

#include "GlyphIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace soc::ui {

using sync::SyncStatus;

namespace {

const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kBlue(0x1f, 0x5f, 0xbf);
const QColor kGrey(0x5f, 0x63, 0x68);
const QColor kAmber(0xa8, 0x50, 0x00); // white text on it stays readable (≈ 5:1)
const QColor kRed(0xb0, 0x00, 0x20);

// A white disc with a coloured rim: reads on the coloured pill and on a plain background alike.
void rimmedDisc(QPainter& p, const QRectF& box, const QColor& colour, qreal s)
{
    p.setPen(QPen(colour, std::max(1.0, s / 12)));
    p.setBrush(Qt::white);
    p.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5));
}

void paint(QPainter& p, qreal s, SyncStateStyle::Look look)
{
    using Look = SyncStateStyle::Look;
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF box(1, 1, s - 2, s - 2);
    const QPointF c = box.center();
    const qreal stroke = std::max(1.5, s / 8);
    switch (look) {
    case Look::Alone: { // a single workstation: screen and stand
        p.setPen(QPen(kGrey, std::max(1.0, s / 12)));
        p.setBrush(Qt::NoBrush);
        const QRectF screen(box.left() + s * 0.04, box.top() + s * 0.08, box.width() - s * 0.08, s * 0.58);
        p.drawRoundedRect(screen, s * 0.06, s * 0.06);
        p.drawLine(QPointF(c.x(), screen.bottom()), QPointF(c.x(), box.bottom() - s * 0.08));
        p.drawLine(QPointF(c.x() - s * 0.24, box.bottom() - s * 0.06),
                   QPointF(c.x() + s * 0.24, box.bottom() - s * 0.06));
        break;
    }
    case Look::Working: { // blue disc, white arrow up: changes on their way
        p.setPen(Qt::NoPen);
        p.setBrush(kBlue);
        p.drawEllipse(box);
        p.setPen(QPen(Qt::white, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(c.x(), box.top() + s * 0.24), QPointF(c.x(), box.bottom() - s * 0.22));
        p.drawPolyline(QPolygonF{QPointF(c.x() - s * 0.2, box.top() + s * 0.44), QPointF(c.x(), box.top() + s * 0.24),
                                 QPointF(c.x() + s * 0.2, box.top() + s * 0.44)});
        break;
    }
    case Look::Synced: { // green disc, white tick
        p.setPen(Qt::NoPen);
        p.setBrush(kGreen);
        p.drawEllipse(box);
        p.setPen(QPen(Qt::white, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF{QPointF(box.left() + s * 0.26, c.y() + s * 0.02),
                                 QPointF(box.left() + s * 0.43, c.y() + s * 0.18),
                                 QPointF(box.right() - s * 0.24, c.y() - s * 0.16)});
        break;
    }
    case Look::Offline: { // a cut line: two ends apart, slashed
        rimmedDisc(p, box, kAmber, s);
        p.setPen(QPen(kAmber, stroke, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(box.left() + s * 0.2, c.y()), QPointF(c.x() - s * 0.12, c.y()));
        p.drawLine(QPointF(c.x() + s * 0.12, c.y()), QPointF(box.right() - s * 0.2, c.y()));
        p.drawLine(QPointF(c.x() - s * 0.1, c.y() + s * 0.2), QPointF(c.x() + s * 0.1, c.y() - s * 0.2));
        break;
    }
    case Look::Refused: { // exclamation mark: a person must act
        rimmedDisc(p, box, kRed, s);
        p.setPen(QPen(kRed, stroke, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(c.x(), box.top() + s * 0.22), QPointF(c.x(), box.top() + s * 0.55));
        p.drawPoint(QPointF(c.x(), box.top() + s * 0.74));
        break;
    }
    }
}

} // namespace

SyncStateStyle::Look SyncStateStyle::look(const SyncStatus& status)
{
    switch (status.state) {
    case SyncStatus::State::NotConfigured: return Look::Alone;
    case SyncStatus::State::Connecting: return Look::Working;
    case SyncStatus::State::Online: return status.pending > 0 ? Look::Working : Look::Synced;
    case SyncStatus::State::Offline: return Look::Offline;
    case SyncStatus::State::Refused: return Look::Refused;
    }
    return Look::Alone;
}

QColor SyncStateStyle::pillFill(Look look)
{
    switch (look) {
    case Look::Offline: return kAmber;
    case Look::Refused: return kRed;
    default: return {};
    }
}

QColor SyncStateStyle::pillText(Look look)
{
    return isAlarm(look) ? QColor(Qt::white) : QColor();
}

QIcon SyncStateStyle::icon(Look look, int size)
{
    return GlyphIcon::make(size, [size, look](QPainter& p, int scale) { paint(p, size * scale, look); });
}

} // namespace soc::ui
