#include "IncidentFixture.h"

#include "CommunicationDialog.h"
#include "DeclareIncidentDialog.h"
#include "EntryDialog.h"
#include "EscalationPanel.h"
#include "EvidenceDialog.h"
#include "EvidencePanel.h"
#include "IncidentHeader.h"
#include "IncidentView.h"
#include "RefusalBanner.h"
#include "StepPanel.h"
#include "StepStepper.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace soc;
using domain::StepState;

// The incident view over a real encrypted database with a fixed clock: declaring an incident
// through the dialog, the seven steps and their gates (refusals explained inline, with the fix one
// click away), closing, escalations, communications, and the R-11 clock.
class tst_IncidentView : public QObject {
    Q_OBJECT

    std::unique_ptr<test::GuiWorkspace> m_ws;
    domain::FixedClock m_clock{test::incidentNow()};
    std::unique_ptr<ui::IncidentView> m_view;
    QString m_ticketId;

    store::Session& session() { return *m_ws->session; }
    StepState stateOf(int step) { return test::stepsOf(session(), m_ticketId)[static_cast<size_t>(step - 1)].state; }
    template <typename T>
    T* child(const QString& name)
    {
        T* w = m_view->findChild<T*>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }
    QString refusalText() { return m_view->stepPanel()->refusal()->findChild<QLabel*>(QStringLiteral("refusalText"))->text(); }
    QPushButton* refusalFix() { return m_view->stepPanel()->refusal()->fixButton(); }
    void activate()
    {
        // Closing a window-modal dialog leaves no active window on the offscreen platform.
        QApplication::setActiveWindow(m_view.get());
        QTRY_VERIFY(m_view->isActiveWindow());
    }
    void clickDone(int step)
    {
        activate();
        m_view->selectStep(step);
        QCOMPARE(m_view->stepPanel()->stepNumber(), step);
        QPushButton* done = child<QPushButton>(QStringLiteral("stepDone"));
        QVERIFY(done->isEnabled());
        QTest::mouseClick(done, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_ws = std::make_unique<test::GuiWorkspace>();
        m_ticketId = test::newCaseTicket(session(), m_clock, QStringLiteral("Cổng thông tin tỉnh bị thay đổi giao diện")).id;
        m_view = std::make_unique<ui::IncidentView>(m_ws->session);
        m_view->setClock(&m_clock);
        m_view->resize(1600, 900);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_ws.reset();
    }

    void emptyViewExplainsItself()
    {
        QVERIFY(m_view->ticketId().isEmpty());
        QVERIFY(child<QLabel>(QStringLiteral("incidentEmpty"))->isVisible());
        QVERIFY(!child<QPushButton>(QStringLiteral("quickNote"))->isEnabled());
    }

    void ticketThatIsNotAnIncidentOffersDeclare()
    {
        m_view->openTicket(m_ticketId);
        QVERIFY(m_view->ticket());
        QVERIFY(!m_view->incident());
        QVERIFY(child<QPushButton>(QStringLiteral("incidentDeclare"))->isVisible());
        QVERIFY(!child<QPushButton>(QStringLiteral("incidentClose"))->isVisible());
        QVERIFY(child<QLabel>(QStringLiteral("notIncident"))->isVisible());
        QVERIFY(!m_view->stepper()->isVisible());
    }

    void declareThroughTheDialog()
    {
        QTest::mouseClick(child<QPushButton>(QStringLiteral("incidentDeclare")), Qt::LeftButton);
        auto* dialog = qobject_cast<ui::DeclareIncidentDialog*>(m_view->currentDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // R-1 guidance follows the severity; R-2 grouping follows the checklist, live.
        auto* severity = dialog->findChild<QComboBox*>(QStringLiteral("declareSeverity"));
        severity->setCurrentIndex(severity->findData(static_cast<int>(domain::Severity::Emergency)));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("declareSeverityGuidance"))->text().section(u'\n', 0, 0),
                 domain::severityGuidance(domain::Severity::Emergency));
        QVERIFY(dialog->groupingText().contains(domain::nationalGroupingLabel(domain::NationalGrouping::Ordinary)));
        auto* level = dialog->findChild<QComboBox*>(QStringLiteral("declareLevel"));
        level->setCurrentIndex(level->findData(4));
        QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("criterion_0"))->isChecked()); // level 4 ticks "level 4-5"
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("declareLevelText"))->text(), domain::securityLevelLabel(4));
        dialog->findChild<QCheckBox*>(QStringLiteral("criterion_1"))->setChecked(true); // service interruption
        QVERIFY(dialog->groupingText().contains(domain::nationalGroupingLabel(domain::NationalGrouping::Ordinary)));
        dialog->findChild<QCheckBox*>(QStringLiteral("criterion_6"))->setChecked(true); // owner cannot handle alone
        QVERIFY(dialog->groupingText().contains(domain::nationalGroupingLabel(domain::NationalGrouping::Serious)));
        // The ten official types of R-4, in order.
        auto* type = dialog->findChild<QComboBox*>(QStringLiteral("declareType"));
        QCOMPARE(type->count(), domain::kIncidentTypeCount);
        QVERIFY(type->itemText(4).contains(domain::incidentTypeLabel(5)));
        type->setCurrentIndex(4);
        dialog->findChild<QLineEdit*>(QStringLiteral("declareSystem"))->setText(QStringLiteral("Cổng thông tin điện tử tỉnh"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!dialog->isVisible());

        QVERIFY(m_view->incident());
        const domain::Incident i = test::incidentOf(session(), m_ticketId);
        QCOMPARE(i.severity, domain::Severity::Emergency);
        QCOMPARE(i.type, 5);
        QCOMPARE(i.systemLevel, 4);
        QCOMPARE(i.criteria.grouping(), domain::NationalGrouping::Serious);
        QCOMPARE(i.detectedAtMs, test::incidentNow()); // the ticket's creation time
        QVERIFY(m_view->stepper()->isVisible());
        QCOMPARE(m_view->stepPanel()->stepNumber(), 1);
        QVERIFY(m_view->header()->fieldText(QStringLiteral("type")).contains(domain::incidentTypeLabel(5)));
        QCOMPARE(m_view->header()->fieldText(QStringLiteral("grouping")),
                 domain::nationalGroupingLabel(domain::NationalGrouping::Serious));
        QVERIFY(m_view->header()->fieldText(QStringLiteral("system")).contains(domain::securityLevelLabel(4)));
    }

    void regulatoryClockCountsFiveDaysFromDetection()
    {
        // Detected 20/11/2026 10:00 → notification due 25/11/2026 10:00.
        QVERIFY(m_view->header()->notificationClockText().contains(QStringLiteral("25/11/2026 10:00")));
        QVERIFY(m_view->header()->notificationClockText().contains(QStringLiteral("5 days left")));
        m_clock.advance((24 + 2) * 3600'000LL + 30 * 60'000LL);
        m_view->reload();
        QVERIFY2(m_view->header()->notificationClockText().contains(QStringLiteral("3 days 21 hours left")),
                 qPrintable(m_view->header()->notificationClockText()));
        QVERIFY(m_view->header()->closingClockText().contains(QStringLiteral("after the response ends")));
        m_clock.set(test::incidentNow());
        m_view->reload();
    }

    void checklistOwnerAndNotesAreSaved()
    {
        activate();
        m_view->selectStep(1);
        auto* text = child<QLabel>(QStringLiteral("stepCheckText_1"));
        QCOMPARE(text->text(), domain::stepChecklist(1).at(1));
        QTest::mouseClick(text, Qt::LeftButton); // the wrapped label toggles its box
        QVERIFY(child<QCheckBox>(QStringLiteral("stepCheck_1"))->isChecked());
        QCOMPARE(test::stepsOf(session(), m_ticketId)[0].checklistDone, 2u);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("stepOwnerMe")), Qt::LeftButton);
        QCOMPARE(test::stepsOf(session(), m_ticketId)[0].owner, test::kLead);
        auto* save = child<QPushButton>(QStringLiteral("stepNotesSave"));
        QVERIFY(!save->isEnabled());
        child<QPlainTextEdit>(QStringLiteral("stepNotes"))->setPlainText(QStringLiteral("Đầu mối Sở TT&TT đã xác nhận qua điện thoại"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(test::stepsOf(session(), m_ticketId)[0].notes, QStringLiteral("Đầu mối Sở TT&TT đã xác nhận qua điện thoại"));
        QVERIFY(!save->isEnabled());
    }

    void escalationChecklistForEmergency()
    {
        ui::EscalationPanel* panel = m_view->header()->escalations();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->statusText(domain::EscalationTarget::DirectSuperior), QStringLiteral("not notified yet"));
        m_clock.advance(15 * 60'000);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("notify_") + domain::escalationTargetKey(domain::EscalationTarget::DirectSuperior)),
                          Qt::LeftButton);
        auto* dialog = qobject_cast<ui::CommunicationDialog*>(m_view->currentDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->target(), std::optional(domain::EscalationTarget::DirectSuperior));
        dialog->setChannel(domain::CommChannel::Phone);
        dialog->setCounterpart(QStringLiteral("Ông Nguyễn Văn Bình, Phó Giám đốc Sở"));
        dialog->setSummary(QStringLiteral("Báo cáo sự cố thay đổi giao diện cổng thông tin"));
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        QCOMPARE(panel->statusText(domain::EscalationTarget::DirectSuperior), QStringLiteral("notified 20/11/2026 10:15"));
        QCOMPARE(panel->statusText(domain::EscalationTarget::Police), QStringLiteral("not notified yet"));
    }

    void stepThreeIsRefusedUntilContainmentThenCompletes()
    {
        clickDone(1);
        QCOMPARE(stateOf(1), StepState::Done);
        QCOMPARE(m_view->stepPanel()->stepNumber(), 2); // moved on
        QTest::mouseClick(child<QPushButton>(QStringLiteral("stepStart")), Qt::LeftButton);
        QCOMPARE(stateOf(2), StepState::InProgress);
        clickDone(2);
        QCOMPARE(stateOf(2), StepState::Done);

        clickDone(3);
        QCOMPARE(stateOf(3), StepState::NotStarted);
        QVERIFY(m_view->stepPanel()->refusal()->isVisible());
        QVERIFY2(refusalText().contains(QStringLiteral("containment")), qPrintable(refusalText()));
        QVERIFY(refusalFix()->isVisible());
        QCOMPARE(refusalFix()->text(), QStringLiteral("Add containment action…"));
        QTest::mouseClick(refusalFix(), Qt::LeftButton);
        auto* dialog = qobject_cast<ui::EntryDialog*>(m_view->currentDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), ui::EntryDialog::Kind::Action);
        QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("entryContainment"))->isChecked());
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("entryStep"))->currentData().toInt(), 3);
        dialog->setText(QStringLiteral("Ngắt kết nối máy chủ web 10.20.1.15 khỏi mạng (tắt cổng 12 trên switch lõi)"));
        dialog->accept();
        QCOMPARE(stateOf(3), StepState::Done); // the fix retried the completion
        QVERIFY(!m_view->stepPanel()->refusal()->isVisible());
        QCOMPARE(m_view->stepPanel()->stepNumber(), 4);
    }

    void stepFourIsRefusedUntilEvidenceIsHashed()
    {
        clickDone(4);
        QCOMPARE(stateOf(4), StepState::NotStarted);
        QVERIFY(refusalText().contains(QStringLiteral("evidence")));
        QCOMPARE(refusalFix()->text(), QStringLiteral("Add evidence…"));
        QTest::mouseClick(refusalFix(), Qt::LeftButton);
        auto* dialog = qobject_cast<ui::EvidenceDialog*>(m_view->currentDialog());
        QVERIFY(dialog);
        const QString path = m_ws->path(QStringLiteral("access.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 2000; ++i)
            f.write("45.148.10.7 - - [20/Nov/2026:09:58:01 +0700] \"POST /wp-admin/admin-ajax.php HTTP/1.1\" 200 512\n");
        f.close();
        dialog->setFile(path);
        dialog->setDescription(QStringLiteral("Nhật ký truy cập máy chủ web"));
        dialog->setSourceSystem(QStringLiteral("congtt.tinh.gov.vn"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(4) == StepState::Done, 20000);
        QTRY_VERIFY(m_view->evidencePanel()->itemCount() == 1);
        QVERIFY(!m_view->stepPanel()->refusal()->isVisible());
        QCOMPARE(m_view->evidencePanel()->table()->item(0, 0)->text(), QStringLiteral("access.log"));
        QCOMPARE(m_view->evidencePanel()->findChild<QLineEdit*>(QStringLiteral("evidenceSha256"))->text().size(), 64);
        QVERIFY(m_view->evidencePanel()->custodyTable()->rowCount() >= 1);
    }

    void verifyAllRunsInTheBackground()
    {
        m_view->evidencePanel()->verifyAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->evidencePanel()->isVerifying(), 20000);
        const QString id = m_view->evidencePanel()->selectedId();
        QTRY_VERIFY(m_view->evidencePanel()->checkText(id).contains(QStringLiteral("intact")));
        const int custody = m_view->evidencePanel()->custodyTable()->rowCount();
        QVERIFY(custody >= 2); // received, verified

        QDir(m_ws->dir.path()).mkdir(QStringLiteral("handover"));
        m_view->evidencePanel()->exportSelected(m_ws->path(QStringLiteral("handover")), QStringLiteral("Công an tỉnh (PA05)"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->evidencePanel()->isExporting(), 20000);
        QVERIFY2(m_view->evidencePanel()->message().contains(m_ws->path(QStringLiteral("handover"))),
                 qPrintable(m_view->evidencePanel()->message()));
        QVERIFY(QFile::exists(m_ws->path(QStringLiteral("handover/access.log"))));
        QTRY_COMPARE(m_view->evidencePanel()->custodyTable()->rowCount(), custody + 1); // exported, to whom
    }

    void skipNeedsAReason()
    {
        m_view->selectStep(5);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("stepSkip")), Qt::LeftButton);
        auto* confirm = child<QPushButton>(QStringLiteral("stepSkipConfirm"));
        QVERIFY(confirm->isVisible());
        QVERIFY(!confirm->isEnabled());
        child<QLineEdit>(QStringLiteral("stepSkipReason"))->setText(QStringLiteral("Nguyên nhân đã được xử lý cùng bước 3"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(stateOf(5), StepState::Skipped);
        QCOMPARE(test::stepsOf(session(), m_ticketId)[4].skipReason, QStringLiteral("Nguyên nhân đã được xử lý cùng bước 3"));
        clickDone(6);
        QCOMPARE(stateOf(6), StepState::Done);
        // Steps 1-6 settled: the Mẫu 04 clock starts.
        QVERIFY(m_view->header()->closingClockText().contains(QStringLiteral("25/11/2026 10:15")));
    }

    void closeIsRefusedWhileAStepIsOpen()
    {
        QTest::mouseClick(child<QPushButton>(QStringLiteral("incidentClose")), Qt::LeftButton);
        ui::RefusalBanner* banner = m_view->closeRefusal();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Step 7: ") + domain::stepTitle(7)), qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(QStringLiteral("Step 3: ")));
        QVERIFY(test::incidentOf(session(), m_ticketId).closedAtMs == 0);
        QTest::mouseClick(banner->fixButton(), Qt::LeftButton);
        QCOMPARE(m_view->stepPanel()->stepNumber(), 7);
    }

    void stepSevenNeedsLessonsAndOutcome()
    {
        clickDone(7);
        QCOMPARE(stateOf(7), StepState::NotStarted);
        QVERIFY(refusalText().contains(QStringLiteral("lessons")));
        auto* lessons = child<QPlainTextEdit>(QStringLiteral("incidentLessons"));
        auto* outcome = child<QPlainTextEdit>(QStringLiteral("incidentOutcome"));
        QVERIFY(lessons->isVisible());
        QVERIFY(lessons->hasFocus());
        lessons->setPlainText(QStringLiteral("Cập nhật bản vá WordPress hằng tuần; giám sát thay đổi tệp trên máy chủ web."));
        outcome->setPlainText(QStringLiteral("Giao diện được khôi phục từ bản sao lưu lúc 11:40; tài khoản quản trị bị lộ đã bị khóa."));
        clickDone(7); // unsaved text counts: it is saved first
        QCOMPARE(stateOf(7), StepState::Done);
        QCOMPARE(test::incidentOf(session(), m_ticketId).lessonsLearned,
                 QStringLiteral("Cập nhật bản vá WordPress hằng tuần; giám sát thay đổi tệp trên máy chủ web."));
    }

    void communicationWithTheKeyboard()
    {
        activate();
        m_view->timeline()->listView()->setFocus();
        QTest::keyClick(m_view->timeline()->listView(), Qt::Key_C);
        auto* dialog = qobject_cast<ui::CommunicationDialog*>(m_view->currentDialog());
        QVERIFY(dialog);
        QVERIFY(!dialog->target());
        dialog->setChannel(domain::CommChannel::Fax);
        dialog->setDirection(domain::CommDirection::In);
        dialog->setCounterpart(QStringLiteral("Công an tỉnh (PA05)"));
        dialog->setSummary(QStringLiteral("Đề nghị cung cấp nhật ký truy cập"));
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        const ui::TimelineModel* model = m_view->timeline()->model();
        const auto& last = model->eventAt(model->rowCount() - 1);
        QCOMPARE(last.kind, domain::TimelineKind::Communication);
        const QString shown = model->index(model->rowCount() - 1, ui::TimelineModel::SummaryColumn).data().toString();
        QVERIFY2(shown.contains(domain::commChannelLabel(domain::CommChannel::Fax)), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("incoming")));
        QVERIFY(shown.contains(QStringLiteral("Công an tỉnh (PA05)")));
    }

    void noteAndEvidenceKeys()
    {
        activate();
        QTest::keyClick(m_view->timeline()->listView(), Qt::Key_N);
        auto* note = qobject_cast<ui::EntryDialog*>(m_view->currentDialog());
        QVERIFY(note);
        QCOMPARE(note->kind(), ui::EntryDialog::Kind::Note);
        note->reject();
        activate();
        QTest::keyClick(m_view->timeline()->listView(), Qt::Key_E);
        auto* evidence = qobject_cast<ui::EvidenceDialog*>(m_view->currentDialog());
        QVERIFY(evidence);
        evidence->reject();
        activate();
        // Typing in a text field keeps its letters.
        QTest::keyClick(child<QLineEdit>(QStringLiteral("timelineTextFilter")), Qt::Key_N);
        QCOMPARE(child<QLineEdit>(QStringLiteral("timelineTextFilter"))->text(), QStringLiteral("n"));
        child<QLineEdit>(QStringLiteral("timelineTextFilter"))->clear();
    }

    void closeIsAllowedOnceEveryStepIsSettled()
    {
        QTest::mouseClick(child<QPushButton>(QStringLiteral("incidentClose")), Qt::LeftButton);
        QVERIFY(!m_view->closeRefusal()->isVisible());
        QVERIFY(test::incidentOf(session(), m_ticketId).closedAtMs > 0);
        QVERIFY(!child<QPushButton>(QStringLiteral("incidentClose"))->isEnabled());
        QVERIFY(!child<QPushButton>(QStringLiteral("stepDone"))->isEnabled());
    }

    void beyondCapabilityShowsTheMau03Banner()
    {
        const QString id = test::newCaseTicket(session(), m_clock, QStringLiteral("Mã hóa dữ liệu máy chủ một cửa")).id;
        test::declareNow(session(), m_clock, id, domain::Severity::Medium);
        m_view->openTicket(id);
        QVERIFY(!m_view->header()->mau03Shown());
        QVERIFY(!m_view->header()->escalations()->isVisible()); // medium: no R-13 list
        m_view->markBeyondCapability();
        auto* box = qobject_cast<QMessageBox*>(m_view->currentDialog());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(m_view->header()->mau03Shown());
        QVERIFY(m_view->header()->escalations()->isVisible()); // beyond capability: everyone, at once
        QVERIFY(!child<QPushButton>(QStringLiteral("incidentBeyondCapability"))->isEnabled());
    }

    void languageChangeRetranslates()
    {
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(m_view.get(), &change);
        QCOMPARE(child<QPushButton>(QStringLiteral("quickNote"))->text(), QStringLiteral("Note (N)"));
    }
};

QTEST_MAIN(tst_IncidentView)
#include "tst_IncidentView.moc"
