#pragma once

#include "domain/Alert.h"

#include <QString>
#include <vector>

namespace soc::ui {

// Sorts the alerts CaseService::suggestRelatedAlerts found around an anchor alert into the groups
// the analyst confirms one by one: same signature and source (the same attack repeating), same
// host, same destination. An alert goes to the first group it fits; alerts already chosen are left
// out, and so is the anchor itself.
struct RelatedAlertGroups {
    enum class Kind { SignatureAndSource, Host, Destination };
    struct Group {
        Kind kind;
        std::vector<domain::Alert> alerts;
    };
    std::vector<Group> groups; // in Kind order, empty groups left out

    static RelatedAlertGroups of(const domain::Alert& anchor, const std::vector<domain::Alert>& related,
                                 const std::vector<qint64>& alreadyChosen);
    static QString kindKey(Kind k); // signature_source, host, destination
    const Group* group(Kind k) const;
};

} // namespace soc::ui
