#pragma once

#include <QStringList>

namespace soc::cli {

struct CliContext;

// Each takes the subcommand's own arguments (after the subcommand name) and returns an exit code.
int runInit(CliContext& ctx, const QStringList& args);
int runImport(CliContext& ctx, const QStringList& args);
int runAlerts(CliContext& ctx, const QStringList& args);
int runDemo(CliContext& ctx, const QStringList& args);
int runCase(CliContext& ctx, const QStringList& args);
int runCentral(CliContext& ctx, const QStringList& args);
int runSync(CliContext& ctx, const QStringList& args);
int runIngest(CliContext& ctx, const QStringList& args);
int runAudit(CliContext& ctx, const QStringList& args);
int runAccount(CliContext& ctx, const QStringList& args);
int runRekey(CliContext& ctx, const QStringList& args);
int runBackup(CliContext& ctx, const QStringList& args);  // backup --to DIR | --list | --verify FILE | --schedule
int runRestore(CliContext& ctx, const QStringList& args); // restore FILE --workspace NEWDIR
int runExport(CliContext& ctx, const QStringList& args);     // export --case ID --out FILE
int runOpenExport(CliContext& ctx, const QStringList& args); // open-export FILE
int runShift(CliContext& ctx, const QStringList& args);      // shift start|roster|assign|log|handover|accept|unhanded
int runDirectory(CliContext& ctx, const QStringList& args);  // directory import|list|match|escalation
int runEscalation(CliContext& ctx, const QStringList& args); // directory escalation [SEVERITY [TARGET...]]
int runAssets(CliContext& ctx, const QStringList& args);     // assets import|export|list
int runRequest(CliContext& ctx, const QStringList& args);    // request add|answer|list

} // namespace soc::cli
