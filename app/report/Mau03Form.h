#pragma once

#include "report/IncidentDossier.h"
#include "report/OfficialDocument.h"

namespace soc::report {

// TT 20/2017/TT-BTTTT Mẫu 03, the initial incident report. The form has no national-motto header
// of its own; we print it under the issuing body's NĐ 30 header (number, motto, place and date)
// on its first page rather than behind a separate cover letter: the number and date are what
// Mẫu 04 item 2 refers back to, and one document is what the analyst sends by e-mail or post.
class Mau03Form {
public:
    static OfficialDocument build(const IncidentDossier& d, const DocumentIssue& issue);
};

} // namespace soc::report
