#include "TicketCells.h"

#include "AlertTime.h"
#include "DueStyle.h"
#include "DurationText.h"
#include "TicketTableModel.h"

namespace soc::ui {

using domain::DueState;
using domain::Ticket;
using domain::TicketStatus;

QVariant TicketCells::display(const Ticket& t, int column, qint64 now, bool tip)
{
    using M = TicketTableModel;
    switch (column) {
    case M::CodeColumn:
        if (!tip)
            return t.code;
        return tr("%1\nReceived via: %2\nLinked alerts: %3")
            .arg(t.code, domain::intakeChannelLabel(t.channel))
            .arg(t.alertCount);
    case M::SeverityColumn:
        return tip ? domain::severityLabel(t.severity) + QStringLiteral(": ") + domain::severityGuidance(t.severity)
                   : domain::severityLabel(t.severity);
    case M::TitleColumn:
        if (!tip || t.description.isEmpty())
            return t.title;
        return t.title + u'\n' + (t.description.size() > 400 ? t.description.left(400) + u'…' : t.description);
    case M::AgencyColumn: return t.agency;
    case M::AssigneeColumn: return t.assignee.isEmpty() ? tr("Unassigned") : t.assignee; // Chưa giao
    case M::StatusColumn: return domain::ticketStatusLabel(t.status);
    case M::AgeColumn:
        if (!tip)
            return DurationText::span(now - t.createdAtMs);
        return tr("Created %1 by %2").arg(AlertTime::display(t.createdAtMs), t.createdBy); // Tạo lúc %1 bởi %2
    case M::DueColumn: {
        const qint64 deadline = domain::currentDeadline(t);
        if (deadline <= 0)
            return tip ? tr("No deadline: the ticket is resolved or closed.") : QVariant();
        const DueState state = domain::dueState(t, now);
        const QString text = DurationText::countdown(deadline, now);
        if (!tip)
            return text;
        const QString which = t.status == TicketStatus::New ? tr("First action due %1") // Hạn xử lý ban đầu %1
                                                            : tr("Resolution due %1");  // Hạn giải quyết %1
        return DueStyle::stateWord(state) + QStringLiteral(" — ") + which.arg(AlertTime::display(deadline));
    }
    default: return {};
    }
}

} // namespace soc::ui
