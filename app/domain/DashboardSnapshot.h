#pragma once

#include "domain/PeriodStatistics.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>

namespace soc::domain {

// The three eight-hour duty shifts, in Asia/Ho_Chi_Minh: 06-14, 14-22 and 22-06.
enum class DutyShift : int { Morning = 0, Afternoon = 1, Night = 2 };
inline constexpr int kDutyShiftCount = 3;
DutyShift dutyShiftAt(qint64 ms);    // the shift an instant falls in (local time)
QString dutyShiftLabel(DutyShift s); // translated: "Ca sáng (06–14)"…

// Open-ticket ages (now - created): < 4 h, 4-24 h, 1-7 days, > 7 days.
enum class TicketAge : int { UnderFourHours = 0, UnderOneDay = 1, UnderOneWeek = 2, OverOneWeek = 3 };
inline constexpr int kTicketAgeCount = 4;
TicketAge ticketAgeOf(qint64 ageMs);
QString ticketAgeLabel(TicketAge a); // translated

// Everything the dashboard shows, for one reference time. Counts per severity are indexed by
// int(Severity) 1..4 (index 0 unused), like PeriodFigures.
struct DashboardSnapshot {
    struct Hour {
        qint64 startMs = 0; // whole hour (UTC and +07:00 hours coincide)
        std::array<qint64, 5> bySeverity{};
    };
    struct Month {
        QDate first; // first day of the month in Asia/Ho_Chi_Minh
        std::array<qint64, 5> bySeverity{};
    };
    struct ShiftTimes {
        MeanDuration acknowledge; // ticket created -> first move out of "new"
        MeanDuration resolve;     // ticket created -> resolved
    };

    qint64 nowMs = 0;
    // The alert window: the 24 whole hours ending with the current one, [alertsFromMs, alertsToMs).
    qint64 alertsFromMs = 0;
    qint64 alertsToMs = 0;
    std::array<Hour, 24> alertsPerHour{};
    qint64 alertsTotal = 0;
    QList<NamedCount> alertsBySubsystem; // every subsystem, largest first
    QList<SignatureCount> topSignatures; // at most 10, largest first

    std::array<qint64, 5> openTicketsByStatus{};            // index = int(TicketStatus); resolved/closed stay 0
    std::array<qint64, kTicketAgeCount> openTicketsByAge{}; // index = int(TicketAge)

    std::array<Month, 12> incidentsPerMonth{}; // oldest first; the last is the current month

    // Tickets created in the 7 days before now, by the shift they arrived in (that shift owes the
    // first response).
    qint64 shiftsFromMs = 0;
    std::array<ShiftTimes, kDutyShiftCount> shiftTimes{};
};

} // namespace soc::domain
