#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/DirectoryJson.h"
#include "domain/Clock.h"
#include "store/AgencyDirectory.h"
#include "store/AgencyLookup.h"
#include "store/AssetRegister.h"
#include "store/DirectoryCsvImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace soc::cli {
namespace {

QString directoryUsage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: socstation directory import FILE.csv [--json]   import agencies, focal points and networks\n"
        "       socstation directory list [--json]              list the agency directory\n"
        "       socstation directory match IP|HOST [--json]     which agency (and asset) an address or host belongs "
        "to\n"
        "       socstation directory escalation [SEVERITY [AGENCY[/CHANNEL[/CONTACT]] ...]] [--json]\n"
        "                                  show the escalation matrix, or set whom to notify for SEVERITY, in order\n"
        "CSV columns: code,name,kind,parent,networks,contact_name,position,phone,email,notes (code, name and kind "
        "required).\n"
        "Import exit code: 0 when rows were imported (skipped rows are listed with their line), 1 when the file was\n"
        "refused or every row was bad; nothing of a refused file or a bad row is written.");
}

int importFile(CliContext& ctx, const QString& path)
{
    auto session = ctx.signIn();
    domain::SystemClock clock;
    const store::CsvImportReport report =
        store::DirectoryCsvImport(session->database(), session->account().username, clock).importFile(path);
    return printImportReport(ctx, report, QCoreApplication::translate("Cli", "Agency directory"));
}

int list(CliContext& ctx)
{
    auto session = ctx.signIn();
    domain::SystemClock clock;
    store::AgencyDirectory directory(session->database(), session->account().username, clock);
    const auto agencies = directory.agencies();
    if (ctx.json) {
        QJsonArray arr;
        for (const domain::Agency& a : agencies)
            arr.append(agencyToJson(a, directory.focalPoints(a.id)));
        CliContext::printJson(arr);
        return Ok;
    }
    if (agencies.empty())
        CliContext::printLine(QCoreApplication::translate(
            "Cli", "The agency directory is empty (socstation directory import FILE.csv)."));
    for (const domain::Agency& a : agencies) {
        CliContext::printLine(
            QStringLiteral("%1  %2  %3")
                .arg(a.id.leftJustified(16), domain::agencyKindKey(a.kind).leftJustified(22), a.name));
        if (!a.networks.isEmpty())
            CliContext::printLine(QStringLiteral("    %1").arg(a.networks.join(QStringLiteral(", "))));
        for (const domain::FocalPoint& p : directory.focalPoints(a.id)) {
            QStringList parts{p.name, p.position, p.phone, p.email};
            parts.removeAll(QString());
            CliContext::printLine(QStringLiteral("    %1").arg(parts.join(QStringLiteral(" | "))));
        }
    }
    return Ok;
}

int match(CliContext& ctx, const QString& what)
{
    auto session = ctx.signIn();
    domain::SystemClock clock;
    store::AgencyLookup lookup(session->database());
    auto m = lookup.byAddress(what);
    const bool isAddress = domain::IpAddress::parse(what).has_value();
    if (!isAddress)
        m = lookup.byHost(what);
    std::vector<domain::Asset> assets;
    if (isAddress)
        assets = store::AssetRegister(session->database(), session->account().username, clock).byIp(what);
    if (ctx.json) {
        QJsonArray arr;
        for (const domain::Asset& a : assets)
            arr.append(assetToJson(a));
        QJsonObject o{{QStringLiteral("query"), what}, {QStringLiteral("assets"), arr}};
        o.insert(QStringLiteral("agency"), m ? QJsonValue(QJsonObject{{QStringLiteral("id"), m->agencyId},
                                                                      {QStringLiteral("name"), m->agencyName},
                                                                      {QStringLiteral("network"), m->network}})
                                             : QJsonValue());
        CliContext::printJson(o);
    } else if (m) {
        CliContext::printLine(QCoreApplication::translate("Cli", "%1 belongs to %2 (%3) through %4.")
                                  .arg(what, m->agencyName, m->agencyId, m->network));
        for (const domain::Asset& a : assets)
            CliContext::printLine(QCoreApplication::translate("Cli", "Asset: %1 (%2), security level %3.")
                                      .arg(a.name, a.type)
                                      .arg(a.securityLevel));
    }
    if (!m) {
        if (!ctx.json)
            CliContext::printError(
                QCoreApplication::translate("Cli", "No agency of the directory has a network that contains %1.")
                    .arg(what));
        return OperationalError;
    }
    return Ok;
}

} // namespace

// socstation directory ...: the agency directory (issue 7, R-13).
int runDirectory(CliContext& ctx, const QStringList& args)
{
    const QString action = args.value(0);
    if (action == u"escalation") {
        try {
            return runEscalation(ctx, args.mid(1));
        } catch (const store::DatabaseError& e) {
            CliContext::printError(e.message());
            return OperationalError;
        }
    }
    QCommandLineParser p;
    const bool parsed = p.parse(QStringList{QStringLiteral("directory")} + args.mid(1));
    const QStringList pos = p.positionalArguments();
    const bool ok = parsed && ((action == u"import" && pos.size() == 1) || (action == u"list" && pos.isEmpty()) ||
                               (action == u"match" && pos.size() == 1));
    if (!ok) {
        CliContext::printError(p.errorText().isEmpty() ? directoryUsage() : p.errorText() + u'\n' + directoryUsage());
        return UsageError;
    }
    try {
        if (action == u"import")
            return importFile(ctx, pos.first());
        if (action == u"list")
            return list(ctx);
        return match(ctx, pos.first().trimmed());
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
