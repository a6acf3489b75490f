#include "cli/CaseCommandSupport.h"
#include "cli/CaseJson.h"
#include "store/EvidenceRepository.h"
#include "store/IncidentRepository.h"
#include "store/TicketRepository.h"
#include "store/TimelineRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace soc::cli {
namespace {


int create(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("title"), QCoreApplication::translate("Cli", "Title."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("description"), QCoreApplication::translate("Cli", "Description."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("severity"), QCoreApplication::translate("Cli", "low, medium, high or emergency."), QStringLiteral("S"), QStringLiteral("medium")});
    p.addOption({QStringLiteral("alert"), QCoreApplication::translate("Cli", "Linked alert id (repeatable)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("agency"), QCoreApplication::translate("Cli", "Reporting agency or unit."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("channel"), QCoreApplication::translate("Cli", "monitoring, phone, official_email, document or fax."), QStringLiteral("C"),
                 QStringLiteral("monitoring")});
    p.addOption({QStringLiteral("assignee"), QCoreApplication::translate("Cli", "User name."), QStringLiteral("USER")});
    const QString usage = QCoreApplication::translate("Cli", "Usage: socstation case create --title T [--severity S] [--alert ID ...] [--agency A] "
                            "[--channel C] [--assignee U] [--description D] --json");
    if (!parseCaseArgs(p, QStringLiteral("create"), args, 0, 0, usage))
        return UsageError;
    store::CaseService::NewTicket n;
    n.title = p.value(QStringLiteral("title"));
    n.description = p.value(QStringLiteral("description"));
    n.agency = p.value(QStringLiteral("agency"));
    n.assignee = p.value(QStringLiteral("assignee"));
    const auto sev = domain::severityFromKey(p.value(QStringLiteral("severity")));
    const auto channel = domain::intakeChannelFromKey(p.value(QStringLiteral("channel")));
    if (!sev || !channel || n.title.trimmed().isEmpty()) {
        CliContext::printError(usage);
        return UsageError;
    }
    n.severity = *sev;
    n.channel = *channel;
    for (const QString& a : p.values(QStringLiteral("alert"))) {
        bool ok = false;
        n.alertIds.push_back(a.toLongLong(&ok));
        if (!ok) {
            CliContext::printError(QCoreApplication::translate("Cli", "Alert ids are numbers (see socstation alerts list)."));
            return UsageError;
        }
    }
    c.signIn();
    const domain::Ticket ticket = c.service->createTicket(n);
    if (c.cli.json)
        CliContext::printJson(QJsonObject{{QStringLiteral("id"), ticket.id}, {QStringLiteral("code"), ticket.code}});
    else
        CliContext::printLine(ticket.code);
    return Ok;
}

int list(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("status"), QCoreApplication::translate("Cli", "Only this status (repeatable)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("limit"), QCoreApplication::translate("Cli", "At most N tickets."), QStringLiteral("N"), QStringLiteral("1000")});
    if (!parseCaseArgs(p, QStringLiteral("list"), args, 0, 0, QCoreApplication::translate("Cli", "Usage: socstation case list [--status S] --json")))
        return UsageError;
    store::TicketFilter f;
    for (const QString& s : p.values(QStringLiteral("status"))) {
        const auto st = domain::ticketStatusFromKey(s);
        if (!st) {
            CliContext::printError(QCoreApplication::translate("Cli", "Unknown status \"%1\": use new, in_progress, waiting_agency, resolved or closed.").arg(s));
            return UsageError;
        }
        f.statusMask |= 1 << static_cast<int>(*st);
    }
    c.signIn();
    const auto tickets = store::TicketRepository(c.session->database()).page(f, store::TicketSort{}, 0,
                                                                            p.value(QStringLiteral("limit")).toInt());
    QJsonArray arr;
    for (const auto& ticket : tickets) {
        arr.append(ticketToJson(ticket, c.clock.nowMs()));
        if (!c.cli.json)
            CliContext::printLine(QStringLiteral("%1  %2  %3  %4")
                                      .arg(ticket.code, domain::severityKey(ticket.severity).leftJustified(9),
                                           domain::ticketStatusKey(ticket.status).leftJustified(14), ticket.title));
    }
    if (c.cli.json)
        CliContext::printJson(arr);
    return Ok;
}

int show(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    if (!parseCaseArgs(p, QStringLiteral("show"), args, 1, 1, QCoreApplication::translate("Cli", "Usage: socstation case show ID --json")))
        return UsageError;
    c.signIn();
    store::Database& db = c.session->database();
    store::TicketRepository tickets(db);
    auto ticket = tickets.byId(p.positionalArguments().first());
    if (!ticket)
        ticket = tickets.byCode(p.positionalArguments().first());
    if (!ticket)
        throw store::DatabaseError(store::ErrorCode::NotFound,
                                   QCoreApplication::translate("Cli", "There is no ticket \"%1\".").arg(p.positionalArguments().first()));
    QJsonObject o = ticketToJson(*ticket, c.clock.nowMs());
    QJsonArray alerts;
    for (qint64 id : tickets.linkedAlertIds(ticket->id))
        alerts.append(id);
    o.insert(QStringLiteral("alerts"), alerts);
    QJsonArray steps;
    if (const auto incident = store::IncidentRepository(db).byTicket(ticket->id)) {
        o.insert(QStringLiteral("incident"), incidentToJson(*incident));
        for (const auto& s : store::IncidentRepository(db).steps(ticket->id))
            steps.append(stepToJson(s));
    } else {
        for (int n = 1; n <= domain::kStepCount; ++n) {
            domain::ResponseStep s;
            s.number = n;
            steps.append(stepToJson(s));
        }
    }
    o.insert(QStringLiteral("steps"), steps);
    QJsonArray timeline;
    for (const auto& e : store::TimelineRepository(db).forTicket(ticket->id))
        timeline.append(eventToJson(e));
    o.insert(QStringLiteral("timeline"), timeline);
    QJsonArray evidence;
    for (const auto& e : store::EvidenceRepository(db).forTicket(ticket->id))
        evidence.append(evidenceToJson(e));
    o.insert(QStringLiteral("evidence"), evidence);
    if (c.cli.json) {
        CliContext::printJson(o);
    } else {
        CliContext::printLine(QStringLiteral("%1  %2\n%3 / %4").arg(ticket->code, ticket->title,
                                                                    domain::severityLabel(ticket->severity),
                                                                    domain::ticketStatusLabel(ticket->status)));
        for (const auto& e : timeline)
            CliContext::printLine(QStringLiteral("  %1  %2").arg(e.toObject().value(u"occurred_at").toString(),
                                                                 e.toObject().value(u"summary").toString()));
    }
    return Ok;
}

int status(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("reason"), QCoreApplication::translate("Cli", "Why (needed to reopen)."), QStringLiteral("TEXT")});
    const QString usage = QCoreApplication::translate("Cli", "Usage: socstation case status ID new|in_progress|waiting_agency|resolved|closed [--reason R]");
    if (!parseCaseArgs(p, QStringLiteral("status"), args, 2, 2, usage))
        return UsageError;
    const auto st = domain::ticketStatusFromKey(p.positionalArguments().at(1));
    if (!st) {
        CliContext::printError(usage);
        return UsageError;
    }
    c.signIn();
    c.service->setStatus(p.positionalArguments().first(), *st, p.value(QStringLiteral("reason")));
    return Ok;
}

int assign(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    if (!parseCaseArgs(p, QStringLiteral("assign"), args, 1, 2, QCoreApplication::translate("Cli", "Usage: socstation case assign ID [USER]")))
        return UsageError;
    c.signIn();
    const QString id = p.positionalArguments().first();
    c.service->assign(std::span<const QString>(&id, 1), p.positionalArguments().value(1));
    return Ok;
}

} // namespace

int runCaseTicketAction(CliContext& ctx, const QString& action, const QStringList& args)
{
    CaseCommandContext c(ctx);
    try {
        if (action == u"create")
            return create(c, args);
        if (action == u"list")
            return list(c, args);
        if (action == u"show")
            return show(c, args);
        if (action == u"status")
            return status(c, args);
        return assign(c, args);
    } catch (const store::DatabaseError& e) {
        return reportCaseError(e);
    }
}

} // namespace soc::cli
