#pragma once

#include "domain/Alert.h"
#include "domain/DomainMatcher.h"
#include "domain/IpRangeMatcher.h"

#include <QString>
#include <optional>
#include <vector>

namespace soc::store {

class Database;

// Which agency an address, a host or an alert belongs to, from the directory's networks. Built
// once from the database (one query) and then answered in memory: make one per connection or per
// snapshot of the screen, and a new one after the directory changed.
class AgencyLookup {
public:
    struct Match {
        QString agencyId;
        QString agencyName;
        QString network; // the registered range or domain that matched
        QString matched; // the address or host that matched it
    };

    explicit AgencyLookup(Database& db);

    // The agency of the most specific range containing `ip` (domain/IpRangeMatcher).
    std::optional<Match> byAddress(const QString& ip) const;
    // The agency of the most specific domain `host` is or is under (domain/DomainMatcher).
    std::optional<Match> byHost(const QString& host) const;
    // The destination address first (what is attacked is what the SOC protects), then the source
    // (a monitored machine reaching out), then the alert's host.
    std::optional<Match> forAlert(const domain::Alert& alert) const;
    bool isEmpty() const { return m_networks.empty(); }

private:
    struct Network {
        QString network;
        QString agencyId;
        QString agencyName;
    };
    std::optional<Match> matchOf(int index, const QString& matched) const;

    std::vector<Network> m_networks;
    domain::IpRangeMatcher m_ranges;
    domain::DomainMatcher m_domains;
};

} // namespace soc::store
