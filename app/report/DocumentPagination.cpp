#include "report/DocumentPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <vector>

namespace soc::report {
namespace {

// One element of the root frame, in reading order: a block or a table.
struct Element {
    QTextBlock block;
    QTextTable* table = nullptr;
};

std::vector<Element> elementsOf(QTextDocument& doc)
{
    std::vector<Element> out;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame()))
            out.push_back({{}, table});
        else if (it.currentBlock().isValid() && !it.currentBlock().text().isEmpty())
            out.push_back({it.currentBlock(), nullptr}); // empty blocks only separate tables
    }
    return out;
}

QRectF rectOf(QTextDocument& doc, const Element& e)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    return e.table ? layout->frameBoundingRect(e.table) : layout->blockBoundingRect(e.block);
}

bool isHeading(const QTextBlock& block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().anchorNames().contains(QLatin1String(DocumentPagination::kKeepWithNext)))
            return true;
    return false;
}

bool isOneLine(const QTextBlock& block)
{
    return block.layout() && block.layout()->lineCount() == 1;
}

bool breaksBefore(const Element& e)
{
    const auto policy = e.table ? e.table->format().pageBreakPolicy() : e.block.blockFormat().pageBreakPolicy();
    return policy & QTextFormat::PageBreak_AlwaysBefore;
}

void setBreakBefore(const Element& e, bool on)
{
    const auto policy = on ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto;
    if (e.table) {
        QTextTableFormat format = e.table->format();
        format.setPageBreakPolicy(policy);
        e.table->setFormat(format);
        return;
    }
    QTextBlockFormat format = e.block.blockFormat();
    format.setPageBreakPolicy(policy);
    QTextCursor(e.block).setBlockFormat(format);
}

// Fixes the first bad break from `from` on; returns the index of the element moved, or -1.
int fixFirst(QTextDocument& doc, const std::vector<Element>& elements, size_t from)
{
    const double page = doc.pageSize().height();
    const auto pageOf = [page](double y) { return std::floor(y / page); };
    for (size_t i = from; i < elements.size(); ++i) {
        const Element& e = elements[i];
        const QRectF r = rectOf(doc, e);
        const double pagesCrossed = pageOf(r.bottom() - 1) - pageOf(r.top());
        if (!e.table) {
            // A heading at the foot of a page (not alone at its top) goes over with what follows.
            if (i > 0 && i + 1 < elements.size() && isHeading(e.block) && !breaksBefore(e) &&
                pageOf(rectOf(doc, elements[i - 1]).bottom() - 1) == pageOf(r.top()) &&
                pageOf(r.top()) < pageOf(rectOf(doc, elements[i + 1]).top() + 1)) {
                setBreakBefore(e, true);
                return static_cast<int>(i);
            }
            continue;
        }
        const bool closing = i + 1 == elements.size();
        // A table that fills a page between two others is long: no need to try moving it.
        if (i == 0 || pagesCrossed < 1 || (!closing && pagesCrossed > 1))
            continue;
        // Take the heading and a one-line lead-in along.
        size_t first = i;
        for (int back = 0; back < 2 && !closing && first > 0; ++back) {
            const Element& before = elements[first - 1];
            if (before.table || !(isHeading(before.block) || isOneLine(before.block)))
                break;
            --first;
            if (isHeading(before.block))
                break;
        }
        if (breaksBefore(elements[first]))
            continue;
        setBreakBefore(elements[first], true);
        // Its height on one page tells whether it is short; a long one goes back where it was.
        if (!closing && rectOf(doc, e).height() > DocumentPagination::kShortTable * page) {
            setBreakBefore(elements[first], false);
            continue;
        }
        return static_cast<int>(i);
    }
    return -1;
}

} // namespace

void DocumentPagination::apply(QTextDocument& doc)
{
    if (doc.pageSize().height() <= 0)
        return;
    const std::vector<Element> elements = elementsOf(doc);
    // Each move shifts what follows: fix one at a time, top to bottom.
    size_t from = 0;
    while (from < elements.size()) {
        const int moved = fixFirst(doc, elements, from);
        if (moved < 0)
            break;
        from = static_cast<size_t>(moved) + 1;
    }
}

} // namespace soc::report
