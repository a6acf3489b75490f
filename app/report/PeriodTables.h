#pragma once

#include "domain/PeriodStatistics.h"
#include "report/OfficialDocument.h"

#include <array>

namespace soc::report {

// The tables and charts the periodic report and Mẫu 05 share. Lists that may be empty are
// written as a sentence rather than an empty table.
class PeriodTables {
public:
    using BySeverity = std::array<qint64, 5>; // index = int(Severity) 1..4

    // Mẫu 05 (TT 20/2017): the ten official incident types and the total.
    static DocumentBlock mau05(const domain::PeriodFigures& f);
    // The organisations that helped handle incidents, or a sentence saying none did.
    static DocumentBlock helpingOrganisations(const domain::PeriodFigures& f);
    // Counts per severity in the previous and the current period, their change, and the total.
    static DocumentBlock severityComparison(const BySeverity& current, const BySeverity& previous,
                                            const domain::PeriodStatistics& s);
    // The same as a stacked bar per period.
    static DocumentBlock severityChart(const QString& title, const BySeverity& current, const BySeverity& previous,
                                       const domain::PeriodStatistics& s);
    // Named counts, largest first, with each one's share of `total`: subsystems, owning agencies.
    static DocumentBlock ranked(const QString& nameColumn, const QString& countColumn,
                                const QList<domain::NamedCount>& counts, qint64 total);
    // The periods' labels as two columns or chart categories: previous, then current.
    static QStringList periodLabels(const domain::PeriodStatistics& s);
};

} // namespace soc::report
