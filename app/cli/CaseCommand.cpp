#include "cli/CaseCommandSupport.h"
#include "cli/Commands.h"

#include <QCoreApplication>

namespace soc::cli {

CaseCommandContext::CaseCommandContext(CliContext& c)
    : cli(c)
{
}

void CaseCommandContext::signIn()
{
    session = cli.signIn();
    service = std::make_unique<store::CaseService>(session->database(), session->account().username, clock);
}

bool parseCaseArgs(QCommandLineParser& p, const QString& action, const QStringList& args, int minPositional,
                   int maxPositional, const QString& usage)
{
    const bool ok = p.parse(QStringList{QStringLiteral("case ") + action} + args);
    const auto n = p.positionalArguments().size();
    if (!ok || n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        CliContext::printError(p.errorText().isEmpty() ? usage : p.errorText() + u'\n' + usage);
        return false;
    }
    return true;
}

int reportCaseError(const store::DatabaseError& e)
{
    CliContext::printError(e.message());
    return OperationalError;
}

int runCase(CliContext& ctx, const QStringList& args)
{
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    static const QStringList ticketActions{QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("show"),
                                           QStringLiteral("status"), QStringLiteral("assign")};
    static const QStringList incidentActions{QStringLiteral("incident"), QStringLiteral("step"), QStringLiteral("close"),
                                             QStringLiteral("escalate")};
    static const QStringList timelineActions{QStringLiteral("note"), QStringLiteral("comm"), QStringLiteral("action"),
                                             QStringLiteral("evidence"), QStringLiteral("verify")};
    if (ticketActions.contains(action))
        return runCaseTicketAction(ctx, action, rest);
    if (incidentActions.contains(action))
        return runCaseIncidentAction(ctx, action, rest);
    if (timelineActions.contains(action))
        return runCaseTimelineAction(ctx, action, rest);
    CliContext::printError(QCoreApplication::translate(
        "Cli", "Usage: socstation case create|list|show|status|assign|incident|step|close|escalate|note|comm|action|"
               "evidence|verify ..."));
    return UsageError;
}

} // namespace soc::cli
