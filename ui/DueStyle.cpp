#include "DueStyle.h"

#include "GlyphIcon.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace soc::ui {

using domain::DueState;

namespace {

const QColor kRed(0xb0, 0x00, 0x20);
const QColor kAmber(0xa8, 0x5d, 0x00); // dark enough for text on white
const QColor kAmberFill(0xf2, 0xa9, 0x00);
const QColor kGrey(0x60, 0x60, 0x60);

void paint(QPainter& p, qreal s, DueState state)
{
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF box(1, 1, s - 2, s - 2);
    switch (state) {
    case DueState::Overdue: { // red disc with an exclamation mark
        p.setPen(Qt::NoPen);
        p.setBrush(kRed);
        p.drawEllipse(box);
        p.setPen(QPen(Qt::white, std::max(1.5, s / 8), Qt::SolidLine, Qt::RoundCap));
        const qreal cx = box.center().x();
        p.drawLine(QPointF(cx, box.top() + s * 0.22), QPointF(cx, box.top() + s * 0.55));
        p.drawPoint(QPointF(cx, box.top() + s * 0.74));
        break;
    }
    case DueState::Soon: { // amber hourglass
        QPainterPath path;
        const QRectF r = box.adjusted(s * 0.12, 0, -s * 0.12, 0);
        path.moveTo(r.topLeft());
        path.lineTo(r.topRight());
        path.lineTo(r.center());
        path.lineTo(r.bottomRight());
        path.lineTo(r.bottomLeft());
        path.lineTo(r.center());
        path.closeSubpath();
        p.setPen(QPen(kAmber, std::max(1.0, s / 14)));
        p.setBrush(kAmberFill);
        p.drawPath(path);
        break;
    }
    case DueState::Ok: { // clock outline
        p.setPen(QPen(kGrey, std::max(1.0, s / 14)));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5));
        const QPointF c = box.center();
        p.drawLine(c, QPointF(c.x(), box.top() + s * 0.22));
        p.drawLine(c, QPointF(box.left() + s * 0.72, c.y()));
        break;
    }
    case DueState::None: break;
    }
}

} // namespace

QColor DueStyle::colour(DueState s)
{
    switch (s) {
    case DueState::Overdue: return kRed;
    case DueState::Soon: return kAmber;
    default: return {};
    }
}

QIcon DueStyle::icon(DueState s, int size)
{
    if (s == DueState::None)
        return {};
    return GlyphIcon::make(size, [size, s](QPainter& p, int scale) { paint(p, size * scale, s); });
}

QString DueStyle::stateWord(DueState s)
{
    switch (s) {
    case DueState::Overdue: return QCoreApplication::translate("DueStyle", "Overdue"); // Quá hạn
    case DueState::Soon: return QCoreApplication::translate("DueStyle", "Due soon");   // Sắp đến hạn
    case DueState::Ok: return QCoreApplication::translate("DueStyle", "On time");      // Trong hạn
    case DueState::None: break;
    }
    return {};
}

} // namespace soc::ui
