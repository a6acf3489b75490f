#pragma once

#include "domain/Permissions.h"

#include <QCoreApplication>

class QAction;
class QWidget;

namespace soc::store {
class Session;
}

namespace soc::ui {

// The UI's half of the one permission table (domain/Permissions, R-27): what the signed-in role
// may not do is not offered. A whole feature (a menu entry, a key, a button that opens it) is
// hidden; a control that is part of a form stays in place, disabled, its tooltip saying why. The
// core refuses the same actions anyway (store/AccessGuard). Allowed controls are left as they are.
class RoleGate {
    Q_DECLARE_TR_FUNCTIONS(RoleGate)
public:
    explicit RoleGate(domain::Role role)
        : m_role(role)
    {
    }
    explicit RoleGate(const store::Session& session);

    domain::Role role() const { return m_role; }
    bool allows(domain::Action action) const { return domain::Permissions::allows(m_role, action); }
    // Hides the action (and disables it, so its shortcut does nothing) when the role may not.
    // Returns whether the role may.
    bool feature(QAction* action, domain::Action what) const;
    bool feature(QWidget* widget, domain::Action what) const;
    // Disables the form control with a tooltip naming the role when the role may not.
    bool control(QWidget* widget, domain::Action what) const;
    // "Your role (Kiểm toán) may not triage alerts."
    QString why(domain::Action what) const;

private:
    domain::Role m_role;
};

} // namespace soc::ui
