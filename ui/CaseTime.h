#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace soc::ui {

// Case work times: stored in UTC, shown to the minute in Asia/Ho_Chi_Minh (dd/MM/yyyy HH:mm,
// 24-hour), UTC and the entered offset on hover.
class CaseTime {
public:
    static const QTimeZone& zone(); // Asia/Ho_Chi_Minh (+07:00 without a tz database)
    static QString display(qint64 utcMs); // dd/MM/yyyy HH:mm; "—" for 0
    static QString displayShort(qint64 utcMs); // dd/MM HH:mm
    static QDateTime local(qint64 utcMs);
    // "Recorded at …", "UTC: …", and the wall clock with the offset it was entered with.
    static QString tooltip(qint64 occurredMs, int offsetSec, qint64 recordedMs);
};

} // namespace soc::ui
