#pragma once

#include "domain/ResponseStep.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QRectF;

namespace soc::ui {

// A step's state as a shape and a word, never colour alone: ✓ done, ▶ in progress, ○ not
// started, ↷ skipped.
class StepStateStyle {
public:
    static QColor colour(domain::StepState s);
    static void paintGlyph(QPainter& p, const QRectF& box, domain::StepState s);
    static QIcon icon(domain::StepState s, int size = 16);
};

} // namespace soc::ui
