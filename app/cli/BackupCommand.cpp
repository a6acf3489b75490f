#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "domain/SocTimeZone.h"
#include "store/BackupRegister.h"
#include "store/BackupRestorer.h"
#include "store/BackupService.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTime>

namespace soc::cli {
namespace {

QString backupUsage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: socstation backup [--to DIR [--to DIR2]] [--keep N]   back up now (without --to: to the scheduled folders)\n"
        "       socstation backup --list [--json]                      show the backup register\n"
        "       socstation backup --verify FILE                        check a backup file with your key\n"
        "       socstation backup --schedule --to DIR [--to DIR2] [--at HH:MM] [--keep N]   set the daily backup");
}

QString when(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, domain::socTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QJsonObject toJson(const store::BackupRecord& r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("started_at"), QDateTime::fromMSecsSinceEpoch(r.startedAtMs, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
                  {QStringLiteral("finished_at"), QDateTime::fromMSecsSinceEpoch(r.finishedAtMs, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
                  {QStringLiteral("destination"), r.destination},
                  {QStringLiteral("file"), r.file},
                  {QStringLiteral("size"), r.size},
                  {QStringLiteral("sha256"), r.sha256},
                  {QStringLiteral("verified"), r.verified},
                  {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)},
                  {QStringLiteral("pruned"), r.prunedAtMs != 0}};
    return o;
}

QString toLine(const store::BackupRecord& r)
{
    const QString state = r.verified ? (r.prunedAtMs ? QCoreApplication::translate("Cli", "verified, pruned") : QCoreApplication::translate("Cli", "verified")) : QCoreApplication::translate("Cli", "FAILED");
    QString line = QStringLiteral("%1  %2  %3  %4").arg(when(r.finishedAtMs), state, QLocale::c().formattedDataSize(r.size), r.file);
    if (!r.sha256.isEmpty())
        line += QStringLiteral("  sha256:") + r.sha256;
    if (!r.error.isEmpty())
        line += QStringLiteral("\n    ") + r.error;
    return line;
}

int list(CliContext& ctx, store::Session& session)
{
    store::BackupRegister reg(session.database());
    const auto rows = reg.list();
    const domain::BackupSettings s = reg.settings();
    if (ctx.json) {
        QJsonArray arr;
        for (const auto& r : rows)
            arr.append(toJson(r));
        CliContext::printJson(arr);
        return Ok;
    }
    if (s.isScheduled())
        CliContext::printLine(QCoreApplication::translate("Cli", "Daily at %1 to %2; keeping the last %3 verified backups per folder.")
                                  .arg(QTime(s.minuteOfDay / 60, s.minuteOfDay % 60).toString(QStringLiteral("HH:mm")),
                                       s.destinations.join(QStringLiteral(", ")))
                                  .arg(s.keep));
    else
        CliContext::printLine(QCoreApplication::translate("Cli", "No daily backup is scheduled."));
    if (rows.empty())
        CliContext::printLine(QCoreApplication::translate("Cli", "The backup register is empty."));
    for (const auto& r : rows)
        CliContext::printLine(toLine(r));
    return Ok;
}

} // namespace

// socstation backup ...: R-30 backups of the signed-in analyst's workspace (store/BackupService.h).
int runBackup(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("Cli", "Destination folder (at most two)."), QStringLiteral("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"), QCoreApplication::translate("Cli", "Verified backups to keep per folder."), QStringLiteral("N"));
    const QCommandLineOption listOption(QStringLiteral("list"), QCoreApplication::translate("Cli", "Show the register."));
    const QCommandLineOption verifyOption(QStringLiteral("verify"), QCoreApplication::translate("Cli", "Check a backup file."), QStringLiteral("FILE"));
    const QCommandLineOption schedule(QStringLiteral("schedule"), QCoreApplication::translate("Cli", "Set the daily schedule."));
    const QCommandLineOption at(QStringLiteral("at"), QCoreApplication::translate("Cli", "Time of day (SOC time)."), QStringLiteral("HH:MM"));
    p.addOptions({to, keep, listOption, verifyOption, schedule, at});
    const bool modes = p.parse(QStringList{QStringLiteral("backup")} + args)
                       && (int(p.isSet(listOption)) + int(p.isSet(verifyOption)) + int(p.isSet(schedule))) <= 1;
    const QTime atTime = QTime::fromString(p.value(at), QStringLiteral("HH:mm"));
    bool keepOk = true;
    const int keepValue = p.isSet(keep) ? p.value(keep).toInt(&keepOk) : 0;
    if (!modes || !p.positionalArguments().isEmpty() || p.values(to).size() > domain::BackupSettings::kMaxDestinations
        || (p.isSet(at) && !atTime.isValid()) || !keepOk || (p.isSet(keep) && keepValue < 1)
        || (p.isSet(schedule) && !p.isSet(to))) {
        CliContext::printError(p.errorText().isEmpty() ? backupUsage() : p.errorText() + u'\n' + backupUsage());
        return UsageError;
    }
    try {
        auto session = ctx.signIn();
        if (p.isSet(listOption))
            return list(ctx, *session);
        domain::SystemClock clock;
        store::BackupService service(*session, clock);
        if (p.isSet(verifyOption)) {
            service.verify(p.value(verifyOption));
            CliContext::printLine(QCoreApplication::translate("Cli", "%1 is intact: every entry matches its SHA-256 and the case database opens with your key and "
                                     "passes its integrity checks.")
                                      .arg(p.value(verifyOption)));
            return Ok;
        }
        store::BackupRegister reg(session->database());
        domain::BackupSettings settings = reg.settings();
        if (p.isSet(schedule)) {
            settings.destinations = p.values(to);
            if (atTime.isValid())
                settings.minuteOfDay = atTime.hour() * 60 + atTime.minute();
            if (p.isSet(keep))
                settings.keep = keepValue;
            reg.saveSettings(settings, session->account().username);
            return list(ctx, *session);
        }
        const QStringList destinations = p.isSet(to) ? p.values(to) : settings.destinations;
        const store::BackupService::Result result = service.run(destinations, p.isSet(keep) ? keepValue : settings.keep);
        if (ctx.json) {
            QJsonArray arr;
            for (const auto& r : result.backups)
                arr.append(toJson(r));
            CliContext::printJson(QJsonObject{{QStringLiteral("ok"), result.ok()},
                                              {QStringLiteral("backups"), arr},
                                              {QStringLiteral("pruned"), result.pruned}});
        } else {
            for (const auto& r : result.backups) {
                if (r.verified)
                    CliContext::printLine(QCoreApplication::translate("Cli", "Backed up and verified: %1 (%2, sha256 %3)")
                                              .arg(r.file, QLocale::c().formattedDataSize(r.size), r.sha256));
                else
                    CliContext::printError(QCoreApplication::translate("Cli", "The backup to %1 failed: %2").arg(r.destination, r.error));
            }
            if (result.pruned > 0) {
                const int pruned = result.pruned;
                CliContext::printLine(QCoreApplication::translate("Cli", "%n older backup(s) removed.", nullptr, pruned));
            }
        }
        return result.ok() ? Ok : OperationalError;
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

// socstation restore FILE --workspace NEWDIR: restores into a new workspace and signs in there.
int runRestore(CliContext& ctx, const QStringList& args)
{
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--workspace" && i + 1 < args.size())
            ctx.workspaceDir = args[++i];
        else if (args[i].startsWith(u"--workspace="))
            ctx.workspaceDir = args[i].mid(12);
        else
            rest << args[i];
    }
    if (rest.size() != 1 || rest.first().startsWith(u"-")) {
        CliContext::printError(QCoreApplication::translate("Cli", "Usage: socstation restore FILE --workspace NEWDIR   (the password from --password-stdin or "
                                  "SOCSTATION_PASSWORD)"));
        return UsageError;
    }
    try {
        store::BackupRestorer restorer(rest.first());
        restorer.check();
        if (!ctx.user.isEmpty() && ctx.user != restorer.user()) {
            CliContext::printError(QCoreApplication::translate("Cli", "The backup belongs to \"%1\", not to \"%2\". Nothing was restored.").arg(restorer.user(), ctx.user));
            return OperationalError;
        }
        QString error;
        auto password = ctx.readPassword(&error);
        if (!password) {
            CliContext::printError(error);
            return OperationalError;
        }
        auto session = restorer.restore(ctx.workspaceDir, *password);
        if (ctx.json)
            CliContext::printJson(QJsonObject{{QStringLiteral("workspace"), store::Workspace(ctx.workspaceDir).dir()},
                                              {QStringLiteral("user"), restorer.user()},
                                              {QStringLiteral("sha256"), restorer.sha256()},
                                              {QStringLiteral("created"), restorer.manifest().value(u"created")}});
        else
            CliContext::printLine(QCoreApplication::translate("Cli", "Restored \"%1\" (backup of %2) into %3 and signed in: it opens with the password.")
                                      .arg(restorer.user(), restorer.manifest().value(u"created").toString(),
                                           store::Workspace(ctx.workspaceDir).dir()));
        return Ok;
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
