#pragma once

#include "report/IncidentDossier.h"
#include "report/OfficialDocument.h"

namespace soc::report {

// The full incident report: summary, classification, the seven steps with owners, times and
// notes, the timeline, communications, digital evidence with SHA-256, lessons learned.
class IncidentReport {
public:
    static OfficialDocument build(const IncidentDossier& d, const DocumentIssue& issue);
};

} // namespace soc::report
