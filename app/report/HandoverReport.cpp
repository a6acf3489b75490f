#include "report/HandoverReport.h"

#include "report/DocumentFrame.h"
#include "report/VietnameseDate.h"

namespace soc::report {

OfficialDocument HandoverReport::build(const HandoverContent& c, const DocumentIssue& issue)
{
    using B = DocumentBlock;
    OfficialDocument doc = DocumentFrame::from(issue);
    doc.title = QStringLiteral("BIÊN BẢN");
    doc.subject = QStringLiteral("Giao nhận ca trực giám sát an toàn thông tin mạng");
    doc.recipients.clear(); // a record is not addressed to anyone

    // The moment of the handover: its acceptance, or its preparation while nobody has taken it over.
    const qint64 at = c.isAccepted() ? c.acceptedAtMs : c.preparedAtMs;
    const QString where =
        issue.settings.issuingBody.isEmpty() ? QString() : QStringLiteral(", tại ") + issue.settings.issuingBody;
    const QString when = VietnameseDate::hourMinute(at) + QStringLiteral(", ") +
                         VietnameseDate::dateLine(VietnameseDate::local(at).date());
    doc.body.push_back(B::paragraph(
        c.isAccepted()
            ? QStringLiteral("Vào lúc %1%2, ca trực giám sát an toàn thông tin mạng tiến hành giao nhận ca như sau:")
                  .arg(when, where)
            : QStringLiteral("Vào lúc %1%2, trưởng ca trực lập nội dung bàn giao ca như sau:").arg(when, where)));
    const QString shift = c.shiftName.isEmpty() ? c.shiftKey : QStringLiteral("%1 (%2)").arg(c.shiftName, c.shiftKey);
    doc.body.push_back(B::field(QStringLiteral("Ca giao"),
                                QStringLiteral("%1, từ %2 đến %3")
                                    .arg(shift, VietnameseDate::dateTime(c.fromMs), VietnameseDate::dateTime(c.toMs))));
    doc.body.push_back(
        B::field(QStringLiteral("Người giao ca"), QStringLiteral("%1, lập nội dung bàn giao lúc %2")
                                                      .arg(c.handedOverBy, VietnameseDate::dateTime(c.preparedAtMs))));
    doc.body.push_back(B::field(
        QStringLiteral("Người nhận ca"),
        c.isAccepted()
            ? QStringLiteral("%1, tiếp nhận lúc %2").arg(c.receivedBy, VietnameseDate::dateTime(c.acceptedAtMs))
            : QStringLiteral("chưa tiếp nhận")));

    for (const HandoverContent::Section& s : c.sections) {
        doc.body.push_back(B::heading(s.title));
        for (const QString& p : s.paragraphs)
            doc.body.push_back(B::paragraph(p));
        if (!s.columns.isEmpty() && !s.rows.empty())
            doc.body.push_back(B::table(s.columns, s.rows, s.columnPercent));
    }

    if (c.isAccepted()) {
        QString closing = QStringLiteral("Người nhận ca đã tiếp nhận các nội dung bàn giao nêu trên");
        if (c.reassigned > 0)
            closing += QStringLiteral("; %1 phiếu xử lý của ca giao được chuyển cho ca nhận").arg(c.reassigned);
        doc.body.push_back(B::paragraph(closing + u'.'));
    } else {
        doc.body.push_back(B::paragraph(
            QStringLiteral("Tại thời điểm in biên bản, nội dung bàn giao chưa được người nhận ca tiếp nhận.")));
    }

    doc.distribution.clear();
    doc.archiveUnit.clear();
    doc.hasLeftSigner = true;
    doc.leftSigner = {{}, {}, QStringLiteral("NGƯỜI GIAO CA"), QStringLiteral("(Chữ ký)"), c.handedOverBy};
    doc.signer = {{}, {}, QStringLiteral("NGƯỜI NHẬN CA"), QStringLiteral("(Chữ ký)"), c.receivedBy};
    return doc;
}

} // namespace soc::report
