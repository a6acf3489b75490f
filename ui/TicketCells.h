#pragma once

#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QVariant>

namespace soc::ui {

// The words in the queue's cells and their hover texts: readable code with the intake channel,
// level word with its R-1 definition, age and countdown in words, which deadline applies.
class TicketCells {
    Q_DECLARE_TR_FUNCTIONS(TicketCells)
public:
    static QVariant display(const domain::Ticket& t, int column, qint64 nowMs, bool tooltip);
};

} // namespace soc::ui
