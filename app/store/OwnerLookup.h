#pragma once

#include "domain/Alert.h"
#include "domain/Asset.h"
#include "store/AgencyLookup.h"

#include <QHash>
#include <optional>
#include <vector>

namespace soc::store {

class Database;

// Links alerts and tickets to the agency directory and the asset register (issue 7): which agency
// owns what an alert is about, and which registered asset it is. Loads the directory's networks
// and the register once (two queries); make one per connection or screen snapshot and a new one
// after either changed.
class OwnerLookup {
public:
    struct Owner {
        std::optional<AgencyLookup::Match> agency;
        std::optional<domain::Asset> asset;
        QString agencyName; // the match's, else the asset's agency
    };
    // What an incident's "affected system" fields take from the register.
    struct AffectedSystem {
        QString system;       // "Cổng thông tin điện tử (web server, 10.20.1.10)"
        int systemLevel = 0;  // the asset's security level
        QString owningAgency; // the agency's name
    };

    explicit OwnerLookup(Database& db);

    // The agency as AgencyLookup::forAlert; the asset whose IP is the destination, then the source
    // (among assets sharing an address, the one of the matched agency), else whose name is the host;
    // when no network matched, the agency is the asset's owner (Match::network empty).
    Owner forAlert(const domain::Alert& alert) const;
    // The first of the ticket's alerts that resolves; else the agency named on the ticket.
    Owner forTicket(const QString& ticketIdOrCode);
    // From forTicket(): empty `system` when no asset was found.
    AffectedSystem affectedSystem(const QString& ticketIdOrCode);

    const AgencyLookup& agencies() const { return m_agencies; }

private:
    std::optional<domain::Asset> assetFor(const QString& ip, const QString& agencyId) const;

    Database& m_db;
    AgencyLookup m_agencies;
    std::vector<domain::Asset> m_assets;
    QHash<QString, int> m_agencyNames; // agency id -> index in m_names
    QStringList m_names;
    QMultiHash<QString, int> m_byIp; // canonical IP -> index in m_assets
    QHash<QString, int> m_byName;    // lower-case asset name -> index
};

} // namespace soc::store
