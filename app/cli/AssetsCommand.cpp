#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/DirectoryJson.h"
#include "domain/Clock.h"
#include "store/AssetCsvImport.h"
#include "store/AssetRegister.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace soc::cli {
namespace {

QString assetsUsage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: socstation assets import FILE.csv [--json]   import the asset register (R-31)\n"
        "       socstation assets export FILE.csv            write the register as CSV (UTF-8 with BOM)\n"
        "       socstation assets list [--json]              list the register\n"
        "CSV columns: id,name,type,ip,mac,agency,security_level,criticality,notes (id, criticality and notes "
        "optional).\n"
        "Import exit code: 0 when rows were imported (skipped rows are listed with their line), 1 when the file was\n"
        "refused or every row was bad.");
}

} // namespace

// socstation assets ...: the endpoint register (issue 7, R-31).
int runAssets(CliContext& ctx, const QStringList& args)
{
    const QString action = args.value(0);
    QCommandLineParser p;
    const bool parsed = p.parse(QStringList{QStringLiteral("assets")} + args.mid(1));
    const QStringList pos = p.positionalArguments();
    const bool ok = parsed && (((action == u"import" || action == u"export") && pos.size() == 1) ||
                               (action == u"list" && pos.isEmpty()));
    if (!ok) {
        CliContext::printError(p.errorText().isEmpty() ? assetsUsage() : p.errorText() + u'\n' + assetsUsage());
        return UsageError;
    }
    try {
        auto session = ctx.signIn();
        domain::SystemClock clock;
        store::Database& db = session->database();
        const QString user = session->account().username;
        if (action == u"import")
            return printImportReport(ctx, store::AssetCsvImport(db, user, clock).importFile(pos.first()),
                                     QCoreApplication::translate("Cli", "Asset register"));
        store::AssetRegister reg(db, user, clock);
        if (action == u"export") {
            const int n = reg.exportCsv(pos.first());
            CliContext::printLine(
                QCoreApplication::translate("Cli", "Wrote %n asset(s) to %1.", nullptr, n).arg(pos.first()));
            return Ok;
        }
        const auto assets = reg.assets();
        if (ctx.json) {
            QJsonArray arr;
            for (const domain::Asset& a : assets)
                arr.append(assetToJson(a));
            CliContext::printJson(arr);
            return Ok;
        }
        if (assets.empty())
            CliContext::printLine(
                QCoreApplication::translate("Cli", "The asset register is empty (socstation assets import FILE.csv)."));
        for (const domain::Asset& a : assets)
            CliContext::printLine(QStringLiteral("%1  %2  %3  %4  %5  %6")
                                      .arg(a.agencyId.leftJustified(14), a.ip.leftJustified(15),
                                           a.mac.leftJustified(17),
                                           a.securityLevel ? QString::number(a.securityLevel) : QStringLiteral("-"),
                                           domain::criticalityKey(a.criticality).leftJustified(8), a.name));
        return Ok;
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
