#pragma once

#include "domain/Asset.h"
#include "domain/Clock.h"
#include "store/AccessGuard.h"
#include "store/Statement.h"

#include <QJsonObject>
#include <optional>
#include <vector>

class QIODevice;

namespace soc::store {

class Database;

// The endpoint register: name, type, IP, MAC, owning agency, security level and
// criticality of each asset. Reading is open to every role; changes need Action::ManageDirectory
// and are one transaction with their audit entry.
class AssetRegister {
public:
    AssetRegister(Database& db, QString actor, const domain::Clock& clock);

    AccessGuard& access() { return m_access; }

    std::vector<domain::Asset> assets(); // by agency, then name
    std::optional<domain::Asset> asset(const QString& id);
    // Every asset with that address (private addresses repeat across agencies), or that MAC.
    std::vector<domain::Asset> byIp(const QString& ip);
    std::vector<domain::Asset> byMac(const QString& mac);

    // Creates (empty id: a new UUID) or updates the asset; returns it as stored. Refused when a
    // field is invalid (see validate()).
    domain::Asset save(domain::Asset asset);
    void remove(const QString& id);

    // Normalises the IP and MAC in place; returns a translated reason when a field is invalid:
    // empty name, bad IP or MAC, security level outside 0..5, unknown owning agency.
    QString validate(domain::Asset& asset);
    // The insert-or-update of save() without permission check, transaction or audit (CSV import).
    // Returns true when the asset was new.
    bool write(domain::Asset& asset);

    // CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF): id, name, type, ip, mac, agency,
    // security_level, criticality, notes - the columns AssetCsvImport reads back.
    static QStringList csvColumns();
    // Writes every asset; returns how many. Throws DatabaseError(Io) when the file cannot be written.
    int exportCsv(const QString& path);

private:
    domain::Asset read(Statement& st) const;
    std::vector<domain::Asset> query(const char* where, const QString& value);

    Database& m_db;
    QString m_actor;
    const domain::Clock& m_clock;
    AccessGuard m_access;
};

} // namespace soc::store
