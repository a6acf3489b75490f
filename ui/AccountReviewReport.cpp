#include "AccountReviewReport.h"

#include "AccountReviewModel.h"
#include "store/TimelineExporter.h"

#include <QStringList>

namespace soc::ui {

QByteArray AccountReviewReport::csv(const std::vector<store::AccountReviewRow>& rows)
{
    QString out;
    QStringList header;
    for (int c = 0; c < AccountReviewModel::ColumnCount; ++c)
        header << store::TimelineExporter::csvField(AccountReviewModel::header(c));
    out += header.join(u',') + QStringLiteral("\r\n");
    for (const auto& r : rows) {
        QStringList line;
        for (int c = 0; c < AccountReviewModel::ColumnCount; ++c)
            line << store::TimelineExporter::csvTextField(AccountReviewModel::text(r, c));
        out += line.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

QString AccountReviewReport::html(const std::vector<store::AccountReviewRow>& rows, const QString& station, qint64 atMs,
                                  const QString& preparedBy)
{
    const int count = static_cast<int>(rows.size());
    QString h;
    h += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(tr("Account review").toHtmlEscaped());
    h += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
             .arg(tr("Station: %1").arg(station).toHtmlEscaped(),
                  tr("Date: %1").arg(AccountReviewModel::when(atMs)).toHtmlEscaped(),
                  tr("Prepared by: %1 · %n account(s)", nullptr, count).arg(preparedBy).toHtmlEscaped());
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (int c = 0; c < AccountReviewModel::ColumnCount; ++c)
        h += QStringLiteral("<th>%1</th>").arg(AccountReviewModel::header(c).toHtmlEscaped());
    h += QStringLiteral("</tr></thead>");
    for (const auto& r : rows) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < AccountReviewModel::ColumnCount; ++c)
            h += QStringLiteral("<td>%1</td>").arg(AccountReviewModel::text(r, c).toHtmlEscaped());
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Checked: one account per person, the least role each needs, accounts no longer needed suspended "
                     "(R-27).")
                      .toHtmlEscaped());
    h += QStringLiteral("<br/><table width=\"100%\"><tr><td>%1</td><td>%2</td><td>%3</td></tr></table>")
             .arg(tr("Reviewer: ______________________").toHtmlEscaped(), tr("Date: ____/____/________").toHtmlEscaped(),
                  tr("Signature: ______________________").toHtmlEscaped());
    return h;
}

} // namespace soc::ui
