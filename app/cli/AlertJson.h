#pragma once

#include "domain/Alert.h"
#include "ingest/AlertImporter.h"

#include <QJsonObject>

namespace soc::cli {

// The JSON forms printed by the CLI. Field names are part of the CLI contract: add, never rename.
QJsonObject alertToJson(const domain::Alert& alert, bool withOriginal);
QJsonObject importStatsToJson(const ingest::ImportStats& stats);

} // namespace soc::cli
