#pragma once

#include "domain/Severity.h"

#include <QList>
#include <QString>
#include <optional>

namespace soc::domain {

// new -> in progress -> waiting for agency -> resolved -> closed; reopening needs a reason.
enum class TicketStatus : int { New = 0, InProgress = 1, WaitingAgency = 2, Resolved = 3, Closed = 4 };

// How the report reached the SOC: monitoring (from alerts) or an agency's official channel.
enum class IntakeChannel : int { Monitoring = 0, Phone = 1, OfficialEmail = 2, Document = 3, Fax = 4 };

QString ticketStatusKey(TicketStatus s); // new, in_progress, waiting_agency, resolved, closed
std::optional<TicketStatus> ticketStatusFromKey(const QString& key);
QString ticketStatusLabel(TicketStatus s); // translated
QList<TicketStatus> allTicketStatuses();

QString intakeChannelKey(IntakeChannel c); // monitoring, phone, official_email, document, fax
std::optional<IntakeChannel> intakeChannelFromKey(const QString& key);
QString intakeChannelLabel(IntakeChannel c);

// Whether `from` -> `to` is allowed, and whether it needs a reason (reopening: resolved or closed
// back to in progress).
bool ticketTransitionAllowed(TicketStatus from, TicketStatus to);
bool ticketTransitionNeedsReason(TicketStatus from, TicketStatus to);
bool isOpen(TicketStatus s); // not resolved and not closed

struct Ticket {
    QString id;   // UUID
    QString code; // SOC-2026-000123, unique per workspace and year
    QString title;
    QString description;
    Severity severity = Severity::Medium;
    TicketStatus status = TicketStatus::New;
    QString assignee; // username; empty = unassigned
    QString agency;   // reporting agency / unit
    IntakeChannel channel = IntakeChannel::Monitoring;
    QString createdBy;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 acknowledgeDueMs = 0; // service level: first action by
    qint64 resolveDueMs = 0;     // service level: resolved by
    qint64 acknowledgedAtMs = 0; // first move out of "new"
    qint64 resolvedAtMs = 0;
    qint64 closedAtMs = 0;
    bool isIncident = false;
    int alertCount = 0; // linked alerts
};

// Due state for highlighting: overdue (red), soon due (amber: within 25% of the service level).
enum class DueState { None, Ok, Soon, Overdue };
DueState dueState(const Ticket& t, qint64 nowMs);
// The deadline that matters now: acknowledge while new, resolve while open, none when done.
qint64 currentDeadline(const Ticket& t);

} // namespace soc::domain
