#include "domain/Account.h"

#include <QCoreApplication>

namespace soc::domain {

QString roleKey(Role r)
{
    switch (r) {
    case Role::Analyst: return QStringLiteral("analyst");
    case Role::ShiftLead: return QStringLiteral("shift_lead");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Auditor: return QStringLiteral("auditor");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return QStringLiteral("analyst");
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role r : {Role::Analyst, Role::ShiftLead, Role::Manager, Role::Auditor, Role::Administrator})
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

QString roleLabel(Role r)
{
    switch (r) {
    case Role::Analyst: return QCoreApplication::translate("Role", "Duty analyst");
    case Role::ShiftLead: return QCoreApplication::translate("Role", "Shift lead");
    case Role::Manager: return QCoreApplication::translate("Role", "Manager");
    case Role::Auditor: return QCoreApplication::translate("Role", "Auditor");
    case Role::Administrator: return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

} // namespace soc::domain
