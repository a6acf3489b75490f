#pragma once

#include "domain/ShiftSlot.h"

#include <QJsonObject>
#include <QTimeZone>
#include <optional>
#include <vector>

namespace soc::domain {

// One shift of the pattern: its name, when it starts (minutes after midnight, SOC time) and how
// long it lasts.
struct ShiftDefinition {
    QString name;
    int startMinute = 0;    // 0..1439
    int lengthMinutes = 0;  // > 0
};

// The duty roster's pattern of shifts (R-33, 24/7 duty). The shifts, ordered by start time, tile
// the 24 hours without gap or overlap; only the last may run past midnight. The default is three
// 8-hour shifts: 06–14 "Ca sáng", 14–22 "Ca chiều", 22–06 "Ca đêm". Slots are computed in the SOC
// time zone (domain/SocTimeZone.h) unless another is given (tests).
class ShiftPattern {
public:
    static ShiftPattern defaults();
    // The pattern, sorted by start time, or nothing with a translated reason in `error`.
    static std::optional<ShiftPattern> create(std::vector<ShiftDefinition> shifts, QString* error = nullptr);
    // {"shifts":[{"name":"Ca sáng","start":"06:00","minutes":480},...]}; invalid JSON gives nothing.
    static std::optional<ShiftPattern> fromJson(const QJsonObject& o, QString* error = nullptr);
    QJsonObject toJson() const;

    const std::vector<ShiftDefinition>& shifts() const { return m_shifts; }
    int count() const { return static_cast<int>(m_shifts.size()); }
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

    // The slot that contains the instant `ms`.
    ShiftSlot slotAt(qint64 ms) const;
    // Shift `number` (1-based) starting on `date`; invalid when `number` is out of range.
    ShiftSlot slot(const QDate& date, int number) const;
    std::optional<ShiftSlot> slotForKey(const QString& key) const;
    ShiftSlot next(const ShiftSlot& s) const;
    ShiftSlot previous(const ShiftSlot& s) const;
    // The slots that start on `date`, in order.
    std::vector<ShiftSlot> slotsOn(const QDate& date) const;

private:
    explicit ShiftPattern(std::vector<ShiftDefinition> shifts);
    qint64 startOf(const QDate& date, int index) const;

    std::vector<ShiftDefinition> m_shifts;
    QTimeZone m_zone;
};

} // namespace soc::domain
