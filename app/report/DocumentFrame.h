#pragma once

#include "report/IncidentDossier.h"
#include "report/OfficialDocument.h"

namespace soc::report {

// The parts every document takes from the settings and its issue: header, recipients,
// distribution and the signer. Each form then adds its title and body.
class DocumentFrame {
public:
    static OfficialDocument from(const DocumentIssue& issue);
    // The opening of a TT 20/2017 form (Mẫu 03, 04): its label, title, the incident as subject, the
    // legal representative's signature, and item 1, the reporting organisation under `heading`.
    static OfficialDocument incidentForm(const IncidentDossier& d, const DocumentIssue& issue, const QString& formLabel,
                                         const QString& title, const QString& heading);
    static SignatureBlock signer(const domain::ReportSettings& s);
    // Fields that every incident document shares.
    static QString operatingUnit(const IncidentDossier& d); // (*) of Mẫu 03/04 item 3
    static QString systemName(const IncidentDossier& d);
    static QString securityLevelBoxes(int level);            // ☐1 ☐2 ☒3 ☐4 ☐5
};

} // namespace soc::report
