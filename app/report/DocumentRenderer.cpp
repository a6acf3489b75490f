#include "report/DocumentRenderer.h"

#include "report/DocumentChart.h"
#include "report/DocumentHtml.h"
#include "report/DocumentPagination.h"
#include "report/ReportFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>

#include <algorithm>
#include <vector>

namespace soc::report {
namespace {

// A rule to draw under a laid-out line, in document coordinates.
struct Rule {
    double y;
    double x1;
    double x2;
};

bool hasAnchor(const QTextBlock& block, const char* name)
{
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().anchorNames().contains(QLatin1String(name)))
            return true;
    return false;
}

std::vector<Rule> rulesOf(QTextDocument& doc)
{
    std::vector<Rule> out;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const bool full = hasAnchor(b, DocumentHtml::kRuleFull);
        if (!full && !hasAnchor(b, DocumentHtml::kRuleShort))
            continue;
        const QTextLayout* tl = b.layout();
        if (!tl || tl->lineCount() == 0)
            continue;
        const QRectF blockRect = layout->blockBoundingRect(b);
        const QTextLine last = tl->lineAt(tl->lineCount() - 1);
        const QRectF text = last.naturalTextRect().translated(blockRect.topLeft());
        // A short rule is a third of the widest line, so that a wrapped name still gets a visible one.
        double widest = 0;
        for (int l = 0; l < tl->lineCount(); ++l)
            widest = std::max(widest, tl->lineAt(l).naturalTextWidth());
        const double width = full ? text.width() : widest / 3;
        const double centre = text.center().x();
        out.push_back({text.bottom() + text.height() * 0.22, centre - width / 2, centre + width / 2});
    }
    return out;
}

// One text document per job: QTextDocument is not cheap to copy and the layout depends on the device.
void prepare(QTextDocument& doc, const OfficialDocument& model, QPagedPaintDevice& device, QSizeF body)
{
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(ReportFonts::body());
    doc.setUseDesignMetrics(true);
    doc.setHtml(DocumentHtml::of(model));
    DocumentChart::install(doc, model);
    doc.setPageSize(body);
    DocumentPagination::apply(doc);
}

} // namespace

DocumentRenderer::DocumentRenderer(const OfficialDocument& doc)
    : m_doc(doc)
{
}

int DocumentRenderer::writePdf(const QString& path, QString* error) const
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Report", "Cannot write %1: %2").arg(path, probe.errorString());
        return 0;
    }
    probe.close();
    QPdfWriter pdf(path);
    pdf.setResolution(kResolutionDpi);
    pdf.setCreator(QStringLiteral("socstation"));
    pdf.setTitle(m_doc.title + QStringLiteral(" ") + m_doc.subject);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    return paint(pdf);
}

int DocumentRenderer::paint(QPagedPaintDevice& device) const
{
    ReportFonts::ensureLoaded();
    const double pxPerMm = device.logicalDpiY() / 25.4;
    const QSizeF page(device.width(), device.height());
    const QRectF body(kLeftMm * pxPerMm, kTopMm * pxPerMm, page.width() - (kLeftMm + kRightMm) * pxPerMm,
                      page.height() - (kTopMm + kBottomMm) * pxPerMm);

    QTextDocument doc;
    prepare(doc, m_doc, device, body.size());
    const std::vector<Rule> rules = rulesOf(doc);
    const int pages = doc.pageCount();

    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen rulePen(Qt::black);
    rulePen.setWidthF(0.3 * pxPerMm);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        const QRectF visible(0, p * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(body.left(), body.top() - visible.top());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = visible;
        doc.documentLayout()->draw(&painter, ctx);
        painter.setPen(rulePen);
        for (const Rule& r : rules)
            if (r.y >= visible.top() && r.y < visible.bottom())
                painter.drawLine(QPointF(r.x1, r.y), QPointF(r.x2, r.y));
        painter.restore();
        // NĐ 30: page numbers centred in the top margin, none on the first page.
        if (p > 0) {
            painter.setFont(ReportFonts::pageNumber());
            painter.setPen(Qt::black);
            const QRectF margin(body.left(), 0, body.width(), body.top() * 0.75);
            painter.drawText(margin, Qt::AlignHCenter | Qt::AlignBottom, QString::number(p + 1));
        }
    }
    painter.end();
    return pages;
}

} // namespace soc::report
