#include "cli/AlertJson.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "store/AlertRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace soc::cli {
namespace {


// Fills the filter from --severity/--status/--search. False with a message on bad values.
bool filterFromOptions(const QCommandLineParser& p, store::AlertFilter& f, QString* error)
{
    for (const QString& s : p.values(QStringLiteral("severity"))) {
        const auto sev = domain::severityFromKey(s);
        if (!sev) {
            *error = QCoreApplication::translate("Cli", "Unknown severity \"%1\": use low, medium, high or emergency.").arg(s);
            return false;
        }
        f.severityMask |= 1 << static_cast<int>(*sev);
    }
    for (const QString& s : p.values(QStringLiteral("status"))) {
        const auto st = domain::alertStatusFromKey(s);
        if (!st) {
            *error = QCoreApplication::translate("Cli", "Unknown status \"%1\": use new, acknowledged, false_positive or benign.").arg(s);
            return false;
        }
        f.statusMask |= 1 << static_cast<int>(*st);
    }
    if (p.isSet(QStringLiteral("search"))) {
        f.search = domain::AlertSearch::parse(p.value(QStringLiteral("search")));
        if (!f.search.error.isEmpty()) {
            *error = f.search.error;
            return false;
        }
    }
    return true;
}

} // namespace

int runAlerts(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("Cli", "count or list"));
    p.addOption({QStringLiteral("severity"), QCoreApplication::translate("Cli", "Only this severity (repeatable)."), QStringLiteral("SEVERITY")});
    p.addOption({QStringLiteral("status"), QCoreApplication::translate("Cli", "Only this status (repeatable)."), QStringLiteral("STATUS")});
    p.addOption({QStringLiteral("search"), QCoreApplication::translate("Cli", "Search text, as in the alert screen."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("limit"), QCoreApplication::translate("Cli", "At most N alerts (list)."), QStringLiteral("N"), QStringLiteral("100")});
    p.addOption({QStringLiteral("original"), QCoreApplication::translate("Cli", "Include the original record (list).")});
    const QString action = args.value(0);
    if (!p.parse(QStringList{QStringLiteral("alerts")} + args) || p.positionalArguments().size() != 1
        || (action != u"count" && action != u"list")) {
        CliContext::printError(p.errorText().isEmpty()
                                   ? QCoreApplication::translate("Cli", "Usage: socstation alerts count|list [--severity S] [--status S] [--search TEXT] "
                                        "[--limit N] [--original] [--json]")
                                   : p.errorText());
        return UsageError;
    }
    store::AlertFilter filter;
    QString error;
    if (!filterFromOptions(p, filter, &error)) {
        CliContext::printError(error);
        return UsageError;
    }
    bool limitOk = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 0) {
        CliContext::printError(QCoreApplication::translate("Cli", "--limit needs a whole number."));
        return UsageError;
    }
    try {
        auto session = ctx.signIn();
        store::AlertRepository repo(session->database());
        if (action == u"count") {
            const qint64 n = repo.count(filter);
            if (ctx.json)
                CliContext::printJson(QJsonObject{{QStringLiteral("count"), n}});
            else
                CliContext::printLine(QString::number(n));
            return Ok;
        }
        const auto alerts = repo.page(filter, store::AlertSort{}, 0, limit);
        const bool original = p.isSet(QStringLiteral("original"));
        if (ctx.json) {
            QJsonArray arr;
            for (const auto& a : alerts) {
                if (original) {
                    if (auto full = repo.byId(a.id))
                        arr.append(alertToJson(*full, true));
                } else {
                    arr.append(alertToJson(a, false));
                }
            }
            CliContext::printJson(arr);
        } else {
            for (const auto& a : alerts)
                CliContext::printLine(QStringLiteral("%1  %2  %3  %4 -> %5  %6")
                                          .arg(QDateTime::fromMSecsSinceEpoch(a.detectedAtMs).toString(Qt::ISODate),
                                               domain::severityKey(a.severity).leftJustified(9), a.subsystem.leftJustified(4),
                                               a.srcIp, a.dstIp, a.signature));
        }
        return Ok;
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
