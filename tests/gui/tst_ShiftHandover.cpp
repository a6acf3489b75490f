#include "GuiFixture.h"

#include "DutyLogPanel.h"
#include "HandoverPanel.h"
#include "MainWindow.h"
#include "RosterPanel.h"
#include "ShiftView.h"
#include "domain/Clock.h"
#include "domain/DutyLogEntry.h"
#include "domain/ShiftPattern.h"
#include "store/CaseService.h"
#include "store/Database.h"
#include "store/HandoverRepository.h"
#include "store/HandoverService.h"
#include "store/ShiftRoster.h"
#include "store/TicketRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace soc;

namespace {

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
}

} // namespace

// A full shift handover in the GUI (issue 7): the morning lead (a colleague) has prepared the
// handover; the afternoon lead starts the application, is put on the shift, sees the handover with
// its snapshot, accepts it and takes the colleague's open tickets in the same step, writes to the
// duty log, and prepares the handover of their own shift at its end.
class tst_ShiftHandover : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void fullHandover()
    {
        test::GuiWorkspace w;
        const QString lead = w.session->account().username;
        w.addColleague(QStringLiteral("minh"));
        store::Database& db = w.session->database();
        domain::FixedClock clock(at(20, 9));
        const domain::ShiftPattern pattern = domain::ShiftPattern::defaults();
        const domain::ShiftSlot morning = pattern.slotAt(clock.nowMs());
        const domain::ShiftSlot afternoon = pattern.next(morning);
        const domain::ShiftSlot lastNight = pattern.previous(morning);

        store::ShiftRoster roster(db, lead, clock);
        roster.assign(morning, QStringLiteral("minh"), true);
        roster.assign(lastNight, QStringLiteral("minh"), true); // never handed over: flagged
        store::CaseService minhCases(db, QStringLiteral("minh"), clock);
        store::CaseService::NewTicket t;
        t.title = QStringLiteral("Cổng thông tin Sở Y tế không truy cập được");
        t.channel = domain::IntakeChannel::Phone;
        t.assignee = QStringLiteral("minh");
        const domain::Ticket minhTicket = minhCases.createTicket(t);
        t.title = QStringLiteral("Máy chủ thư của UBND xã gửi thư rác");
        t.assignee = lead;
        const domain::Ticket leadTicket = minhCases.createTicket(t);

        clock.set(at(20, 13, 50));
        store::HandoverService(db, QStringLiteral("minh"), clock, pattern)
            .prepare(morning, QStringLiteral("Sở Y tế hẹn gọi lại lúc 15:00."));

        clock.set(at(20, 14, 5));
        ui::MainWindow window(w.session);
        window.setClock(&clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Starting during the afternoon shift put the lead on it, as its lead (it had none).
        auto* shift = window.findChild<QLabel*>(QStringLiteral("currentShift"));
        QVERIFY(shift);
        QTRY_VERIFY(shift->text().contains(QStringLiteral("%1 (lead)").arg(lead)));
        QVERIFY2(shift->text().contains(QStringLiteral("Afternoon shift 14:00–22:00")), qPrintable(shift->text()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Afternoon shift")));
        const auto onAfternoon = store::ShiftRoster(db, lead, clock).leadOf(afternoon.key());
        QVERIFY(onAfternoon);
        QCOMPARE(onAfternoon->username, lead);

        window.findChild<QAction*>(QStringLiteral("actionGo5"))->trigger();
        auto* view = window.findChild<ui::ShiftView*>(QStringLiteral("shiftView"));
        QVERIFY(view && view->isVisible());
        ui::HandoverPanel* panel = view->handover();
        QTRY_VERIFY(panel->pending().has_value());
        QCOMPARE(panel->pending()->shiftKey, morning.key());
        QVERIFY(panel->acceptButton()->isVisible());
        QVERIFY(!panel->prepareButton()->isVisible());
        const QString snapshot = panel->snapshotView()->toPlainText();
        QVERIFY2(snapshot.contains(QStringLiteral("Sở Y tế hẹn gọi lại")), qPrintable(snapshot));
        QVERIFY(snapshot.contains(minhTicket.code));
        QVERIFY(snapshot.contains(QStringLiteral("Alerts not triaged")));
        // Flagged: last night (nobody handed it over) and the morning (prepared, not yet accepted).
        auto flagged = [panel] {
            QStringList keys;
            for (int i = 0; i < panel->unhandedList()->count(); ++i)
                keys << panel->unhandedList()->item(i)->data(Qt::UserRole).toString();
            keys.sort();
            return keys;
        };
        QCOMPARE(flagged(), (QStringList{lastNight.key(), morning.key()}));

        QVERIFY(panel->reassignBox()->isChecked());
        QTest::mouseClick(panel->acceptButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isWorking(), 20000);
        QVERIFY2(panel->stateText().contains(QStringLiteral("1 ticket(s) moved to you")), qPrintable(panel->stateText()));
        const auto accepted = store::HandoverRepository(db).byKey(morning.key());
        QVERIFY(accepted && accepted->isAccepted());
        QCOMPARE(accepted->acceptedBy, lead);
        QCOMPARE(accepted->reassigned, 1);
        QCOMPARE(store::TicketRepository(db).byId(minhTicket.id)->assignee, lead);
        QCOMPARE(store::TicketRepository(db).byId(leadTicket.id)->assignee, lead);
        {
            auto st = db.prepare("SELECT count(*) FROM audit_log WHERE action IN ('shifts.handover', 'shifts.accept')");
            st.step();
            QCOMPARE(st.int64(0), qint64(2)); // both acceptances of the handover are recorded
        } // a statement left stepped would keep this connection on an old snapshot
        QVERIFY(!panel->pending().has_value());
        QCOMPARE(flagged(), QStringList{lastNight.key()});

        // The duty log of the afternoon shift.
        ui::DutyLogPanel* log = view->dutyLog();
        log->textEdit()->setText(QStringLiteral("Gọi Sở Y tế: máy chủ web đã khởi động lại."));
        log->kindBox()->setCurrentIndex(log->kindBox()->findData(static_cast<int>(domain::DutyEntryKind::Call)));
        QTest::mouseClick(log->addButton(), Qt::LeftButton);
        QVERIFY2(log->problem().isEmpty(), qPrintable(log->problem()));
        QCOMPARE(log->table()->rowCount(), 1);
        QCOMPARE(log->table()->item(0, 1)->text(), QStringLiteral("Call received"));
        QVERIFY(log->textEdit()->text().isEmpty());

        // At the end of the shift the lead prepares its handover.
        clock.set(at(20, 21, 45));
        QVERIFY(panel->prepareButton()->isVisible());
        QTRY_VERIFY(!panel->prepareButton()->geometry().isEmpty()); // laid out since it reappeared
        panel->notesEdit()->setPlainText(QStringLiteral("Theo dõi tiếp máy chủ thư của xã."));
        QTest::mouseClick(panel->prepareButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isWorking(), 20000);
        const auto prepared = store::HandoverRepository(db).byKey(afternoon.key());
        QVERIFY2(prepared.has_value(), qPrintable(panel->stateText()));
        QCOMPARE(prepared->preparedBy, lead);
        QCOMPARE(prepared->notes, QStringLiteral("Theo dõi tiếp máy chủ thư của xã."));
        QVERIFY(!prepared->isAccepted());
        QVERIFY(panel->stateText().contains(QStringLiteral("waits for the lead of the next shift")));
        QVERIFY(panel->snapshotView()->toPlainText().contains(QStringLiteral("Theo dõi tiếp")));
    }

    // The lead puts a colleague on tonight's shift as its lead from the Shift view, then takes them off.
    void rosterEditing()
    {
        test::GuiWorkspace w;
        const QString lead = w.session->account().username;
        w.addColleague(QStringLiteral("minh"));
        domain::FixedClock clock(at(20, 10));
        const domain::ShiftPattern pattern = domain::ShiftPattern::defaults();
        const domain::ShiftSlot night = pattern.slot(QDate(2026, 11, 20), 3);
        ui::MainWindow window(w.session);
        window.setClock(&clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionGo5"))->trigger();
        auto* view = window.findChild<ui::ShiftView*>(QStringLiteral("shiftView"));
        QVERIFY(view);
        ui::RosterPanel* roster = view->roster();
        QTRY_COMPARE(roster->table()->rowCount(), 3);
        QTRY_VERIFY(roster->table()->item(0, 2)->text().contains(QStringLiteral("%1 (lead)").arg(lead)));

        roster->table()->setCurrentCell(2, 0); // the night shift
        QCOMPARE(roster->slotBox()->currentData().toString(), night.key());
        roster->personBox()->setCurrentText(QStringLiteral("minh"));
        roster->leadBox()->setChecked(true);
        QTest::mouseClick(roster->assignButton(), Qt::LeftButton);
        QCOMPARE(roster->problem(), QString());
        const auto onNight = store::ShiftRoster(w.session->database(), lead, clock).leadOf(night.key());
        QVERIFY(onNight);
        QCOMPARE(onNight->username, QStringLiteral("minh"));
        QCOMPARE(roster->table()->item(2, 2)->text(), QStringLiteral("minh (lead)"));
        // Queued for the central store, so the other stations see the same roster.
        auto pending = w.session->database().prepare(
            "SELECT count(*) FROM change_journal WHERE pushed_at IS NULL AND entity = 'shift_slot' AND entity_id = ?");
        pending.bind(1, night.key());
        QVERIFY(pending.step());
        QCOMPARE(pending.int64(0), 1);

        QTest::mouseClick(roster->removeButton(), Qt::LeftButton);
        QVERIFY(!store::ShiftRoster(w.session->database(), lead, clock).leadOf(night.key()));
        QCOMPARE(roster->table()->item(2, 2)->text(), QString());
        QTest::mouseClick(roster->removeButton(), Qt::LeftButton); // not on it any more: refused, said why
        QVERIFY(roster->problem().contains(QStringLiteral("is not on the shift")));
    }

    // An auditor sees the shift but neither writes the duty log nor hands over, and is not put on
    // the roster by starting the application.
    void auditorOnlyReads()
    {
        test::GuiWorkspace w(domain::Role::Auditor);
        domain::FixedClock clock(at(20, 10));
        ui::MainWindow window(w.session);
        window.setClock(&clock);
        window.findChild<QAction*>(QStringLiteral("actionGo5"))->trigger();
        auto* view = window.findChild<ui::ShiftView*>(QStringLiteral("shiftView"));
        QVERIFY(view);
        QTRY_VERIFY(view->headerText().contains(QStringLiteral("Morning shift")));
        QVERIFY(view->headerText().contains(QStringLiteral("nobody on the roster")));
        QVERIFY(!view->dutyLog()->addButton()->isVisibleTo(view));
        QVERIFY(!view->handover()->prepareButton()->isVisibleTo(view));
        QVERIFY(!view->roster()->assignButton()->isVisibleTo(view));
        QCOMPARE(view->roster()->table()->rowCount(), 3);
    }
};

QTEST_MAIN(tst_ShiftHandover)
#include "tst_ShiftHandover.moc"
