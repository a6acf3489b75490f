#pragma once

#include <QString>
#include <optional>

namespace soc::ingest {

enum class AlertFormat { Auto, Suricata, Wazuh, Cef };

QString alertFormatKey(AlertFormat f); // auto, suricata, wazuh, cef
std::optional<AlertFormat> alertFormatFromKey(const QString& key);

} // namespace soc::ingest
