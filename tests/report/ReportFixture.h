#pragma once

#include "TestSupport.h"
#include "domain/Clock.h"
#include "store/CaseService.h"
#include "store/EvidenceVault.h"
#include "store/IncidentRepository.h"
#include "store/Session.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace soc::test {

// A workspace with one incident worked through the seven steps, with Vietnamese text (the title
// entered decomposed, NFD, as some keyboards send it), communications, evidence and enough
// timeline to fill several pages.
struct ReportFixture {
    static constexpr qint64 kDetected = 1767582000000; // 2026-01-05 10:00 +07:00
    static QString title() { return QStringLiteral("Tấn công thay đổi giao diện cổng thông tin điện tử tỉnh"); }
    static QString agency() { return QStringLiteral("Sở Nông nghiệp và Môi trường tỉnh Bến Tre"); }
    static QString lessons() { return QStringLiteral("Cập nhật bản vá định kỳ cho hệ quản trị nội dung; bật xác thực hai lớp."); }

    QTemporaryDir dir;
    std::unique_ptr<store::Session> session;
    domain::FixedClock clock{kDetected};
    std::unique_ptr<store::CaseService> cases;
    QString ticketId;
    QString ticketCode;

    void seed(int timelineNotes = 12)
    {
        session = createWorkspace(dir.path());
        cases = std::make_unique<store::CaseService>(session->database(), QLatin1String(test::kTestLead), clock);
        store::CaseService::NewTicket n;
        n.title = title().normalized(QString::NormalizationForm_D);
        n.description = QStringLiteral("Trang chủ bị thay bằng nội dung lạ lúc 09 giờ 40 phút.");
        n.severity = domain::Severity::High;
        n.agency = agency();
        const auto t = cases->createTicket(n);
        ticketId = t.id;
        ticketCode = t.code;
        store::CaseService::Declaration d;
        d.type = 5;
        d.affectedSystem = QStringLiteral("Cổng thông tin điện tử tỉnh");
        d.systemLevel = 3;
        d.owningAgency = agency();
        d.detectedAtMs = kDetected - 20 * 60'000;
        cases->declareIncident(t.id, d);
        domain::IncidentForm form;
        form.notifiedBy = QStringLiteral("Trung tâm NCSC");
        form.recommendations = QStringLiteral("Đề nghị hỗ trợ phân tích mã độc.");
        form.chair = QStringLiteral("Lê Văn Tâm");
        form.recorder = QStringLiteral("Phạm Thị Hoa");
        cases->setIncidentForm(t.id, form);
        for (int step = 1; step <= 7; ++step) {
            clock.advance(15 * 60'000);
            cases->setStepOwner(t.id, step, QStringLiteral("Nguyễn Thị Ánh"));
            cases->setStepNotes(t.id, step, QStringLiteral("Đã thực hiện bước %1 theo quy trình.").arg(step));
        }
        cases->addCommunication(t.id, domain::CommChannel::Phone, QStringLiteral("Sở Khoa học và Công nghệ"), domain::CommDirection::Out,
                                QStringLiteral("Báo cáo nhanh sự cố qua điện thoại."));
        for (int i = 0; i < timelineNotes; ++i) {
            clock.advance(60'000);
            cases->addNote(t.id, QStringLiteral("Ghi nhận diễn biến số %1: kiểm tra nhật ký máy chủ web, đối chiếu tệp đã thay đổi.").arg(i + 1), 4);
        }
        QTemporaryDir files;
        QFile f(files.filePath(QStringLiteral("access.log")));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the evidence file"); // also used by the benchmark, outside a test function
        f.write("GET /index.php 200\n");
        f.close();
        store::EvidenceVault vault(session->evidenceDir(), session->subkey("socstation evidence v1"));
        store::CaseService::NewEvidence e;
        e.filePath = f.fileName();
        e.description = QStringLiteral("Nhật ký truy cập máy chủ web");
        cases->addEvidence(vault, t.id, e);
        domain::Incident inc = *store::IncidentRepository(session->database()).byTicket(t.id);
        inc.lessonsLearned = lessons();
        inc.outcome = QStringLiteral("Đã khôi phục trang chủ từ bản sao lưu.");
        inc.handling = domain::IncidentHandling::WithOtherOrganisations;
        inc.estimatedDamageVnd = 12'500'000;
        inc.helpingOrganisations = QStringLiteral("Trung tâm NCSC");
        cases->updateIncident(inc);
    }
};

} // namespace soc::test
