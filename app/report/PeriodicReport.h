#pragma once

#include "domain/PeriodStatistics.h"
#include "report/IncidentDossier.h"
#include "report/OfficialDocument.h"

namespace soc::report {

// The periodic report for any period: alerts and incidents, the Mẫu 05 table, agencies,
// mean times, the comparison with the previous period, charts.
class PeriodicReport {
public:
    static OfficialDocument build(const domain::PeriodStatistics& s, const DocumentIssue& issue);
};

} // namespace soc::report
