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
    doc.recipients.clear();
    doc.body.push_back(B::paragraph(QStringLiteral("Ca trực: %1, từ %2 đến %3.")
                                        .arg(c.shiftName, VietnameseDate::dateTime(c.fromMs), VietnameseDate::dateTime(c.toMs))));
    doc.body.push_back(B::paragraph(QStringLiteral("Người giao ca: ") + c.handedOverBy + QStringLiteral("; người nhận ca: ") + c.receivedBy + u'.'));
    for (const HandoverContent::Section& s : c.sections) {
        doc.body.push_back(B::heading(s.title));
        for (const QString& p : s.paragraphs)
            doc.body.push_back(B::paragraph(p));
        if (!s.columns.isEmpty())
            doc.body.push_back(B::table(s.columns, s.rows));
    }
    doc.distribution.clear();
    doc.archiveUnit.clear();
    doc.hasLeftSigner = true;
    doc.leftSigner = {{}, {}, QStringLiteral("NGƯỜI GIAO CA"), QStringLiteral("(Chữ ký)"), c.handedOverBy};
    doc.signer = {{}, {}, QStringLiteral("NGƯỜI NHẬN CA"), QStringLiteral("(Chữ ký)"), c.receivedBy};
    return doc;
}

} // namespace soc::report
