#pragma once

#include "domain/PeriodStatistics.h"
#include "report/IncidentDossier.h"
#include "report/OfficialDocument.h"

namespace soc::report {

// TT 20/2017 Mẫu 05: the 6-month or yearly summary of incidents to the national coordinator.
class Mau05Form {
public:
    static OfficialDocument build(const domain::PeriodStatistics& s, const DocumentIssue& issue);
};

} // namespace soc::report
