#pragma once

#include "domain/Agency.h"
#include "domain/AgencyRequest.h"
#include "domain/Asset.h"
#include "store/CsvImportReport.h"

#include <QJsonObject>
#include <vector>

namespace soc::cli {

struct CliContext;

// JSON of the directory, the register and the requests for `directory`, `assets` and `request`.
QJsonObject agencyToJson(const domain::Agency& a, const std::vector<domain::FocalPoint>& contacts);
QJsonObject assetToJson(const domain::Asset& a);
QJsonObject requestToJson(const domain::AgencyRequest& r, qint64 nowMs);
// Prints an import's report (JSON, or a summary and one "FILE:LINE: reason" line per skipped row).
// Exit code: 0 when rows were imported (or the file had none), 1 when every row was bad.
int printImportReport(const CliContext& ctx, const store::CsvImportReport& report, const QString& what);

} // namespace soc::cli
