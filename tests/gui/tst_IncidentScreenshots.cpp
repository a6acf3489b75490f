#include "IncidentFixture.h"

#include "CommunicationDialog.h"
#include "DeclareIncidentDialog.h"
#include "EvidenceDialog.h"
#include "EvidencePanel.h"
#include "IncidentView.h"
#include "StepPanel.h"
#include "TimelineAxisView.h"
#include "TimelinePanel.h"
#include "UiFont.h"
#include "domain/Language.h"
#include "store/EvidenceVault.h"
#include "store/TimelineRepository.h"

#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

using namespace soc;

// Not a check: saves PNGs of the incident view (Vietnamese, the default language) for review.
//   SOCSTATION_GRAB_DIR=/tmp/shots ./gui_tst_IncidentScreenshots
class tst_IncidentScreenshots : public QObject {
    Q_OBJECT

    QString m_dir;

    void save(QWidget* w, const QString& name)
    {
        QTest::qWait(120);
        QVERIFY(w->grab().save(m_dir + u'/' + name + QStringLiteral(".png")));
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

    void incident()
    {
        test::GuiWorkspace ws;
        store::Session& s = *ws.session;
        domain::FixedClock clock(test::incidentNow());
        const QString id = test::newCaseTicket(s, clock, QStringLiteral("Cổng thông tin điện tử tỉnh bị thay đổi giao diện")).id;
        const QString plain = test::newCaseTicket(s, clock, QStringLiteral("Máy trạm phòng Kế toán nghi nhiễm mã độc"),
                                                  domain::Severity::Low).id;
        store::CaseService::Declaration d;
        d.severity = domain::Severity::Emergency;
        d.type = 5;
        d.affectedSystem = QStringLiteral("Cổng thông tin điện tử tỉnh (congtt.tinh.gov.vn)");
        d.systemLevel = 3;
        d.owningAgency = QStringLiteral("Văn phòng UBND tỉnh");
        d.criteria.serviceInterruption = true;
        store::CaseService cases(s.database(), s.account().username, clock);
        test::addLocalAccount(s.database(), QStringLiteral("tran.thi.lan"), domain::Role::Analyst);
        store::CaseService lan(s.database(), QStringLiteral("tran.thi.lan"), clock);
        cases.declareIncident(id, d);
        auto at = [&](int minutes) { clock.set(test::incidentNow() + minutes * 60'000LL); };
        at(3);
        cases.startStep(id, 1);
        cases.addNote(id, QStringLiteral("Trang chủ hiển thị nội dung lạ và hình ảnh không phù hợp; đã chụp màn hình"), 1);
        at(8);
        cases.recordEscalation(id, domain::EscalationTarget::DirectSuperior, domain::CommChannel::Phone,
                               QStringLiteral("Ông Nguyễn Văn Bình, Phó Giám đốc Sở"), QStringLiteral("Báo cáo nhanh sự cố thay đổi giao diện"));
        at(12);
        cases.completeStep(id, 1);
        cases.startStep(id, 2);
        const char* analysis[] = {"Xác định tài khoản quản trị WordPress bị lộ mật khẩu",
                                  "Phát hiện webshell tại /wp-content/uploads/2026/11/x.php",
                                  "Kết nối ra ngoài tới 45.148.10.7:443 từ máy chủ web",
                                  "Đối chiếu nhật ký truy cập: đăng nhập lúc 02:14 từ IP nước ngoài"};
        for (int i = 0; i < 12; ++i) {
            at(15 + i * 4);
            (i % 2 ? lan : cases).addNote(id, QString::fromUtf8(analysis[i % 4]), 2);
        }
        at(64);
        cases.completeStep(id, 2);
        cases.startStep(id, 3);
        cases.addAction(id, QStringLiteral("Ngắt kết nối máy chủ web khỏi Internet (chặn tại tường lửa biên)"), 3, true);
        at(70);
        cases.addCommunication(id, domain::CommChannel::OfficialEmail, QStringLiteral("Sở Thông tin và Truyền thông"),
                               domain::CommDirection::Out, QStringLiteral("Thông báo sự cố và đề nghị phối hợp xử lý"));
        cases.recordEscalation(id, domain::EscalationTarget::ProvincialDepartment, domain::CommChannel::OfficialEmail,
                               QStringLiteral("Sở Thông tin và Truyền thông"), QStringLiteral("Báo cáo sự cố theo Điều 11.3"));
        for (int i = 0; i < 20; ++i) {
            at(75 + i * 6);
            switch (i % 4) {
            case 0: cases.addAction(id, QStringLiteral("Chặn địa chỉ 45.148.10.%1 trên tường lửa").arg(i + 2), 3, true); break;
            case 1:
                lan.addCommunication(id, domain::CommChannel::Phone, QStringLiteral("Công an tỉnh (PA05)"),
                                     i % 8 == 1 ? domain::CommDirection::In : domain::CommDirection::Out,
                                     QStringLiteral("Trao đổi về dấu hiệu tấn công và đề nghị cung cấp nhật ký"));
                break;
            case 2: cases.addNote(id, QStringLiteral("Kiểm tra các máy chủ cùng phân vùng: chưa thấy dấu hiệu lây lan"), 3); break;
            case 3: lan.addAction(id, QStringLiteral("Đổi mật khẩu các tài khoản quản trị hệ thống"), 3, false); break;
            }
        }
        at(200);
        cases.completeStep(id, 3);
        cases.startStep(id, 4);
        {
            const QString path = ws.path(QStringLiteral("access.log.2026-11-20"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 500; ++i)
                f.write("45.148.10.7 - - [20/Nov/2026:02:14:01 +0700] \"POST /wp-login.php HTTP/1.1\" 302 0\n");
            f.close();
            store::EvidenceVault vault(s.evidenceDir(), s.subkey("socstation evidence v1"));
            store::CaseService::NewEvidence e;
            e.filePath = path;
            e.description = QStringLiteral("Nhật ký truy cập máy chủ web ngày 20/11");
            e.sourceSystem = QStringLiteral("congtt.tinh.gov.vn");
            cases.addEvidence(vault, id, e);
        }
        for (int i = 0; i < 10; ++i) {
            at(210 + i * 9);
            (i % 3 ? cases : lan).addNote(id, QStringLiteral("Phân tích mẫu webshell: mã PHP bị làm rối, gọi về máy chủ điều khiển"), 4);
        }
        const auto events = store::TimelineRepository(s.database()).forTicket(id);
        at(320);
        cases.correctEvent(id, events[6].id, events[6].summary + QStringLiteral(" (đã xác minh lại)"), events[6].occurredAtMs);

        ui::IncidentView view(ws.session);
        view.setClock(&clock);
        view.resize(1600, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.openTicket(id);
        view.selectStep(3);
        save(&view, QStringLiteral("incident-steps-list"));

        view.selectStep(4);
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("stepDone")), Qt::LeftButton); // ok: evidence exists
        view.selectStep(7);
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("stepDone")), Qt::LeftButton); // refused
        view.timeline()->setMode(ui::TimelinePanel::Mode::Axis);
        save(&view, QStringLiteral("incident-axis-refusal"));
        view.timeline()->axisView()->zoomBy(6.0, 500);
        save(&view, QStringLiteral("incident-axis-zoomed"));

        view.timeline()->setMode(ui::TimelinePanel::Mode::List);
        view.closeIncident();
        view.findChild<QTabWidget*>(QStringLiteral("incidentTabs"))->setCurrentIndex(1);
        save(&view, QStringLiteral("incident-evidence-close-refused"));

        ui::CommunicationDialog* comm = view.addCommunication();
        save(comm, QStringLiteral("dialog-communication"));
        comm->reject();
        ui::EvidenceDialog* ev = view.addEvidence();
        save(ev, QStringLiteral("dialog-evidence"));
        ev->reject();

        view.openTicket(plain);
        save(&view, QStringLiteral("ticket-not-incident"));
        ui::DeclareIncidentDialog* declare = view.declareIncident();
        save(declare, QStringLiteral("dialog-declare"));
        declare->reject();

        view.resize(1280, 800);
        view.openTicket(id);
        save(&view, QStringLiteral("incident-1280"));
        domain::Language::install(*qApp, QStringLiteral("en"));
        save(&view, QStringLiteral("incident-en"));
    }
};

QTEST_MAIN(tst_IncidentScreenshots)
#include "tst_IncidentScreenshots.moc"
