#include "TicketFixture.h"

#include "AlertTableView.h"
#include "AssignDialog.h"
#include "IncidentView.h"
#include "MainWindow.h"
#include "NavigationRail.h"
#include "StatusChangeDialog.h"
#include "TicketBulkController.h"
#include "TicketFilterBar.h"
#include "TicketQueueScreen.h"
#include "TicketStatusCounts.h"
#include "domain/Language.h"
#include "store/TimelineRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>
#include <QtTest>

using namespace soc;
using domain::Severity;
using domain::TicketStatus;
using ui::TicketTableModel;

// The ticket queue: readable codes, words for ages and countdowns, quick filters, status counts,
// bulk assign and status changes (with refusals named), and live refresh that keeps the selection.
class tst_TicketQueue : public QObject {
    Q_OBJECT

private:
    struct Spec {
        Severity severity;
        const char* agency;
        const char* assignee;
    };
    // 12 tickets created at the same moment: 4 mine, 5 unassigned, 3 someone else's.
    const std::vector<Spec> m_specs{
        {Severity::Low, "Sở Tài chính", "lead"},
        {Severity::Medium, "Sở Y tế", ""},
        {Severity::High, "UBND tỉnh", "lan.nguyen"},
        {Severity::Emergency, "Sở Giáo dục", ""},
        {Severity::Medium, "Sở Tài chính", "lead"},
        {Severity::High, "Sở Y tế", ""},
        {Severity::Low, "UBND tỉnh", "lan.nguyen"},
        {Severity::Emergency, "Sở Tài chính", "lead"},
        {Severity::Medium, "Sở Giáo dục", ""},
        {Severity::High, "Sở Tài chính", "lead"},
        {Severity::Low, "Sở Y tế", ""},
        {Severity::Medium, "UBND tỉnh", "lan.nguyen"},
    };
    std::unique_ptr<test::GuiWorkspace> m_ws;
    std::unique_ptr<domain::FixedClock> m_clock;
    std::unique_ptr<ui::MainWindow> m_window;
    std::vector<domain::Ticket> m_tickets; // in creation order (ticket n at index n - 1)

    ui::TicketQueueScreen* queue() const { return m_window->queueScreen(); }
    TicketTableModel* model() const { return queue()->model(); }
    ui::AlertTableView* view() const { return queue()->view(); }
    const domain::Ticket& ticket(int n) const { return m_tickets[static_cast<size_t>(n - 1)]; }
    int rowOf(int n) const { return model()->rowOf(ticket(n).id); }
    QToolButton* button(const char* name) const { return m_window->findChild<QToolButton*>(QLatin1StringView(name)); }
    QString cell(int n, int column) const { return model()->index(rowOf(n), column).data().toString(); }

    void select(std::initializer_list<int> tickets)
    {
        QItemSelection selection;
        for (const int n : tickets) {
            const int row = rowOf(n);
            QVERIFY2(row >= 0, qPrintable(QString::number(n)));
            selection.select(model()->index(row, 0), model()->index(row, TicketTableModel::ColumnCount - 1));
        }
        view()->selectionModel()->setCurrentIndex(model()->index(rowOf(*tickets.begin()), 0),
                                                  QItemSelectionModel::NoUpdate);
        view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    QStringList selectedIds() const
    {
        QStringList ids;
        for (const int row : view()->targetRows())
            ids << model()->idAt(row);
        ids.sort();
        return ids;
    }

    void focusTable()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view()->setFocus();
        QTRY_VERIFY(view()->hasFocus());
    }

    qint64 countOnButton(const char* name) const
    {
        const QString text = button(name)->text();
        return text.section(u' ', -1).toLongLong();
    }

private slots:
    void init()
    {
        test::isolateSettings();
        m_ws = std::make_unique<test::GuiWorkspace>();
        m_clock = std::make_unique<domain::FixedClock>(test::ticketNow());
        m_tickets.clear();
        int n = 0;
        for (const Spec& s : m_specs) {
            ++n;
            const QString title = n == 4 ? QStringLiteral("Website defaced: cổng thông tin điện tử")
                                         : QStringLiteral("Sự việc %1 tại %2").arg(n).arg(QString::fromUtf8(s.agency));
            m_tickets.push_back(test::makeTicket(m_ws->session->database(), *m_clock, title, s.severity,
                                                 QString::fromUtf8(s.agency), QString::fromUtf8(s.assignee)));
        }
        m_clock->set(test::ticketNow() + 40 * test::kMinuteMs); // high and emergency are past their first-action time
        m_window = std::make_unique<ui::MainWindow>(m_ws->session);
        m_window->setClock(m_clock.get());
        m_window->resize(1400, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->findChild<QAction*>(QStringLiteral("actionGo2"))->trigger();
        QVERIFY(queue()->isVisible());
        QCOMPARE(m_window->navigationRail()->current(), 1);
        QCOMPARE(model()->rowCount(), 12);
        focusTable();
    }

    void cleanup()
    {
        m_window.reset();
        m_clock.reset();
        m_ws.reset();
    }

    void mostUrgentFirstByDefault()
    {
        QCOMPARE(model()->sortOrder().column, store::TicketSort::Column::Due);
        QCOMPARE(view()->horizontalHeader()->sortIndicatorSection(), int(TicketTableModel::DueColumn));
        QCOMPARE(model()->idAt(0), ticket(4).id); // emergency, created first among the emergencies
        QCOMPARE(model()->index(0, TicketTableModel::DueColumn).data(TicketTableModel::DueStateRole).toInt(),
                 static_cast<int>(domain::DueState::Overdue));
    }

    void railHasQueueAndIncidentsWithTheirShortcuts()
    {
        QCOMPARE(m_window->navigationRail()->count(), 5); // + Dashboard (Tổng quan), Shift (Ca trực)
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("actionGo2"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_2));
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("actionGo3"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_3));
        QCOMPARE(m_window->findChild<QToolButton*>(QStringLiteral("nav_queue"))->text(), QStringLiteral("Queue"));
        QCOMPARE(m_window->findChild<QToolButton*>(QStringLiteral("nav_incidents"))->text(),
                 QStringLiteral("Incidents"));
        QCOMPARE(m_window->findChild<QToolButton*>(QStringLiteral("nav_shift"))->text(), QStringLiteral("Shift"));
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("actionGo5"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
        m_window->findChild<QAction*>(QStringLiteral("actionGo3"))->trigger();
        QVERIFY(m_window->incidentView()->isVisible());
    }

    void rowsShowCodesAgesAndCountdownsInWords()
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QString code = model()->index(row, TicketTableModel::CodeColumn).data().toString();
            QVERIFY2(test::ticketCodePattern().match(code).hasMatch(), qPrintable(code));
        }
        QCOMPARE(cell(1, TicketTableModel::CodeColumn), QStringLiteral("SOC-2026-000001"));
        QCOMPARE(cell(12, TicketTableModel::CodeColumn), QStringLiteral("SOC-2026-000012"));
        QCOMPARE(cell(4, TicketTableModel::SeverityColumn), domain::severityLabel(Severity::Emergency));
        QCOMPARE(
            model()->index(rowOf(4), TicketTableModel::SeverityColumn).data(TicketTableModel::SeverityRole).toInt(),
            static_cast<int>(Severity::Emergency));
        QCOMPARE(cell(2, TicketTableModel::AssigneeColumn), QStringLiteral("Unassigned"));
        QCOMPARE(cell(3, TicketTableModel::AssigneeColumn), QStringLiteral("lan.nguyen"));
        QCOMPARE(cell(1, TicketTableModel::StatusColumn), domain::ticketStatusLabel(TicketStatus::New));
        QCOMPARE(cell(1, TicketTableModel::AgeColumn), QStringLiteral("40 minutes"));

        // Emergency: first action was due 15 minutes after creation -> red, icon, words.
        const QModelIndex due4 = model()->index(rowOf(4), TicketTableModel::DueColumn);
        QCOMPARE(due4.data().toString(), QStringLiteral("overdue by 25 minutes"));
        QCOMPARE(due4.data(TicketTableModel::DueStateRole).toInt(), static_cast<int>(domain::DueState::Overdue));
        QVERIFY(!due4.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(due4.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x00, 0x20));
        QVERIFY(due4.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue")));
        // Medium: 2 hours to the first action, 80 minutes left -> on time, no colour.
        const QModelIndex due2 = model()->index(rowOf(2), TicketTableModel::DueColumn);
        QCOMPARE(due2.data().toString(), QStringLiteral("1 hour 20 minutes left"));
        QCOMPARE(due2.data(TicketTableModel::DueStateRole).toInt(), static_cast<int>(domain::DueState::Ok));
        QVERIFY(!due2.data(Qt::ForegroundRole).isValid());

        // 100 minutes after creation the medium ones are within 25% of their service level: amber.
        m_clock->set(test::ticketNow() + 100 * test::kMinuteMs);
        queue()->setClock(m_clock.get());
        const QModelIndex soon = model()->index(rowOf(2), TicketTableModel::DueColumn);
        QCOMPARE(soon.data().toString(), QStringLiteral("20 minutes left"));
        QCOMPARE(soon.data(TicketTableModel::DueStateRole).toInt(), static_cast<int>(domain::DueState::Soon));
        QVERIFY(soon.data(Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(!soon.data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void quickFiltersChangeTheRows()
    {
        QToolButton* mine = button("quickMine");
        QToolButton* unassigned = button("quickUnassigned");
        QToolButton* overdue = button("quickOverdue");
        QCOMPARE(mine->text(), QStringLiteral("Mine"));
        QCOMPARE(countOnButton("statusToggle_new"), 12);

        mine->click();
        QCOMPARE(model()->rowCount(), 4);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(model()->index(row, TicketTableModel::AssigneeColumn).data().toString(), test::kLead);
        QCOMPARE(countOnButton("statusToggle_new"), 4); // the header counts follow the filters

        unassigned->click(); // excludes "mine"
        QVERIFY(!mine->isChecked());
        QCOMPARE(model()->rowCount(), 5);
        unassigned->click();
        QCOMPARE(model()->rowCount(), 12);

        overdue->click();
        QCOMPARE(model()->rowCount(), 5); // 3 high + 2 emergency
        mine->click();
        QCOMPARE(model()->rowCount(), 2); // tickets 8 and 10
        mine->click();
        overdue->click();

        // The clock moves on: 2 h 10 min after creation the medium ones are overdue as well.
        m_clock->set(test::ticketNow() + 130 * test::kMinuteMs);
        queue()->setClock(m_clock.get());
        overdue->click();
        QCOMPARE(model()->rowCount(), 9);
        overdue->click();

        button("ticketSeverity_emergency")->click();
        QCOMPARE(model()->rowCount(), 2);
        button("ticketSeverity_emergency")->click();

        auto* agency = m_window->findChild<QComboBox*>(QStringLiteral("ticketAgencyFilter"));
        agency->setCurrentIndex(agency->findData(QStringLiteral("Sở Y tế")));
        QCOMPARE(model()->rowCount(), 3);
        agency->setCurrentIndex(0);
        QCOMPARE(model()->rowCount(), 12);

        queue()->filterBar()->setSearchText(QStringLiteral("defaced"));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->idAt(0), ticket(4).id);
        queue()->filterBar()->setSearchText(QString());
        QCOMPARE(model()->rowCount(), 12);
    }

    void statusTogglesFilterAndCountsFollowChanges()
    {
        store::CaseService service(m_ws->session->database(), test::kLead, *m_clock);
        const QString ids[] = {ticket(1).id, ticket(2).id};
        service.setStatus(std::span<const QString>(ids, 2), TicketStatus::InProgress);
        queue()->refresh();
        QTRY_COMPARE(countOnButton("statusToggle_in_progress"), 2);
        QCOMPARE(countOnButton("statusToggle_new"), 10);
        button("statusToggle_in_progress")->click();
        QCOMPARE(model()->rowCount(), 2);
        button("statusToggle_new")->click();
        QCOMPARE(model()->rowCount(), 12);
        QCOMPARE(queue()->statusCounts()->statusMask(), (1 << 0) | (1 << 1));
    }

    void bulkAssignToMeWithTheKeyboard()
    {
        select({2, 4, 6});
        QTest::keyClick(view(), Qt::Key_M);
        for (const int n : {2, 4, 6})
            QCOMPARE(test::storedTicket(*m_ws->session, ticket(n).id).assignee, test::kLead);
        QCOMPARE(test::storedTicket(*m_ws->session, ticket(9).id).assignee, QString());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Assigned 3 of 3")));
        QTRY_COMPARE(cell(4, TicketTableModel::AssigneeColumn), test::kLead);
        button("quickUnassigned")->click();
        QCOMPARE(model()->rowCount(), 2); // tickets 9 and 11
        button("quickMine")->click();
        QCOMPARE(model()->rowCount(), 7);
    }

    void bulkAssignToSomeoneThroughTheDialog()
    {
        select({1, 3});
        QTest::keyClick(view(), Qt::Key_M, Qt::ShiftModifier);
        QTRY_VERIFY(queue()->bulk()->assignDialog());
        ui::AssignDialog* dialog = queue()->bulk()->assignDialog();
        auto* user = dialog->findChild<QComboBox*>(QStringLiteral("assignUser"));
        QVERIFY(user->findText(test::kLead) >= 0);
        user->setCurrentText(QStringLiteral("minh.tran"));
        dialog->accept();
        QTRY_VERIFY(!queue()->bulk()->assignDialog());
        QCOMPARE(test::storedTicket(*m_ws->session, ticket(1).id).assignee, QStringLiteral("minh.tran"));
        QCOMPARE(test::storedTicket(*m_ws->session, ticket(3).id).assignee, QStringLiteral("minh.tran"));
    }

    void bulkStatusChangeNamesTheRefusedTickets()
    {
        store::CaseService(m_ws->session->database(), test::kLead, *m_clock)
            .setStatus(ticket(3).id, TicketStatus::Closed, QStringLiteral("Trùng với SOC-2026-000001"));
        queue()->refresh();
        QTRY_COMPARE(cell(3, TicketTableModel::StatusColumn), domain::ticketStatusLabel(TicketStatus::Closed));
        select({1, 3, 5});
        QTest::keyClick(view(), Qt::Key_S);
        QTRY_VERIFY(queue()->bulk()->statusDialog());
        ui::StatusChangeDialog* dialog = queue()->bulk()->statusDialog();
        dialog->setStatus(TicketStatus::Resolved); // closed -> resolved is not a transition
        QVERIFY(!dialog->reasonRequired());
        auto* hint = dialog->findChild<QLabel*>(QStringLiteral("statusHint"));
        QVERIFY(hint->text().contains(QStringLiteral("1 of the selected tickets cannot")));
        auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("statusButtons"))->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!queue()->bulk()->statusDialog());

        QCOMPARE(test::storedTicket(*m_ws->session, ticket(1).id).status, TicketStatus::Resolved);
        QCOMPARE(test::storedTicket(*m_ws->session, ticket(5).id).status, TicketStatus::Resolved);
        QCOMPARE(test::storedTicket(*m_ws->session, ticket(3).id).status, TicketStatus::Closed);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("ticketErrorBox"))) != nullptr);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("1 of 3 tickets were not changed")), qPrintable(box->text()));
        QVERIFY(box->text().contains(ticket(3).code));
        QVERIFY(!box->text().contains(ticket(1).code));
        QVERIFY(!box->text().contains(ticket(5).code));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("on 2 of 3 tickets")));
        box->accept();
    }

    void reopeningRequiresAReason()
    {
        store::CaseService(m_ws->session->database(), test::kLead, *m_clock)
            .setStatus(ticket(2).id, TicketStatus::Resolved);
        queue()->refresh();
        QTRY_COMPARE(cell(2, TicketTableModel::StatusColumn), domain::ticketStatusLabel(TicketStatus::Resolved));
        QCOMPARE(cell(2, TicketTableModel::DueColumn), QString()); // resolved: no deadline
        select({2});
        queue()->bulk()->openStatusDialog();
        ui::StatusChangeDialog* dialog = queue()->bulk()->statusDialog();
        QVERIFY(dialog);
        dialog->setStatus(TicketStatus::InProgress);
        QVERIFY(dialog->reasonRequired());
        auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("statusButtons"))->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("statusReason"))
            ->setPlainText(QStringLiteral("Đơn vị báo tái diễn"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(test::storedTicket(*m_ws->session, ticket(2).id).status, TicketStatus::InProgress);
        bool reasonKept = false;
        for (const domain::TimelineEvent& e :
             store::TimelineRepository(m_ws->session->database()).forTicket(ticket(2).id))
            reasonKept = reasonKept || e.details.value(QStringLiteral("reason")).toString() == u"Đơn vị báo tái diễn";
        QVERIFY(reasonKept);
    }

    void liveRefreshKeepsTheSelectedTicket()
    {
        model()->setQuery(model()->filter(), store::TicketSort{store::TicketSort::Column::Updated, true});
        select({5});
        QCOMPARE(queue()->currentTicketId(), ticket(5).id);
        const int before = rowOf(5);

        // A ticket arrives through another connection (another analyst's sync, an import…).
        {
            auto db = m_ws->session->openConnection();
            test::makeTicket(*db, *m_clock, QStringLiteral("Dò quét cổng dịch vụ"), Severity::Medium,
                             QStringLiteral("Sở Nội vụ"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 13, 10000);
        QCOMPARE(queue()->currentTicketId(), ticket(5).id);
        QCOMPARE(selectedIds(), QStringList{ticket(5).id});
        QCOMPARE(rowOf(5), before + 1); // sorted by last update: the new one is on top
        QTRY_COMPARE(countOnButton("statusToggle_new"), 13);

        // A ticket changes (moves to the top): the rows are reordered, the selection comes back by id.
        {
            auto db = m_ws->session->openConnection();
            domain::FixedClock later(m_clock->nowMs() + test::kMinuteMs);
            test::addLocalAccount(*db, QStringLiteral("lan.nguyen"), domain::Role::Analyst);
            store::CaseService(*db, QStringLiteral("lan.nguyen"), later)
                .setStatus(ticket(9).id, TicketStatus::InProgress);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model()->idAt(0), ticket(9).id, 10000);
        QCOMPARE(queue()->currentTicketId(), ticket(5).id);
        QCOMPARE(selectedIds(), QStringList{ticket(5).id});
        QTRY_COMPARE(countOnButton("statusToggle_in_progress"), 1);
        QCOMPARE(countOnButton("statusToggle_new"), 12);
        QCOMPARE(cell(9, TicketTableModel::StatusColumn), domain::ticketStatusLabel(TicketStatus::InProgress));
    }

    void enterOpensTheTicketInTheIncidentView()
    {
        select({7});
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(m_window->navigationRail()->current(), 2);
        QVERIFY(m_window->incidentView()->isVisible());
        QCOMPARE(m_window->incidentView()->ticketId(), ticket(7).id);
    }

    void languageSwitchRetranslatesTheQueue()
    {
        domain::Language::install(*qApp, QStringLiteral("vi")); // LanguageChange is posted
        QTRY_COMPARE(button("ticketSeverity_emergency")->text(), QStringLiteral("Khẩn cấp"));
        QCOMPARE(cell(4, TicketTableModel::SeverityColumn), QStringLiteral("Khẩn cấp"));
        QVERIFY(button("statusToggle_new")->text().startsWith(domain::ticketStatusLabel(TicketStatus::New)));
        QCOMPARE(cell(1, TicketTableModel::StatusColumn), domain::ticketStatusLabel(TicketStatus::New));
        domain::Language::install(*qApp, QStringLiteral("en"));
        QTRY_COMPARE(button("ticketSeverity_emergency")->text(), QStringLiteral("Emergency"));
        QCOMPARE(button("quickMine")->text(), QStringLiteral("Mine"));
    }

    void sortsOnTheColumnsTheStoreSupports()
    {
        QHeaderView* header = view()->horizontalHeader();
        header->setSortIndicator(TicketTableModel::CodeColumn, Qt::AscendingOrder);
        QCOMPARE(model()->idAt(0), ticket(1).id);
        header->setSortIndicator(TicketTableModel::CodeColumn, Qt::DescendingOrder);
        QCOMPARE(model()->idAt(0), ticket(12).id);
        header->setSortIndicator(TicketTableModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(model()->index(0, 0).data(TicketTableModel::SeverityRole).toInt(),
                 static_cast<int>(Severity::Emergency));
        header->setSortIndicator(TicketTableModel::DueColumn, Qt::AscendingOrder);
        QCOMPARE(model()->index(0, 0).data(TicketTableModel::SeverityRole).toInt(),
                 static_cast<int>(Severity::Emergency));
        header->setSortIndicator(TicketTableModel::TitleColumn, Qt::AscendingOrder); // not offered
        QCOMPARE(header->sortIndicatorSection(), int(TicketTableModel::DueColumn));
        QCOMPARE(model()->sortOrder().column, store::TicketSort::Column::Due);
    }
};

QTEST_MAIN(tst_TicketQueue)
#include "tst_TicketQueue.moc"
