#include "domain/DutyLogEntry.h"

#include <QCoreApplication>

namespace soc::domain {

QString dutyEntryKindKey(DutyEntryKind k)
{
    switch (k) {
    case DutyEntryKind::Event: return QStringLiteral("event");
    case DutyEntryKind::Check: return QStringLiteral("check");
    case DutyEntryKind::MaintenanceBefore: return QStringLiteral("maintenance_before");
    case DutyEntryKind::MaintenanceAfter: return QStringLiteral("maintenance_after");
    case DutyEntryKind::Call: return QStringLiteral("call");
    }
    return {};
}

std::optional<DutyEntryKind> dutyEntryKindFromKey(const QString& key)
{
    for (DutyEntryKind k : allDutyEntryKinds())
        if (dutyEntryKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString dutyEntryKindLabel(DutyEntryKind k)
{
    switch (k) {
    case DutyEntryKind::Event: return QCoreApplication::translate("DutyLog", "Event");
    case DutyEntryKind::Check: return QCoreApplication::translate("DutyLog", "Check done");
    case DutyEntryKind::MaintenanceBefore: return QCoreApplication::translate("DutyLog", "System state before maintenance");
    case DutyEntryKind::MaintenanceAfter: return QCoreApplication::translate("DutyLog", "System state after maintenance");
    case DutyEntryKind::Call: return QCoreApplication::translate("DutyLog", "Call received");
    }
    return {};
}

QList<DutyEntryKind> allDutyEntryKinds()
{
    return {DutyEntryKind::Event, DutyEntryKind::Check, DutyEntryKind::MaintenanceBefore, DutyEntryKind::MaintenanceAfter,
            DutyEntryKind::Call};
}

} // namespace soc::domain
