#pragma once

#include "domain/Severity.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QRect;
class QRectF;

namespace soc::ui {

// How a severity looks everywhere (table chip, filter toggles, status bar counts): a fill colour
// whose lightness rises with urgency (so a grayscale printout still orders them), a distinct shape
// per level (circle, square, triangle, diamond) for colour-blind analysts, and the level word.
class SeverityStyle {
public:
    static QColor fill(domain::Severity s);
    static QColor text(domain::Severity s);
    static QColor outline(domain::Severity s);
    // The level's shape, drawn inside `box`.
    static void paintGlyph(QPainter& p, const QRectF& box, domain::Severity s);
    // The full chip: rounded rectangle, glyph and the translated level word.
    static void paintChip(QPainter& p, const QRect& cell, domain::Severity s, const QFont& font);
    // Width the chip needs for the current language.
    static int chipWidth(domain::Severity s, const QFont& font);
    // A small icon of the glyph on the chip colour, for buttons.
    static QIcon icon(domain::Severity s, int size = 16);
    static QList<domain::Severity> allLevels(); // Low .. Emergency
};

} // namespace soc::ui
