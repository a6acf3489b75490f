#include "store/DashboardQueries.h"

#include "domain/SocTimeZone.h"
#include "domain/Ticket.h"
#include "store/Database.h"
#include "store/RawScan.h"

#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace soc::store {

using domain::DashboardSnapshot;

namespace {

using namespace scan;

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kTopSignatures = 10;

domain::MeanDuration meanOf(qint64 sumMs, qint64 samples)
{
    return samples ? domain::MeanDuration{(sumMs + samples / 2) / samples, samples} : domain::MeanDuration{};
}

int monthNumber(QDate d)
{
    return d.year() * 12 + d.month() - 1;
}

} // namespace

DashboardQueries::DashboardQueries(Database& db)
    : m_db(db)
{
}

const char* DashboardQueries::alertWindowSql()
{
    // INDEXED BY: the window is a small slice of a large table; a plan without the time index
    // would walk every alert (fails loudly instead if the index ever disappears).
    return "SELECT severity, detected_at, subsystem, signature_id, signature FROM alerts INDEXED BY alerts_time "
           "WHERE detected_at >= ? AND detected_at < ?";
}

DashboardSnapshot DashboardQueries::load(qint64 nowMs)
{
    ReadSnapshot snapshot(m_db);
    DashboardSnapshot s;
    s.nowMs = nowMs;
    addAlerts(s);
    addOpenTickets(s);
    addIncidents(s);
    addShiftTimes(s);
    return s;
}

// One pass over the window computes every alert figure (as StatisticsRepository does for reports).
void DashboardQueries::addAlerts(DashboardSnapshot& s)
{
    // Asia/Ho_Chi_Minh is a whole number of hours from UTC: UTC hours are local hours.
    const qint64 currentHour = s.nowMs - ((s.nowMs % kHourMs) + kHourMs) % kHourMs;
    s.alertsFromMs = currentHour - 23 * kHourMs;
    s.alertsToMs = currentHour + kHourMs;
    for (size_t i = 0; i < s.alertsPerHour.size(); ++i)
        s.alertsPerHour[i].startMs = s.alertsFromMs + static_cast<qint64>(i) * kHourMs;

    RawQuery scan(m_db, alertWindowSql());
    scan.bind(1, s.alertsFromMs).bind(2, s.alertsToMs);
    Counter subsystems, signatures;
    std::string signatureKey;
    while (scan.step()) {
        ++s.alertsTotal;
        const qint64 severity = scan.int64(0);
        const qint64 hour = (scan.int64(1) - s.alertsFromMs) / kHourMs;
        if (severity >= 1 && severity <= 4 && hour >= 0 && hour < 24)
            ++s.alertsPerHour[static_cast<size_t>(hour)].bySeverity[static_cast<size_t>(severity)];
        count(subsystems, scan.bytes(2));
        signatureKey.assign(scan.bytes(3));
        signatureKey.push_back(kSeparator);
        signatureKey.append(scan.bytes(4));
        count(signatures, signatureKey);
    }
    for (const auto& [name, n] : ranked(subsystems, -1, std::less<std::string_view>()))
        s.alertsBySubsystem.append({fromUtf8(name), n});
    const auto signatureTie = [](std::string_view a, std::string_view b) {
        const auto [idA, textA] = splitSignatureKey(a);
        const auto [idB, textB] = splitSignatureKey(b);
        return textA != textB ? textA < textB : idA < idB;
    };
    for (const auto& [key, n] : ranked(signatures, kTopSignatures, signatureTie)) {
        const auto [id, text] = splitSignatureKey(key);
        s.topSignatures.append({fromUtf8(id), fromUtf8(text), n});
    }
}

void DashboardQueries::addOpenTickets(DashboardSnapshot& s)
{
    using domain::TicketStatus;
    auto st = m_db.prepare("SELECT status, created_at FROM tickets WHERE status IN (?, ?, ?)");
    st.bind(1, static_cast<int>(TicketStatus::New))
        .bind(2, static_cast<int>(TicketStatus::InProgress))
        .bind(3, static_cast<int>(TicketStatus::WaitingAgency));
    while (st.step()) {
        const int status = st.int32(0);
        if (status >= 0 && status < static_cast<int>(s.openTicketsByStatus.size()))
            ++s.openTicketsByStatus[static_cast<size_t>(status)];
        ++s.openTicketsByAge[static_cast<size_t>(domain::ticketAgeOf(s.nowMs - st.int64(1)))];
    }
}

// Incidents count in the month (Asia/Ho_Chi_Minh) they were detected in, like the periodic report.
void DashboardQueries::addIncidents(DashboardSnapshot& s)
{
    const QTimeZone& zone = domain::socTimeZone();
    const QDate today = QDateTime::fromMSecsSinceEpoch(s.nowMs, zone).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate firstMonth = thisMonth.addMonths(-11);
    for (int i = 0; i < 12; ++i)
        s.incidentsPerMonth[static_cast<size_t>(i)].first = firstMonth.addMonths(i);
    const qint64 from = QDateTime(firstMonth, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(thisMonth.addMonths(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    auto st = m_db.prepare("SELECT severity, detected_at FROM incidents WHERE detected_at >= ? AND detected_at < ?");
    st.bind(1, from).bind(2, to);
    const int first = monthNumber(firstMonth);
    while (st.step()) {
        const int severity = st.int32(0);
        const int month = monthNumber(QDateTime::fromMSecsSinceEpoch(st.int64(1), zone).date()) - first;
        if (severity >= 1 && severity <= 4 && month >= 0 && month < 12)
            ++s.incidentsPerMonth[static_cast<size_t>(month)].bySeverity[static_cast<size_t>(severity)];
    }
}

// Tickets created in the last 7 days, by the shift they arrived in: how fast each shift takes up
// and settles what reaches it.
void DashboardQueries::addShiftTimes(DashboardSnapshot& s)
{
    s.shiftsFromMs = s.nowMs - 7 * kDayMs;
    auto st = m_db.prepare("SELECT created_at, acknowledged_at, resolved_at FROM tickets "
                           "WHERE created_at >= ? AND created_at < ?");
    st.bind(1, s.shiftsFromMs).bind(2, s.nowMs + 1);
    std::array<qint64, domain::kDutyShiftCount> ackSum{}, ackN{}, resolveSum{}, resolveN{};
    while (st.step()) {
        const qint64 created = st.int64(0);
        const auto shift = static_cast<size_t>(domain::dutyShiftAt(created));
        if (const qint64 ack = st.int64(1); ack > 0) {
            ackSum[shift] += std::max<qint64>(0, ack - created);
            ++ackN[shift];
        }
        if (const qint64 resolved = st.int64(2); resolved > 0) {
            resolveSum[shift] += std::max<qint64>(0, resolved - created);
            ++resolveN[shift];
        }
    }
    for (size_t i = 0; i < s.shiftTimes.size(); ++i) {
        s.shiftTimes[i].acknowledge = meanOf(ackSum[i], ackN[i]);
        s.shiftTimes[i].resolve = meanOf(resolveSum[i], resolveN[i]);
    }
}

} // namespace soc::store
