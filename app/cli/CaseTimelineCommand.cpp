#include "cli/CaseCommandSupport.h"
#include "cli/CaseJson.h"
#include "store/EvidenceVault.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace soc::cli {
namespace {


const char* const kEvidencePurpose = "socstation evidence v1";

int note(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("step"), QCoreApplication::translate("Cli", "The step it belongs to (1-7)."), QStringLiteral("N"), QStringLiteral("0")});
    if (!parseCaseArgs(p, QStringLiteral("note"), args, 2, -1, QCoreApplication::translate("Cli", "Usage: socstation case note ID TEXT [--step N]")))
        return UsageError;
    c.signIn();
    const auto e = c.service->addNote(p.positionalArguments().first(), p.positionalArguments().mid(1).join(u' '),
                                      p.value(QStringLiteral("step")).toInt());
    if (c.cli.json)
        CliContext::printJson(eventToJson(e));
    return Ok;
}

int action(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("step"), QCoreApplication::translate("Cli", "The step it belongs to (1-7)."), QStringLiteral("N"), QStringLiteral("0")});
    p.addOption({QStringLiteral("containment"), QCoreApplication::translate("Cli", "A containment action (step 3).")});
    if (!parseCaseArgs(p, QStringLiteral("action"), args, 2, -1,
                       QCoreApplication::translate("Cli", "Usage: socstation case action ID TEXT [--step N] [--containment]")))
        return UsageError;
    c.signIn();
    const auto e = c.service->addAction(p.positionalArguments().first(), p.positionalArguments().mid(1).join(u' '),
                                        p.value(QStringLiteral("step")).toInt(), p.isSet(QStringLiteral("containment")));
    if (c.cli.json)
        CliContext::printJson(eventToJson(e));
    return Ok;
}

int comm(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("channel"), QCoreApplication::translate("Cli", "phone, official_email, document or fax."), QStringLiteral("C")});
    p.addOption({QStringLiteral("counterpart"), QCoreApplication::translate("Cli", "Who it was with."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("direction"), QCoreApplication::translate("Cli", "in or out."), QStringLiteral("D")});
    const QString usage = QCoreApplication::translate("Cli", "Usage: socstation case comm ID --channel C --counterpart X --direction in|out TEXT");
    if (!parseCaseArgs(p, QStringLiteral("comm"), args, 2, -1, usage))
        return UsageError;
    const auto channel = domain::commChannelFromKey(p.value(QStringLiteral("channel")));
    const QString direction = p.value(QStringLiteral("direction"));
    if (!channel || (direction != u"in" && direction != u"out")) {
        CliContext::printError(usage);
        return UsageError;
    }
    c.signIn();
    const auto e = c.service->addCommunication(
        p.positionalArguments().first(), *channel, p.value(QStringLiteral("counterpart")),
        direction == u"in" ? domain::CommDirection::In : domain::CommDirection::Out, p.positionalArguments().mid(1).join(u' '));
    if (c.cli.json)
        CliContext::printJson(eventToJson(e));
    return Ok;
}

int evidence(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("description"), QCoreApplication::translate("Cli", "What it is."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("source"), QCoreApplication::translate("Cli", "The system it was collected from."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("collected-by"), QCoreApplication::translate("Cli", "Who collected it."), QStringLiteral("NAME")});
    if (!parseCaseArgs(p, QStringLiteral("evidence"), args, 2, 2,
                       QCoreApplication::translate("Cli", "Usage: socstation case evidence ID FILE [--description D] [--source S] [--collected-by U]")))
        return UsageError;
    c.signIn();
    store::EvidenceVault vault(c.session->evidenceDir(), c.session->subkey(kEvidencePurpose));
    store::CaseService::NewEvidence n;
    n.filePath = p.positionalArguments().at(1);
    n.description = p.value(QStringLiteral("description"));
    n.sourceSystem = p.value(QStringLiteral("source"));
    n.collectedBy = p.value(QStringLiteral("collected-by"));
    const auto e = c.service->addEvidence(vault, p.positionalArguments().first(), n);
    if (c.cli.json)
        CliContext::printJson(evidenceToJson(e));
    else
        CliContext::printLine(QStringLiteral("%1  %2").arg(QString::fromLatin1(e.sha256.toHex()), e.name));
    return Ok;
}

int verify(CaseCommandContext& c, const QStringList& args)
{
    QCommandLineParser p;
    if (!parseCaseArgs(p, QStringLiteral("verify"), args, 1, 1, QCoreApplication::translate("Cli", "Usage: socstation case verify ID --json")))
        return UsageError;
    c.signIn();
    store::EvidenceVault vault(c.session->evidenceDir(), c.session->subkey(kEvidencePurpose));
    const auto outcomes = c.service->verifyEvidence(vault, p.positionalArguments().first());
    QJsonArray items;
    bool allOk = true;
    for (const auto& o : outcomes) {
        allOk &= o.ok;
        items.append(QJsonObject{{QStringLiteral("id"), o.evidenceId},
                                 {QStringLiteral("name"), o.name},
                                 {QStringLiteral("ok"), o.ok},
                                 {QStringLiteral("problem"), o.problem}});
        if (!o.ok)
            CliContext::printError(QStringLiteral("%1: %2").arg(o.name, o.problem));
    }
    if (c.cli.json)
        CliContext::printJson(QJsonObject{{QStringLiteral("ok"), allOk}, {QStringLiteral("items"), items}});
    else
        CliContext::printLine(allOk ? QCoreApplication::translate("Cli", "All %1 evidence items match their SHA-256.").arg(outcomes.size())
                                    : QCoreApplication::translate("Cli", "Some evidence items do NOT match their recorded SHA-256."));
    return allOk ? Ok : OperationalError;
}

} // namespace

int runCaseTimelineAction(CliContext& ctx, const QString& name, const QStringList& args)
{
    CaseCommandContext c(ctx);
    try {
        if (name == u"note")
            return note(c, args);
        if (name == u"action")
            return action(c, args);
        if (name == u"comm")
            return comm(c, args);
        if (name == u"evidence")
            return evidence(c, args);
        return verify(c, args);
    } catch (const store::DatabaseError& e) {
        return reportCaseError(e);
    }
}

} // namespace soc::cli
