#pragma once

#include <QStringList>

namespace soc::domain {

// The analyst's backup schedule: one or two destinations (separate devices or sites), the
// time of day in SOC time when the daily backup is due, and how many verified backups to keep per
// destination. Kept in the case database's meta table.
struct BackupSettings {
    static constexpr int kMaxDestinations = 2;
    static constexpr int kDefaultKeep = 14;
    static constexpr int kDefaultMinuteOfDay = 2 * 60; // 02:00

    QStringList destinations;              // folders; empty = no scheduled backup
    int minuteOfDay = kDefaultMinuteOfDay; // 0..1439, Asia/Ho_Chi_Minh
    int keep = kDefaultKeep;               // verified backups kept per destination, >= 1

    bool isScheduled() const { return !destinations.isEmpty(); }
    friend bool operator==(const BackupSettings&, const BackupSettings&) = default;
};

} // namespace soc::domain
