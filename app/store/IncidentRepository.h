#pragma once

#include "domain/Incident.h"
#include "domain/ResponseStep.h"

#include <array>
#include <optional>

namespace soc::store {

class Database;

// Incident details and the seven steps of each incident (rows written inside the caller's transaction).
class IncidentRepository {
public:
    explicit IncidentRepository(Database& db);
    void insert(const domain::Incident& i); // also creates the seven steps, not started
    void update(const domain::Incident& i);
    std::optional<domain::Incident> byTicket(const QString& ticketId);
    std::array<domain::ResponseStep, domain::kStepCount> steps(const QString& ticketId);
    void updateStep(const domain::ResponseStep& s);

private:
    Database& m_db;
};

} // namespace soc::store
