#pragma once

#include <QString>
#include <optional>

namespace soc::domain {

// Roles of the duty station (permissions come with the accounts issue; R-27 least privilege).
enum class Role { Analyst, ShiftLead, Manager, Auditor, Administrator };

QString roleKey(Role r); // analyst, shift_lead, manager, auditor, administrator
std::optional<Role> roleFromKey(const QString& key);
QString roleLabel(Role r); // translated: Trực ca, Trưởng ca, Lãnh đạo, Kiểm toán, Quản trị

struct Account {
    QString id; // UUID
    QString username;
    QString displayName;
    Role role = Role::Analyst;
    qint64 createdAtMs = 0;
    qint64 passwordChangedAtMs = 0;
    qint64 lastLoginAtMs = 0;
    bool mustChangePassword = false;
    QString status = QStringLiteral("active");
    qint64 expiresAtMs = 0;     // end of the account's validity; 0 = none
    qint64 reactivatedAtMs = 0; // last time an administrator unlocked or reactivated it
};

} // namespace soc::domain
