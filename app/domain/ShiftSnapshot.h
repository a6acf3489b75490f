#pragma once

#include "domain/ResponseStep.h"
#include "domain/Severity.h"
#include "domain/Ticket.h"

#include <QJsonObject>
#include <array>
#include <vector>

namespace soc::domain {

// What a shift hands over (bàn giao ca), generated from the case database at one instant: alerts
// not yet triaged by severity, open tickets by status with the overdue ones, open incidents with
// their current step and nearest regulatory deadline, and what falls due in the next shift.
struct ShiftSnapshot {
    struct TicketLine {
        QString id;
        QString code;
        QString title;
        QString assignee;
        Severity severity = Severity::Medium;
        TicketStatus status = TicketStatus::New;
        qint64 deadlineMs = 0;
    };
    // notification (R-11, 5 days after detection, until a Mẫu 03 is issued), mau03_now (beyond the
    // unit's capability), closing_report (Mẫu 04, 5 days after the response ended).
    struct Deadline {
        QString kind;
        qint64 dueMs = 0;
    };
    struct IncidentLine {
        QString id;
        QString code;
        QString title;
        QString assignee;
        Severity severity = Severity::Medium;
        int currentStep = 0; // 1..7; 0 when every step is settled
        StepState stepState = StepState::NotStarted;
        Deadline nearest;    // kind empty: none pending
    };
    struct Task {
        QString id;
        QString code;
        QString title;
        QString assignee;
        QString kind; // ticket_acknowledge, ticket_resolve, or a Deadline kind
        qint64 dueMs = 0;
    };

    qint64 atMs = 0;
    QString shiftKey;     // the outgoing shift
    QString nextShiftKey; // the shift that takes over
    qint64 nextFromMs = 0;
    qint64 nextToMs = 0;
    std::array<qint64, 4> alertsUntriaged{}; // index = severity - 1
    std::array<qint64, 5> ticketsOpen{};     // index = TicketStatus (only open ones are counted)
    std::vector<TicketLine> ticketsOverdue;  // most overdue first
    std::vector<IncidentLine> incidentsOpen; // nearest deadline first
    std::vector<Task> tasksDueNextShift;     // by due time

    // The JSON the CLI prints and the handover keeps: alerts_untriaged {severity: n},
    // tickets_open {status: n}, tickets_overdue [...], incidents_open [...], tasks_due_next_shift [...].
    QJsonObject toJson() const;
};

} // namespace soc::domain
