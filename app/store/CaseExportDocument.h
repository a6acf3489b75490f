#pragma once

#include "domain/Evidence.h"
#include "domain/Ticket.h"

#include <QJsonObject>
#include <vector>

namespace soc::store {

class Database;

// The case document inside an export's payload (format: CaseExportFormat.h): the ticket, the
// incident and its seven steps, the timeline, the evidence metadata with custody, the issued-report
// register entries and the incident's form record, as JSON (times ISO 8601 UTC, null when unset).
// Each evidence entry carries "blob_offset": where its file starts in the evidence area that
// follows the document, files in the order of evidence().
class CaseExportDocument {
public:
    static CaseExportDocument collect(Database& db, const domain::Ticket& ticket);

    const QJsonObject& json() const { return m_json; }
    const std::vector<domain::Evidence>& evidence() const { return m_evidence; }
    qint64 evidenceBytes() const { return m_evidenceBytes; }

private:
    QJsonObject m_json;
    std::vector<domain::Evidence> m_evidence;
    qint64 m_evidenceBytes = 0;
};

} // namespace soc::store
