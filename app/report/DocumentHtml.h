#pragma once

#include "report/OfficialDocument.h"

#include <QString>

namespace soc::report {

// The rich text of an official document for QTextDocument. Rules (under the issuing body, the
// motto and the subject) are not expressible in Qt's HTML subset: their blocks carry the anchor
// names below and DocumentRenderer draws them once the text is laid out.
class DocumentHtml {
public:
    static constexpr const char* kRuleFull = "rule-full";   // as long as the text (the motto)
    static constexpr const char* kRuleShort = "rule-short"; // a third of the text, centred
    // A chart is an image placeholder "socstation-chart:N" (N: the block's index in the body) in
    // a paragraph of its own; DocumentChart swaps it for the chart object before layout.
    static constexpr const char* kChartScheme = "socstation-chart";

    static QString of(const OfficialDocument& doc);
};

} // namespace soc::report
