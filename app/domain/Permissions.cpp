#include "domain/Permissions.h"

#include <QCoreApplication>

namespace soc::domain {
namespace {

// Bits per role, in the order of Role: analyst, shift lead, manager, auditor, administrator.
struct Row {
    Action action;
    const char* key;
    bool analyst, shiftLead, manager, auditor, administrator;
};

// The table. Auditors only read; administrators keep accounts and settings but do not work cases
// (separation of duties, R-27); closing incidents and issuing documents is for the shift lead and
// the manager.
constexpr Row kTable[] = {
    // action                        key                         ana    lead   mgr    aud    adm
    {Action::ViewCases,            "cases.view",               true,  true,  true,  true,  true},
    {Action::TriageAlerts,         "alerts.triage",            true,  true,  true,  false, false},
    {Action::WorkCases,            "cases.work",               true,  true,  true,  false, false},
    {Action::AssignToOthers,       "cases.assign_others",      false, true,  true,  false, false},
    {Action::CloseIncident,        "incident.close",           false, true,  true,  false, false},
    {Action::IssueReport,          "report.issue",             false, true,  true,  false, false},
    {Action::ImportAlerts,         "alerts.import",            true,  true,  true,  false, false},
    {Action::ExportCase,           "case.export",              false, true,  true,  false, false},
    {Action::ChangeServiceLevels,  "settings.service_levels",  false, false, true,  false, true},
    {Action::ChangeReportSettings, "settings.report",          false, false, true,  false, true},
    {Action::ConfigureStation,     "settings.station",         false, false, false, false, true},
    {Action::ManageAccounts,       "accounts.manage",          false, false, false, false, true},
    {Action::ViewAuditLog,         "audit.view",               false, false, false, true,  true},
    {Action::Backup,               "backup.run",               true,  true,  true,  true,  true},
    {Action::ManageRoster,         "shifts.roster",            false, true,  true,  false, true},
    {Action::HandOverShift,        "shifts.handover",          false, true,  true,  false, false},
    {Action::ManageDirectory,      "directory.manage",         false, true,  true,  false, true},
};

const Row& row(Action a)
{
    for (const Row& r : kTable)
        if (r.action == a)
            return r;
    return kTable[0]; // unreachable: every Action has a row (tst_Permissions checks)
}

} // namespace

bool Permissions::allows(Role role, Action action)
{
    const Row& r = row(action);
    switch (role) {
    case Role::Analyst: return r.analyst;
    case Role::ShiftLead: return r.shiftLead;
    case Role::Manager: return r.manager;
    case Role::Auditor: return r.auditor;
    case Role::Administrator: return r.administrator;
    }
    return false;
}

QString Permissions::actionKey(Action action) { return QString::fromLatin1(row(action).key); }

std::optional<Action> Permissions::actionFromKey(const QString& key)
{
    for (const Row& r : kTable)
        if (key == QLatin1StringView(r.key))
            return r.action;
    return std::nullopt;
}

QString Permissions::actionLabel(Action action)
{
    switch (action) {
    case Action::ViewCases: return QCoreApplication::translate("Permissions", "view alerts and cases");
    case Action::TriageAlerts: return QCoreApplication::translate("Permissions", "triage alerts");
    case Action::WorkCases: return QCoreApplication::translate("Permissions", "create and change tickets and incidents");
    case Action::AssignToOthers: return QCoreApplication::translate("Permissions", "assign tickets to someone else");
    case Action::CloseIncident: return QCoreApplication::translate("Permissions", "close an incident");
    case Action::IssueReport: return QCoreApplication::translate("Permissions", "issue official documents");
    case Action::ImportAlerts: return QCoreApplication::translate("Permissions", "import alert files");
    case Action::ExportCase: return QCoreApplication::translate("Permissions", "export a case");
    case Action::ChangeServiceLevels: return QCoreApplication::translate("Permissions", "change the service levels");
    case Action::ChangeReportSettings: return QCoreApplication::translate("Permissions", "change the report settings");
    case Action::ConfigureStation: return QCoreApplication::translate("Permissions", "configure the station");
    case Action::ManageAccounts: return QCoreApplication::translate("Permissions", "manage accounts");
    case Action::ViewAuditLog: return QCoreApplication::translate("Permissions", "view the audit log");
    case Action::Backup: return QCoreApplication::translate("Permissions", "back up the case database");
    case Action::ManageRoster: return QCoreApplication::translate("Permissions", "change the duty roster");
    case Action::HandOverShift: return QCoreApplication::translate("Permissions", "hand over or accept a shift");
    case Action::ManageDirectory: return QCoreApplication::translate("Permissions", "change the agency directory and asset register");
    }
    return {};
}

QString Permissions::refusal(Role role, Action action)
{
    return QCoreApplication::translate("Permissions", "Your role (%1) may not %2. The attempt was recorded in the audit log; "
                                                      "ask someone whose role allows it.")
        .arg(roleLabel(role), actionLabel(action));
}

} // namespace soc::domain
