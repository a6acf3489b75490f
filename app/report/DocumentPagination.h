#pragma once

class QTextDocument;

namespace soc::report {

// Page breaks a clerk would make by hand, on a laid-out document (QTextDocument breaks wherever a
// line ends): a heading is not left at the foot of a page, a short table (with the heading or
// one-line lead-in just before it) is not split over two pages, and the closing ("Nơi nhận"
// beside the signature) is never split. Each fix moves the part to the next page; long tables
// still run over pages (their header row repeats).
class DocumentPagination {
public:
    // Anchor name DocumentHtml gives headings, so that they are kept with what follows.
    static constexpr const char* kKeepWithNext = "keep-with-next";
    // A table up to this share of a page is kept on one page.
    static constexpr double kShortTable = 0.6;

    static void apply(QTextDocument& doc);
};

} // namespace soc::report
