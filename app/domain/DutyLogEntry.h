#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace soc::domain {

// What a line of the duty log (sổ trực, nhật ký vận hành, R-34) records.
enum class DutyEntryKind { Event, Check, MaintenanceBefore, MaintenanceAfter, Call };

QString dutyEntryKindKey(DutyEntryKind k); // event, check, maintenance_before, maintenance_after, call
std::optional<DutyEntryKind> dutyEntryKindFromKey(const QString& key);
QString dutyEntryKindLabel(DutyEntryKind k); // translated
QList<DutyEntryKind> allDutyEntryKinds();

// One line of the duty log: append-only, like the timeline.
struct DutyLogEntry {
    QString id; // UUID
    QString shiftKey;
    qint64 atMs = 0; // when it happened
    QString author;
    DutyEntryKind kind = DutyEntryKind::Event;
    QString text;
    qint64 recordedAtMs = 0;
};

} // namespace soc::domain
