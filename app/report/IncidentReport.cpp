#include "report/IncidentReport.h"

#include "report/DocumentFrame.h"
#include "report/OfficialWording.h"
#include "report/VietnameseDate.h"

namespace soc::report {
namespace {

using B = DocumentBlock;

// 64 hex digits do not wrap in a table cell; two lines of 32 do.
QString splitHash(const QByteArray& sha256)
{
    const QString hex = QString::fromLatin1(sha256.toHex());
    return hex.left(32) + u'\n' + hex.mid(32);
}

QString optional(const QString& s) { return s.isEmpty() ? QStringLiteral("—") : s; }

void summary(std::vector<DocumentBlock>& body, const IncidentDossier& d)
{
    const domain::Incident& i = d.incident;
    body.push_back(B::heading(QStringLiteral("I. TÓM TẮT SỰ CỐ")));
    body.push_back(B::field(QStringLiteral("Mã phiếu xử lý"), d.ticket.code));
    body.push_back(B::field(QStringLiteral("Tên sự cố"), d.ticket.title));
    body.push_back(B::field(QStringLiteral("Đơn vị bị ảnh hưởng"), optional(DocumentFrame::operatingUnit(d))));
    body.push_back(B::field(QStringLiteral("Hệ thống bị ảnh hưởng"), optional(DocumentFrame::systemName(d))));
    body.push_back(B::field(QStringLiteral("Thời điểm phát hiện"), VietnameseDate::dateTime(i.detectedAtMs)));
    body.push_back(B::field(QStringLiteral("Thời điểm tiếp nhận"), VietnameseDate::dateTime(i.reportedAtMs)));
    body.push_back(B::field(QStringLiteral("Thời điểm xác định là sự cố"), VietnameseDate::dateTime(i.declaredAtMs)));
    if (i.responseEndedAtMs)
        body.push_back(B::field(QStringLiteral("Thời điểm kết thúc ứng phó"), VietnameseDate::dateTime(i.responseEndedAtMs)));
    if (i.closedAtMs)
        body.push_back(B::field(QStringLiteral("Thời điểm đóng sự cố"), VietnameseDate::dateTime(i.closedAtMs)));
    if (!d.ticket.description.isEmpty())
        body.push_back(B::paragraph(d.ticket.description));
}

void classification(std::vector<DocumentBlock>& body, const IncidentDossier& d)
{
    const domain::Incident& i = d.incident;
    body.push_back(B::heading(QStringLiteral("II. PHÂN LOẠI SỰ CỐ")));
    body.push_back(B::field(QStringLiteral("Loại sự cố"), OfficialWording::incidentType(i.type)));
    body.push_back(B::field(QStringLiteral("Mức độ"), OfficialWording::severity(i.severity)));
    body.push_back(B::field(QStringLiteral("Cấp độ an toàn hệ thống"), OfficialWording::securityLevel(i.systemLevel)));
    body.push_back(B::field(QStringLiteral("Phân nhóm theo Quyết định 05/2017/QĐ-TTg"), OfficialWording::grouping(i.criteria.grouping())));
    body.push_back(B::field(QStringLiteral("Hình thức xử lý"), OfficialWording::handling(i.handling)));
    if (!i.helpingOrganisations.isEmpty())
        body.push_back(B::field(QStringLiteral("Tổ chức hỗ trợ"), i.helpingOrganisations));
    body.push_back(B::field(QStringLiteral("Đề nghị Cơ quan điều phối quốc gia hỗ trợ"), i.supportRequested ? QStringLiteral("Có") : QStringLiteral("Không")));
    if (i.estimatedDamageVnd > 0)
        body.push_back(B::field(QStringLiteral("Thiệt hại ước tính"), OfficialWording::money(i.estimatedDamageVnd)));
}

void steps(std::vector<DocumentBlock>& body, const IncidentDossier& d)
{
    body.push_back(B::heading(QStringLiteral("III. CÁC BƯỚC ỨNG CỨU SỰ CỐ")));
    std::vector<QStringList> rows;
    for (const domain::ResponseStep& s : d.steps) {
        QString notes = s.notes;
        if (s.state == domain::StepState::Skipped && !s.skipReason.isEmpty())
            notes = QStringLiteral("Lý do bỏ qua: ") + s.skipReason + (notes.isEmpty() ? QString() : u'\n' + notes);
        rows.push_back({QString::number(s.number), OfficialWording::stepTitle(s.number), s.owner, VietnameseDate::dateTime(s.startedAtMs),
                        VietnameseDate::dateTime(s.finishedAtMs), OfficialWording::stepState(s.state), notes});
    }
    body.push_back(B::table({QStringLiteral("Bước"), QStringLiteral("Nội dung"), QStringLiteral("Phụ trách"), QStringLiteral("Bắt đầu"),
                             QStringLiteral("Kết thúc"), QStringLiteral("Trạng thái"), QStringLiteral("Ghi chú")},
                            std::move(rows), {7, 17, 12, 14, 14, 12, 24}));
}

void timeline(std::vector<DocumentBlock>& body, const IncidentDossier& d)
{
    body.push_back(B::heading(QStringLiteral("IV. DIỄN BIẾN XỬ LÝ SỰ CỐ")));
    std::vector<QStringList> rows;
    for (const domain::TimelineEvent& e : d.timeline)
        rows.push_back({VietnameseDate::dateTime(e.occurredAtMs), OfficialWording::timelineKind(e.kind),
                        e.step > 0 ? QString::number(e.step) : QString(), e.author, e.summary});
    body.push_back(B::table({QStringLiteral("Thời gian"), QStringLiteral("Loại"), QStringLiteral("Bước"), QStringLiteral("Người ghi"),
                             QStringLiteral("Nội dung")},
                            std::move(rows), {16, 13, 7, 13, 51}));
}

void communications(std::vector<DocumentBlock>& body, const IncidentDossier& d)
{
    body.push_back(B::heading(QStringLiteral("V. TRAO ĐỔI, THÔNG BÁO")));
    std::vector<QStringList> rows;
    for (const domain::TimelineEvent& e : d.timeline) {
        if (e.kind != domain::TimelineKind::Communication)
            continue;
        const auto channel = domain::commChannelFromKey(e.details.value(QStringLiteral("channel")).toString());
        const bool out = e.details.value(QStringLiteral("direction")).toString() == u"out";
        rows.push_back({VietnameseDate::dateTime(e.occurredAtMs), channel ? OfficialWording::commChannel(*channel) : QString(),
                        out ? QStringLiteral("Gửi đi") : QStringLiteral("Nhận"), e.details.value(QStringLiteral("counterpart")).toString(),
                        e.summary});
    }
    if (rows.empty()) {
        body.push_back(B::paragraph(QStringLiteral("Không có trao đổi nào được ghi nhận.")));
        return;
    }
    body.push_back(B::table({QStringLiteral("Thời gian"), QStringLiteral("Kênh"), QStringLiteral("Chiều"), QStringLiteral("Đối tác"),
                             QStringLiteral("Nội dung")},
                            std::move(rows), {16, 14, 9, 20, 41}));
}

void evidence(std::vector<DocumentBlock>& body, const IncidentDossier& d)
{
    body.push_back(B::heading(QStringLiteral("VI. CHỨNG CỨ SỐ")));
    if (d.evidence.empty()) {
        body.push_back(B::paragraph(QStringLiteral("Không có chứng cứ số được thu thập.")));
        return;
    }
    std::vector<QStringList> rows;
    int n = 0;
    for (const domain::Evidence& e : d.evidence)
        rows.push_back({QString::number(++n), e.name + (e.description.isEmpty() ? QString() : u'\n' + e.description), e.collectedBy,
                        VietnameseDate::dateTime(e.collectedAtMs), QString::number(e.size), splitHash(e.sha256)});
    body.push_back(B::table({QStringLiteral("STT"), QStringLiteral("Tên, mô tả"), QStringLiteral("Người thu thập"),
                             QStringLiteral("Thời gian"), QStringLiteral("Kích thước (byte)"), QStringLiteral("SHA-256")},
                            std::move(rows), {6, 24, 13, 14, 11, 32}));
}

void lessons(std::vector<DocumentBlock>& body, const IncidentDossier& d)
{
    body.push_back(B::heading(QStringLiteral("VII. BÀI HỌC KINH NGHIỆM")));
    body.push_back(B::paragraph(d.incident.lessonsLearned.isEmpty() ? QStringLiteral("Chưa tổng kết.") : d.incident.lessonsLearned));
    if (!d.incident.outcome.isEmpty())
        body.push_back(B::field(QStringLiteral("Kết quả xử lý"), d.incident.outcome));
}

} // namespace

OfficialDocument IncidentReport::build(const IncidentDossier& d, const DocumentIssue& issue)
{
    OfficialDocument doc = DocumentFrame::from(issue);
    doc.title = QStringLiteral("BÁO CÁO");
    doc.subject = QStringLiteral("Sự cố an toàn thông tin mạng: ") + d.ticket.title;
    summary(doc.body, d);
    classification(doc.body, d);
    steps(doc.body, d);
    timeline(doc.body, d);
    communications(doc.body, d);
    evidence(doc.body, d);
    lessons(doc.body, d);
    return doc;
}

} // namespace soc::report
