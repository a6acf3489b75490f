#pragma once

#include <QStringList>

namespace soc::cli {

struct CliContext;

// Headless subcommands: socstation [global options] SUBCOMMAND [options] [args].
class CliApp {
public:
    // Splits the global options off `args` (without argv[0]); returns the rest, the first being
    // the subcommand (empty for the GUI). Sets `usageError` on a malformed global option.
    static QStringList parseGlobals(const QStringList& args, CliContext& ctx, QString* usageError);
    // Runs the subcommand; returns the exit code (0 ok, 1 operational error, 2 bad usage).
    static int run(CliContext& ctx, const QStringList& commandAndArgs);
    static QString usage();
};

} // namespace soc::cli
