#include "GuiFixture.h"

#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "StartupFlow.h"
#include "TopBar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace soc;

class tst_LoginFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void wrongPasswordIsExplainedAndCleared()
    {
        test::GuiWorkspace ws;
        ws.session.reset(); // sign in again through the dialog
        ui::LoginDialog dialog(ws.dir.path(), test::kAdmin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* user = dialog.findChild<QComboBox*>(QStringLiteral("loginUser"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("loginPassword"));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("loginButton"));
        QVERIFY(user && password && button);
        QCOMPARE(user->currentText(), test::kAdmin);

        QTest::keyClicks(password, QStringLiteral("Wrong#Pass2026"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isBusy());
        QTRY_VERIFY(dialog.message().contains(QStringLiteral("Wrong password for \"admin\"")));
        QVERIFY(dialog.message().contains(QStringLiteral("4 more failed attempt"))); // attempts left
        QVERIFY(password->text().isEmpty());
        QVERIFY(password->isEnabled());
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.takeSession());

        QSignalSpy signedIn(&dialog, &ui::LoginDialog::signedIn);
        QTest::keyClicks(password, test::kPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(signedIn.count(), 1);
        const auto session = dialog.takeSession();
        QVERIFY(session);
        QCOMPARE(session->account().username, test::kAdmin);
        QVERIFY(!dialog.isVisible());
    }

    void emptyPasswordIsRefusedWithoutWork()
    {
        test::GuiWorkspace ws;
        ui::LoginDialog dialog(ws.dir.path(), {});
        dialog.show();
        dialog.signIn();
        QVERIFY(!dialog.isBusy());
        QVERIFY(!dialog.message().isEmpty());
    }

    void damagedKeyFileShowsPreciseMessage()
    {
        test::GuiWorkspace ws;
        const QString keyFile = store::Workspace(ws.dir.path()).keyFilePath(test::kAdmin);
        ws.session.reset();
        QFile f(keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not a key file");
        f.close();
        ui::LoginDialog dialog(ws.dir.path(), test::kAdmin);
        dialog.show();
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("loginPassword"));
        password->setText(test::kPassword);
        dialog.signIn();
        QTRY_VERIFY(!dialog.isBusy());
        QTRY_VERIFY(!dialog.message().isEmpty());
        QVERIFY(!dialog.message().contains(QStringLiteral("Wrong password")));
        QVERIFY(dialog.isVisible());
    }

    void startupFlowSignsInAndOpensTheMainWindow()
    {
        test::GuiWorkspace ws;
        ws.session.reset();
        ui::StartupFlow flow(ws.dir.path(), test::kAdmin);
        flow.start();
        auto* dialog = qobject_cast<ui::LoginDialog*>(flow.currentDialog());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->findChild<QLineEdit*>(QStringLiteral("loginPassword"))->setText(test::kPassword);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
        QTRY_VERIFY(flow.mainWindow() != nullptr);
        QTRY_VERIFY(flow.mainWindow()->isVisible());
        auto* user = flow.mainWindow()->findChild<QLabel*>(QStringLiteral("signedInUser"));
        QVERIFY(user);
        QVERIFY(user->text().contains(test::kAdmin));
        QVERIFY(flow.mainWindow()->topBar()->connectionText().contains(QStringLiteral("not connected")));
        QCOMPARE(QSettings().value(QStringLiteral("login/lastUser")).toString(), test::kAdmin);
        flow.mainWindow()->close();
    }

    void firstRunListsProblemsThenCreatesTheAdministrator()
    {
        QTemporaryDir dir;
        ui::StartupFlow flow(dir.path(), {});
        flow.setFirstRunKdf(test::cheapKdf());
        flow.start();
        auto* dialog = qobject_cast<ui::FirstRunDialog*>(flow.currentDialog());
        QVERIFY(dialog);
        auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("firstRunUser"));
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("firstRunPassword"));
        auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("firstRunConfirm"));
        auto* problems = dialog->findChild<QLabel*>(QStringLiteral("firstRunProblems"));
        auto* create = dialog->findChild<QPushButton*>(QStringLiteral("firstRunCreate"));
        auto* policy = dialog->findChild<QLabel*>(QStringLiteral("firstRunPolicy"));
        QVERIFY(user && password && confirm && problems && create && policy);
        QVERIFY(policy->text().contains(QStringLiteral("11")));
        QVERIFY(!create->isEnabled());

        QTest::keyClicks(user, QStringLiteral("truongca"));
        QTest::keyClicks(password, QStringLiteral("short"));
        QVERIFY(!problems->isHidden());
        QVERIFY(problems->text().contains(QStringLiteral("at least 11")));
        QVERIFY(!create->isEnabled());

        password->clear();
        QTest::keyClicks(password, test::kPassword);
        QVERIFY(problems->text().contains(QStringLiteral("differ")));
        QTest::keyClicks(confirm, test::kPassword);
        QVERIFY(problems->isHidden());
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(flow.mainWindow() != nullptr);
        QCOMPARE(store::Workspace(dir.path()).usernames(), QStringList{QStringLiteral("truongca")});
        flow.mainWindow()->close();
    }
};

QTEST_MAIN(tst_LoginFlow)
#include "tst_LoginFlow.moc"
