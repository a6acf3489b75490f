#include "IncidentFixture.h"
#include "TicketFixture.h"

#include "AgencyAnswerDialog.h"
#include "AlertScreen.h"
#include "AlertTableView.h"
#include "AssetPicker.h"
#include "CaseCommands.h"
#include "DeclareIncidentDialog.h"
#include "DetailPane.h"
#include "IncidentView.h"
#include "NotifyDialog.h"
#include "TicketQueueScreen.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"
#include "store/AgencyRequests.h"
#include "store/AssetRegister.h"
#include "store/DemoDirectory.h"
#include "store/TimelineRepository.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace soc;
using domain::EscalationTarget;
using domain::Severity;

// The GUI side of the agency directory and the asset register (issue 7): the alert detail names
// the agency and the registered asset, "Notify…" walks the escalation matrix and records on the
// timeline, overdue requests to agencies are marked in the queue and answered there, and the
// incident form takes its affected system from the register. Over the demo directory.
// SOCSTATION_GRAB_DIR=/tmp/shots also saves PNGs of the screens and dialogs for review.
class tst_DirectoryGui : public QObject {
    Q_OBJECT

    std::unique_ptr<test::GuiWorkspace> m_ws;
    domain::FixedClock m_clock{test::incidentNow()};

    store::Session& session() { return *m_ws->session; }
    store::Database& db() { return m_ws->session->database(); }

    // The id of the imported alert whose destination is `dstIp`.
    qint64 alertTo(const QString& dstIp)
    {
        store::AlertRepository alerts(db());
        for (const qint64 id : test::allIds(session()))
            if (alerts.byId(id)->dstIp == dstIp)
                return id;
        return 0;
    }

    static void grab(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SOCSTATION_GRAB_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100);
        QVERIFY(w->grab().save(dir + u'/' + name + QStringLiteral(".png")));
    }

    static QString communicationsOf(const std::vector<domain::TimelineEvent>& events)
    {
        QStringList out;
        for (const domain::TimelineEvent& e : events)
            if (e.kind == domain::TimelineKind::Communication)
                out << ui::TimelineModel::describe(e);
        return out.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_ws = std::make_unique<test::GuiWorkspace>();
        QCOMPARE(store::DemoDirectory::populate(db(), test::kLead), 8);
        const QString file = test::writeLines(m_ws->path(QStringLiteral("eve.json")), test::baseFixture());
        QCOMPARE(test::importNow(session(), {file}).imported, 8);
    }

    void cleanupTestCase() { m_ws.reset(); }

    void alertDetailNamesAgencyAndAsset()
    {
        ui::AlertScreen screen(m_ws->session);
        screen.resize(1400, 700);
        screen.show();
        screen.start();
        ui::AlertTableModel* model = screen.model();
        QTRY_COMPARE(model->rowCount(), 8);
        ui::DetailPane* detail = screen.detailPane();

        // 45.148.10.7 → 10.20.1.15: the department's network and its registered SFTP server.
        const qint64 sftp = alertTo(QStringLiteral("10.20.1.15"));
        screen.view()->setCurrentIndex(model->index(model->rowOf(sftp), 0));
        QTRY_COMPARE(detail->alertId(), sftp);
        QCOMPARE(detail->fieldText(QStringLiteral("agency")), QStringLiteral("Sở Thông tin và Truyền thông (10.20.0.0/16)"));
        const QString asset = detail->fieldText(QStringLiteral("asset"));
        QVERIFY2(asset.startsWith(QStringLiteral("sotttt-sftp01 — máy chủ SFTP, security level 3, criticality ")), qPrintable(asset));
        QVERIFY(asset.contains(domain::criticalityLabel(domain::Criticality::High)));
        grab(&screen, QStringLiteral("alert-owner"));

        // 10.20.1.30 is in the department's range but not in the register.
        const qint64 rdp = alertTo(QStringLiteral("10.20.1.30"));
        screen.view()->setCurrentIndex(model->index(model->rowOf(rdp), 0));
        QTRY_COMPARE(detail->alertId(), rdp);
        QVERIFY(detail->fieldText(QStringLiteral("agency")).startsWith(QStringLiteral("Sở Thông tin và Truyền thông")));
        QCOMPARE(detail->fieldText(QStringLiteral("asset")), QStringLiteral("not in the asset register"));

        // Registered meanwhile: the next snapshot of the table sees it (one lookup per snapshot).
        domain::Asset jump;
        jump.name = QStringLiteral("sotttt-jump01");
        jump.type = QStringLiteral("máy chủ trung gian");
        jump.ip = QStringLiteral("10.20.1.30");
        jump.agencyId = QStringLiteral("STTTT");
        jump.securityLevel = 2;
        store::AssetRegister(db(), test::kLead, m_clock).save(jump);
        QCOMPARE(detail->fieldText(QStringLiteral("asset")), QStringLiteral("not in the asset register"));
        QSignalSpy loading(model, &ui::AlertTableModel::loadingChanged);
        screen.refresh();
        QTRY_VERIFY(!loading.isEmpty() && !loading.last().at(0).toBool());
        screen.view()->setCurrentIndex(model->index(model->rowOf(sftp), 0));
        QTRY_COMPARE(detail->alertId(), sftp);
        screen.view()->setCurrentIndex(model->index(model->rowOf(rdp), 0));
        QTRY_COMPARE(detail->alertId(), rdp);
        QVERIFY(detail->fieldText(QStringLiteral("asset")).startsWith(QStringLiteral("sotttt-jump01 — máy chủ trung gian")));
    }

    void notifyWalksTheMatrixAndRecords()
    {
        const domain::Ticket t = test::newCaseTicket(session(), m_clock, QStringLiteral("Mã độc trên máy chủ SFTP"));
        test::declareNow(session(), m_clock, t.id);
        ui::IncidentView view(m_ws->session);
        view.setClock(&m_clock);
        view.resize(1600, 900);
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.openTicket(t.id);
        auto* notify = view.findChild<QPushButton*>(QStringLiteral("incidentNotify"));
        QVERIFY(notify && notify->isVisible() && notify->isEnabled());
        QTest::mouseClick(notify, Qt::LeftButton);
        auto* dialog = qobject_cast<ui::NotifyDialog*>(view.currentDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        // The demo matrix for High: the department (email), the police (phone), NCSC (email).
        QCOMPARE(dialog->targetCount(), 3);
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("notifyTargets"));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Nguyễn Văn An")));
        QVERIFY(list->item(0)->text().contains(domain::escalationTargetLabel(EscalationTarget::ProvincialDepartment)));
        QVERIFY(list->item(1)->text().contains(domain::commChannelLabel(domain::CommChannel::Phone)));

        // The phone target: its number, no email.
        dialog->selectTarget(1);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("notifyContact"))->text().contains(QStringLiteral("0900 000 113")));
        QVERIFY(dialog->findChild<QGroupBox*>(QStringLiteral("notifyEmail"))->isHidden());
        QVERIFY(dialog->subject().isEmpty());

        // The department by official email: the prepared [TBSC] message, copied in one click.
        dialog->selectTarget(0);
        QVERIFY(!dialog->findChild<QGroupBox*>(QStringLiteral("notifyEmail"))->isHidden());
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("notifyTo"))->text(),
                 QStringLiteral("an.nv@stttt.tinh-demo.example"));
        QVERIFY(dialog->subject().startsWith(QStringLiteral("[TBSC] ")));
        QVERIFY(dialog->subject().contains(t.code));
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("notifySubject"))->text(), dialog->subject());
        QVERIFY(dialog->body().contains(QStringLiteral("Cổng thông tin điện tử tỉnh (congtt.tinh.gov.vn)")));
        grab(dialog, QStringLiteral("notify-dialog"));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("notifyCopy")), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.contains(dialog->subject()));
        QVERIFY(copied.endsWith(dialog->body()));
        QCOMPARE(test::incidentOf(session(), t.id).notifiedAtMs[static_cast<int>(EscalationTarget::ProvincialDepartment)],
                 qint64(0)); // previewing records nothing

        m_clock.advance(5 * 60'000);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(view.currentDialog() == nullptr || !view.currentDialog()->isVisible());
        QCOMPARE(test::incidentOf(session(), t.id).notifiedAtMs[static_cast<int>(EscalationTarget::ProvincialDepartment)],
                 m_clock.nowMs());
        // The timeline on screen shows the outgoing official email to the department.
        const QString shown = communicationsOf(view.timeline()->model()->events());
        QVERIFY2(shown.contains(QStringLiteral("Nguyễn Văn An")), qPrintable(shown));
        QVERIFY(shown.contains(domain::commChannelLabel(domain::CommChannel::OfficialEmail)));
        QCOMPARE(communicationsOf(store::TimelineRepository(db()).forTicket(t.id)), shown);

        // Reopened, the department's line says when it was notified.
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        ui::NotifyDialog* again = view.notifyTargets();
        QVERIFY(again);
        QVERIFY(again->findChild<QListWidget*>(QStringLiteral("notifyTargets"))->item(0)->text().contains(QStringLiteral("notified")));
        again->reject();
    }

    void notifyIsNotOfferedToAuditors()
    {
        test::GuiWorkspace auditorWs(domain::Role::Auditor);
        auditorWs.addColleague(test::kLead);
        store::Database& adb = auditorWs.session->database();
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Sự cố");
        n.severity = Severity::High;
        const auto t = store::CaseService(adb, test::kLead, m_clock).createTicket(n);
        store::CaseService::Declaration d;
        d.severity = Severity::High;
        store::CaseService(adb, test::kLead, m_clock).declareIncident(t.id, d);
        ui::IncidentView view(auditorWs.session);
        view.setClock(&m_clock);
        view.openTicket(t.id);
        QVERIFY(view.incident());
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("incidentNotify"))->isHidden());
        QVERIFY(!view.notifyTargets());
    }

    void overdueRequestsAreMarkedInTheQueue()
    {
        domain::FixedClock clock(test::ticketNow());
        const domain::Ticket asked = test::makeTicket(db(), clock, QStringLiteral("Máy trạm xã An Bình nhiễm mã độc"),
                                                      Severity::High, QStringLiteral("UBND xã An Bình"));
        const domain::Ticket other = test::makeTicket(db(), clock, QStringLiteral("Quét cổng từ bên ngoài"),
                                                      Severity::Low, QStringLiteral("Sở Y tế"));
        store::AgencyRequests requests(db(), test::kLead, clock);
        const auto isolate = requests.add({QStringLiteral("XA-AN-BINH"), QStringLiteral("Cách ly máy trạm 10.60.14.2"),
                                           clock.nowMs() + 60 * test::kMinuteMs, asked.code,
                                           domain::CommChannel::Phone});
        requests.add({QStringLiteral("SYT"), QStringLiteral("Báo cáo kết quả rà soát"),
                      clock.nowMs() + 48 * 60 * test::kMinuteMs, other.code, domain::CommChannel::OfficialEmail});
        clock.advance(2 * 60 * test::kMinuteMs); // the first is now an hour overdue, the second is not

        ui::TicketQueueScreen queue(m_ws->session);
        queue.setClock(&clock);
        queue.resize(1400, 700);
        queue.show();
        queue.start();
        ui::TicketTableModel* model = queue.model();
        QTRY_VERIFY(model->rowOf(asked.id) >= 0);
        QFrame* banner = queue.overdueRequestsBanner();
        QTRY_VERIFY(banner->isVisible());
        const QString bannerText = banner->findChild<QLabel*>(QStringLiteral("overdueRequestsText"))->text();
        QVERIFY2(bannerText.startsWith(QStringLiteral("1 request")) && bannerText.contains(QStringLiteral("overdue")),
                 qPrintable(bannerText)); // the plural form depends on the translation loaded
        const QModelIndex title = model->index(model->rowOf(asked.id), ui::TicketTableModel::TitleColumn);
        QCOMPARE(title.data(ui::TicketTableModel::OverdueRequestsRole).toInt(), 1);
        QVERIFY(!title.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString tip = title.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("UBND xã An Bình")) && tip.contains(QStringLiteral("Cách ly máy trạm 10.60.14.2"))
                     && tip.contains(QStringLiteral("#%1").arg(isolate.number)),
                 qPrintable(tip));
        const QModelIndex otherTitle = model->index(model->rowOf(other.id), ui::TicketTableModel::TitleColumn);
        QCOMPARE(otherTitle.data(ui::TicketTableModel::OverdueRequestsRole).toInt(), 0);
        QVERIFY(otherTitle.data(Qt::DecorationRole).value<QIcon>().isNull());
        grab(&queue, QStringLiteral("queue-overdue-requests"));

        // The answer, recorded from the banner: the marker goes, the ticket's timeline has it.
        auto* answerButton = banner->findChild<QPushButton*>(QStringLiteral("overdueRequestsAnswer"));
        QVERIFY(answerButton->isVisible());
        QApplication::setActiveWindow(&queue);
        QVERIFY(QTest::qWaitForWindowActive(&queue));
        QTest::mouseClick(answerButton, Qt::LeftButton);
        auto* dialog = queue.findChild<ui::AgencyAnswerDialog*>(QStringLiteral("agencyAnswerDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->requestCount(), 2); // both are open; the overdue one is chosen
        auto* okButton = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!okButton->isEnabled());
        QVERIFY(dialog->findChild<QComboBox*>(QStringLiteral("answerRequest"))->currentText().contains(QStringLiteral("overdue")));
        dialog->setAnswer(QStringLiteral("Đã cách ly lúc 12:40"));
        grab(dialog, QStringLiteral("answer-dialog"));
        okButton->click();
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(requests.byNumber(isolate.number)->status, domain::AgencyRequest::Status::Answered);
        QTRY_COMPARE(model->index(model->rowOf(asked.id), ui::TicketTableModel::TitleColumn)
                         .data(ui::TicketTableModel::OverdueRequestsRole)
                         .toInt(),
                     0);
        QVERIFY(communicationsOf(store::TimelineRepository(db()).forTicket(asked.id)).contains(QStringLiteral("Đã cách ly lúc 12:40")));
    }

    void incidentFormTakesTheAffectedSystemFromTheRegister()
    {
        store::CaseService::NewTicket n;
        n.title = QStringLiteral("Dò quét SSH vào máy chủ SFTP");
        n.severity = Severity::Medium;
        n.alertIds = {alertTo(QStringLiteral("10.20.1.15"))};
        const domain::Ticket t = store::CaseService(db(), test::kLead, m_clock).createTicket(n);
        ui::CaseCommands commands(m_ws->session);
        commands.setClock(&m_clock);
        commands.setTicketId(t.id);
        ui::DeclareIncidentDialog dialog(&commands, t, std::nullopt);

        // Opened empty: filled from the ticket's alert through the register.
        QCOMPARE(dialog.system(), QStringLiteral("sotttt-sftp01 (máy chủ SFTP, 10.20.1.15)"));
        QCOMPARE(dialog.systemLevel(), 3);
        QCOMPARE(dialog.agency(), QStringLiteral("Sở Thông tin và Truyền thông"));
        ui::AssetPicker* picker = dialog.assetPicker();
        QCOMPARE(picker->assetCount(), 10); // the nine demo assets and the one added above
        QVERIFY(picker->currentText().startsWith(QStringLiteral("sotttt-sftp01 — 10.20.1.15 — Sở Thông tin và Truyền thông, level 3")));

        // Choosing the provincial portal fills the three fields.
        const int portal = picker->findText(QStringLiteral("ubnd-portal-web01"), Qt::MatchStartsWith);
        QVERIFY(portal > 0);
        picker->setCurrentIndex(portal);
        emit picker->activated(portal); // what a click in the list does
        QCOMPARE(dialog.system(), QStringLiteral("ubnd-portal-web01 (cổng thông tin điện tử, 10.10.5.20)"));
        QCOMPARE(dialog.systemLevel(), 3);
        QCOMPARE(dialog.agency(), QStringLiteral("Văn phòng UBND tỉnh"));
        QVERIFY(picker->choose(QStringLiteral("motcua-app01")));
        dialog.show();
        grab(&dialog, QStringLiteral("declare-asset-picker"));
        QCOMPARE(dialog.system(), QStringLiteral("motcua-app01 (hệ thống một cửa điện tử, 10.10.6.31)"));

        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY2(dialog.error().isEmpty(), qPrintable(dialog.error()));
        const domain::Incident i = test::incidentOf(session(), t.id);
        QCOMPARE(i.affectedSystem, QStringLiteral("motcua-app01 (hệ thống một cửa điện tử, 10.10.6.31)"));
        QCOMPARE(i.systemLevel, 3);
        QCOMPARE(i.owningAgency, QStringLiteral("Văn phòng UBND tỉnh"));

        // Editing an incident that has its system keeps it; the picker shows the matching asset.
        ui::DeclareIncidentDialog edit(&commands, t, i);
        QCOMPARE(edit.system(), i.affectedSystem);
        QVERIFY(edit.assetPicker()->currentText().startsWith(QStringLiteral("motcua-app01")));
    }
};

QTEST_MAIN(tst_DirectoryGui)
#include "tst_DirectoryGui.moc"
