#pragma once

#include <QFont>

namespace soc::report {

// Liberation Serif from fonts-liberation2 (metric-compatible with Times New Roman and complete for
// Vietnamese; the old fonts-liberation lacks ư and ạ…ỹ).
class ReportFonts {
public:
    // Registers the fonts-liberation2 files with Qt when fontconfig does not already offer them.
    static void ensureLoaded();
    static QFont body();       // 13 pt
    static QFont pageNumber(); // 13 pt
};

} // namespace soc::report
