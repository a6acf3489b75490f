#pragma once

#include "domain/PeriodStatistics.h"
#include "report/IncidentDossier.h"
#include "report/OfficialDocument.h"

namespace soc::report {

// TT 20/2017 Mẫu 05: the 6-month or yearly summary of the incidents received and handled, sent to
// the national coordinator. Printed under the issuing body's NĐ 30 header with the national motto:
// the period, then 1. the reporting organisation, 2. the incidents by official type and how
// they were handled, 3. the organisations that helped; signed by the legal representative. The
// form's recommendations have no source in the case database and are left for the signer to add.
class Mau05Form {
public:
    static OfficialDocument build(const domain::PeriodStatistics& s, const DocumentIssue& issue);
};

} // namespace soc::report
