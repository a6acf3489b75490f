#include "TicketFixture.h"

#include "AlertScreen.h"
#include "AlertTableModel.h"
#include "AlertTableView.h"
#include "CreateTicketDialog.h"
#include "DurationEdit.h"
#include "IncidentView.h"
#include "MainWindow.h"
#include "ManualTicketDialog.h"
#include "NavigationRail.h"
#include "RelatedAlertsPanel.h"
#include "ServiceLevelsDialog.h"
#include "SeverityPicker.h"
#include "TicketCreationFlow.h"
#include "TicketForm.h"
#include "TicketQueueScreen.h"
#include "store/TimelineRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QtTest>

using namespace soc;
using domain::Severity;

// Ticket creation: from alerts selected on the alert screen (T) with the related alerts suggested
// in groups, and by hand for a report received by phone.
class tst_CreateTicket : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::GuiWorkspace> m_ws;
    std::unique_ptr<domain::FixedClock> m_clock;
    std::unique_ptr<ui::MainWindow> m_window;
    std::vector<qint64> m_byFlow; // alert id of flow n at index n - 1

    ui::AlertTableModel* alerts() const { return m_window->alertScreen()->model(); }
    ui::AlertTableView* alertView() const { return m_window->alertScreen()->view(); }
    ui::TicketCreationFlow* flow() const { return m_window->ticketCreation(); }
    qint64 flowId(int flow) const { return m_byFlow[static_cast<size_t>(flow - 1)]; }

    static QPushButton* okOf(QDialog* dialog)
    {
        return dialog->findChild<QDialogButtonBox*>(QStringLiteral("ticketDialogButtons"))
            ->button(QDialogButtonBox::Ok);
    }

    void selectAlerts(std::initializer_list<int> flows)
    {
        QItemSelection selection;
        for (const int f : flows) {
            const int row = alerts()->rowOf(flowId(f));
            QVERIFY2(row >= 0, qPrintable(QString::number(f)));
            selection.select(alerts()->index(row, 0), alerts()->index(row, ui::AlertTableModel::ColumnCount - 1));
        }
        alertView()->selectionModel()->select(selection,
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        alertView()->selectionModel()->setCurrentIndex(alerts()->index(alerts()->rowOf(flowId(*flows.begin())), 0),
                                                       QItemSelectionModel::NoUpdate);
    }

    void focusAlerts()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        alertView()->setFocus();
        QTRY_VERIFY(alertView()->hasFocus());
    }

    ui::CreateTicketDialog* pressT()
    {
        QTest::keyClick(alertView(), Qt::Key_T);
        ui::CreateTicketDialog* dialog = flow()->createDialog();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

private slots:
    void init()
    {
        test::isolateSettings();
        // Service levels are the manager's; everything else here is the shift lead's work.
        const bool levels = QByteArrayView(QTest::currentTestFunction()) == "serviceLevelsAreEditedAndUsedByNewTickets";
        m_ws = std::make_unique<test::GuiWorkspace>(levels ? domain::Role::Manager : domain::Role::ShiftLead);
        QList<QByteArray> lines = test::baseFixture();
        // 9: the same exploit from the same source 10 minutes later; 10: another signature against
        // the same destination as flow 3; 11: the same exploit three hours later (outside the window).
        lines << test::eve(9, test::fixtureTime(10), QStringLiteral("185.220.101.4"), QStringLiteral("10.20.1.22"), 445,
                           2024218, QStringLiteral("ET EXPLOIT Possible ETERNALBLUE MS17-010"), 1)
              << test::eve(10, test::fixtureTime(12), QStringLiteral("203.0.113.9"), QStringLiteral("10.20.1.20"), 445,
                           2025701, QStringLiteral("ET POLICY SMB Executable File Transfer"), 2)
              << test::eve(11, test::fixtureTime(180), QStringLiteral("185.220.101.4"), QStringLiteral("10.20.1.23"),
                           445, 2024218, QStringLiteral("ET EXPLOIT Possible ETERNALBLUE MS17-010"), 1);
        const QString file = test::writeLines(m_ws->path(QStringLiteral("eve.json")), lines);
        QCOMPARE(test::importNow(*m_ws->session, {file}).imported, 11);
        m_byFlow = store::AlertRepository(m_ws->session->database())
                       .ids({}, store::AlertSort{store::AlertSort::Column::Time, false});
        QCOMPARE(m_byFlow.size(), size_t(11));
        m_clock = std::make_unique<domain::FixedClock>(test::ticketNow());
        m_window = std::make_unique<ui::MainWindow>(m_ws->session);
        m_window->setClock(m_clock.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(alerts()->rowCount(), 11);
        focusAlerts();
    }

    void cleanup()
    {
        m_window.reset();
        m_clock.reset();
        m_ws.reset();
    }

    void createTicketActionIsInTheMenuAndTheContextMenu()
    {
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("actionCreateTicket"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_T));
        QVERIFY(alertView()->actions().contains(action));
        QCOMPARE(alertView()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(!action->associatedObjects().isEmpty());
    }

    void fromThreeSelectedAlertsWithTheConfirmedGroup()
    {
        selectAlerts({3, 2, 1}); // the exploit first (newest of the three), then two SSH scans
        ui::CreateTicketDialog* dialog = pressT();
        QVERIFY(dialog);
        QCOMPARE(dialog->selectedAlerts().size(), size_t(3));
        QCOMPARE(dialog->selectedAlerts().front().id, flowId(3));

        // Prefilled: the first alert's signature, the highest severity, and R-1 guidance under it.
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("ticketTitle"));
        QCOMPARE(title->text(), QStringLiteral("ET EXPLOIT Possible ETERNALBLUE MS17-010"));
        QCOMPARE(dialog->form()->severity(), Severity::High);
        auto* guidance = dialog->findChild<QLabel*>(QStringLiteral("severityGuidance"));
        QCOMPARE(guidance->text(), domain::severityGuidance(Severity::High));
        QVERIFY(guidance->isVisible());
        QVERIFY(!dialog->form()->severityPicker()->escalationText().isEmpty()); // R-13 for high

        // Related: same signature and source (flows 4 and 9, ticked), same destination (flow 10,
        // not ticked); flow 11 is outside the hour around the first alert.
        ui::RelatedAlertsPanel* related = dialog->relatedAlerts();
        QCOMPARE(related->groupKeys(),
                 (QStringList{QStringLiteral("signature_source"), QStringLiteral("destination")}));
        QCOMPARE(related->groupAlertIds(QStringLiteral("signature_source")),
                 (std::vector<qint64>{flowId(4), flowId(9)}));
        QCOMPARE(related->groupAlertIds(QStringLiteral("destination")), (std::vector<qint64>{flowId(10)}));
        QVERIFY(related->isGroupChecked(QStringLiteral("signature_source")));
        QVERIFY(!related->isGroupChecked(QStringLiteral("destination")));

        dialog->findChild<QComboBox*>(QStringLiteral("ticketAgency"))->setCurrentText(QStringLiteral("Sở Tài chính"));
        QVERIFY(okOf(dialog)->isEnabled());
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
        QTRY_VERIFY(!flow()->createDialog());

        QMessageBox* box = flow()->createdBox();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        const auto created = store::TicketRepository(m_ws->session->database()).page({}, {}, 0, 10);
        QCOMPARE(created.size(), size_t(1));
        const domain::Ticket& t = created.front();
        QVERIFY2(test::ticketCodePattern().match(t.code).hasMatch(), qPrintable(t.code));
        QCOMPARE(t.code, QStringLiteral("SOC-2026-000001"));
        QCOMPARE(t.severity, Severity::High);
        QCOMPARE(t.agency, QStringLiteral("Sở Tài chính"));
        QCOMPARE(t.channel, domain::IntakeChannel::Monitoring);
        QCOMPARE(t.createdBy, test::kLead);
        std::vector<qint64> expected{flowId(1), flowId(2), flowId(3), flowId(4), flowId(9)};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(store::TicketRepository(m_ws->session->database()).linkedAlertIds(t.id), expected);
        QVERIFY(box->text().contains(t.code));

        // "Open it" switches to the incident view with that ticket.
        auto* open = box->findChild<QPushButton*>(QStringLiteral("openCreatedTicket"));
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(m_window->navigationRail()->current(), 2);
        QCOMPARE(m_window->incidentView()->ticketId(), t.id);
        QVERIFY(m_window->incidentView()->isVisible());
    }

    void tickingAWiderGroupLinksItToo()
    {
        selectAlerts({3});
        ui::CreateTicketDialog* dialog = pressT();
        QVERIFY(dialog);
        ui::RelatedAlertsPanel* related = dialog->relatedAlerts();
        related->setGroupChecked(QStringLiteral("signature_source"), false);
        related->setGroupChecked(QStringLiteral("destination"), true);
        QCOMPARE(dialog->alertIdsToLink(), (std::vector<qint64>{flowId(3), flowId(10)}));
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
        QTRY_VERIFY(flow()->createdBox());
        const QString id = store::TicketRepository(m_ws->session->database()).page({}, {}, 0, 1).front().id;
        QCOMPARE(store::TicketRepository(m_ws->session->database()).linkedAlertIds(id),
                 (std::vector<qint64>{std::min(flowId(3), flowId(10)), std::max(flowId(3), flowId(10))}));
        flow()->createdBox()->findChild<QPushButton*>(QStringLiteral("laterCreatedTicket"))->click();
        QCOMPARE(m_window->navigationRail()->current(), 0); // "Later" stays on the alerts
    }

    void nothingSelectedExplainsInsteadOfOpening()
    {
        alertView()->selectionModel()->clear();
        alertView()->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        QVERIFY(!flow()->fromAlerts(m_window->alertScreen()->selectedAlertIds()));
        QVERIFY(!flow()->createDialog());
    }

    void manualTicketReportedByPhone()
    {
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("actionNewTicket"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
        action->trigger();
        ui::ManualTicketDialog* dialog = flow()->manualDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!okOf(dialog)->isEnabled()); // title and agency are required

        const qint64 received = test::ticketNow() - 20 * test::kMinuteMs;
        dialog->setChannel(domain::IntakeChannel::Phone);
        dialog->setReceivedAt(received);
        QCOMPARE(dialog->receivedAtMs(), received);
        QCOMPARE(dialog->findChild<QDateTimeEdit*>(QStringLiteral("receivedAt"))->text(),
                 QStringLiteral("20/11/2026 10:40"));
        dialog->findChild<QLineEdit*>(QStringLiteral("reportedBy"))
            ->setText(QStringLiteral("Nguyễn Văn An, 0912 345 678"));
        dialog->findChild<QLineEdit*>(QStringLiteral("ticketTitle"))
            ->setText(QStringLiteral("Cổng thông tin bị thay đổi giao diện"));
        QVERIFY(!okOf(dialog)->isEnabled());
        dialog->findChild<QComboBox*>(QStringLiteral("ticketAgency"))
            ->setCurrentText(QStringLiteral("UBND xã Tân Phú"));
        QVERIFY(okOf(dialog)->isEnabled());
        auto* severity = dialog->findChild<QComboBox*>(QStringLiteral("severityCombo"));
        severity->setCurrentIndex(severity->findData(static_cast<int>(Severity::Emergency)));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("severityGuidance"))->text(),
                 domain::severityGuidance(Severity::Emergency));
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
        QTRY_VERIFY(flow()->createdBox());

        const auto tickets = store::TicketRepository(m_ws->session->database()).page({}, {}, 0, 10);
        QCOMPARE(tickets.size(), size_t(1));
        const domain::Ticket& t = tickets.front();
        QVERIFY(test::ticketCodePattern().match(t.code).hasMatch());
        QCOMPARE(t.channel, domain::IntakeChannel::Phone);
        QCOMPARE(t.severity, Severity::Emergency);
        QCOMPARE(t.agency, QStringLiteral("UBND xã Tân Phú"));
        QCOMPARE(t.alertCount, 0);
        // Deadlines count from when the call came in (emergency: first action within 15 minutes).
        QCOMPARE(t.acknowledgeDueMs, received + 15 * test::kMinuteMs);

        // the call is on the timeline with channel, counterpart, direction and time.
        bool logged = false;
        for (const domain::TimelineEvent& e : store::TimelineRepository(m_ws->session->database()).forTicket(t.id)) {
            if (e.kind != domain::TimelineKind::Communication)
                continue;
            logged = true;
            QCOMPARE(e.details.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
            QCOMPARE(e.details.value(QStringLiteral("counterpart")).toString(),
                     QStringLiteral("Nguyễn Văn An, 0912 345 678"));
            QCOMPARE(e.details.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
            QCOMPARE(e.occurredAtMs, received);
        }
        QVERIFY(logged);
        flow()->createdBox()->findChild<QPushButton*>(QStringLiteral("laterCreatedTicket"))->click();

        // The queue shows both kinds of ticket with the readable code.
        makeFromAlerts();
        m_window->findChild<QAction*>(QStringLiteral("actionGo2"))->trigger();
        ui::TicketQueueScreen* queue = m_window->queueScreen();
        QVERIFY(queue->isVisible());
        QTRY_COMPARE(queue->model()->rowCount(), 2);
        QStringList codes;
        for (int row = 0; row < 2; ++row)
            codes << queue->model()->index(row, ui::TicketTableModel::CodeColumn).data().toString();
        codes.sort();
        QCOMPARE(codes, (QStringList{QStringLiteral("SOC-2026-000001"), QStringLiteral("SOC-2026-000002")}));
    }

    void serviceLevelsAreEditedAndUsedByNewTickets()
    {
        m_window->findChild<QAction*>(QStringLiteral("actionServiceLevels"))->trigger();
        ui::ServiceLevelsDialog* dialog = flow()->serviceLevelsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->levels().forSeverity(Severity::High).acknowledgeMs,
                 30 * test::kMinuteMs); // the default
        dialog->acknowledgeEdit(Severity::High)->setValueMs(45 * test::kMinuteMs);
        dialog->resolveEdit(Severity::High)->setValueMs(30 * test::kMinuteMs); // before the first action: refused
        auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("serviceLevelsButtons"))
                       ->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog->problem().isEmpty());
        dialog->resolveEdit(Severity::High)->setValueMs(12 * 3600'000LL);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!flow()->serviceLevelsDialog());
        const domain::Ticket t = test::makeTicket(m_ws->session->database(), *m_clock, QStringLiteral("x"),
                                                  Severity::High, QStringLiteral("Sở Y tế"), {},
                                                  m_ws->session->account().username);
        QCOMPARE(t.acknowledgeDueMs, test::ticketNow() + 45 * test::kMinuteMs);
        QCOMPARE(t.resolveDueMs, test::ticketNow() + 12 * 3600'000LL);
    }

private:
    void makeFromAlerts()
    {
        m_window->showView(0);
        focusAlerts();
        selectAlerts({5});
        ui::CreateTicketDialog* dialog = pressT();
        QVERIFY(dialog);
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);
        QTRY_VERIFY(!flow()->createDialog());
        QTRY_VERIFY(flow()->createdBox());
        flow()->createdBox()->findChild<QPushButton*>(QStringLiteral("laterCreatedTicket"))->click();
    }
};

QTEST_MAIN(tst_CreateTicket)
#include "tst_CreateTicket.moc"
