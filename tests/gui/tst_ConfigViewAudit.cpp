#include "GuiFixture.h"

#include "AuditQueue.h"
#include "MainWindow.h"
#include "store/Database.h"

#include <QAction>
#include <QDialog>
#include <QSet>
#include <QtTest>

using namespace soc;

// Opening a configuration is a view of it and goes to the audit log even when nothing is changed
// (issue 6, R-20): report settings, service levels, central store, backups, accounts and policy.
class tst_ConfigViewAudit : public QObject {
    Q_OBJECT

    static QStringList viewed(store::Database& db)
    {
        auto st = db.prepare("SELECT object_id FROM audit_log WHERE action = 'config.view' ORDER BY seq");
        QStringList out;
        while (st.step())
            out << st.text(0);
        return out;
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void openingEachSettingsDialogIsAudited()
    {
        test::GuiWorkspace w(domain::Role::Administrator);
        ui::MainWindow window(w.session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(viewed(w.session->database()).isEmpty());

        const QList<QPair<const char*, QString>> actions{
            {"actionReportSettings", QStringLiteral("report")},
            {"actionServiceLevels", QStringLiteral("service_levels")},
            {"actionCentralSettings", QStringLiteral("central")},
            {"actionBackups", QStringLiteral("backup")},
            {"actionAccounts", QStringLiteral("account_policy")},
        };
        QStringList expected;
        for (const auto& [name, setting] : actions) {
            auto* action = window.findChild<QAction*>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(action->isEnabled(), name);
            action->trigger();
            expected << setting;
            QTRY_COMPARE(viewed(w.session->database()), expected);
            for (QDialog* d : window.findChildren<QDialog*>())
                d->close(); // closed unchanged: still one view each
        }
        auto* queue = window.findChild<ui::AuditQueue*>();
        QVERIFY(queue);
        QTRY_VERIFY(queue->isIdle());
        QCOMPARE(viewed(w.session->database()), expected);
        auto st = w.session->database().prepare(
            "SELECT count(*) FROM audit_log WHERE action = 'config.view' AND actor = 'admin' AND object_type = 'settings'");
        st.step();
        QCOMPARE(st.int64(0), qint64(actions.size()));
    }

    // A role that may not open a setting has no action for it, so nothing is viewed or recorded.
    void analystSeesNoSettings()
    {
        test::GuiWorkspace w(domain::Role::Analyst);
        ui::MainWindow window(w.session);
        for (const char* name : {"actionReportSettings", "actionServiceLevels", "actionCentralSettings", "actionAccounts"}) {
            auto* action = window.findChild<QAction*>(QLatin1String(name));
            QVERIFY2(!action || !action->isVisible() || !action->isEnabled(), name);
        }
    }
};

QTEST_MAIN(tst_ConfigViewAudit)
#include "tst_ConfigViewAudit.moc"
