#pragma once

#include "report/IncidentDossier.h"
#include "report/OfficialDocument.h"

namespace soc::report {

// The parts every document takes from the settings and its issue: header, recipients,
// distribution and the signer. Each form then adds its title and body.
class DocumentFrame {
public:
    static OfficialDocument from(const DocumentIssue& issue);
    static SignatureBlock signer(const domain::ReportSettings& s);
    // Fields that every incident document shares.
    static QString operatingUnit(const IncidentDossier& d); // (*) of Mẫu 03/04 item 3
    static QString systemName(const IncidentDossier& d);
    static QString securityLevelBoxes(int level);            // ☐1 ☐2 ☒3 ☐4 ☐5
};

} // namespace soc::report
