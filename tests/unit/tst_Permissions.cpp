// The one permission table, written out here a second time on purpose: a change to
// what a role may do must be made in both places, deliberately.
#include "domain/Permissions.h"

#include <QSet>
#include <QTest>

using namespace soc;
using domain::Action;
using domain::Permissions;
using domain::Role;

namespace {

struct Expected {
    Action action;
    const char* key;
    bool analyst, shiftLead, manager, auditor, administrator;
};

// clang-format off
constexpr Expected kMatrix[] = {
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
// clang-format on

bool expected(const Expected& e, Role r)
{
    switch (r) {
    case Role::Analyst: return e.analyst;
    case Role::ShiftLead: return e.shiftLead;
    case Role::Manager: return e.manager;
    case Role::Auditor: return e.auditor;
    case Role::Administrator: return e.administrator;
    }
    return false;
}

} // namespace

class tst_Permissions : public QObject {
    Q_OBJECT

private slots:
    void everyActionIsInTheMatrixOnce()
    {
        QCOMPARE(std::size(kMatrix), domain::kAllActions.size());
        QSet<int> seen;
        for (const Expected& e : kMatrix)
            seen.insert(static_cast<int>(e.action));
        for (Action a : domain::kAllActions)
            QVERIFY2(seen.contains(static_cast<int>(a)), qPrintable(Permissions::actionKey(a)));
    }

    void theTableIsTheMatrix_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        for (const Expected& e : kMatrix)
            for (Role r : domain::kAllRoles)
                QTest::addRow("%s/%s", e.key, qPrintable(domain::roleKey(r)))
                    << static_cast<int>(e.action) << static_cast<int>(r) << expected(e, r);
    }

    void theTableIsTheMatrix()
    {
        QFETCH(int, action);
        QFETCH(int, role);
        QFETCH(bool, allowed);
        QCOMPARE(Permissions::allows(static_cast<Role>(role), static_cast<Action>(action)), allowed);
    }

    void keysAreStableUniqueAndRoundTrip()
    {
        QSet<QString> keys;
        for (const Expected& e : kMatrix) {
            const QString key = Permissions::actionKey(e.action);
            QCOMPARE(key, QLatin1String(e.key)); // stored in the central table and the audit log: never renamed
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            const auto back = Permissions::actionFromKey(key);
            QVERIFY(back.has_value());
            QCOMPARE(static_cast<int>(*back), static_cast<int>(e.action));
        }
        QVERIFY(!Permissions::actionFromKey(QStringLiteral("cases.everything")).has_value());
        QVERIFY(!Permissions::actionFromKey(QString()).has_value());
    }

    void everyActionHasALabelAndEveryRefusalNamesTheRoleAndTheAction()
    {
        QSet<QString> labels;
        for (Action a : domain::kAllActions) {
            const QString label = Permissions::actionLabel(a);
            QVERIFY2(!label.isEmpty(), qPrintable(Permissions::actionKey(a)));
            QVERIFY2(!labels.contains(label), qPrintable(label));
            labels.insert(label);
            for (Role r : domain::kAllRoles) {
                const QString refusal = Permissions::refusal(r, a);
                QVERIFY(refusal.contains(domain::roleLabel(r)));
                QVERIFY(refusal.contains(label));
            }
        }
    }

    void separationOfDuties()
    {
        // The reasons behind the matrix, stated once more in words.
        for (Action a : domain::kAllActions) {
            if (a != Action::ViewCases && a != Action::ViewAuditLog && a != Action::Backup)
                QVERIFY2(!Permissions::allows(Role::Auditor, a), qPrintable(Permissions::actionKey(a))); // auditors only read
        }
        for (Action a : {Action::TriageAlerts, Action::WorkCases, Action::CloseIncident, Action::IssueReport, Action::ImportAlerts})
            QVERIFY2(!Permissions::allows(Role::Administrator, a), qPrintable(Permissions::actionKey(a))); // admins do not work cases
        for (Role r : domain::kAllRoles)
            QCOMPARE(Permissions::allows(r, Action::ManageAccounts), r == Role::Administrator);
    }
};

QTEST_GUILESS_MAIN(tst_Permissions)
#include "tst_Permissions.moc"
