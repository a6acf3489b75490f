#include "report/DocumentHtml.h"

#include "report/DocumentPagination.h"

namespace soc::report {
namespace {

// Lengths in CSS pixels (1/96 in); the layout scales them to the PDF's resolution.
constexpr int kIndentPx = 38;     // ≈ 1 cm first-line indent
constexpr int kParagraphGapPx = 8; // ≈ 6 pt between paragraphs

QString esc(const QString& s) { return s.normalized(QString::NormalizationForm_C).toHtmlEscaped(); }

// Line breaks in stored text become line breaks on paper.
QString escMultiline(const QString& s) { return esc(s).replace(u'\n', QStringLiteral("<br/>")); }

QString ruled(const char* rule, const QString& innerHtml)
{
    return QStringLiteral("<a name=\"%1\">%2</a>").arg(QLatin1String(rule), innerHtml);
}

QString header(const OfficialDocument& d)
{
    QString left;
    if (!d.parentBody.isEmpty())
        left += QStringLiteral("<p align=\"center\" style=\"font-size:12pt\">%1</p>").arg(esc(d.parentBody.toUpper()));
    left += QStringLiteral("<p align=\"center\" style=\"font-size:12pt\"><b>%1</b></p>")
                .arg(ruled(DocumentHtml::kRuleShort, esc(d.issuingBody.toUpper())));
    if (!d.number.isEmpty())
        left += QStringLiteral("<p align=\"center\" style=\"font-size:13pt; margin-top:10px\">Số: %1</p>").arg(esc(d.number));
    QString right;
    if (d.nationalMotto) {
        right += QStringLiteral("<p align=\"center\" style=\"font-size:12pt\"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>");
        right += QStringLiteral("<p align=\"center\" style=\"font-size:13.5pt\"><b>%1</b></p>")
                     .arg(ruled(DocumentHtml::kRuleFull, QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    }
    if (!d.placeDate.isEmpty())
        right += QStringLiteral("<p align=\"center\" style=\"font-size:13pt; margin-top:10px\"><i>%1</i></p>").arg(esc(d.placeDate));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr>"
                          "<td width=\"44%\" valign=\"top\">%1</td><td width=\"56%\" valign=\"top\">%2</td>"
                          "</tr></table>")
        .arg(left, right);
}

QString title(const OfficialDocument& d)
{
    QString out;
    if (!d.formLabel.isEmpty())
        out += QStringLiteral("<p align=\"right\" style=\"font-size:11pt; margin-top:12px\"><i>%1</i></p>").arg(esc(d.formLabel));
    out += QStringLiteral("<p align=\"center\" style=\"font-size:14pt; margin-top:18px\"><b>%1</b></p>").arg(esc(d.title.toUpper()));
    if (!d.subject.isEmpty())
        out += QStringLiteral("<p align=\"center\" style=\"font-size:14pt\"><b>%1</b></p>")
                   .arg(ruled(DocumentHtml::kRuleShort, escMultiline(d.subject)));
    if (!d.recipients.isEmpty()) {
        // One recipient on the same line; several as a list under "Kính gửi:".
        if (d.recipients.size() == 1) {
            out += QStringLiteral("<p align=\"center\" style=\"margin-top:14px\">Kính gửi: %1.</p>").arg(esc(d.recipients.first()));
        } else {
            out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" style=\"margin-top:14px\">"
                                  "<tr><td width=\"30%\" align=\"right\">Kính gửi:&nbsp;</td><td width=\"70%\">");
            for (const QString& r : d.recipients)
                out += QStringLiteral("<p>- %1;</p>").arg(esc(r));
            out += QStringLiteral("</td></tr></table>");
        }
    }
    return out + QStringLiteral("<p style=\"margin-top:6px\"></p>");
}

QString table(const DocumentBlock& b)
{
    QString t = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "style=\"border-collapse:collapse; margin-top:8px; font-size:11pt\"><thead><tr>");
    for (qsizetype c = 0; c < b.columns.size(); ++c) {
        const QString width = static_cast<size_t>(c) < b.columnPercent.size()
                                  ? QStringLiteral(" width=\"%1%\"").arg(b.columnPercent[static_cast<size_t>(c)])
                                  : QString();
        t += QStringLiteral("<th%1 align=\"center\">%2</th>").arg(width, escMultiline(b.columns[c]));
    }
    t += QStringLiteral("</tr></thead>");
    for (size_t r = 0; r < b.rows.size(); ++r) {
        const bool bold = b.totalRow && r + 1 == b.rows.size();
        t += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < b.rows[r].size(); ++c) {
            const QString cell = escMultiline(b.rows[r][c]);
            const bool figure = b.numericFrom >= 0 && c >= b.numericFrom;
            t += QStringLiteral("<td%1>%2</td>")
                     .arg(figure ? QStringLiteral(" align=\"right\"") : QString(),
                          bold ? QStringLiteral("<b>") + cell + QStringLiteral("</b>") : cell);
        }
        t += QStringLiteral("</tr>");
    }
    return t + QStringLiteral("</table>");
}

QString chart(const DocumentBlock& b, size_t index)
{
    // The size here only matters until DocumentChart replaces the image (it sizes the chart itself).
    return QStringLiteral("<p align=\"center\" style=\"margin-top:%1px\"><img src=\"%2:%3\" width=\"100\" height=\"%4\"/></p>")
        .arg(kParagraphGapPx + 4)
        .arg(QLatin1String(DocumentHtml::kChartScheme))
        .arg(index)
        .arg(qRound(b.chart.heightMm * 96 / 25.4));
}

QString block(const DocumentBlock& b, size_t index)
{
    const QString para = QStringLiteral("<p align=\"justify\" style=\"margin-top:%1px; text-indent:%2px; line-height:115%\">")
                             .arg(kParagraphGapPx)
                             .arg(kIndentPx);
    switch (b.kind) {
    case DocumentBlock::Kind::Heading:
        return QStringLiteral("<p align=\"justify\" style=\"margin-top:%1px; text-indent:%2px\"><b><a name=\"%3\">%4</a></b></p>")
            .arg(kParagraphGapPx + 4)
            .arg(kIndentPx)
            .arg(QLatin1String(DocumentPagination::kKeepWithNext), escMultiline(b.text));
    case DocumentBlock::Kind::Paragraph: return para + escMultiline(b.text) + QStringLiteral("</p>");
    case DocumentBlock::Kind::Field:
        return para + esc(b.text) + QStringLiteral(": ") + escMultiline(b.value) + QStringLiteral("</p>");
    case DocumentBlock::Kind::Plain:
        return QStringLiteral("<p style=\"margin-top:4px; margin-left:%1px\">%2</p>").arg(kIndentPx).arg(escMultiline(b.text));
    case DocumentBlock::Kind::Table: return table(b);
    case DocumentBlock::Kind::Chart: return chart(b, index);
    }
    return {};
}

QString signature(const SignatureBlock& s)
{
    QString out;
    if (!s.caption.isEmpty())
        out += QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(esc(s.caption.toUpper()));
    if (!s.authority.isEmpty())
        out += QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(esc(s.authority.toUpper()));
    if (!s.position.isEmpty())
        out += QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(esc(s.position.toUpper()));
    if (!s.note.isEmpty())
        out += QStringLiteral("<p align=\"center\"><i>%1</i></p>").arg(esc(s.note));
    // Room for the signature and the seal, above the name: the layout drops the margin of an empty
    // paragraph, and a name not known yet (written in by hand) keeps the room with a blank.
    out += QStringLiteral("<p align=\"center\" style=\"margin-top:84px\"><b>%1</b></p>")
               .arg(s.name.isEmpty() ? QStringLiteral("&nbsp;") : esc(s.name));
    return out;
}

QString closing(const OfficialDocument& d)
{
    QString left;
    if (d.hasLeftSigner) {
        left = signature(d.leftSigner);
    } else if (!d.distribution.isEmpty() || !d.archiveUnit.isEmpty()) {
        left = QStringLiteral("<p style=\"font-size:12pt\"><b><i>Nơi nhận:</i></b></p>");
        for (const QString& r : d.distribution)
            left += QStringLiteral("<p style=\"font-size:11pt\">- %1;</p>").arg(esc(r));
        if (!d.archiveUnit.isEmpty())
            left += QStringLiteral("<p style=\"font-size:11pt\">- Lưu: VT, %1.</p>").arg(esc(d.archiveUnit));
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" style=\"margin-top:18px\">"
                          "<tr><td width=\"45%\" valign=\"top\">%1</td><td width=\"55%\" valign=\"top\">%2</td></tr></table>")
        .arg(left, signature(d.signer));
}

} // namespace

QString DocumentHtml::of(const OfficialDocument& d)
{
    QString html = QStringLiteral("<html><body style=\"font-size:13pt\">");
    if (d.draft)
        html += QStringLiteral("<p align=\"right\" style=\"font-size:12pt\"><b>DỰ THẢO</b></p>");
    html += header(d);
    html += title(d);
    for (size_t i = 0; i < d.body.size(); ++i)
        html += block(d.body[i], i);
    html += closing(d);
    return html + QStringLiteral("</body></html>");
}

} // namespace soc::report
