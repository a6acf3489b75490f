#include "domain/Ticket.h"

#include <QCoreApplication>

namespace soc::domain {

QString ticketStatusKey(TicketStatus s)
{
    switch (s) {
    case TicketStatus::New: return QStringLiteral("new");
    case TicketStatus::InProgress: return QStringLiteral("in_progress");
    case TicketStatus::WaitingAgency: return QStringLiteral("waiting_agency");
    case TicketStatus::Resolved: return QStringLiteral("resolved");
    case TicketStatus::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("new");
}

QList<TicketStatus> allTicketStatuses()
{
    return {TicketStatus::New, TicketStatus::InProgress, TicketStatus::WaitingAgency, TicketStatus::Resolved,
            TicketStatus::Closed};
}

std::optional<TicketStatus> ticketStatusFromKey(const QString& key)
{
    for (TicketStatus s : allTicketStatuses())
        if (ticketStatusKey(s) == key.trimmed().toLower())
            return s;
    return std::nullopt;
}

QString ticketStatusLabel(TicketStatus s)
{
    switch (s) {
    case TicketStatus::New: return QCoreApplication::translate("TicketStatus", "New");
    case TicketStatus::InProgress: return QCoreApplication::translate("TicketStatus", "In progress");
    case TicketStatus::WaitingAgency: return QCoreApplication::translate("TicketStatus", "Waiting for agency");
    case TicketStatus::Resolved: return QCoreApplication::translate("TicketStatus", "Resolved");
    case TicketStatus::Closed: return QCoreApplication::translate("TicketStatus", "Closed");
    }
    return {};
}

QString intakeChannelKey(IntakeChannel c)
{
    switch (c) {
    case IntakeChannel::Monitoring: return QStringLiteral("monitoring");
    case IntakeChannel::Phone: return QStringLiteral("phone");
    case IntakeChannel::OfficialEmail: return QStringLiteral("official_email");
    case IntakeChannel::Document: return QStringLiteral("document");
    case IntakeChannel::Fax: return QStringLiteral("fax");
    }
    return QStringLiteral("monitoring");
}

std::optional<IntakeChannel> intakeChannelFromKey(const QString& key)
{
    for (IntakeChannel c : {IntakeChannel::Monitoring, IntakeChannel::Phone, IntakeChannel::OfficialEmail,
                            IntakeChannel::Document, IntakeChannel::Fax})
        if (intakeChannelKey(c) == key.trimmed().toLower())
            return c;
    return std::nullopt;
}

QString intakeChannelLabel(IntakeChannel c)
{
    switch (c) {
    case IntakeChannel::Monitoring: return QCoreApplication::translate("IntakeChannel", "Monitoring (alerts)");
    case IntakeChannel::Phone: return QCoreApplication::translate("IntakeChannel", "Phone");
    case IntakeChannel::OfficialEmail: return QCoreApplication::translate("IntakeChannel", "Official email");
    case IntakeChannel::Document: return QCoreApplication::translate("IntakeChannel", "Written document");
    case IntakeChannel::Fax: return QCoreApplication::translate("IntakeChannel", "Fax");
    }
    return {};
}

bool ticketTransitionAllowed(TicketStatus from, TicketStatus to)
{
    using S = TicketStatus;
    if (from == to)
        return false;
    switch (from) {
    case S::New: return to == S::InProgress || to == S::WaitingAgency || to == S::Resolved || to == S::Closed;
    case S::InProgress: return to == S::WaitingAgency || to == S::Resolved;
    case S::WaitingAgency: return to == S::InProgress || to == S::Resolved;
    case S::Resolved: return to == S::Closed || to == S::InProgress;
    case S::Closed: return to == S::InProgress;
    }
    return false;
}

bool ticketTransitionNeedsReason(TicketStatus from, TicketStatus to)
{
    // Reopening, and closing a ticket nobody worked on (a duplicate or a mistake), need a reason.
    return ((from == TicketStatus::Resolved || from == TicketStatus::Closed) && to == TicketStatus::InProgress)
           || (from == TicketStatus::New && to == TicketStatus::Closed);
}

bool isOpen(TicketStatus s) { return s != TicketStatus::Resolved && s != TicketStatus::Closed; }

qint64 currentDeadline(const Ticket& t)
{
    if (!isOpen(t.status))
        return 0;
    if (t.status == TicketStatus::New && !t.acknowledgedAtMs)
        return t.acknowledgeDueMs;
    return t.resolveDueMs;
}

DueState dueState(const Ticket& t, qint64 nowMs)
{
    const qint64 due = currentDeadline(t);
    if (!due)
        return DueState::None;
    if (nowMs >= due)
        return DueState::Overdue;
    const qint64 start = t.createdAtMs;
    const qint64 span = std::max<qint64>(due - start, 1);
    return (due - nowMs) * 4 <= span ? DueState::Soon : DueState::Ok;
}

} // namespace soc::domain
