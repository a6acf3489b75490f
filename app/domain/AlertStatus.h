#pragma once

#include <QString>
#include <optional>

namespace soc::domain {

// Triage state of an alert. Closing as a false positive requires a reason.
enum class AlertStatus : int { New = 0, Acknowledged = 1, FalsePositive = 2, Benign = 3 };

QString alertStatusKey(AlertStatus s); // new, acknowledged, false_positive, benign
std::optional<AlertStatus> alertStatusFromKey(const QString& key);
QString alertStatusLabel(AlertStatus s); // translated: Mới, Đã xác nhận, Cảnh báo nhầm, Vô hại
bool alertStatusNeedsReason(AlertStatus s);

} // namespace soc::domain
