#pragma once

#include "domain/Ticket.h"

#include <QColor>
#include <QIcon>

namespace soc::ui {

// How a ticket's deadline looks in the queue: overdue in red with a filled disc and "!", due soon
// (within 25% of the service level) in amber with an hourglass, on time with a plain clock — text
// and shape as well as colour, so the state reads without colour too.
class DueStyle {
public:
    static QColor colour(domain::DueState s);             // invalid for None/Ok: the palette's text colour
    static QIcon icon(domain::DueState s, int size = 16); // null for None
    static QString stateWord(domain::DueState s);         // "Overdue", "Due soon", "On time"
};

} // namespace soc::ui
