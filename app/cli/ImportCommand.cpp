#include "cli/AlertJson.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "ingest/AlertImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace soc::cli {

int runImport(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "auto, suricata, wazuh or cef."),
                 QStringLiteral("FORMAT"), QStringLiteral("auto")});
    if (!p.parse(QStringList{QStringLiteral("import")} + args) || p.positionalArguments().isEmpty()) {
        CliContext::printError(p.errorText().isEmpty()
                                   ? QCoreApplication::translate(
                                         "Cli", "Usage: socstation import [--format auto|suricata|wazuh|cef] FILE...")
                                   : p.errorText());
        return UsageError;
    }
    const auto format = ingest::alertFormatFromKey(p.value(QStringLiteral("format")));
    if (!format) {
        CliContext::printError(
            QCoreApplication::translate("Cli", "Unknown format \"%1\".").arg(p.value(QStringLiteral("format"))));
        return UsageError;
    }
    try {
        auto session = ctx.signIn();
        ingest::AlertImporter importer(session->database(), session->account().username);
        const ingest::ImportStats stats = importer.run(p.positionalArguments(), *format);
        if (ctx.json) {
            CliContext::printJson(importStatsToJson(stats));
        } else {
            CliContext::printLine(QCoreApplication::translate(
                                      "Cli", "Alerts imported: %1; duplicates: %2; rejected: %3; other records skipped: %4.")
                                      .arg(stats.imported)
                                      .arg(stats.duplicates)
                                      .arg(stats.rejected)
                                      .arg(stats.skipped));
            for (const auto& e : stats.errors)
                CliContext::printError(QStringLiteral("%1:%2: %3").arg(e.file).arg(e.line).arg(e.reason));
        }
        return stats.failedFiles > 0 ? OperationalError : Ok;
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
