#pragma once

#include <QStringList>

namespace soc::cli {
struct CliContext;
}

namespace soc::report {

// `socstation report KIND [--incident ID] [--from DATE --to DATE] [--shift KEY] --out FILE.pdf`: issues the
// document (next number of the year, register entry, timeline event) and writes its PDF, all or
// nothing. Lives in socstation_report because it needs QtGui; main.cpp dispatches to it.
class ReportCommand {
public:
    // Before the QApplication exists: without a display, render offscreen.
    static void chooseHeadlessPlatform();
    // `args` are those after "report". Returns 0, 1 (operational error) or 2 (bad usage).
    static int run(cli::CliContext& ctx, const QStringList& args);
};

} // namespace soc::report
