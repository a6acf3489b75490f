#include "cli/AlertJson.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "ingest/DemoScenario.h"
#include "store/DemoCases.h"
#include "store/DemoDirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace soc::cli {

int runDemo(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("alerts"), QCoreApplication::translate("Cli", "How many alerts (default 5000)."),
                 QStringLiteral("N"), QStringLiteral("5000")});
    p.addOption({QStringLiteral("until"),
                 QCoreApplication::translate("Cli", "End of the 30-day window, ISO 8601 (default: now)."),
                 QStringLiteral("TIME")});
    p.addOption({QStringLiteral("no-cases"), QCoreApplication::translate("Cli", "Alerts only: no demo tickets.")});
    bool ok = p.parse(QStringList{QStringLiteral("demo")} + args) && p.positionalArguments().isEmpty();
    const qint64 n = p.value(QStringLiteral("alerts")).toLongLong(&ok) ;
    qint64 until = 0;
    if (ok && p.isSet(QStringLiteral("until"))) {
        const QDateTime t = QDateTime::fromString(p.value(QStringLiteral("until")), Qt::ISODate);
        ok = t.isValid();
        until = t.toMSecsSinceEpoch();
    }
    if (!ok || n < 0 || n > 100'000'000) {
        CliContext::printError(p.errorText().isEmpty()
                                   ? QCoreApplication::translate("Cli", "Usage: socstation demo [--alerts N] [--until TIME]")
                                   : p.errorText());
        return UsageError;
    }
    try {
        auto session = ctx.signIn();
        ingest::DemoScenario::Options options;
        options.alerts = n;
        options.untilMs = until;
        options.tempDir = QDir(session->workspaceDir()).filePath(QStringLiteral("tmp"));
        options.actor = session->account().username;
        const auto stats = ingest::DemoScenario::populate(session->database(), options);
        // The story's episodes as tickets and incidents (only into a workspace without tickets).
        const int tickets = p.isSet(QStringLiteral("no-cases"))
                                ? 0
                                : store::DemoCases::populate(session->database(), session->account().username);
        // The agency directory, escalation matrix and asset register (only into an empty directory).
        const int agencies = p.isSet(QStringLiteral("no-cases"))
                                 ? 0
                                 : store::DemoDirectory::populate(session->database(), session->account().username);
        if (ctx.json) {
            QJsonObject o = importStatsToJson(stats);
            o.insert(QStringLiteral("tickets"), tickets);
            o.insert(QStringLiteral("agencies"), agencies);
            CliContext::printJson(o);
        }
        else
            CliContext::printLine(
                QCoreApplication::translate("Cli", "Demo scenario written; alerts imported: %1.").arg(stats.imported));
        return Ok;
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
