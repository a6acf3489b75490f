// socstation central migrate|add-user|use|status: setting up the SOC's central PostgreSQL store.
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "security/PasswordPolicy.h"
#include "store/Workspace.h"
#include "sync/CentralMigrator.h"
#include "sync/CentralSettings.h"
#include "sync/PgConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace soc::cli {
namespace {

using sync::PgConnection;
using sync::PgError;

QString centralUsage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage:\n"
        "  socstation central migrate --url URL          create or update the central schema, roles and rules\n"
        "  socstation central add-user NAME --role ROLE --url URL   create an analyst's PostgreSQL role;\n"
        "                                                the new password is read from standard input\n"
        "  socstation central use --url URL [--sslmode MODE] [--ca FILE] [--cert FILE] [--key FILE] [--alert-days N]\n"
        "                                                point this workspace at a central store\n"
        "  socstation central status                     show the workspace's central store settings\n"
        "ROLE: analyst, shift_lead, manager, auditor, administrator, ingest (a sensor for socstation ingest).\n"
        "migrate and add-user connect with the URL's user; its password comes from ~/.pgpass or PGPASSFILE.");
}

// The administrator's own connection for migrate/add-user: libpq reads the password from
// ~/.pgpass (or PGPASSFILE), never from the command line.
std::unique_ptr<PgConnection> adminConnection(const QString& url)
{
    return PgConnection::open(url, security::SecretBuffer{});
}

int migrate(CliContext& ctx, const QString& url)
{
    auto conn = adminConnection(url);
    sync::CentralMigrator migrator(*conn);
    const int before = migrator.currentVersion();
    const auto applied = migrator.migrate();
    const int after = migrator.currentVersion();
    if (ctx.json) {
        QJsonArray names;
        for (const auto& s : applied)
            names.append(s.name);
        CliContext::printJson(QJsonObject{{QStringLiteral("from"), before}, {QStringLiteral("to"), after},
                                          {QStringLiteral("applied"), names}});
    } else if (applied.empty()) {
        CliContext::printLine(QCoreApplication::translate("Cli", "The central store is up to date (schema version %1).").arg(after));
    } else {
        CliContext::printLine(QCoreApplication::translate("Cli", "Central store migrated from schema version %1 to %2.")
                                  .arg(before)
                                  .arg(after));
    }
    return Ok;
}

int addUser(CliContext& ctx, const QString& url, const QString& name, const QString& role)
{
    static const QStringList roles{QStringLiteral("analyst"), QStringLiteral("shift_lead"), QStringLiteral("manager"),
                                   QStringLiteral("auditor"), QStringLiteral("administrator"), QStringLiteral("ingest")};
    QString why;
    if (!store::Workspace::isValidUsername(name, &why)) {
        CliContext::printError(why);
        return UsageError;
    }
    if (!roles.contains(role)) {
        CliContext::printError(QCoreApplication::translate("Cli", "Unknown role \"%1\". Roles: %2.").arg(role, roles.join(u", ")));
        return UsageError;
    }
    CliContext stdinOnly = ctx;
    stdinOnly.passwordFromStdin = true;
    QString error;
    auto password = stdinOnly.readPassword(&error);
    if (!password) {
        CliContext::printError(error);
        return UsageError;
    }
    const auto kind = role == u"administrator" ? security::PasswordPolicy::AccountKind::Administrator
                                                 : security::PasswordPolicy::AccountKind::User;
    const QStringList problems = security::PasswordPolicy::problems(
        QString::fromUtf8(password->chars(), static_cast<qsizetype>(password->size())), name, kind);
    if (!problems.isEmpty()) {
        CliContext::printError(problems.join(u' '));
        return UsageError;
    }
    auto conn = adminConnection(url);
    const QByteArray verifier = conn->scramVerifier(name, *password);
    conn->exec("SELECT soc.add_user($1, $2, $3)", {name.toUtf8(), role.toUtf8(), verifier});
    if (ctx.json)
        CliContext::printJson(QJsonObject{{QStringLiteral("user"), name}, {QStringLiteral("role"), role}});
    else
        CliContext::printLine(QCoreApplication::translate("Cli", "Central store account \"%1\" (%2) is ready.").arg(name, role));
    return Ok;
}

int use(CliContext& ctx, const QCommandLineParser& p)
{
    store::Workspace ws(ctx.workspaceDir);
    if (!ws.isInitialised()) {
        CliContext::printError(QCoreApplication::translate("Cli", "There is no workspace at %1: run socstation init first.").arg(ws.dir()));
        return OperationalError;
    }
    sync::CentralSettings s = sync::CentralSettings::load(ws.dir());
    s.url = p.value(QStringLiteral("url"));
    if (p.isSet(QStringLiteral("sslmode")))
        s.sslMode = p.value(QStringLiteral("sslmode"));
    if (p.isSet(QStringLiteral("ca")))
        s.caFile = p.value(QStringLiteral("ca"));
    if (p.isSet(QStringLiteral("cert")))
        s.certFile = p.value(QStringLiteral("cert"));
    if (p.isSet(QStringLiteral("key")))
        s.keyFile = p.value(QStringLiteral("key"));
    if (p.isSet(QStringLiteral("alert-days")))
        s.alertWindowDays = p.value(QStringLiteral("alert-days")).toInt();
    if (const QString problem = s.validate(); !problem.isEmpty()) {
        CliContext::printError(problem);
        return UsageError;
    }
    QString error;
    if (!s.save(ws.dir(), &error)) {
        CliContext::printError(error);
        return OperationalError;
    }
    if (ctx.json)
        CliContext::printJson(QJsonObject{{QStringLiteral("url"), s.url}, {QStringLiteral("sslmode"), s.sslMode},
                                          {QStringLiteral("alert_window_days"), s.alertWindowDays}});
    else
        CliContext::printLine(QCoreApplication::translate("Cli", "This workspace now syncs with %1.").arg(s.url));
    return Ok;
}

int status(CliContext& ctx)
{
    const sync::CentralSettings s = sync::CentralSettings::load(store::Workspace(ctx.workspaceDir).dir());
    if (ctx.json) {
        CliContext::printJson(QJsonObject{{QStringLiteral("configured"), s.isConfigured()}, {QStringLiteral("url"), s.url},
                                          {QStringLiteral("sslmode"), s.sslMode}, {QStringLiteral("ca_file"), s.caFile},
                                          {QStringLiteral("alert_window_days"), s.alertWindowDays}});
    } else if (!s.isConfigured()) {
        CliContext::printLine(QCoreApplication::translate("Cli", "This workspace works on its own (no central store)."));
    } else {
        CliContext::printLine(QCoreApplication::translate("Cli", "Central store: %1 (TLS: %2).").arg(s.url, s.sslMode));
    }
    return Ok;
}

} // namespace

int runCentral(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("url"), QString(), QStringLiteral("URL")});
    p.addOption({QStringLiteral("role"), QString(), QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("sslmode"), QString(), QStringLiteral("MODE")});
    p.addOption({QStringLiteral("ca"), QString(), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("cert"), QString(), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("key"), QString(), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("alert-days"), QString(), QStringLiteral("N")});
    if (!p.parse(QStringList{QStringLiteral("central")} + args)) {
        CliContext::printError(p.errorText());
        CliContext::printError(centralUsage());
        return UsageError;
    }
    const QStringList pos = p.positionalArguments();
    const QString sub = pos.value(0);
    const QString url = p.value(QStringLiteral("url"));
    try {
        if (sub == u"migrate" && pos.size() == 1 && !url.isEmpty())
            return migrate(ctx, url);
        if (sub == u"add-user" && pos.size() == 2 && !url.isEmpty() && p.isSet(QStringLiteral("role")))
            return addUser(ctx, url, pos[1], p.value(QStringLiteral("role")));
        if (sub == u"use" && pos.size() == 1 && !url.isEmpty())
            return use(ctx, p);
        if (sub == u"status" && pos.size() == 1)
            return status(ctx);
    } catch (const PgError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
    CliContext::printError(centralUsage());
    return UsageError;
}

} // namespace soc::cli
