#pragma once

#include "domain/Agency.h"
#include "domain/Clock.h"
#include "store/AccessGuard.h"
#include "store/Statement.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace soc::store {

class Database;

// The agency directory (issue 7, R-13): agencies, their focal points and their networks (IP
// ranges and domains). Reading is open to every role; each change needs Action::ManageDirectory
// (refusals audited by AccessGuard) and is one transaction with its audit entry. Lookups of an
// address or host go through store/AgencyLookup.
class AgencyDirectory {
public:
    AgencyDirectory(Database& db, QString actor, const domain::Clock& clock);

    AccessGuard& access() { return m_access; }

    // Sorted by name, each with its networks.
    std::vector<domain::Agency> agencies();
    // By code, else by exact name (case-insensitive).
    std::optional<domain::Agency> agency(const QString& idOrName);
    std::vector<domain::FocalPoint> focalPoints(const QString& agencyId);
    std::optional<domain::FocalPoint> focalPoint(const QString& id);

    // Creates or updates the agency (not its networks). Throws Refused for an invalid code, an empty
    // name or an unknown parent.
    void save(const domain::Agency& agency);
    // Adds or updates the focal point of that name; returns it with its id.
    domain::FocalPoint saveFocalPoint(domain::FocalPoint point);
    // Registers an IP range or domain for the agency; refused when it is invalid or another agency
    // has it. Returns the canonical form stored.
    QString addNetwork(const QString& agencyId, const QString& network);
    void removeNetwork(const QString& network);

    // Canonical text of an IP range or domain and its kind ("ip" or "domain"); empty and a
    // translated reason when it is neither.
    static QString canonicalNetwork(const QString& text, QString* kind, QString* error);

    // The pieces of save() and addNetwork() without their permission check, transaction and audit
    // entry, for the CSV import (which checks once, runs one transaction and audits once).
    // Return true when the row was new.
    bool writeAgency(const domain::Agency& agency);
    bool writeFocalPoint(domain::FocalPoint& point);
    bool writeNetwork(const QString& agencyId, const QString& canonical, const QString& kind);

private:
    // Queues the agency (with its contacts and networks) for the central store.
    void journal(const QString& agencyId);
    void audit(const QString& action, const QString& objectType, const QString& objectId, const QJsonObject& details);
    domain::Agency readAgency(Statement& st);

    Database& m_db;
    QString m_actor;
    const domain::Clock& m_clock;
    AccessGuard m_access;
};

} // namespace soc::store
