#pragma once

#include "report/IncidentDossier.h"
#include "report/OfficialDocument.h"

namespace soc::report {

// TT 20/2017/TT-BTTTT Mẫu 04, the closing report; refers to the Mẫu 03 it follows (number and
// date). Printed under the issuing body's NĐ 30 header, like Mẫu 03 (see Mau03Form).
class Mau04Form {
public:
    static OfficialDocument build(const IncidentDossier& d, const DocumentIssue& issue);
};

} // namespace soc::report
