#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "security/PasswordPolicy.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

namespace soc::cli {

int runInit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("admin"), QCoreApplication::translate("Cli", "Name of the first administrator."),
                 QStringLiteral("NAME")});
    if (!p.parse(QStringList{QStringLiteral("init")} + args) || !p.positionalArguments().isEmpty()
        || !p.isSet(QStringLiteral("admin"))) {
        CliContext::printError(p.errorText().isEmpty()
                                   ? QCoreApplication::translate("Cli", "Usage: socstation init --admin NAME")
                                   : p.errorText());
        return UsageError;
    }
    const QString admin = p.value(QStringLiteral("admin"));
    QString error;
    auto password = ctx.readPassword(&error);
    if (!password) {
        CliContext::printError(error);
        return UsageError;
    }
    try {
        store::Workspace ws(ctx.workspaceDir);
        auto session = ws.createAdministrator(admin, *password);
        if (ctx.json)
            CliContext::printJson(QJsonObject{{QStringLiteral("workspace"), ws.dir()},
                                              {QStringLiteral("admin"), admin},
                                              {QStringLiteral("database"), ws.databasePath(admin)}});
        else
            CliContext::printLine(QCoreApplication::translate("Cli", "Workspace %1 created with administrator \"%2\".")
                                      .arg(ws.dir(), admin));
        return Ok;
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return e.code() == store::ErrorCode::Policy ? UsageError : OperationalError;
    }
}

} // namespace soc::cli
