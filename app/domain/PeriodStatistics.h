#pragma once

#include "domain/Incident.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace soc::domain {

// the periods of the periodic reports. Calendar periods are taken in Asia/Ho_Chi_Minh (+07:00).
enum class PeriodPreset : int { Monthly = 0, Quarterly = 1, HalfYear = 2, Yearly = 3, Custom = 4 };

QString periodPresetKey(PeriodPreset p); // monthly, quarterly, half_year, yearly, custom
std::optional<PeriodPreset> periodPresetFromKey(const QString& key);
QString periodPresetLabel(PeriodPreset p); // translated: Tháng, Quý, 6 tháng, Năm, Tùy chọn

// A report period [fromMs, toMs) in UTC epoch milliseconds.
struct ReportPeriod {
    PeriodPreset preset = PeriodPreset::Custom;
    qint64 fromMs = 0; // inclusive
    qint64 toMs = 0;   // exclusive

    // The calendar month, quarter, half year (January-June, July-December) or year that contains
    // `reference` (a date in Asia/Ho_Chi_Minh). Custom gives the single day `reference`.
    static ReportPeriod containing(PeriodPreset preset, QDate reference);
    // Custom: from the start of `first` to the end of `last` (whole days in Asia/Ho_Chi_Minh).
    static ReportPeriod custom(QDate first, QDate last);
    // The period of equal kind just before this one: the previous month, quarter, half year or
    // year; for a custom period, the same length ending where this one starts.
    ReportPeriod previous() const;
    // First and last day of the period in Asia/Ho_Chi_Minh, for headings ("từ ngày … đến ngày …").
    QDate firstDay() const;
    QDate lastDay() const;
    bool contains(qint64 ms) const { return ms >= fromMs && ms < toMs; }

    friend bool operator==(const ReportPeriod&, const ReportPeriod&) = default;
};

struct NamedCount {
    QString name; // subsystem, owning agency or helping organisation; may be empty (not recorded)
    qint64 count = 0;
};

struct SignatureCount {
    QString signatureId; // may be empty
    QString signature;
    qint64 count = 0;
};

struct SourceCount {
    QString srcIp;
    qint64 count = 0;
};

// One row of the Mẫu 05 table (TT 20/2017): incidents of one official type, or the total.
struct Mau05Row {
    int type = 0; // 1..10 (domain::incidentTypeLabel); 0 = the total row
    qint64 count = 0;
    qint64 handledInHouse = 0;           // handling = 0
    qint64 withOtherOrganisations = 0;   // handling = 1
    qint64 withForeignOrganisations = 0; // handling = 2
    qint64 supportRequested = 0;         // support requested from the national coordinator
    qint64 estimatedDamageVnd = 0;

    friend bool operator==(const Mau05Row&, const Mau05Row&) = default;
};

// A mean duration and how many samples it was taken over (no samples: no mean, show "—").
struct MeanDuration {
    qint64 meanMs = 0;
    qint64 samples = 0;
    bool isValid() const { return samples > 0; }
};

// Every figure of one period. Lists are ordered for printing: largest count first; ties by name
// (Vietnamese collation for agencies and organisations, plain text order otherwise).
struct PeriodFigures {
    ReportPeriod period;

    // Alerts detected in the period.
    qint64 alertsTotal = 0;
    std::array<qint64, 5> alertsBySeverity{}; // index = int(Severity) 1..4; index 0 unused
    QList<NamedCount> alertsBySubsystem;      // every subsystem
    QList<SignatureCount> topSignatures;      // at most topN; grouped by signature id and text
    QList<SourceCount> topSources;            // at most topN; alerts without a source address not counted

    // Incidents detected in the period (incidents.detected_at).
    qint64 incidentsTotal = 0;
    std::array<qint64, 5> incidentsBySeverity{};            // index = int(Severity)
    QList<NamedCount> incidentsByAgency;                    // owning agency; every agency
    std::array<Mau05Row, kIncidentTypeCount> mau05ByType{}; // [i] is type i + 1
    Mau05Row mau05Total;
    QList<NamedCount> helpingOrganisations; // each organisation named, with how many incidents it helped in

    // Mean time to acknowledge: alert detected -> triaged (status left "new"), over the alerts
    // triaged in the period, whenever they were detected.
    MeanDuration timeToAcknowledge;
    // Mean time to resolve: incident detected -> response ended (steps 1-6 done: cause removed,
    // systems recovered), over the incidents resolved in the period. See StatisticsRepository.
    MeanDuration timeToResolve;
};

// What a periodic report and Mẫu 05 print: the period's figures and those of the previous
// period of equal kind, for comparison.
struct PeriodStatistics {
    PeriodFigures current;
    PeriodFigures previous;
    int topN = 10;
};

} // namespace soc::domain
