#pragma once

#include "domain/Clock.h"
#include "domain/IssuedReport.h"
#include "domain/PeriodStatistics.h"
#include "report/HandoverReport.h"
#include "report/IncidentDossier.h"
#include "report/OfficialDocument.h"

#include <atomic>
#include <functional>
#include <optional>

namespace soc::store {
class Database;
}

namespace soc::report {

// What the analyst asks for: a document, and the incident or the period it is about.
struct ReportRequest {
    domain::ReportKind kind = domain::ReportKind::Incident;
    QString incident;            // ticket id or code: Mẫu 03, Mẫu 04, record, incident report
    domain::ReportPeriod period; // periodic report, Mẫu 05
    QString shiftKey;            // shift handover record: the outgoing shift, "2026-11-21/1"
    int topN = 10;               // periodic report: top signatures and sources

    static bool isAboutIncident(domain::ReportKind k); // Mẫu 03, Mẫu 04, record, incident report
    static bool isAboutPeriod(domain::ReportKind k);   // periodic report, Mẫu 05
    static bool isAboutShift(domain::ReportKind k);    // shift handover record
};

// The data one document prints, read once from the case database. Loading can take a second on a
// year of alerts: the GUI does it on a worker thread with its own connection.
struct ReportSource {
    ReportRequest request;
    std::optional<IncidentDossier> dossier;             // documents about an incident
    std::optional<domain::PeriodStatistics> statistics; // documents about a period
    std::optional<HandoverContent> handover;            // the shift handover record

    // Empty when `cancel` became true. Throws store::DatabaseError: NotFound for an unknown
    // incident or a shift without a prepared handover, Refused for a malformed shift key.
    static std::optional<ReportSource> load(store::Database& db, const ReportRequest& request,
                                            const std::atomic_bool* cancel = nullptr);
    // The document with the issue's number and date. An empty number gives a draft: "Số:    /BC-SOC"
    // left for the clerk and "DỰ THẢO" above the header (NĐ 30/2020).
    OfficialDocument document(const DocumentIssue& issue) const;
};

// Issues a document: the next number of the year, the register entry, the incident's
// timeline event, then `produce` (write the PDF, print) with the numbered document, all in one
// transaction of `db`: when `produce` throws, no number is used and nothing is recorded.
class ReportIssuer {
public:
    struct Issued {
        domain::IssuedReport report;
        OfficialDocument document;
    };
    static Issued issue(store::Database& db, const QString& author, const domain::Clock& clock, const ReportSource& source,
                        const std::function<void(const OfficialDocument&)>& produce = {});
};

} // namespace soc::report
