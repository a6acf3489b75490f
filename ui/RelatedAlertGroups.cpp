#include "RelatedAlertGroups.h"

#include <algorithm>
#include <unordered_set>

namespace soc::ui {

RelatedAlertGroups RelatedAlertGroups::of(const domain::Alert& anchor, const std::vector<domain::Alert>& related,
                                          const std::vector<qint64>& alreadyChosen)
{
    const std::unordered_set<qint64> skip(alreadyChosen.begin(), alreadyChosen.end());
    std::vector<Group> groups{{Kind::SignatureAndSource, {}}, {Kind::Host, {}}, {Kind::Destination, {}}};
    for (const domain::Alert& a : related) {
        if (a.id == anchor.id || skip.count(a.id))
            continue;
        const bool sameSignature
            = anchor.signatureId.isEmpty() ? a.signature == anchor.signature : a.signatureId == anchor.signatureId;
        if (sameSignature && a.srcIp == anchor.srcIp)
            groups[0].alerts.push_back(a);
        else if (!anchor.host.isEmpty() && a.host == anchor.host)
            groups[1].alerts.push_back(a);
        else if (!anchor.dstIp.isEmpty() && a.dstIp == anchor.dstIp)
            groups[2].alerts.push_back(a);
    }
    RelatedAlertGroups result;
    for (Group& g : groups) {
        if (g.alerts.empty())
            continue;
        std::sort(g.alerts.begin(), g.alerts.end(),
                  [](const domain::Alert& x, const domain::Alert& y) { return x.detectedAtMs < y.detectedAtMs; });
        result.groups.push_back(std::move(g));
    }
    return result;
}

QString RelatedAlertGroups::kindKey(Kind k)
{
    switch (k) {
    case Kind::SignatureAndSource: return QStringLiteral("signature_source");
    case Kind::Host: return QStringLiteral("host");
    case Kind::Destination: return QStringLiteral("destination");
    }
    return {};
}

const RelatedAlertGroups::Group* RelatedAlertGroups::group(Kind k) const
{
    for (const Group& g : groups)
        if (g.kind == k)
            return &g;
    return nullptr;
}

} // namespace soc::ui
