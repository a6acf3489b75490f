#include "GuiFixture.h"

#include "AlertScreen.h"
#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "IdleWatcher.h"
#include "MainWindow.h"
#include "ScreenLock.h"
#include "TicketQueueScreen.h"
#include "TriageController.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QThread>
#include <QtTest>
#include <atomic>

using namespace soc;
using namespace std::chrono_literals;

// A helper's failed QVERIFY returns from the helper only: stop the test there too.
#define CHECK(call)                                                                                                    \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

// R-26: the screen locks after idle time (shortened here), hides everything, lets work go on
// underneath, and opens again only with the analyst's password. R-20: it is all audited.
class tst_ScreenLock : public QObject {
    Q_OBJECT

private:
    struct AuditRow {
        QString action, outcome, details, actor;
    };

    std::unique_ptr<test::GuiWorkspace> m_ws;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ScreenLock* lock() const { return m_window->screenLock(); }
    ui::AlertTableModel* model() const { return m_window->alertScreen()->model(); }
    ui::AlertTableView* view() const { return m_window->alertScreen()->view(); }
    QLineEdit* passwordField() const { return lock()->findChild<QLineEdit*>(QStringLiteral("screenLockPassword")); }

    std::vector<AuditRow> screenAudit() const
    {
        std::vector<AuditRow> rows;
        auto st = m_ws->session->database().prepare(
            "SELECT action, outcome, details, actor FROM audit_log WHERE action LIKE 'screen.%' ORDER BY seq");
        while (st.step())
            rows.push_back({st.text(0), st.text(1), st.text(2), st.text(3)});
        return rows;
    }

    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void focusTable()
    {
        activate();
        view()->setFocus();
        QTRY_VERIFY(view()->hasFocus());
    }

    void lockNow()
    {
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("actionLockScreen"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(lock()->isLocked());
    }

    void type(const QString& password)
    {
        QLineEdit* field = passwordField();
        QVERIFY(field->hasFocus());
        QTest::keyClicks(field, password);
        QTest::keyClick(field, Qt::Key_Return);
    }

    // Locked means: the lock covers the whole window and nothing of the content is on screen.
    void verifyCovered()
    {
        QVERIFY(lock()->isVisible());
        QCOMPARE(lock()->geometry(), m_window->rect());
        QVERIFY(!m_window->centralWidget()->isVisible());
        QVERIFY(!view()->isVisible());
        QVERIFY(!m_window->alertScreen()->isVisible());
        QVERIFY(!m_window->menuBar()->isVisible());
        QVERIFY(!m_window->statusBar()->isVisible());
        // What a screenshot of the window shows is the lock and nothing else.
        QImage window = m_window->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QImage cover = lock()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(window.size(), cover.size());
        const QRect caret(passwordField()->mapTo(lock(), QPoint(0, 0)), passwordField()->size()); // it blinks
        for (QImage* image : {&window, &cover}) {
            QPainter p(image);
            p.fillRect(caret, Qt::black);
        }
        if (window != cover) {
            window.save(QDir::temp().filePath(QStringLiteral("screenlock-window.png")));
            cover.save(QDir::temp().filePath(QStringLiteral("screenlock-cover.png")));
        }
        QVERIFY(window == cover);
    }

    void verifyUncovered()
    {
        QVERIFY(!lock()->isVisible());
        QVERIFY(m_window->centralWidget()->isVisible());
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(m_window->statusBar()->isVisible());
    }

private slots:
    void init()
    {
        test::isolateSettings();
        m_ws = std::make_unique<test::GuiWorkspace>();
        const QString file = test::writeLines(m_ws->path(QStringLiteral("eve.json")), test::baseFixture());
        QCOMPARE(test::importNow(*m_ws->session, {file}).imported, 8);
        m_window = std::make_unique<ui::MainWindow>(m_ws->session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(model()->rowCount(), 8);
        focusTable();
    }

    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
    }

    void timeoutIsClampedToTenMinutes()
    {
        QCOMPARE(m_window->idleWatcher()->timeout(), std::chrono::milliseconds(10min));
        m_window->setIdleLockTimeout(30min);
        QCOMPARE(m_window->idleWatcher()->timeout(), std::chrono::milliseconds(10min));
        m_window->setIdleLockTimeout(1min);
        QCOMPARE(m_window->idleWatcher()->timeout(), std::chrono::milliseconds(1min));
    }

    void locksAfterIdleTimeoutAndCoversEverything()
    {
        QElapsedTimer since;
        since.start();
        m_window->idleWatcher()->start();
        m_window->setIdleLockTimeout(300ms);
        QTRY_VERIFY_WITH_TIMEOUT(lock()->isLocked(), 3000);
        QVERIFY2(since.elapsed() >= 280, qPrintable(QString::number(since.elapsed())));
        CHECK(verifyCovered());
        QVERIFY(passwordField()->hasFocus());
        QVERIFY(!m_window->idleWatcher()->isActive()); // nothing to count while locked

        // A screenshot for review (and a check that the lock page paints something).
        const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots"));
        QDir().mkpath(dir);
        const QImage shot = m_window->grab().toImage();
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("screen-lock.png"))));
        QVERIFY(shot.pixelColor(5, 5) != shot.pixelColor(shot.width() / 2, shot.height() / 2)); // the card stands out

        const auto audit = screenAudit();
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].action, QStringLiteral("screen.lock"));
        QCOMPARE(audit[0].outcome, QStringLiteral("ok"));
        QCOMPARE(audit[0].actor, test::kLead);
        QCOMPARE(audit[0].details, QStringLiteral(R"({"trigger":"idle"})"));
    }

    void inputPostponesTheLockButTimersAndRepaintsDoNot()
    {
        m_window->idleWatcher()->start();
        m_window->setIdleLockTimeout(600ms);
        QTest::mouseMove(view()->viewport(), QPoint(40, 40));
        QTest::qWait(100);
        QTest::mouseMove(view()->viewport(), QPoint(60, 50));
        QVERIFY(m_window->idleWatcher()->idleFor() < 50ms); // the pointer moved: that is the analyst
        QElapsedTimer busy;
        busy.start();
        QElapsedTimer sinceInput;
        int step = 0;
        while (busy.elapsed() < 1500) {
            if (step % 2 == 0)
                QTest::mouseMove(view()->viewport(), QPoint(20 + step, 30 + step));
            else
                QTest::keyClick(view(), Qt::Key_Shift); // a key that changes nothing
            sinceInput.start();
            ++step;
            QTest::qWait(120);
            QVERIFY2(!lock()->isLocked(), "locked while the analyst was working");
        }

        // Repaints, model refreshes and timers are not the analyst.
        QTimer repaint;
        connect(&repaint, &QTimer::timeout, this, [this] {
            view()->viewport()->update();
            m_window->alertScreen()->refresh();
        });
        repaint.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(lock()->isLocked(), 3000);
        QVERIFY2(sinceInput.elapsed() >= 570, qPrintable(QString::number(sinceInput.elapsed())));
    }

    void wrongPasswordShowsAnErrorAndStaysLocked()
    {
        CHECK(lockNow());
        QTRY_VERIFY(passwordField()->hasFocus());
        CHECK(type(QStringLiteral("not-the-password")));
        QTRY_VERIFY(!lock()->isChecking());
        QTRY_VERIFY(!lock()->message().isEmpty());
        QVERIFY(lock()->message().contains(QStringLiteral("Wrong password")));
        QVERIFY(lock()->isLocked());
        QVERIFY(passwordField()->text().isEmpty()); // nothing of the typed secret is kept in the field
        QVERIFY(passwordField()->isEnabled());
        QVERIFY(passwordField()->hasFocus());
        CHECK(verifyCovered());

        const auto audit = screenAudit();
        QCOMPARE(audit.size(), std::size_t(2));
        QCOMPARE(audit[0].details, QStringLiteral(R"({"trigger":"manual"})"));
        QCOMPARE(audit[1].action, QStringLiteral("screen.unlock"));
        QCOMPARE(audit[1].outcome, QStringLiteral("failed"));
        QCOMPARE(audit[1].details, QStringLiteral(R"({"reason":"wrong_password"})"));
        QVERIFY(store::AuditLog(m_ws->session->database()).verify().ok);
    }

    void rightPasswordUnlocksAndRestoresViewAndFocus()
    {
        m_window->showView(1); // the ticket queue
        ui::AlertTableView* queueView = m_window->queueScreen()->view();
        QTRY_VERIFY(queueView->hasFocus());
        QSignalSpy unlocked(lock(), &ui::ScreenLock::unlocked);
        QTest::keyClick(queueView, Qt::Key_L, Qt::ControlModifier); // Ctrl+L locks at once
        QVERIFY(lock()->isLocked());
        CHECK(verifyCovered());
        QVERIFY(!queueView->isVisible());

        CHECK(type(test::kPassword));
        QTRY_VERIFY(!lock()->isLocked());
        QCOMPARE(unlocked.count(), 1);
        CHECK(verifyUncovered());
        QVERIFY(queueView->isVisible());
        QTRY_VERIFY(queueView->hasFocus());
        QVERIFY(m_window->queueScreen()->isVisible());
        QVERIFY(!m_window->alertScreen()->isVisible());
        QVERIFY(m_window->idleWatcher()->isActive()); // counting again

        const auto audit = screenAudit();
        QCOMPARE(audit.size(), std::size_t(2));
        QCOMPARE(audit[1].action, QStringLiteral("screen.unlock"));
        QCOMPARE(audit[1].outcome, QStringLiteral("ok"));
        QCOMPARE(audit[1].actor, test::kLead);
    }

    void backgroundWorkContinuesWhileLocked()
    {
        int timerTicks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&timerTicks] { ++timerTicks; });
        timer.start(20);
        std::atomic_int workerTicks{0};
        std::atomic_bool stop{false};
        std::unique_ptr<QThread> worker(QThread::create([&] {
            while (!stop) {
                ++workerTicks;
                QThread::msleep(10);
            }
        }));
        worker->start();
        model()->setLiveRefreshInterval(100);

        CHECK(lockNow());
        const int timerBefore = timerTicks;
        const int workerBefore = workerTicks;
        QTest::qWait(400);
        QVERIFY2(timerTicks - timerBefore >= 5, qPrintable(QString::number(timerTicks - timerBefore)));
        QVERIFY2(workerTicks - workerBefore >= 5, qPrintable(QString::number(workerTicks - workerBefore)));

        // New alerts arrive (another connection, as a sensor feed would): the hidden table keeps up.
        const QList<QByteArray> lines{
            test::eve(101, test::fixtureTime(30), QStringLiteral("198.51.100.7"), QStringLiteral("10.20.1.15"), 22, 2001219,
                      QStringLiteral("ET SCAN Potential SSH Scan"), 2),
            test::eve(102, test::fixtureTime(31), QStringLiteral("198.51.100.8"), QStringLiteral("10.20.1.15"), 22, 2001219,
                      QStringLiteral("ET SCAN Potential SSH Scan"), 2)};
        QCOMPARE(test::importNow(*m_ws->session, {test::writeLines(m_ws->path(QStringLiteral("more.json")), lines)}).imported, 2);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 10, 5000);
        QVERIFY(lock()->isLocked());
        QVERIFY(!view()->isVisible());

        stop = true;
        worker->wait();
    }

    void shortcutsDoNothingWhileLocked()
    {
        view()->setCurrentIndex(model()->index(0, 0));
        const qint64 first = model()->idAt(0);
        // A shortcut of the window itself (the window stays visible under the lock): only the lock stops it.
        int probeFired = 0;
        auto* probe = new QAction(m_window.get());
        probe->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
        m_window->addAction(probe);
        connect(probe, &QAction::triggered, this, [&probeFired] { ++probeFired; });
        QTest::keyClick(view(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(probeFired, 1);
        CHECK(lockNow());
        QLineEdit* field = passwordField();
        QTRY_VERIFY(field->hasFocus());

        // Triage keys, the view switches, import, new ticket, lock again, quit.
        for (const Qt::Key key : {Qt::Key_A, Qt::Key_F, Qt::Key_B, Qt::Key_T, Qt::Key_E, Qt::Key_Slash})
            QTest::keyClick(field, key);
        QTest::keyClick(field, Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_I, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_L, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Q, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_A);
        QTest::keyClick(field, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(100);
        QCOMPARE(probeFired, 1);

        QCOMPARE(store::AlertRepository(m_ws->session->database()).byId(first)->status, domain::AlertStatus::New);
        QVERIFY(!m_window->alertScreen()->triage()->openReasonDialog());
        QVERIFY(!test::findTopLevel<QDialog>());
        QVERIFY(lock()->isLocked());
        QVERIFY(m_window->isVisible()); // Ctrl+Q did not quit
        CHECK(verifyCovered());
        QCOMPARE(field->text().size(), 6); // the letters went into the password field, nowhere else
        QCOMPARE(screenAudit().size(), std::size_t(1)); // Ctrl+L did not lock a second time

        field->clear();
        CHECK(type(test::kPassword));
        QTRY_VERIFY(!lock()->isLocked());
        QCOMPARE(m_window->alertScreen()->isVisible(), true); // Ctrl+2 did not switch views
        // The same key works again once unlocked: the test above could have seen it.
        QTRY_VERIFY(view()->hasFocus());
        QTest::keyClick(view(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(probeFired, 2);
        QTest::keyClick(view(), Qt::Key_A);
        QTRY_COMPARE(store::AlertRepository(m_ws->session->database()).byId(first)->status, domain::AlertStatus::Acknowledged);
    }

    void otherWindowsAreHiddenAndComeBack()
    {
        QAction* syntax = m_window->findChild<QAction*>(QStringLiteral("actionSearchSyntax"));
        syntax->trigger();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = test::findTopLevel<QMessageBox>(QStringLiteral("searchSyntaxBox"))) != nullptr);
        QPointer<QMessageBox> guard(box);
        CHECK(lockNow());
        QVERIFY(!box->isVisible());

        // A background job reports while the screen is locked: its window stays hidden too.
        auto* late = new QMessageBox(QMessageBox::Warning, QStringLiteral("Import"), QStringLiteral("finished"),
                                     QMessageBox::Close, m_window.get());
        late->setAttribute(Qt::WA_DeleteOnClose);
        late->open();
        QTRY_VERIFY(!late->isVisible());
        QVERIFY(lock()->isLocked());
        QTRY_VERIFY(passwordField()->hasFocus()); // the hidden modal box does not block the lock

        CHECK(type(test::kPassword));
        QTRY_VERIFY(!lock()->isLocked());
        QVERIFY(guard && guard->isVisible());
        QVERIFY(late->isVisible());
        late->close();
        guard->close();
    }

    // An import holds one write transaction for its whole file: the lock must not wait for it
    // (the window would freeze), and its audit entries are written once the import commits.
    void lockDoesNotWaitForAnotherWriter()
    {
        std::unique_ptr<store::Database> importer = m_ws->session->openConnection();
        importer->exec("BEGIN IMMEDIATE");
        QElapsedTimer t;
        t.start();
        CHECK(lockNow());
        CHECK(type(test::kPassword));
        QTRY_VERIFY(!lock()->isLocked());
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(screenAudit().size(), std::size_t(0));
        importer->exec("COMMIT");
        QTRY_COMPARE_WITH_TIMEOUT(screenAudit().size(), std::size_t(2), 10000);
        const auto audit = screenAudit();
        QCOMPARE(audit[0].action, QStringLiteral("screen.lock"));
        QCOMPARE(audit[1].action, QStringLiteral("screen.unlock"));
        QVERIFY(store::AuditLog(m_ws->session->database()).verify().ok);
    }

    // R-25: once the lockout is reached the lock does not stay open forever: the session ends.
    void accountLockedEndsTheSession()
    {
        CHECK(lockNow());
        lock()->setSessionEndDelay(200ms);
        QSignalSpy ending(lock(), &ui::ScreenLock::sessionEndRequested);
        auto* endNow = lock()->findChild<QPushButton*>(QStringLiteral("screenLockEndSession"));
        for (int attempt = 0; attempt < 7 && !endNow->isVisibleTo(lock()); ++attempt) {
            QTRY_VERIFY(passwordField()->isEnabled());
            passwordField()->setFocus();
            CHECK(type(QStringLiteral("guess-%1").arg(attempt)));
            QTRY_VERIFY(!lock()->isChecking());
        }
        if (!endNow->isVisibleTo(lock()))
            QSKIP("verifyPassword does not lock accounts out yet (R-25)");
        QVERIFY(lock()->message().contains(QStringLiteral("administrator")));
        QVERIFY(!passwordField()->isEnabled());
        QTRY_COMPARE(ending.count(), 1);
        QTRY_VERIFY(!m_window->isVisible()); // the main window closed
        const auto audit = screenAudit();
        QCOMPARE(audit.back().outcome, QStringLiteral("refused"));
        QCOMPARE(audit.back().details, QStringLiteral(R"({"reason":"account_locked"})"));
    }
};

QTEST_MAIN(tst_ScreenLock)
#include "tst_ScreenLock.moc"
