#pragma once

#include "domain/TimelineEvent.h"

#include <QColor>
#include <QIcon>
#include <QList>

class QPainter;
class QRectF;

namespace soc::ui {

// How a timeline kind looks in the list and on the time axis: a colour and a distinct shape per
// kind (so colour-blind analysts and grayscale printouts still tell them apart), plus the word.
class KindStyle {
public:
    static QColor colour(domain::TimelineKind k);
    // The kind's shape inside `box`; `hollow` draws only the outline (superseded events).
    static void paintMarker(QPainter& p, const QRectF& box, domain::TimelineKind k, bool hollow = false);
    static QIcon icon(domain::TimelineKind k, int size = 14);
    static QList<domain::TimelineKind> allKinds(); // in enum order
};

} // namespace soc::ui
