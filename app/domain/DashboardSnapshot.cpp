#include "domain/DashboardSnapshot.h"

#include "domain/SocTimeZone.h"

#include <QCoreApplication>
#include <QDateTime>

namespace soc::domain {

namespace {
constexpr qint64 kHourMs = 3'600'000;
}

DutyShift dutyShiftAt(qint64 ms)
{
    const int hour = QDateTime::fromMSecsSinceEpoch(ms, socTimeZone()).time().hour();
    if (hour >= 6 && hour < 14)
        return DutyShift::Morning;
    if (hour >= 14 && hour < 22)
        return DutyShift::Afternoon;
    return DutyShift::Night;
}

QString dutyShiftLabel(DutyShift s)
{
    switch (s) {
    case DutyShift::Morning: return QCoreApplication::translate("DutyShift", "Morning (06–14)");
    case DutyShift::Afternoon: return QCoreApplication::translate("DutyShift", "Afternoon (14–22)");
    case DutyShift::Night: return QCoreApplication::translate("DutyShift", "Night (22–06)");
    }
    return {};
}

TicketAge ticketAgeOf(qint64 ageMs)
{
    if (ageMs < 4 * kHourMs)
        return TicketAge::UnderFourHours;
    if (ageMs < 24 * kHourMs)
        return TicketAge::UnderOneDay;
    if (ageMs < 7 * 24 * kHourMs)
        return TicketAge::UnderOneWeek;
    return TicketAge::OverOneWeek;
}

QString ticketAgeLabel(TicketAge a)
{
    switch (a) {
    // No leading '<': chart labels are rich text, where it would start a tag and vanish.
    case TicketAge::UnderFourHours: return QCoreApplication::translate("TicketAge", "0–4 h");
    case TicketAge::UnderOneDay: return QCoreApplication::translate("TicketAge", "4–24 h");
    case TicketAge::UnderOneWeek: return QCoreApplication::translate("TicketAge", "1–7 d");
    case TicketAge::OverOneWeek: return QCoreApplication::translate("TicketAge", "> 7 d");
    }
    return {};
}

} // namespace soc::domain
