#include "TicketFixture.h"

#include "AlertScreen.h"
#include "AlertTableView.h"
#include "CreateTicketDialog.h"
#include "MainWindow.h"
#include "ManualTicketDialog.h"
#include "ServiceLevelsDialog.h"
#include "StatusChangeDialog.h"
#include "TicketBulkController.h"
#include "TicketCreationFlow.h"
#include "TicketFilterBar.h"
#include "TicketQueueScreen.h"
#include "UiFont.h"
#include "domain/Language.h"
#include "ingest/DemoScenario.h"

#include <QMessageBox>
#include <QRandomGenerator>
#include <QToolButton>
#include <QtTest>

using namespace soc;
using domain::Severity;
using domain::TicketStatus;

// Not a check: saves PNGs of the ticket queue with ~50 tickets and of the ticket dialogs, in
// Vietnamese (the default language), for review.
//   SOCSTATION_GRAB_DIR=/tmp/shots ./gui_tst_QueueScreenshots
class tst_QueueScreenshots : public QObject {
    Q_OBJECT

private:
    QString m_dir;

    void save(QWidget* w, const QString& name)
    {
        QTest::qWait(150);
        QVERIFY(w->grab().save(m_dir + u'/' + name + QStringLiteral(".png")));
    }

    static void populateTickets(store::Database& db, qint64 now)
    {
        const QStringList titles{
            QStringLiteral("Máy trạm phòng Kế toán nhiễm mã độc"),
            QStringLiteral("Dò quét SSH từ địa chỉ nước ngoài vào máy chủ thư điện tử"),
            QStringLiteral("Cổng thông tin điện tử bị thay đổi giao diện"),
            QStringLiteral("Tấn công từ chối dịch vụ vào hệ thống một cửa điện tử"),
            QStringLiteral("Thư giả mạo gửi tới cán bộ Sở Tài chính"),
            QStringLiteral("Khai thác lỗ hổng ETERNALBLUE trên máy chủ tệp"),
            QStringLiteral("Beacon Cobalt Strike từ máy trạm 10.20.3.9"),
            QStringLiteral("Đăng nhập bất thường vào hệ thống quản lý văn bản"),
            QStringLiteral("Mã hóa dữ liệu trên máy chủ lưu trữ của Trung tâm Y tế"),
            QStringLiteral("Truy vấn DNS tới tên miền độc hại .cc"),
        };
        const QStringList agencies{
            QStringLiteral("Sở Tài chính"),    QStringLiteral("Sở Y tế"),
            QStringLiteral("UBND tỉnh"),       QStringLiteral("Sở Giáo dục và Đào tạo"),
            QStringLiteral("UBND xã Tân Phú"), QStringLiteral("Trung tâm Phục vụ hành chính công")};
        const QStringList people{test::kLead, QStringLiteral("lan.nguyen"), QStringLiteral("minh.tran"), QString(),
                                 QString()};
        QRandomGenerator rng(2026);
        for (int i = 0; i < 50; ++i) {
            domain::FixedClock at(now - static_cast<qint64>(rng.bounded(0, 6 * 24 * 60)) * test::kMinuteMs);
            const auto severity = static_cast<Severity>(1 + rng.bounded(0, 4));
            domain::Ticket t = test::makeTicket(db, at, titles[i % titles.size()], severity,
                                                agencies[rng.bounded(0, static_cast<int>(agencies.size()))],
                                                people[rng.bounded(0, static_cast<int>(people.size()))]);
            store::CaseService service(db, test::kLead, at);
            at.advance(20 * test::kMinuteMs);
            switch (rng.bounded(0, 6)) {
            case 1: service.setStatus(t.id, TicketStatus::InProgress); break;
            case 2: service.setStatus(t.id, TicketStatus::WaitingAgency); break;
            case 3:
                service.setStatus(t.id, TicketStatus::InProgress);
                service.setStatus(t.id, TicketStatus::Resolved);
                break;
            default: break; // new, the most common in a busy night
            }
        }
    }

private slots:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("SOCSTATION_GRAB_DIR");
        if (m_dir.isEmpty())
            QSKIP("set SOCSTATION_GRAB_DIR to save screenshots");
        test::isolateSettings();
        domain::Language::install(*qApp, QStringLiteral("vi"));
        ui::UiFont::apply(*qApp);
    }

    void screens()
    {
        test::GuiWorkspace ws;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ingest::DemoScenario::Options options;
        options.alerts = 3000;
        options.untilMs = now;
        options.tempDir = ws.path(QStringLiteral("tmp"));
        options.actor = ws.session->account().username;
        ingest::DemoScenario::populate(ws.session->database(), options);
        populateTickets(ws.session->database(), now);

        domain::FixedClock clock(now);
        ui::MainWindow w(ws.session);
        w.setClock(&clock);
        w.resize(1600, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showView(1);
        ui::TicketQueueScreen* queue = w.queueScreen();
        QTRY_VERIFY(queue->model()->isComplete());
        queue->view()->setCurrentIndex(queue->model()->index(2, 0));
        save(&w, QStringLiteral("queue-vi"));

        w.findChild<QToolButton*>(QStringLiteral("quickOverdue"))->click();
        w.findChild<QToolButton*>(QStringLiteral("statusToggle_new"))->click();
        save(&w, QStringLiteral("queue-vi-overdue-new"));
        w.findChild<QToolButton*>(QStringLiteral("quickOverdue"))->click();
        w.findChild<QToolButton*>(QStringLiteral("statusToggle_new"))->click();

        queue->view()->selectionModel()->select(
            QItemSelection(queue->model()->index(0, 0), queue->model()->index(4, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        queue->bulk()->openStatusDialog();
        ui::StatusChangeDialog* status = queue->bulk()->statusDialog();
        QVERIFY(status);
        status->setStatus(TicketStatus::InProgress);
        save(status, QStringLiteral("status-dialog"));
        status->reject();
        QTRY_VERIFY(!queue->bulk()->statusDialog());

        w.showView(0);
        ui::AlertTableView* alerts = w.alertScreen()->view();
        QTRY_VERIFY(w.alertScreen()->model()->rowCount() > 10);
        alerts->selectionModel()->select(
            QItemSelection(w.alertScreen()->model()->index(0, 0), w.alertScreen()->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        ui::CreateTicketDialog* create = w.ticketCreation()->fromAlerts(w.alertScreen()->selectedAlertIds());
        QVERIFY(create);
        save(create, QStringLiteral("create-ticket-dialog"));
        create->reject();

        ui::ManualTicketDialog* manual = w.ticketCreation()->manual();
        QVERIFY(manual);
        manual->setReportedBy(QStringLiteral("Nguyễn Văn An, Phó Chánh Văn phòng, 0912 345 678"));
        save(manual, QStringLiteral("manual-ticket-dialog"));
        manual->reject();

        ui::ServiceLevelsDialog* levels = w.ticketCreation()->serviceLevels();
        QVERIFY(levels);
        save(levels, QStringLiteral("service-levels-dialog"));
        levels->reject();

        domain::Language::install(*qApp, QStringLiteral("en"));
        w.showView(1);
        save(&w, QStringLiteral("queue-en"));
        w.close();
    }
};

QTEST_MAIN(tst_QueueScreenshots)
#include "tst_QueueScreenshots.moc"
