#include "store/StatisticsRepository.h"

#include "store/Database.h"
#include "store/RawScan.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace soc::store {

using domain::PeriodFigures;

namespace {

using namespace scan;

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Agencies and organisations are Vietnamese names: ties in Vietnamese alphabetical order.
QList<domain::NamedCount> rankedByName(const QHash<QString, qint64>& counts)
{
    QList<domain::NamedCount> out;
    out.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::sort(out.begin(), out.end(), [&](const domain::NamedCount& a, const domain::NamedCount& b) {
        if (a.count != b.count)
            return a.count > b.count;
        const int c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return out;
}

domain::MeanDuration meanOf(qint64 sumMs, qint64 samples)
{
    // Rounded to the nearest millisecond; sums stay far below 2^63 (1M samples of a year each).
    return samples ? domain::MeanDuration{(sumMs + samples / 2) / samples, samples} : domain::MeanDuration{};
}

} // namespace

StatisticsRepository::StatisticsRepository(Database& db)
    : m_db(db)
{
}

std::optional<domain::PeriodStatistics> StatisticsRepository::compute(const domain::ReportPeriod& period, int topN,
                                                                      const std::atomic_bool* cancel)
{
    ReadSnapshot snapshot(m_db);
    domain::PeriodStatistics s;
    s.topN = topN;
    auto current = figures(period, topN, cancel);
    if (!current)
        return std::nullopt;
    auto previous = figures(period.previous(), topN, cancel);
    if (!previous)
        return std::nullopt;
    s.current = std::move(*current);
    s.previous = std::move(*previous);
    return s;
}

std::optional<PeriodFigures> StatisticsRepository::figures(const domain::ReportPeriod& period, int topN,
                                                           const std::atomic_bool* cancel)
{
    ReadSnapshot snapshot(m_db);
    PeriodFigures f;
    f.period = period;
    if (cancelled(cancel) || !addAlertFigures(f, topN, cancel))
        return std::nullopt;
    addIncidentFigures(f);
    if (cancelled(cancel))
        return std::nullopt;
    return f;
}

// One pass over the alerts detected in the period computes every alert figure: grouped queries
// would each walk the same million rows again (measured in tests/bench/bench_statistics).
bool StatisticsRepository::addAlertFigures(PeriodFigures& f, int topN, const std::atomic_bool* cancel)
{
    RawQuery scan(m_db, "SELECT severity, subsystem, signature_id, signature, src_ip, status, status_at, detected_at "
                        "FROM alerts WHERE detected_at >= ? AND detected_at < ?");
    scan.bind(1, f.period.fromMs).bind(2, f.period.toMs);
    Counter subsystems, signatures, sources;
    std::string signatureKey;
    qint64 ackSumMs = 0;
    qint64 rows = 0;
    while (scan.step()) {
        if ((++rows & 0xfff) == 0 && cancelled(cancel))
            return false;
        const qint64 severity = scan.int64(0);
        if (severity >= 1 && severity <= 4)
            ++f.alertsBySeverity[static_cast<size_t>(severity)];
        count(subsystems, scan.bytes(1));
        signatureKey.assign(scan.bytes(2));
        signatureKey.push_back(kSeparator);
        signatureKey.append(scan.bytes(3));
        count(signatures, signatureKey);
        if (const std::string_view src = scan.bytes(4); !src.empty())
            count(sources, src);
        // status_at is the latest triage change (the table keeps no history); for most alerts it
        // is the only one, the move out of "new".
        const qint64 statusAt = scan.int64(6);
        if (scan.int64(5) != 0 && f.period.contains(statusAt)) {
            ackSumMs += std::max<qint64>(0, statusAt - scan.int64(7));
            ++f.timeToAcknowledge.samples;
        }
    }
    f.alertsTotal = rows;
    if (!addLateAcknowledgements(f, ackSumMs, cancel))
        return false;
    f.timeToAcknowledge = meanOf(ackSumMs, f.timeToAcknowledge.samples);

    for (const auto& [name, n] : ranked(subsystems, -1, std::less<std::string_view>()))
        f.alertsBySubsystem.append({fromUtf8(name), n});
    const auto signatureTie = [](std::string_view a, std::string_view b) {
        const auto [idA, textA] = splitSignatureKey(a);
        const auto [idB, textB] = splitSignatureKey(b);
        return textA != textB ? textA < textB : idA < idB;
    };
    for (const auto& [key, n] : ranked(signatures, topN, signatureTie)) {
        const auto [id, text] = splitSignatureKey(key);
        f.topSignatures.append({fromUtf8(id), fromUtf8(text), n});
    }
    for (const auto& [ip, n] : ranked(sources, topN, std::less<std::string_view>()))
        f.topSources.append({fromUtf8(ip), n});
    return true;
}

// Alerts detected before the period but triaged in it still count for the time to acknowledge.
bool StatisticsRepository::addLateAcknowledgements(PeriodFigures& f, qint64& sumMs, const std::atomic_bool* cancel)
{
    RawQuery late(m_db, "SELECT detected_at, status_at FROM alerts "
                        "WHERE status IN (1, 2, 3) AND detected_at < ?1 AND status_at >= ?1 AND status_at < ?2");
    late.bind(1, f.period.fromMs).bind(2, f.period.toMs);
    qint64 rows = 0;
    while (late.step()) {
        if ((++rows & 0xfff) == 0 && cancelled(cancel))
            return false;
        sumMs += std::max<qint64>(0, late.int64(1) - late.int64(0));
        ++f.timeToAcknowledge.samples;
    }
    return true;
}

// Incidents count in the period they were detected in. The time to resolve runs from detection
// (when the agency was hurt, not when the SOC declared the incident) to the end of the response:
// the earlier of steps 1-6 settled (cause removed, systems recovered) and the ticket marked
// resolved; step 7 and the formal closing are paperwork a SOC manager does not count as
// resolution time. It covers the incidents resolved in the period, like the time to acknowledge.
void StatisticsRepository::addIncidentFigures(PeriodFigures& f)
{
    auto st = m_db.prepare("SELECT i.severity, i.type, i.owning_agency, i.handling, i.support_requested, "
                           "i.estimated_damage, i.helping_organisations, i.detected_at, i.response_ended_at, "
                           "coalesce(t.resolved_at, 0), i.closed_at "
                           "FROM incidents i LEFT JOIN tickets t ON t.id = i.ticket_id");
    QHash<QString, qint64> agencies;
    QHash<QString, qint64> helpers;
    for (size_t i = 0; i < f.mau05ByType.size(); ++i)
        f.mau05ByType[i].type = static_cast<int>(i) + 1;
    f.mau05Total = {};
    qint64 resolveSumMs = 0;
    qint64 resolved = 0;
    while (st.step()) {
        const qint64 detectedAt = st.int64(7);
        qint64 resolvedAt = 0;
        for (qint64 at : {st.int64(8), st.int64(9)})
            if (at > 0 && (resolvedAt == 0 || at < resolvedAt))
                resolvedAt = at;
        if (resolvedAt == 0)
            resolvedAt = st.int64(10);
        if (resolvedAt > 0 && f.period.contains(resolvedAt)) {
            resolveSumMs += std::max<qint64>(0, resolvedAt - detectedAt);
            ++resolved;
        }
        if (!f.period.contains(detectedAt))
            continue;
        ++f.incidentsTotal;
        const int severity = st.int32(0);
        if (severity >= 1 && severity <= 4)
            ++f.incidentsBySeverity[static_cast<size_t>(severity)];
        ++agencies[st.text(2).normalized(QString::NormalizationForm_C)];
        // A type outside the official list can only come from a damaged record: "other forms".
        const int type = std::clamp(st.int32(1), 1, domain::kIncidentTypeCount);
        for (domain::Mau05Row* row : {&f.mau05ByType[static_cast<size_t>(type - 1)], &f.mau05Total}) {
            ++row->count;
            switch (std::clamp(st.int32(3), 0, 2)) {
            case 0: ++row->handledInHouse; break;
            case 1: ++row->withOtherOrganisations; break;
            default: ++row->withForeignOrganisations; break;
            }
            if (st.int32(4) != 0)
                ++row->supportRequested;
            row->estimatedDamageVnd += std::max<qint64>(0, st.int64(5));
        }
        for (const QString& name : domain::splitOrganisations(st.text(6)))
            ++helpers[name];
    }
    f.incidentsByAgency = rankedByName(agencies);
    f.helpingOrganisations = rankedByName(helpers);
    f.timeToResolve = meanOf(resolveSumMs, resolved);
}

} // namespace soc::store
