// The account GUI (R-23 … R-27): the administrator's Accounts dialog (review, changes on written
// request, policy, recovery key) and the analyst's password change, forced after a sign-in with a
// temporary password. Real workspaces (SQLCipher, key files) with a cheap KDF.
#include "AccountPolicyTab.h"
#include "AccountRequestDialog.h"
#include "AccountReviewModel.h"
#include "AccountReviewTab.h"
#include "AccountsDialog.h"
#include "ChangePasswordDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "RecoveryKeyTab.h"
#include "StartupFlow.h"
#include "TestSupport.h"
#include "security/SealedBox.h"
#include "store/AuditLog.h"
#include "store/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace soc;

namespace {

security::KdfParams cheapKdf() { return security::KdfParams{1u << 10, 8, 1}; }
security::SecretBuffer secret(const QString& text) { return security::SecretBuffer::fromUtf8(text); }
QString testPassword() { return QString::fromUtf8(test::kTestPassword); }

const QString kNewPassword = QStringLiteral("Song-Hong#4821q");

QString outputPath(const QString& name) { return QDir(QCoreApplication::applicationDirPath()).filePath(name); }

template <typename T>
T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1StringView(name));
}

const store::AccountReviewRow* rowOf(ui::AccountReviewTab* tab, const QString& user)
{
    for (const auto& r : tab->model()->rows())
        if (r.username == user)
            return &r;
    return nullptr;
}

// Typed as the analyst would (QTest::keyClicks handles only ASCII; names and passwords are Vietnamese).
void type(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->insert(text);
}

void clickOk(ui::AccountRequestDialog* d)
{
    QMetaObject::invokeMethod(d, &ui::AccountRequestDialog::submit);
}

} // namespace

class tst_AccountsGui : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<store::Session> m_admin;

    QString dir() const { return m_dir.path(); }

    // A fresh Accounts dialog on the admin session, its review loaded.
    std::unique_ptr<ui::AccountsDialog> openAccounts()
    {
        auto d = std::make_unique<ui::AccountsDialog>(m_admin);
        d->setKdf(cheapKdf());
        d->show();
        if (!QTest::qWaitForWindowExposed(d.get()))
            return nullptr;
        if (!QTest::qWaitFor([&] { return !d->reviewTab()->isLoading() && d->reviewTab()->model()->rowCount() > 0; }, 20000))
            return nullptr;
        return d;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_admin = test::createAdminWorkspace(dir());
        QVERIFY(m_admin);
    }

    void creatingAnAccountThroughTheDialogCreatesIt()
    {
        auto d = openAccounts();
        QVERIFY(d);
        ui::AccountReviewTab* tab = d->reviewTab();
        QVERIFY(!store::Workspace(dir()).usernames().contains(QStringLiteral("nguyen.an")));
        ui::AccountRequestDialog* form = tab->newAccount();
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        type(child<QLineEdit>(form, "accountNewUser"), QStringLiteral("nguyen.an"));
        type(child<QLineEdit>(form, "accountNewName"), QStringLiteral("Nguyễn Văn An"));
        auto* role = child<QComboBox>(form, "accountRole");
        role->setCurrentIndex(role->findData(static_cast<int>(domain::Role::ShiftLead)));
        QVERIFY(child<QLabel>(form, "accountPasswordRules")->text().contains(QStringLiteral("8")));
        auto* validity = child<QCheckBox>(form, "accountValiditySet");
        validity->setChecked(true);
        child<QDateEdit>(form, "accountValidityDate")->setDate(QDate::currentDate().addMonths(6));
        type(child<QLineEdit>(form, "accountTemporaryPassword"), testPassword());
        type(child<QLineEdit>(form, "accountTemporaryRepeat"), testPassword());
        type(form->requestField(), QStringLiteral("125/CV-SOC 03/03/2026"));
        QSignalSpy accepted(form, &QDialog::accepted);
        QSignalSpy loaded(tab, &ui::AccountReviewTab::loaded);
        clickOk(form);
        QVERIFY(form->isBusy() || accepted.count() == 1);
        // The temporary password does not stay in the form.
        QVERIFY(child<QLineEdit>(form, "accountTemporaryPassword")->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);

        QVERIFY(store::Workspace(dir()).usernames().contains(QStringLiteral("nguyen.an")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        const store::AccountReviewRow* row = rowOf(tab, QStringLiteral("nguyen.an"));
        QVERIFY(row);
        QCOMPARE(row->role, domain::Role::ShiftLead);
        QCOMPARE(row->displayName, QStringLiteral("Nguyễn Văn An"));
        QVERIFY(row->mustChangePassword);
        QVERIFY(row->expiresAtMs > QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(ui::AccountReviewModel::text(*row, ui::AccountReviewModel::Role), domain::roleLabel(domain::Role::ShiftLead));
        QVERIFY(ui::AccountReviewModel::text(*row, ui::AccountReviewModel::Status).contains(QStringLiteral("must change")));

        // The new analyst signs in with the temporary password and is told to change it.
        auto session = store::Workspace(dir()).signIn(QStringLiteral("nguyen.an"), secret(testPassword()));
        QVERIFY(session->account().mustChangePassword);

        // The review on paper: title, station, the account, a line for the reviewer's signature.
        const QString html = tab->reviewHtml();
        QVERIFY(html.contains(QStringLiteral("Account review")));
        QVERIFY(html.contains(QSysInfo::machineHostName()));
        QVERIFY(html.contains(QStringLiteral("nguyen.an")));
        QVERIFY(html.contains(QStringLiteral("Signature")));
        QString error;
        const QString csvPath = outputPath(QStringLiteral("account-review.csv"));
        QVERIFY2(tab->exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csv.readAll());
        QVERIFY(csvText.contains(QStringLiteral("nguyen.an,Nguyễn Văn An,Shift lead")));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageOrientation(QPageLayout::Landscape); // as Print review… offers it
        const QString pdfPath = outputPath(QStringLiteral("account-review.pdf"));
        printer.setOutputFileName(pdfPath);
        tab->print(printer);
        QVERIFY(QFileInfo(pdfPath).size() > 1000);

        tab->selectUser(QStringLiteral("nguyen.an"));
        QVERIFY(d->grab().save(outputPath(QStringLiteral("accounts-dialog.png"))));
    }

    void theRequestReferenceIsRequired()
    {
        test::addAccount(dir(), QStringLiteral("tran.binh"), domain::Role::Analyst);
        auto d = openAccounts();
        QVERIFY(d);
        ui::AccountReviewTab* tab = d->reviewTab();
        // A new account without a reference: said in the dialog, nothing created.
        ui::AccountRequestDialog* form = tab->newAccount();
        type(child<QLineEdit>(form, "accountNewUser"), QStringLiteral("le.chi"));
        type(child<QLineEdit>(form, "accountNewName"), QStringLiteral("Lê Chi"));
        type(child<QLineEdit>(form, "accountTemporaryPassword"), testPassword());
        type(child<QLineEdit>(form, "accountTemporaryRepeat"), testPassword());
        type(form->requestField(), QStringLiteral("   "));
        clickOk(form);
        QVERIFY(!form->isBusy());
        QVERIFY(form->message().contains(QStringLiteral("written request")));
        QVERIFY(form->isVisible());
        QVERIFY(!store::Workspace(dir()).usernames().contains(QStringLiteral("le.chi")));
        form->close();

        // Suspending without a reference: refused in the dialog, the account still signs in.
        QVERIFY(tab->selectUser(QStringLiteral("tran.binh")));
        QPointer<ui::AccountRequestDialog> suspend = tab->suspend(); // it deletes itself when done
        QVERIFY(suspend);
        clickOk(suspend);
        QVERIFY(suspend->message().contains(QStringLiteral("written request")));
        QVERIFY(suspend->isVisible());
        QVERIFY(store::Workspace(dir()).signIn(QStringLiteral("tran.binh"), secret(testPassword())));
        // With the reference it is suspended, and the table says so.
        QSignalSpy loaded(tab, &ui::AccountReviewTab::loaded);
        type(suspend->requestField(), QStringLiteral("17/QĐ-SOC"));
        clickOk(suspend);
        QTRY_VERIFY_WITH_TIMEOUT(!suspend || !suspend->isVisible(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        QCOMPARE(rowOf(tab, QStringLiteral("tran.binh"))->state, QStringLiteral("suspended"));
        try {
            (void)store::Workspace(dir()).signIn(QStringLiteral("tran.binh"), secret(testPassword()));
            QFAIL("a suspended account signed in");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::AccountSuspended);
        }
        // The administrator's own account is not offered for changes.
        QVERIFY(tab->selectUser(QString::fromLatin1(test::kTestAdmin)));
        QVERIFY(!child<QPushButton>(tab, "accountSuspend")->isEnabled());
        QVERIFY(!child<QPushButton>(tab, "accountResetPassword")->isEnabled());
    }

    void unlockThroughTheDialogRestoresSignIn()
    {
        test::addAccount(dir(), QStringLiteral("pham.dung"), domain::Role::Analyst);
        store::Workspace ws(dir());
        store::ErrorCode last = store::ErrorCode::Sql;
        for (int i = 0; i < 5; ++i) {
            try {
                (void)ws.signIn(QStringLiteral("pham.dung"), secret(QStringLiteral("Wrong#Guess2026")));
            } catch (const store::DatabaseError& e) {
                last = e.code();
            }
        }
        QCOMPARE(last, store::ErrorCode::AccountLocked);
        try {
            (void)ws.signIn(QStringLiteral("pham.dung"), secret(testPassword()));
            QFAIL("a locked account signed in");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::AccountLocked);
        }

        auto d = openAccounts();
        QVERIFY(d);
        ui::AccountReviewTab* tab = d->reviewTab();
        const store::AccountReviewRow* row = rowOf(tab, QStringLiteral("pham.dung"));
        QVERIFY(row);
        QCOMPARE(row->state, QStringLiteral("locked"));
        QVERIFY(ui::AccountReviewModel::statusText(*row).contains(QStringLiteral("failed sign-ins")));
        QVERIFY(tab->selectUser(QStringLiteral("pham.dung")));
        auto* unlockButton = child<QPushButton>(tab, "accountUnlock");
        QVERIFY(unlockButton->isEnabled());
        QVERIFY(!child<QPushButton>(tab, "accountSuspend")->isEnabled()); // already locked
        QTest::mouseClick(unlockButton, Qt::LeftButton);
        auto* form = d->findChild<ui::AccountRequestDialog*>(QStringLiteral("unlockAccountDialog"));
        QVERIFY(form);
        type(form->requestField(), QStringLiteral("Đơn đề nghị 09/2026"));
        QSignalSpy loaded(tab, &ui::AccountReviewTab::loaded);
        clickOk(form);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        QCOMPARE(rowOf(tab, QStringLiteral("pham.dung"))->state, QStringLiteral("active"));
        QVERIFY(ws.signIn(QStringLiteral("pham.dung"), secret(testPassword())));
    }

    void policyTabOffersOnlyAllowedValuesAndSaves()
    {
        auto d = openAccounts();
        QVERIFY(d);
        ui::AccountPolicyTab* tab = d->policyTab();
        QVERIFY(tab);
        using P = domain::AccountPolicy;
        // The ranges are the regulations' (R-24 … R-27): what AccountPolicy::clamped keeps.
        const struct {
            int P::*field;
            int min, max;
        } expected[] = {{&P::passwordMaxAgeDaysPrivileged, 1, 60}, {&P::passwordMaxAgeDaysUser, 1, 90},
                        {&P::passwordHistory, 5, 24},              {&P::lockoutFailures, 3, 5},
                        {&P::lockoutWindowMinutes, 30, 1440},      {&P::idleLockMinutes, 1, 10},
                        {&P::inactiveSuspendDays, 1, 30}};
        for (const auto& e : expected) {
            QSpinBox* spin = tab->spinBox(e.field);
            QVERIFY(spin);
            QCOMPARE(spin->minimum(), e.min);
            QCOMPARE(spin->maximum(), e.max);
            P probe;
            probe.*e.field = spin->maximum() + 1;
            QCOMPARE(probe.clamped().*e.field, spin->maximum()); // nothing beyond the box survives
        }
        QCOMPARE(tab->spinBox(&P::lockoutFailures)->value(), 5); // the strictest default
        tab->spinBox(&P::lockoutFailures)->setValue(6);          // not offered
        QCOMPARE(tab->spinBox(&P::lockoutFailures)->value(), 5);
        tab->spinBox(&P::lockoutFailures)->setValue(3);
        tab->spinBox(&P::idleLockMinutes)->setValue(7);
        tab->spinBox(&P::passwordHistory)->setValue(8);
        QSignalSpy saved(tab, &ui::AccountPolicyTab::saved);
        QTest::mouseClick(child<QPushButton>(tab, "accountPolicySave"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        QVERIFY(tab->message().contains(QStringLiteral("saved")));
        const P stored = store::Workspace(dir()).policy();
        QCOMPARE(stored.lockoutFailures, 3);
        QCOMPARE(stored.idleLockMinutes, 7);
        QCOMPARE(stored.passwordHistory, 8);
        QCOMPARE(stored.passwordMaxAgeDaysUser, 90);
        // Back to the strictest profile for the other tests.
        tab->spinBox(&P::lockoutFailures)->setValue(5);
        tab->spinBox(&P::idleLockMinutes)->setValue(10);
        tab->spinBox(&P::passwordHistory)->setValue(5);
        tab->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 20000);
        QCOMPARE(store::Workspace(dir()).policy(), P{});
    }

    void recoveryKeyTabShowsTheFingerprint()
    {
        auto d = openAccounts();
        QVERIFY(d);
        ui::RecoveryKeyTab* tab = d->recoveryTab();
        QVERIFY(tab);
        QVERIFY(tab->fingerprint().isEmpty());
        QVERIFY(child<QLabel>(tab, "recoveryFingerprint")->text().contains(QStringLiteral("none")));
        // Not a key: refused in the tab, nothing configured.
        QTemporaryDir keys;
        QFile junk(keys.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n");
        junk.close();
        tab->loadKeyFile(junk.fileName());
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && !tab->message().isEmpty(), 20000);
        QVERIFY(tab->message().contains(QStringLiteral("X25519")));
        QVERIFY(tab->fingerprint().isEmpty());

        const QString priv = keys.filePath(QStringLiteral("recovery.pem"));
        const QString pub = keys.filePath(QStringLiteral("recovery.pub.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                                               QStringLiteral("X25519"), QStringLiteral("-out"), priv}),
                 0);
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {QStringLiteral("pkey"), QStringLiteral("-in"), priv, QStringLiteral("-pubout"),
                                    QStringLiteral("-out"), pub}),
                 0);
        QSignalSpy set(tab, &ui::RecoveryKeyTab::keySet);
        tab->loadKeyFile(pub);
        QTRY_COMPARE_WITH_TIMEOUT(set.count(), 1, 20000);
        const QString fp = set.at(0).at(0).toString();
        QCOMPARE(fp, security::keyFingerprint(store::Workspace(dir()).recoveryPublicKey()));
        QCOMPARE(tab->fingerprint(), fp);
        QCOMPARE(child<QLabel>(tab, "recoveryFingerprint")->text(), fp);
    }

    void forcedChangeOpensTheMainWindowOnlyAfterAValidChange()
    {
        store::NewAccount na;
        na.username = QStringLiteral("le.tam");
        na.displayName = QStringLiteral("Lê Minh Tâm");
        na.role = domain::Role::Analyst;
        na.mustChangePassword = true;
        store::Workspace(dir()).createAccount(*m_admin, na, secret(testPassword()), cheapKdf());

        ui::StartupFlow flow(dir(), QStringLiteral("le.tam"));
        flow.start();
        auto* login = qobject_cast<ui::LoginDialog*>(flow.currentDialog());
        QVERIFY(login);
        login->findChild<QLineEdit*>(QStringLiteral("loginPassword"))->setText(testPassword());
        login->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::ChangePasswordDialog*>(flow.currentDialog()) != nullptr, 20000);
        auto* change = qobject_cast<ui::ChangePasswordDialog*>(flow.currentDialog());
        QVERIFY(QTest::qWaitForWindowExposed(change));
        QVERIFY(!flow.mainWindow());
        QVERIFY(child<QLabel>(change, "changePasswordIntro")->text().contains(QStringLiteral("temporary password")));
        QVERIFY(child<QLabel>(change, "changePasswordRules")->text().contains(QStringLiteral("8")));
        QVERIFY(child<QLineEdit>(change, "changePasswordCurrent")->isHidden()); // just typed at the sign-in
        auto* next = child<QLineEdit>(change, "changePasswordNew");
        auto* repeat = child<QLineEdit>(change, "changePasswordRepeat");
        auto* button = child<QPushButton>(change, "changePasswordButton");
        auto* problems = child<QLabel>(change, "changePasswordProblems");

        // The rules are checked as the analyst types.
        QTest::keyClicks(next, QStringLiteral("tam12345"));
        QVERIFY(!problems->isHidden());
        QVERIFY(!button->isEnabled());
        next->clear();
        QTest::keyClicks(next, kNewPassword);
        QVERIFY(problems->text().contains(QStringLiteral("differ")));
        QTest::keyClicks(repeat, kNewPassword.left(5));
        QVERIFY(!button->isEnabled());
        repeat->clear();

        // The temporary password again: the core's history rule, said in the dialog.
        next->setText(testPassword());
        repeat->setText(testPassword());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(next->text().isEmpty() && repeat->text().isEmpty()); // the secrets left the widgets
        QTRY_VERIFY_WITH_TIMEOUT(!change->isBusy() && !change->message().isEmpty(), 20000);
        QVERIFY2(change->message().contains(QStringLiteral("must differ from your last 5 passwords")),
                 qPrintable(change->message()));
        QVERIFY(change->isVisible());
        QVERIFY(!flow.mainWindow());
        QVERIFY(change->grab().save(outputPath(QStringLiteral("change-password-dialog.png"))));

        // A valid new password: then, and only then, the main window.
        QTest::keyClicks(next, kNewPassword);
        QTest::keyClicks(repeat, kNewPassword);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() != nullptr, 20000);
        QTRY_VERIFY(flow.mainWindow()->isVisible());
        flow.mainWindow()->close();

        auto session = store::Workspace(dir()).signIn(QStringLiteral("le.tam"), secret(kNewPassword));
        QVERIFY(!session->account().mustChangePassword);
    }

    void cancellingTheForcedChangeSignsOut()
    {
        store::NewAccount na;
        na.username = QStringLiteral("vo.hai");
        na.displayName = QStringLiteral("Võ Hải");
        na.mustChangePassword = true;
        store::Workspace(dir()).createAccount(*m_admin, na, secret(testPassword()), cheapKdf());

        ui::StartupFlow flow(dir(), QStringLiteral("vo.hai"));
        flow.start();
        auto* login = qobject_cast<ui::LoginDialog*>(flow.currentDialog());
        QVERIFY(login);
        login->findChild<QLineEdit*>(QStringLiteral("loginPassword"))->setText(testPassword());
        login->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::ChangePasswordDialog*>(flow.currentDialog()) != nullptr, 20000);
        auto* change = qobject_cast<ui::ChangePasswordDialog*>(flow.currentDialog());
        QTest::mouseClick(child<QPushButton>(change, "changePasswordCancel"), Qt::LeftButton);
        QTRY_VERIFY(qobject_cast<ui::LoginDialog*>(flow.currentDialog()) != nullptr);
        QVERIFY(!flow.mainWindow());
        QCOMPARE(flow.currentDialog()->findChild<QComboBox*>(QStringLiteral("loginUser"))->currentText(),
                 QStringLiteral("vo.hai"));
        // Still the temporary password, still to be changed.
        QVERIFY(store::Workspace(dir()).signIn(QStringLiteral("vo.hai"), secret(testPassword()))->account().mustChangePassword);
        flow.currentDialog()->hide();
    }

    void voluntaryChangeShowsTheAttemptsLeft()
    {
        test::addAccount(dir(), QStringLiteral("do.lan"), domain::Role::Analyst);
        std::shared_ptr<store::Session> session = test::signIn(dir(), QStringLiteral("do.lan"));
        ui::ChangePasswordDialog dialog(session, ui::ChangePasswordDialog::Mode::Voluntary);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* current = child<QLineEdit>(&dialog, "changePasswordCurrent");
        auto* next = child<QLineEdit>(&dialog, "changePasswordNew");
        auto* repeat = child<QLineEdit>(&dialog, "changePasswordRepeat");
        QVERIFY(current->isVisible());
        current->setText(QStringLiteral("Not#MyPassword9"));
        next->setText(kNewPassword);
        repeat->setText(kNewPassword);
        dialog.change();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && !dialog.message().isEmpty(), 20000);
        QVERIFY2(dialog.message().contains(QStringLiteral("4 more failed attempt")), qPrintable(dialog.message()));
        QVERIFY(dialog.isVisible());

        const qint64 changedBefore = session->account().passwordChangedAtMs;
        QTest::qWait(5); // the change is stamped later than the creation
        QSignalSpy changed(&dialog, &ui::ChangePasswordDialog::changed);
        current->setText(testPassword());
        next->setText(kNewPassword);
        repeat->setText(kNewPassword);
        dialog.change();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
        QCOMPARE(dialog.takeNewPassword().size(), static_cast<size_t>(kNewPassword.toUtf8().size()));
        QVERIFY(session->account().passwordChangedAtMs > changedBefore); // the window's session knows
        QVERIFY(store::Workspace(dir()).signIn(QStringLiteral("do.lan"), secret(kNewPassword)));
    }

    void menuOffersAccountsOnlyToAdministrators()
    {
        auto hasAction = [](const QMainWindow& w, const char* name) {
            for (QAction* top : w.menuBar()->actions())
                if (QMenu* menu = top->menu())
                    for (QAction* a : menu->actions())
                        if (a->objectName() == QLatin1String(name) && a->isVisible() && a->isEnabled())
                            return true;
            return false;
        };
        {
            ui::MainWindow window(m_admin);
            QVERIFY(hasAction(window, "actionChangePassword"));
            QVERIFY(hasAction(window, "actionAccounts"));
        }
        test::addAccount(dir(), QStringLiteral("kiem.toan"), domain::Role::Auditor);
        ui::MainWindow window(std::shared_ptr<store::Session>(test::signIn(dir(), QStringLiteral("kiem.toan"))));
        QVERIFY(hasAction(window, "actionChangePassword"));
        QVERIFY(!hasAction(window, "actionAccounts"));
    }
};

QTEST_MAIN(tst_AccountsGui)
#include "tst_AccountsGui.moc"
