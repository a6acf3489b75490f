#include "RoleGate.h"

#include "store/Session.h"

#include <QAction>
#include <QWidget>

namespace soc::ui {

RoleGate::RoleGate(const store::Session& session)
    : m_role(session.account().role)
{
}

bool RoleGate::feature(QAction* action, domain::Action what) const
{
    if (allows(what))
        return true;
    action->setVisible(false);
    action->setEnabled(false);
    return false;
}

bool RoleGate::feature(QWidget* widget, domain::Action what) const
{
    if (allows(what))
        return true;
    widget->setVisible(false);
    widget->setEnabled(false);
    return false;
}

bool RoleGate::control(QWidget* widget, domain::Action what) const
{
    if (allows(what))
        return true;
    widget->setEnabled(false);
    widget->setToolTip(why(what));
    return false;
}

QString RoleGate::why(domain::Action what) const
{
    return tr("Your role (%1) may not %2.").arg(domain::roleLabel(m_role), domain::Permissions::actionLabel(what));
}

} // namespace soc::ui
