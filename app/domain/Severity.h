#pragma once

#include <QString>
#include <optional>

namespace soc::domain {

// The four severity levels of R-1, ordered so that a larger value is more urgent.
enum class Severity : int { Low = 1, Medium = 2, High = 3, Emergency = 4 };

// Stable machine keys used in the CLI, JSON and the database: low, medium, high, emergency.
QString severityKey(Severity s);
std::optional<Severity> severityFromKey(const QString& key);
// The level word shown to the analyst (translated): Thấp, Trung bình, Cao, Khẩn cấp.
QString severityLabel(Severity s);
// R-1 guidance text for the level, shown wherever an analyst picks a severity.
QString severityGuidance(Severity s);

// Mappings from source scales (documented in the README, "Severity mapping").
// Suricata alert.severity: 1 is the most severe. 1 -> High, 2 -> Medium, 3 and above -> Low.
Severity severityFromSuricata(int suricataSeverity);
// Wazuh rule.level 0-15: 0-6 Low, 7-10 Medium, 11-13 High, 14-15 Emergency.
Severity severityFromWazuh(int wazuhLevel);
// CEF severity 0-10 (or Low/Medium/High/Very-High): 0-3 Low, 4-6 Medium, 7-8 High, 9-10 Emergency.
Severity severityFromCef(int cefSeverity);
std::optional<Severity> severityFromCefWord(const QString& word);

} // namespace soc::domain
