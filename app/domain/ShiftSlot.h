#pragma once

#include <QDate>
#include <QString>

namespace soc::domain {

// One occurrence of a shift of the pattern: the shift `number` (1 = the first of the day) that
// starts on `date` (SOC time). The 22–06 shift that is on at 03:00 on 1 December started on
// 30 November, so its date is 30 November.
struct ShiftSlot {
    QDate date;
    int number = 0; // 1-based position in the pattern; 0 = no slot
    QString name;   // "Ca đêm"
    qint64 startMs = 0;
    qint64 endMs = 0; // exclusive: the next slot's start

    bool isValid() const { return number > 0 && date.isValid(); }
    bool contains(qint64 ms) const { return ms >= startMs && ms < endMs; }
    // "2026-11-30/3": the date the shift starts and its number; stable, stored in the roster.
    QString key() const;
    // Splits a key into its date and number; false when it is not one.
    static bool parseKey(const QString& key, QDate* date, int* number);
};

} // namespace soc::domain
