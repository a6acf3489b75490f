#include "store/AgencyLookup.h"

#include "store/Database.h"

namespace soc::store {

AgencyLookup::AgencyLookup(Database& db)
{
    auto st = db.prepare(
        "SELECT n.network, n.kind, a.id, a.name FROM agency_networks n JOIN agencies a ON a.id = n.agency_id "
        "ORDER BY n.network");
    while (st.step()) {
        const int index = static_cast<int>(m_networks.size());
        const QString network = st.text(0);
        if (st.text(1) == u"domain") {
            if (!m_domains.add(network, index))
                continue;
        } else {
            const auto range = domain::IpRange::parse(network);
            if (!range)
                continue;
            m_ranges.add(*range, index);
        }
        m_networks.push_back({network, st.text(2), st.text(3)});
    }
    m_ranges.build();
}

std::optional<AgencyLookup::Match> AgencyLookup::matchOf(int index, const QString& matched) const
{
    if (index < 0)
        return std::nullopt;
    const Network& n = m_networks[static_cast<std::size_t>(index)];
    return Match{n.agencyId, n.agencyName, n.network, matched};
}

std::optional<AgencyLookup::Match> AgencyLookup::byAddress(const QString& ip) const
{
    return matchOf(m_ranges.match(ip), ip.trimmed());
}

std::optional<AgencyLookup::Match> AgencyLookup::byHost(const QString& host) const
{
    return matchOf(m_domains.match(host), host.trimmed());
}

std::optional<AgencyLookup::Match> AgencyLookup::forAlert(const domain::Alert& alert) const
{
    for (const QString& ip : {alert.dstIp, alert.srcIp})
        if (auto m = byAddress(ip))
            return m;
    if (auto m = byHost(alert.host))
        return m;
    return byAddress(alert.host);
}

} // namespace soc::store
