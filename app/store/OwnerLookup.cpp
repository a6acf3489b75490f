#include "store/OwnerLookup.h"

#include "domain/IpRange.h"
#include "store/AlertRepository.h"
#include "store/AssetRegister.h"
#include "store/Database.h"
#include "store/TicketRepository.h"

#include <algorithm>

namespace soc::store {

OwnerLookup::OwnerLookup(Database& db)
    : m_db(db)
    , m_agencies(db)
{
    domain::SystemClock clock; // only read, never written
    m_assets = AssetRegister(db, QString(), clock).assets();
    for (int i = 0; i < static_cast<int>(m_assets.size()); ++i) {
        const domain::Asset& a = m_assets[static_cast<std::size_t>(i)];
        if (!a.ip.isEmpty())
            m_byIp.insert(a.ip, i);
        m_byName.insert(a.name.toLower(), i);
    }
    auto st = db.prepare("SELECT id, name FROM agencies");
    while (st.step()) {
        m_agencyNames.insert(st.text(0), static_cast<int>(m_names.size()));
        m_names << st.text(1);
    }
}

std::optional<domain::Asset> OwnerLookup::assetFor(const QString& ip, const QString& agencyId) const
{
    const auto a = domain::IpAddress::parse(ip);
    if (!a)
        return std::nullopt;
    const QList<int> found = m_byIp.values(a->toString());
    if (found.isEmpty())
        return std::nullopt;
    for (int i : found)
        if (m_assets[static_cast<std::size_t>(i)].agencyId == agencyId)
            return m_assets[static_cast<std::size_t>(i)];
    return m_assets[static_cast<std::size_t>(*std::min_element(found.begin(), found.end()))];
}

OwnerLookup::Owner OwnerLookup::forAlert(const domain::Alert& alert) const
{
    Owner o;
    o.agency = m_agencies.forAlert(alert);
    const QString agencyId = o.agency ? o.agency->agencyId : QString();
    for (const QString& ip : {alert.dstIp, alert.srcIp}) {
        if ((o.asset = assetFor(ip, agencyId)))
            break;
    }
    if (!o.asset && !alert.host.isEmpty()) {
        const auto it = m_byName.constFind(alert.host.trimmed().toLower());
        if (it != m_byName.constEnd())
            o.asset = m_assets[static_cast<std::size_t>(it.value())];
    }
    // No network matched (a Wazuh alert names its agent, not an address): the asset's owner.
    if (!o.agency && o.asset && m_agencyNames.contains(o.asset->agencyId))
        o.agency = AgencyLookup::Match{o.asset->agencyId, m_names.at(m_agencyNames.value(o.asset->agencyId)), QString(),
                                       o.asset->name};
    if (o.agency)
        o.agencyName = o.agency->agencyName;
    return o;
}

OwnerLookup::Owner OwnerLookup::forTicket(const QString& ticketIdOrCode)
{
    TicketRepository tickets(m_db);
    auto ticket = tickets.byId(ticketIdOrCode);
    if (!ticket)
        ticket = tickets.byCode(ticketIdOrCode);
    if (!ticket)
        return {};
    AlertRepository alerts(m_db);
    Owner first;
    for (qint64 id : tickets.linkedAlertIds(ticket->id)) {
        const auto alert = alerts.byId(id);
        if (!alert)
            continue;
        Owner o = forAlert(*alert);
        if (o.asset)
            return o;
        if (o.agency && !first.agency)
            first = o;
    }
    if (first.agency || ticket->agency.trimmed().isEmpty())
        return first;
    auto st = m_db.prepare("SELECT id, name FROM agencies WHERE id = ?1 OR lower(name) = lower(?1) LIMIT 1");
    st.bind(1, ticket->agency.trimmed());
    if (st.step()) {
        first.agency = AgencyLookup::Match{st.text(0), st.text(1), QString(), ticket->agency};
        first.agencyName = st.text(1);
    }
    return first;
}

OwnerLookup::AffectedSystem OwnerLookup::affectedSystem(const QString& ticketIdOrCode)
{
    const Owner o = forTicket(ticketIdOrCode);
    AffectedSystem s;
    s.owningAgency = o.agencyName;
    if (!o.asset)
        return s;
    QStringList what;
    if (!o.asset->type.isEmpty())
        what << o.asset->type;
    if (!o.asset->ip.isEmpty())
        what << o.asset->ip;
    s.system =
        what.isEmpty() ? o.asset->name : QStringLiteral("%1 (%2)").arg(o.asset->name, what.join(QStringLiteral(", ")));
    s.systemLevel = o.asset->securityLevel;
    return s;
}

} // namespace soc::store
