#pragma once

#include "domain/IssuedReport.h"

#include <optional>
#include <vector>

namespace soc::store {

class Database;

// The register of issued documents (number, when, by whom, about which incident or period).
class IssuedReportRepository {
public:
    explicit IssuedReportRepository(Database& db);
    void insert(const domain::IssuedReport& r); // inside the caller's transaction
    std::vector<domain::IssuedReport> forTicket(const QString& ticketId);
    // The most recent document of `kind` about the incident (Mẫu 04 refers to its Mẫu 03).
    std::optional<domain::IssuedReport> latest(const QString& ticketId, domain::ReportKind kind);

private:
    Database& m_db;
};

} // namespace soc::store
