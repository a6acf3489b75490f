#pragma once

#include "domain/Account.h"

#include <QString>
#include <array>
#include <optional>

namespace soc::domain {

// Everything a role may or may not do (R-27 least privilege, R-28 refuse what is beyond a role).
// This is the one table: the UI hides what a role may not do, the core refuses it anyway
// (DatabaseError Forbidden, audited), and `central migrate` writes the same table to the
// central store, whose functions check it server-side.
enum class Action {
    ViewCases,           // read alerts, tickets, incidents, reports
    TriageAlerts,        // acknowledge, mark false positive, escalate alerts
    WorkCases,           // create and edit tickets and incidents, steps, timeline, evidence
    AssignToOthers,      // assign a ticket to someone else (an analyst assigns only to themselves)
    CloseIncident,       // close an incident or its ticket
    IssueReport,         // take a number and issue an official document (Mẫu 03/04/05, periodic)
    ImportAlerts,        // import alert files
    ExportCase,          // encrypted case export for another station
    ChangeServiceLevels, // SLA targets
    ChangeReportSettings,// issuing body, signer, recipients of official documents
    ConfigureStation,    // central store, backup schedule, recovery key, account policy
    ManageAccounts,      // create, change role, unlock, reactivate, review accounts
    ViewAuditLog,        // read and export the audit log
    Backup,              // back up one's own case database
    ManageRoster,        // the duty roster: shift pattern, who is on which shift and who leads it
    HandOverShift,       // prepare and accept the shift handover, reassign the outgoing shift's tickets
    ManageDirectory,     // the agency directory, escalation matrix and asset register
};

inline constexpr std::array kAllActions{
    Action::ViewCases,     Action::TriageAlerts,        Action::WorkCases,           Action::AssignToOthers,
    Action::CloseIncident, Action::IssueReport,         Action::ImportAlerts,        Action::ExportCase,
    Action::ChangeServiceLevels, Action::ChangeReportSettings, Action::ConfigureStation, Action::ManageAccounts,
    Action::ViewAuditLog,  Action::Backup,              Action::ManageRoster,        Action::HandOverShift,
    Action::ManageDirectory,
};

inline constexpr std::array kAllRoles{Role::Analyst, Role::ShiftLead, Role::Manager, Role::Auditor,
                                      Role::Administrator};

class Permissions {
public:
    static bool allows(Role role, Action action);
    static QString actionKey(Action action); // stable: "cases.work", "alerts.triage", ... (central table, audit)
    static std::optional<Action> actionFromKey(const QString& key);
    static QString actionLabel(Action action); // translated, for refusals and the account review
    // "Your role (Duty analyst) may not close an incident; ..." - translated refusal sentence.
    static QString refusal(Role role, Action action);
};

} // namespace soc::domain
