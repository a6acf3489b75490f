#include "cli/CaseCommandSupport.h"
#include "store/IncidentRepository.h"
#include "store/TicketRepository.h"

#include <QCoreApplication>

namespace soc::cli {
namespace {


// Declares the incident, or updates it when the ticket already is one.
int incident(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("severity"), QCoreApplication::translate("Cli", "low, medium, high or emergency."), QStringLiteral("S")});
    p.addOption({QStringLiteral("type"), QCoreApplication::translate("Cli", "Official incident type 1-10 (R-4)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("system"), QCoreApplication::translate("Cli", "Affected system."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("level"), QCoreApplication::translate("Cli", "Security level of the system, 1-5 (R-5)."), QStringLiteral("L")});
    p.addOption({QStringLiteral("agency"), QCoreApplication::translate("Cli", "Owning agency."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("lessons"), QCoreApplication::translate("Cli", "Lessons learned (step 7)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("outcome"), QCoreApplication::translate("Cli", "Outcome (step 7)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("beyond-capability"), QCoreApplication::translate("Cli", "Beyond the unit's capability: Mẫu 03 at once (R-11).")});
    p.addOption({QStringLiteral("handling"), QCoreApplication::translate("Cli", "Mẫu 05: in_house, other_organisations or foreign_organisations."),
                 QStringLiteral("H")});
    p.addOption({QStringLiteral("helping-org"), QCoreApplication::translate("Cli", "Mẫu 05: an organisation that helped (repeat for several)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("support-requested"), QCoreApplication::translate("Cli", "Mẫu 05: support was requested from the national coordinator (yes or no)."),
                 QStringLiteral("yes|no")});
    p.addOption({QStringLiteral("damage"), QCoreApplication::translate("Cli", "Mẫu 05: estimated damage in VND."), QStringLiteral("VND")});
    const QString usage = QCoreApplication::translate("Cli", "Usage: socstation case incident ID --severity S --type N --system NAME --level L "
                            "[--agency A] [--lessons TEXT] [--outcome TEXT] [--beyond-capability] [--handling H] "
                            "[--helping-org NAME]... [--support-requested yes|no] [--damage VND]");
    if (!parseCaseArgs(p, QStringLiteral("incident"), args, 1, 1, usage))
        return UsageError;
    const QString id = p.positionalArguments().first();
    std::optional<domain::Severity> sev;
    if (p.isSet(QStringLiteral("severity")) && !(sev = domain::severityFromKey(p.value(QStringLiteral("severity"))))) {
        CliContext::printError(usage);
        return UsageError;
    }
    std::optional<domain::IncidentHandling> handling;
    if (p.isSet(QStringLiteral("handling")) && !(handling = domain::incidentHandlingFromKey(p.value(QStringLiteral("handling"))))) {
        CliContext::printError(usage);
        return UsageError;
    }
    const QString support = p.value(QStringLiteral("support-requested"));
    bool damageOk = true;
    const qint64 damage = p.isSet(QStringLiteral("damage")) ? p.value(QStringLiteral("damage")).toLongLong(&damageOk) : 0;
    if ((p.isSet(QStringLiteral("support-requested")) && support != u"yes" && support != u"no") || !damageOk || damage < 0) {
        CliContext::printError(usage);
        return UsageError;
    }
    c.signIn();
    store::TicketRepository tickets(c.session->database());
    auto ticket = tickets.byId(id);
    if (!ticket)
        ticket = tickets.byCode(id);
    if (!ticket)
        throw store::DatabaseError(store::ErrorCode::NotFound, QCoreApplication::translate("Cli", "There is no ticket \"%1\".").arg(id));
    store::IncidentRepository incidents(c.session->database());
    auto existing = incidents.byTicket(ticket->id);
    if (!existing) {
        if (!p.isSet(QStringLiteral("type"))) {
            CliContext::printError(usage);
            return UsageError;
        }
        store::CaseService::Declaration d;
        d.severity = sev.value_or(domain::Severity::High);
        d.type = p.value(QStringLiteral("type")).toInt();
        d.affectedSystem = p.value(QStringLiteral("system"));
        d.systemLevel = p.value(QStringLiteral("level")).toInt();
        d.owningAgency = p.value(QStringLiteral("agency"));
        c.service->declareIncident(ticket->id, d);
        existing = incidents.byTicket(ticket->id);
    }
    domain::Incident i = *existing;
    if (sev)
        i.severity = *sev;
    if (p.isSet(QStringLiteral("type")))
        i.type = p.value(QStringLiteral("type")).toInt();
    if (p.isSet(QStringLiteral("system")))
        i.affectedSystem = p.value(QStringLiteral("system"));
    if (p.isSet(QStringLiteral("level")))
        i.systemLevel = p.value(QStringLiteral("level")).toInt();
    if (p.isSet(QStringLiteral("agency")))
        i.owningAgency = p.value(QStringLiteral("agency"));
    if (p.isSet(QStringLiteral("lessons")))
        i.lessonsLearned = p.value(QStringLiteral("lessons"));
    if (p.isSet(QStringLiteral("outcome")))
        i.outcome = p.value(QStringLiteral("outcome"));
    if (handling)
        i.handling = *handling;
    if (p.isSet(QStringLiteral("helping-org")))
        i.helpingOrganisations = p.values(QStringLiteral("helping-org")).join(u'\n');
    if (p.isSet(QStringLiteral("support-requested")))
        i.supportRequested = support == u"yes";
    if (p.isSet(QStringLiteral("damage")))
        i.estimatedDamageVnd = damage;
    c.service->updateIncident(i);
    if (p.isSet(QStringLiteral("beyond-capability")))
        c.service->markBeyondCapability(i.ticketId);
    return Ok;
}

int step(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("reason"), QCoreApplication::translate("Cli", "Why the step is skipped."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("owner"), QCoreApplication::translate("Cli", "Who owns the step."), QStringLiteral("USER")});
    const QString usage = QCoreApplication::translate("Cli", "Usage: socstation case step ID STEP start|done|skip [--reason R] [--owner U]");
    if (!parseCaseArgs(p, QStringLiteral("step"), args, 3, 3, usage))
        return UsageError;
    const QStringList a = p.positionalArguments();
    bool ok = false;
    const int n = a[1].toInt(&ok);
    if (!ok || (a[2] != u"start" && a[2] != u"done" && a[2] != u"skip")) {
        CliContext::printError(usage);
        return UsageError;
    }
    c.signIn();
    if (p.isSet(QStringLiteral("owner")))
        c.service->setStepOwner(a[0], n, p.value(QStringLiteral("owner")));
    if (a[2] == u"start")
        c.service->startStep(a[0], n);
    else if (a[2] == u"done")
        c.service->completeStep(a[0], n);
    else
        c.service->skipStep(a[0], n, p.value(QStringLiteral("reason")));
    return Ok;
}

int close(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    if (!parseCaseArgs(p, QStringLiteral("close"), args, 1, 1, QCoreApplication::translate("Cli", "Usage: socstation case close ID")))
        return UsageError;
    c.signIn();
    c.service->closeIncident(p.positionalArguments().first());
    return Ok;
}

int escalate(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("channel"), QCoreApplication::translate("Cli", "phone, official_email, document or fax."), QStringLiteral("C"),
                 QStringLiteral("official_email")});
    p.addOption({QStringLiteral("counterpart"), QCoreApplication::translate("Cli", "Who was notified."), QStringLiteral("NAME")});
    const QString usage = QCoreApplication::translate("Cli", "Usage: socstation case escalate ID direct_superior|provincial_department|police|"
                            "national_coordinator [--channel C] [--counterpart X] [TEXT]");
    if (!parseCaseArgs(p, QStringLiteral("escalate"), args, 2, 3, usage))
        return UsageError;
    const auto target = domain::escalationTargetFromKey(p.positionalArguments().at(1));
    const auto channel = domain::commChannelFromKey(p.value(QStringLiteral("channel")));
    if (!target || !channel) {
        CliContext::printError(usage);
        return UsageError;
    }
    c.signIn();
    c.service->recordEscalation(p.positionalArguments().first(), *target, *channel, p.value(QStringLiteral("counterpart")),
                                p.positionalArguments().value(2));
    return Ok;
}

} // namespace

int runCaseIncidentAction(CliContext& ctx, const QString& action, const QStringList& args)
{
    CaseCommandContext c(ctx);
    try {
        if (action == u"incident")
            return incident(c, args);
        if (action == u"step")
            return step(c, args);
        if (action == u"close")
            return close(c, args);
        return escalate(c, args);
    } catch (const store::DatabaseError& e) {
        return reportCaseError(e);
    }
}

} // namespace soc::cli
