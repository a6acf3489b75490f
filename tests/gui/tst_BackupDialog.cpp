#include "GuiFixture.h"

#include "AuditQueue.h"
#include "BackupDialog.h"
#include "BackupScheduler.h"
#include "MainWindow.h"
#include "domain/BackupSchedule.h"
#include "domain/Clock.h"
#include "store/BackupRegister.h"
#include "store/BackupService.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>

using namespace soc;

namespace {

QString makeDir(const test::GuiWorkspace& w, const QString& name)
{
    const QString p = w.path(name);
    QDir().mkpath(p);
    return p;
}

} // namespace

class tst_BackupDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    // Backups… is in the main window's File menu for every role; the dialog saves the schedule
    // and "Back up now" writes a verified file per folder that appears in the register.
    void scheduleAndBackUpNowFromTheDialog()
    {
        test::GuiWorkspace w(domain::Role::Analyst);
        ui::MainWindow window(w.session);
        auto* action = window.findChild<QAction*>(QStringLiteral("actionBackups"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        auto* scheduler = window.findChild<ui::BackupScheduler*>(QStringLiteral("backupScheduler"));
        QVERIFY(scheduler);
        QCOMPARE(scheduler->indicator()->text(), QStringLiteral("Backup not scheduled"));
        action->trigger();
        auto* dialog = window.findChild<ui::BackupDialog*>(QStringLiteral("backupDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->keepEdit()->value(), 14);

        const QString usb = makeDir(w, QStringLiteral("usb"));
        const QString nas = makeDir(w, QStringLiteral("nas"));
        dialog->destinationEdit(0)->setText(usb);
        dialog->destinationEdit(1)->setText(nas);
        dialog->timeEdit()->setTime(QTime(23, 45));
        dialog->keepEdit()->setValue(5);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("backupSave")), Qt::LeftButton);
        const domain::BackupSettings saved = store::BackupRegister(w.session->database()).settings();
        QCOMPARE(saved.destinations, (QStringList{usb, nas}));
        QCOMPARE(saved.minuteOfDay, 23 * 60 + 45);
        QCOMPARE(saved.keep, 5);

        QTest::mouseClick(dialog->backUpNowButton(), Qt::LeftButton);
        QVERIFY(scheduler->isRunning() || scheduler->lastOutcome().ok);
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler->isRunning() && dialog->backUpNowButton()->isEnabled(), 30000);
        QVERIFY2(scheduler->lastOutcome().ok, qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(dialog->registerTable()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(dialog->registerTable()->item(row, 1)->text(), QStringLiteral("verified"));
            QVERIFY(QFile::exists(dialog->registerTable()->item(row, 3)->text()));
        }
        QVERIFY(!dialog->cancelButton()->isEnabled());
        QVERIFY(scheduler->indicator()->text().startsWith(QStringLiteral("Backup verified")));
        QCOMPARE(QDir(usb).entryList({QStringLiteral("*.ssbackup")}).size(), 1);
        QCOMPARE(QDir(nas).entryList({QStringLiteral("*.ssbackup")}).size(), 1);
    }

    // At start-up a scheduled backup whose last run is older than the last slot runs at once; a
    // failing destination shows a notice and a red status line.
    void startUpRunsAMissedBackupAndReportsFailure()
    {
        test::GuiWorkspace w;
        const QString usb = makeDir(w, QStringLiteral("usb"));
        domain::BackupSettings s;
        s.destinations = {usb, w.path(QStringLiteral("unplugged"))};
        s.minuteOfDay = 2 * 60;
        store::BackupRegister(w.session->database()).saveSettings(s, w.session->account().username);

        QWidget host;
        ui::AuditQueue audit(w.session);
        ui::BackupScheduler scheduler(w.session, &audit, &host);
        domain::FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch());
        scheduler.setClock(&clock);
        QSignalSpy failed(&scheduler, &ui::BackupScheduler::failed);
        scheduler.start();
        QVERIFY(scheduler.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isRunning(), 30000);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("does not exist")), qPrintable(failed.first().first().toString()));
        QCOMPARE(scheduler.lastOutcome().backups.size(), size_t(2));
        QVERIFY(scheduler.lastOutcome().backups[0].verified);
        auto* notice = host.findChild<QMessageBox*>(QStringLiteral("backupFailureNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QVERIFY(scheduler.indicator()->text().startsWith(QStringLiteral("Backup FAILED")));
        notice->close();

        // The failed attempt is retried an hour later, not in a loop.
        QVERIFY(!scheduler.checkDue());
        clock.advance(domain::BackupSchedule::kDefaultRetryMs);
        QVERIFY(scheduler.checkDue());
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isRunning(), 30000);
        // With the missing folder fixed, the next attempt is verified and the line turns normal.
        QDir().mkpath(w.path(QStringLiteral("unplugged")));
        clock.advance(domain::BackupSchedule::kDefaultRetryMs);
        QVERIFY(scheduler.checkDue());
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isRunning(), 30000);
        QVERIFY(scheduler.lastOutcome().ok);
        QVERIFY(scheduler.indicator()->text().startsWith(QStringLiteral("Backup verified")));
        QVERIFY(!scheduler.checkDue()); // done for today
    }

    // Cancel stops the backup and keeps no partial file.
    void cancelKeepsNoPartialFile()
    {
        test::GuiWorkspace w;
        const QString usb = makeDir(w, QStringLiteral("usb"));
        QWidget host;
        ui::AuditQueue audit(w.session);
        ui::BackupScheduler scheduler(w.session, &audit, &host);
        QVERIFY(scheduler.runNow({usb}, 14));
        scheduler.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isRunning(), 30000);
        if (scheduler.lastOutcome().cancelled) {
            QCOMPARE(QDir(usb).entryList(QDir::Files).size(), 0);
            QVERIFY(!scheduler.lastOutcome().ok);
        } else {
            QVERIFY(scheduler.lastOutcome().ok); // it finished before the flag was read
        }
    }
};

QTEST_MAIN(tst_BackupDialog)
#include "tst_BackupDialog.moc"
