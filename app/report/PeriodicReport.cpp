#include "report/PeriodicReport.h"

#include "report/DocumentFrame.h"

namespace soc::report {

// STUB: being written.
OfficialDocument PeriodicReport::build(const domain::PeriodStatistics& s, const DocumentIssue& issue)
{
    OfficialDocument doc = DocumentFrame::from(issue);
    doc.title = QStringLiteral("BÁO CÁO");
    doc.body.push_back(DocumentBlock::paragraph(QString::number(s.current.alertsTotal)));
    return doc;
}

} // namespace soc::report
