#pragma once

#include "report/OfficialDocument.h"

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace soc::report {

// Lays an official document out on A4 (NĐ 30 margins, Liberation Serif) and paints it page by
// page, so that the page number can go centred into the top margin from page 2 on (QTextDocument's
// own print() puts it at the bottom and on every page).
class DocumentRenderer {
public:
    // NĐ 30/2020 Phụ lục I: top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
    static constexpr double kTopMm = 20;
    static constexpr double kBottomMm = 20;
    static constexpr double kLeftMm = 30;
    static constexpr double kRightMm = 15;
    static constexpr int kResolutionDpi = 300;

    explicit DocumentRenderer(const OfficialDocument& doc);

    // Writes a PDF (A4, fonts embedded) and returns its page count; 0 with `error` (translated)
    // set when the file cannot be written.
    int writePdf(const QString& path, QString* error) const;
    // Paints onto a device set up for A4 with zero margins (a QPdfWriter, or a QPrinter with
    // fullPage). Returns the number of pages.
    int paint(QPagedPaintDevice& device) const;

private:
    const OfficialDocument& m_doc;
};

} // namespace soc::report
