#pragma once

#include "domain/Evidence.h"

#include <optional>
#include <vector>

namespace soc::store {

class Database;

// Evidence metadata and the append-only custody record (the files themselves: EvidenceVault).
class EvidenceRepository {
public:
    explicit EvidenceRepository(Database& db);
    void insert(const domain::Evidence& e); // inside the caller's transaction
    // Returns the entry's id (a UUID, the same on every station once synced).
    QString appendCustody(const domain::CustodyEntry& c);
    std::optional<domain::Evidence> byId(const QString& id);
    std::vector<domain::Evidence> forTicket(const QString& ticketId);
    std::vector<domain::CustodyEntry> custody(const QString& evidenceId);
    qint64 countForTicket(const QString& ticketId);

private:
    Database& m_db;
};

} // namespace soc::store
