#pragma once

#include "domain/IncidentForm.h"

namespace soc::store {

class Database;

// The per-incident form fields (Mẫu 03/04, closing meeting) as one JSON document.
class IncidentFormRepository {
public:
    explicit IncidentFormRepository(Database& db);
    domain::IncidentForm load(const QString& ticketId); // empty form when none was saved
    void save(const QString& ticketId, const domain::IncidentForm& f, qint64 nowMs); // caller's transaction

private:
    Database& m_db;
};

} // namespace soc::store
