#pragma once

#include "domain/Evidence.h"
#include "domain/Incident.h"
#include "domain/ResponseStep.h"
#include "domain/Ticket.h"
#include "domain/TimelineEvent.h"

#include <QJsonObject>

namespace soc::cli {

// JSON forms of case work printed by `socstation case ... --json` (CLI contract: add, never rename).
// Times are ISO 8601 UTC strings; 0 becomes null.
QJsonObject ticketToJson(const domain::Ticket& t, qint64 nowMs);
QJsonObject incidentToJson(const domain::Incident& i);
QJsonObject stepToJson(const domain::ResponseStep& s);
QJsonObject eventToJson(const domain::TimelineEvent& e);
QJsonObject evidenceToJson(const domain::Evidence& e);

} // namespace soc::cli
