#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "domain/Clock.h"
#include "domain/Severity.h"
#include "store/AgencyDirectory.h"
#include "store/EscalationMatrix.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace soc::cli {
namespace {

QJsonObject entryJson(const store::EscalationEntry& e)
{
    return QJsonObject{{QStringLiteral("severity"), domain::severityKey(e.severity)},
                       {QStringLiteral("position"), e.position},
                       {QStringLiteral("agency"), e.agencyId},
                       {QStringLiteral("agency_name"), e.agencyName},
                       {QStringLiteral("contact"), e.focalPointId.isEmpty() ? QJsonValue() : QJsonValue(e.focalPointId)},
                       {QStringLiteral("channel"), domain::commChannelKey(e.channel)},
                       {QStringLiteral("counterpart"), e.counterpart()}};
}

// AGENCY[/CHANNEL[/CONTACT NAME]] -> an entry, or a translated reason in `error`.
std::optional<store::EscalationEntry> parseTarget(store::AgencyDirectory& directory, const QString& text, QString* error)
{
    const QStringList parts = text.split(u'/');
    const auto agency = directory.agency(parts.value(0).trimmed());
    if (!agency) {
        *error = QCoreApplication::translate("Cli", "There is no agency \"%1\" in the directory; nothing was changed.")
                     .arg(parts.value(0).trimmed());
        return std::nullopt;
    }
    store::EscalationEntry e;
    e.agencyId = agency->id;
    if (parts.size() > 1) {
        const auto channel = domain::commChannelFromKey(parts.at(1).trimmed());
        if (!channel) {
            *error = QCoreApplication::translate("Cli", "Unknown channel \"%1\": use phone, official_email, document or fax.")
                         .arg(parts.at(1));
            return std::nullopt;
        }
        e.channel = *channel;
    }
    if (parts.size() > 2) {
        const QString name = parts.mid(2).join(u'/').trimmed();
        for (const domain::FocalPoint& p : directory.focalPoints(agency->id))
            if (p.name.compare(name, Qt::CaseInsensitive) == 0)
                e.focalPointId = p.id;
        if (e.focalPointId.isEmpty()) {
            *error = QCoreApplication::translate("Cli", "%1 has no focal point named \"%2\"; nothing was changed.")
                         .arg(agency->name, name);
            return std::nullopt;
        }
    }
    return e;
}

} // namespace

// socstation directory escalation [SEVERITY [TARGET...]]: the escalation matrix.
int runEscalation(CliContext& ctx, const QStringList& args)
{
    auto session = ctx.signIn();
    domain::SystemClock clock;
    const QString user = session->account().username;
    store::EscalationMatrix matrix(session->database(), user, clock);
    if (!args.isEmpty()) {
        const auto severity = domain::severityFromKey(args.first());
        if (!severity) {
            CliContext::printError(QCoreApplication::translate("Cli", "Unknown severity \"%1\": use low, medium, high or emergency.")
                                       .arg(args.first()));
            return UsageError;
        }
        store::AgencyDirectory directory(session->database(), user, clock);
        std::vector<store::EscalationEntry> targets;
        for (const QString& t : args.mid(1)) {
            QString why;
            const auto e = parseTarget(directory, t, &why);
            if (!e) {
                CliContext::printError(why);
                return OperationalError;
            }
            targets.push_back(*e);
        }
        matrix.setTargets(*severity, targets);
    }
    const auto all = matrix.all();
    if (ctx.json) {
        QJsonArray arr;
        for (const store::EscalationEntry& e : all)
            arr.append(entryJson(e));
        CliContext::printJson(arr);
        return Ok;
    }
    if (all.empty())
        CliContext::printLine(QCoreApplication::translate("Cli", "The escalation matrix is empty."));
    for (const store::EscalationEntry& e : all)
        CliContext::printLine(QStringLiteral("%1  %2. %3 — %4")
                                  .arg(domain::severityKey(e.severity), -9)
                                  .arg(e.position)
                                  .arg(e.counterpart(), domain::commChannelLabel(e.channel)));
    return Ok;
}

} // namespace soc::cli
