#pragma once

#include "domain/Evidence.h"
#include "domain/Incident.h"
#include "domain/IncidentForm.h"
#include "domain/IssuedReport.h"
#include "domain/ReportSettings.h"
#include "domain/ResponseStep.h"
#include "domain/Ticket.h"
#include "domain/TimelineEvent.h"

#include <array>
#include <optional>
#include <vector>

namespace soc::store {
class Database;
}

namespace soc::report {

// Everything the incident documents print about one incident, read once from the case database.
struct IncidentDossier {
    domain::Ticket ticket;
    domain::Incident incident;
    std::array<domain::ResponseStep, domain::kStepCount> steps{};
    std::vector<domain::TimelineEvent> timeline; // corrected events hidden
    std::vector<domain::Evidence> evidence;
    domain::IncidentForm form;
    std::optional<domain::IssuedReport> initialReport; // the Mẫu 03 this incident was reported with

    // Throws store::DatabaseError(NotFound) when `ticketIdOrCode` is not an incident.
    static IncidentDossier load(store::Database& db, const QString& ticketIdOrCode);
};

// The number and date a document is issued with, and by whom (settings).
struct DocumentIssue {
    domain::ReportSettings settings;
    QString number; // "05/BC-SOC"
    qint64 issuedAtMs = 0;
};

} // namespace soc::report
