#include "report/ClosingRecord.h"

#include "report/DocumentFrame.h"
#include "report/OfficialWording.h"
#include "report/VietnameseDate.h"

namespace soc::report {

OfficialDocument ClosingRecord::build(const IncidentDossier& d, const DocumentIssue& issue)
{
    using B = DocumentBlock;
    const domain::IncidentForm& f = d.form;
    OfficialDocument doc = DocumentFrame::from(issue);
    doc.title = QStringLiteral("BIÊN BẢN");
    doc.subject = QStringLiteral("Họp kết thúc ứng phó sự cố ") + d.ticket.title;
    doc.recipients.clear(); // a record is not addressed to anyone

    const qint64 start = f.meetingStartMs ? f.meetingStartMs : issue.issuedAtMs;
    const qint64 end = f.meetingEndMs ? f.meetingEndMs : start + 3600'000;
    QStringList attendees = f.attendees;
    if (attendees.isEmpty()) {
        // The people who owned the steps were in the response; they are the ones who meet.
        for (const domain::ResponseStep& s : d.steps)
            if (!s.owner.isEmpty() && !attendees.contains(s.owner))
                attendees << s.owner;
        if (!d.ticket.assignee.isEmpty() && !attendees.contains(d.ticket.assignee))
            attendees << d.ticket.assignee;
    }
    const QString chair = f.chair.isEmpty() ? issue.settings.signerName : f.chair;
    const QString recorder = f.recorder.isEmpty() ? d.ticket.assignee : f.recorder;

    auto& body = doc.body;
    body.push_back(B::paragraph(QStringLiteral("Thời gian bắt đầu: ") + VietnameseDate::hourMinute(start) + QStringLiteral(", ")
                                + VietnameseDate::dateLine(VietnameseDate::local(start).date()) + u'.'));
    body.push_back(B::paragraph(QStringLiteral("Địa điểm: ") + (f.meetingPlace.isEmpty() ? issue.settings.issuingBody : f.meetingPlace) + u'.'));
    body.push_back(B::paragraph(QStringLiteral("Thành phần tham dự: ") + attendees.join(QStringLiteral(", ")) + u'.'));
    body.push_back(B::paragraph(QStringLiteral("Chủ trì: ") + chair + u'.'));
    body.push_back(B::paragraph(QStringLiteral("Thư ký (người ghi biên bản): ") + recorder + u'.'));
    body.push_back(B::heading(QStringLiteral("Nội dung:")));
    body.push_back(B::paragraph(QStringLiteral("Sự cố %1 (%2), loại \"%3\", mức độ %4, phát hiện lúc %5.")
                                    .arg(d.ticket.title, d.ticket.code, OfficialWording::incidentType(d.incident.type),
                                         OfficialWording::severity(d.incident.severity).toLower(),
                                         VietnameseDate::dateTime(d.incident.detectedAtMs))));
    std::vector<QStringList> rows;
    for (const domain::ResponseStep& s : d.steps)
        rows.push_back({QString::number(s.number), OfficialWording::stepTitle(s.number), s.owner,
                        OfficialWording::stepState(s.state)
                            + (s.state == domain::StepState::Skipped && !s.skipReason.isEmpty() ? QStringLiteral(": ") + s.skipReason : QString())});
    body.push_back(B::table({QStringLiteral("Bước"), QStringLiteral("Nội dung"), QStringLiteral("Người phụ trách"), QStringLiteral("Kết quả")},
                            std::move(rows), {8, 42, 22, 28}));
    if (!d.incident.outcome.isEmpty())
        body.push_back(B::paragraph(QStringLiteral("Kết quả xử lý: ") + d.incident.outcome));
    if (!d.incident.lessonsLearned.isEmpty())
        body.push_back(B::paragraph(QStringLiteral("Bài học kinh nghiệm: ") + d.incident.lessonsLearned));
    body.push_back(B::paragraph(QStringLiteral("Cuộc họp kết thúc vào lúc ") + VietnameseDate::hourMinute(end) + QStringLiteral(", ")
                                + VietnameseDate::dateLine(VietnameseDate::local(end).date())
                                + QStringLiteral("; nội dung biên bản đã được các thành viên dự họp thông qua.")));

    doc.distribution.clear();
    doc.archiveUnit.clear();
    doc.hasLeftSigner = true;
    doc.leftSigner = {{}, {}, QStringLiteral("THƯ KÝ"), QStringLiteral("(Chữ ký)"), recorder};
    doc.signer = {{}, {}, QStringLiteral("CHỦ TỌA"), QStringLiteral("(Chữ ký, dấu (nếu có))"), chair};
    return doc;
}

} // namespace soc::report
