#include "cli/CliApp.h"

#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "store/Workspace.h"

#include <QCoreApplication>

namespace soc::cli {

QString CliApp::usage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: socstation [--workspace DIR] [--user NAME] [--password-stdin] [--json] [--lang vi|en] [SUBCOMMAND]\n"
        "Without a subcommand the desktop application starts.\n"
        "Subcommands:\n"
        "  init --admin NAME                 create the workspace and its first administrator\n"
        "  import [--format auto|suricata|wazuh|cef] FILE...   import alert files\n"
        "  alerts count [--severity S] [--status S]           count alerts\n"
        "  alerts list [--limit N] [--severity S] [--search TEXT]  list alerts\n"
        "  demo [--alerts N]                 write the demo scenario into the workspace\n"
        "  case create|list|show|status|assign|incident|step|close|escalate|note|comm|action|evidence|verify ...\n"
        "                                    tickets, incidents, the seven steps, timeline and evidence\n"
        "  central migrate|add-user|use|status ...             set up the SOC's central PostgreSQL store\n"
        "  sync [--once] [--json]            sync this workspace with the central store\n"
        "  ingest --central URL [--follow] FILE...            send sensor alert files to the central store\n"
        "  account passwd                    change your password (R-23, R-24)\n"
        "  account review|create|unlock|suspend|role|expires|reset-password|policy|recovery-key|recover ...\n"
        "                                    accounts, lockout, policy and recovery (administrators; see account help)\n"
        "  rekey                             replace your data key (close the application first)\n"
        "  audit verify [--json]             check the hash chain of the audit log (exit 1 when broken)\n"
        "  audit list [--from DATE] [--to DATE] [--actor U] [--action PREFIX] [--outcome ok|refused|failed]\n"
        "             [--object-type T] [--object-id ID] [--text TEXT] [--json|--csv] [--limit N]\n"
        "                                    read the audit log, newest first (auditors, administrators)\n"
        "  audit export --out FILE.csv [the same filters]      export the audit log as CSV\n"
        "  audit retention [MONTHS]          show or set how long the audit log stays here (at least 6)\n"
        "  backup [--to DIR [--to DIR2]] [--keep N]           encrypted backup, verified and registered (R-30)\n"
        "  backup --list [--json] | --verify FILE | --schedule --to DIR [--to DIR2] [--at HH:MM] [--keep N]\n"
        "                                    the backup register, check a backup file, the daily schedule\n"
        "  restore FILE --workspace NEWDIR   restore a backup into a new workspace and sign in there\n"
        "  export --case ID --out FILE [--passphrase-stdin]    encrypted, signed case export for review elsewhere\n"
        "  open-export FILE [--json] [--extract-evidence DIR] [--passphrase-stdin]  open a case export read-only\n"
        "  shift start|roster|assign|remove|pattern|log|handover|accept|unhanded ...  duty shifts: roster, duty log, handover\n"
        "  directory import FILE.csv | list | match IP|HOST | escalation [SEVERITY TARGET...] [--json]\n"
        "                                    the agency directory and the escalation matrix (R-13)\n"
        "  assets import FILE.csv | export FILE.csv | list [--json]    the asset register (R-31)\n"
        "  request add --agency A --text T --due DATE [--ticket ID] | answer N --text T | list [--overdue] [--json]\n"
        "                                    requests to agencies and their answers (R-16)\n"
        "  report mau03|mau04|record|incident --incident ID --out FILE.pdf  issue an official document\n"
        "  report periodic|mau05 (--from DATE --to DATE | --period monthly|quarterly|half-year|yearly [--date DATE]) --out FILE.pdf\n"
        "                                    issue a periodic report or the Mẫu 05 summary\n"
        "  report handover --shift KEY --out FILE.pdf  issue the shift handover record (KEY: 2026-11-21/1)\n"
        "The password comes from --password-stdin or SOCSTATION_PASSWORD, never from the command line.\n"
        "Environment: SOCSTATION_WORKSPACE, SOCSTATION_USER, SOCSTATION_PASSWORD, SOCSTATION_LANG, SOCSTATION_EXPORT_PASSPHRASE.");
}

QStringList CliApp::parseGlobals(const QStringList& args, CliContext& ctx, QString* usageError)
{
    ctx.workspaceDir = store::Workspace::defaultDir();
    ctx.user = qEnvironmentVariable("SOCSTATION_USER");
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (!rest.isEmpty()) {
            // After the subcommand, --json and --password-stdin are still understood anywhere.
            if (a == u"--json")
                ctx.json = true;
            else if (a == u"--password-stdin")
                ctx.passwordFromStdin = true;
            else
                rest << a;
            continue;
        }
        auto value = [&](QString* out) {
            if (i + 1 >= args.size()) {
                *usageError = QCoreApplication::translate("Cli", "%1 needs a value.").arg(a);
                return false;
            }
            *out = args[++i];
            return true;
        };
        if (a == u"--workspace") {
            if (!value(&ctx.workspaceDir))
                return {};
        } else if (a.startsWith(u"--workspace=")) {
            ctx.workspaceDir = a.mid(12);
        } else if (a == u"--user") {
            if (!value(&ctx.user))
                return {};
        } else if (a == u"--lang") {
            if (!value(&ctx.language))
                return {};
        } else if (a == u"--password-stdin") {
            ctx.passwordFromStdin = true;
        } else if (a == u"--json") {
            ctx.json = true;
        } else if (a == u"--password" || a.startsWith(u"--password=")) {
            *usageError = QCoreApplication::translate(
                "Cli", "Passwords are never accepted on the command line: use --password-stdin or SOCSTATION_PASSWORD.");
            return {};
        } else if (a == u"-h" || a == u"--help") {
            rest << QStringLiteral("help");
        } else if (a.startsWith(u"-") && a != u"-") {
            // Unknown global options (e.g. Qt's -platform) are left for the GUI.
            rest << a;
        } else {
            rest << a;
        }
    }
    return rest;
}

int CliApp::run(CliContext& ctx, const QStringList& commandAndArgs)
{
    const QString cmd = commandAndArgs.value(0);
    const QStringList args = commandAndArgs.mid(1);
    if (cmd == u"help" || cmd == u"--help") {
        CliContext::printLine(usage());
        return Ok;
    }
    if (cmd == u"version" || cmd == u"--version") {
        CliContext::printLine(QStringLiteral("socstation " SOCSTATION_VERSION));
        return Ok;
    }
    if (cmd == u"init")
        return runInit(ctx, args);
    if (cmd == u"import")
        return runImport(ctx, args);
    if (cmd == u"alerts")
        return runAlerts(ctx, args);
    if (cmd == u"demo")
        return runDemo(ctx, args);
    if (cmd == u"case")
        return runCase(ctx, args);
    if (cmd == u"central")
        return runCentral(ctx, args);
    if (cmd == u"sync")
        return runSync(ctx, args);
    if (cmd == u"ingest")
        return runIngest(ctx, args);
    if (cmd == u"audit")
        return runAudit(ctx, args);
    if (cmd == u"account")
        return runAccount(ctx, args);
    if (cmd == u"rekey")
        return runRekey(ctx, args);
    if (cmd == u"backup")
        return runBackup(ctx, args);
    if (cmd == u"restore")
        return runRestore(ctx, args);
    if (cmd == u"export")
        return runExport(ctx, args);
    if (cmd == u"open-export")
        return runOpenExport(ctx, args);
    if (cmd == u"directory")
        return runDirectory(ctx, args);
    if (cmd == u"assets")
        return runAssets(ctx, args);
    if (cmd == u"request")
        return runRequest(ctx, args);
    if (cmd == u"shift")
        return runShift(ctx, args);
    if (cmd == u"report") {
        // Reached only in the headless build: the full build sends "report" to socstation_report.
        CliContext::printError(QCoreApplication::translate(
            "Cli", "Reports need the full build of socstation (with the desktop libraries); this build is headless."));
        return OperationalError;
    }
    CliContext::printError(QCoreApplication::translate("Cli", "Unknown subcommand \"%1\".").arg(cmd));
    CliContext::printError(usage());
    return UsageError;
}

} // namespace soc::cli
