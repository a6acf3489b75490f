#pragma once

#include <QString>
#include <QTimeZone>
#include <optional>

namespace soc::ui {

// alerts are stored in UTC and shown in Asia/Ho_Chi_Minh; the hover text gives UTC and the
// wall-clock time the source itself wrote (with its offset).
class AlertTime {
public:
    static QString display(qint64 utcMs);         // dd/MM/yyyy HH:mm:ss, local (Asia/Ho_Chi_Minh)
    static QString utc(qint64 utcMs);             // yyyy-MM-dd HH:mm:ss.zzz UTC
    static QString sourceWallClock(qint64 utcMs, std::optional<int> offsetSec); // empty without offset
    static QString offsetText(int offsetSec);     // +07:00
    static QString tooltip(qint64 utcMs, std::optional<int> offsetSec);
    static QTimeZone zone();                      // Asia/Ho_Chi_Minh (UTC+7 without a tz database)
};

} // namespace soc::ui
