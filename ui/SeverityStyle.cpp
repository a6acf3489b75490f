#include "SeverityStyle.h"

#include "GlyphIcon.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace soc::ui {

using domain::Severity;

QColor SeverityStyle::fill(Severity s)
{
    switch (s) {
    case Severity::Low: return QColor(0xdc, 0xe8, 0xf5);       // pale blue
    case Severity::Medium: return QColor(0xf7, 0xd9, 0x6b);    // amber
    case Severity::High: return QColor(0xe0, 0x6c, 0x1f);      // orange
    case Severity::Emergency: return QColor(0x9b, 0x11, 0x1e); // dark red
    }
    return Qt::lightGray;
}

QColor SeverityStyle::text(Severity s)
{
    switch (s) {
    case Severity::Low:
    case Severity::Medium: return QColor(0x1a, 0x1a, 0x1a);
    case Severity::High:
    case Severity::Emergency: return Qt::white;
    }
    return Qt::black;
}

QColor SeverityStyle::outline(Severity s) { return fill(s).darker(150); }

void SeverityStyle::paintGlyph(QPainter& p, const QRectF& box, Severity s)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor ink = text(s);
    p.setPen(QPen(ink, 1.2));
    const QRectF r = box.adjusted(1, 1, -1, -1);
    QPainterPath path;
    switch (s) {
    case Severity::Low: // hollow circle
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(1, 1, -1, -1));
        break;
    case Severity::Medium: // filled square
        p.setBrush(ink);
        p.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5));
        break;
    case Severity::High: // filled triangle
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
        p.setBrush(ink);
        p.drawPath(path);
        break;
    case Severity::Emergency: { // diamond with an exclamation mark cut out
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.center().x(), r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
        p.setBrush(ink);
        p.drawPath(path);
        p.setPen(QPen(fill(s), std::max(1.5, r.width() / 7)));
        const qreal cx = r.center().x();
        p.drawLine(QPointF(cx, r.top() + r.height() * 0.25), QPointF(cx, r.top() + r.height() * 0.58));
        p.drawPoint(QPointF(cx, r.top() + r.height() * 0.74));
        break;
    }
    }
    p.restore();
}

int SeverityStyle::chipWidth(Severity s, const QFont& font)
{
    const QFontMetrics fm(font);
    return fm.height() + 4 + fm.horizontalAdvance(domain::severityLabel(s)) + 14;
}

void SeverityStyle::paintChip(QPainter& p, const QRect& cell, Severity s, const QFont& font)
{
    const QFontMetrics fm(font);
    const int h = std::min(cell.height() - 2, fm.height() + 2);
    const int w = std::min(cell.width() - 4, chipWidth(s, font));
    const QRect chip(cell.left() + 3, cell.top() + (cell.height() - h) / 2, w, h);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(outline(s), 1));
    p.setBrush(fill(s));
    p.drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    const int g = h - 6;
    paintGlyph(p, QRectF(chip.left() + 6, chip.top() + 3, g, g), s);
    p.setFont(font);
    p.setPen(text(s));
    const QRect textRect(chip.left() + 6 + g + 4, chip.top(), chip.width() - g - 14, chip.height());
    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(domain::severityLabel(s), Qt::ElideRight, textRect.width()));
    p.restore();
}

QIcon SeverityStyle::icon(Severity s, int size)
{
    return GlyphIcon::make(size, [size, s](QPainter& p, int scale) {
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(outline(s), scale));
        p.setBrush(fill(s));
        const QRectF box(0.5 * scale, 0.5 * scale, size * scale - scale, size * scale - scale);
        p.drawRoundedRect(box, 3.0 * scale, 3.0 * scale);
        paintGlyph(p, box.adjusted(3 * scale, 3 * scale, -3 * scale, -3 * scale), s);
    });
}

QList<Severity> SeverityStyle::allLevels()
{
    return {Severity::Low, Severity::Medium, Severity::High, Severity::Emergency};
}

} // namespace soc::ui
