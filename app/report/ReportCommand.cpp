#include "report/ReportCommand.h"

#include "cli/CliContext.h"
#include "domain/Clock.h"
#include "report/ClosingRecord.h"
#include "report/DocumentRenderer.h"
#include "report/IncidentDossier.h"
#include "report/IncidentReport.h"
#include "report/Mau03Form.h"
#include "report/Mau04Form.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

#include <array>

namespace soc::report {
namespace {

struct Request {
    QString incident;
    QString out;
};

using IncidentBuilder = OfficialDocument (*)(const IncidentDossier&, const DocumentIssue&);

// The documents this command issues. Periodic reports (periodic, mau05) add their own rows with a
// period instead of an incident.
struct Kind {
    const char* key;
    domain::ReportKind kind;
    IncidentBuilder build;
};
constexpr std::array kKinds{
    Kind{"mau03", domain::ReportKind::Mau03, &Mau03Form::build},
    Kind{"mau04", domain::ReportKind::Mau04, &Mau04Form::build},
    Kind{"record", domain::ReportKind::Record, &ClosingRecord::build},
    Kind{"incident", domain::ReportKind::Incident, &IncidentReport::build},
};

const Kind* kindFor(const QString& key)
{
    for (const Kind& k : kKinds)
        if (key == QLatin1String(k.key))
            return &k;
    return nullptr;
}

QString usage()
{
    return QCoreApplication::translate("Cli", "Usage: socstation report mau03|mau04|record|incident --incident ID --out FILE.pdf");
}

int issue(cli::CliContext& ctx, const Kind& kind, const Request& r)
{
    auto session = ctx.signIn();
    domain::SystemClock clock;
    store::Database& db = session->database();
    store::CaseService service(db, session->account().username, clock);
    const domain::IssuedReport issued = service.issueReport(
        {kind.kind, IncidentDossier::load(db, r.incident).ticket.id, 0, 0}, [&](const domain::IssuedReport& number) {
            const IncidentDossier dossier = IncidentDossier::load(db, number.ticketId);
            const OfficialDocument doc = kind.build(dossier, {service.reportSettings(), number.code, number.issuedAtMs});
            QString error;
            DocumentRenderer renderer(doc);
            if (renderer.writePdf(r.out, &error) == 0)
                throw store::DatabaseError(store::ErrorCode::Refused, error); // undoes the number and the event
        });
    const QString path = QFileInfo(r.out).absoluteFilePath();
    if (ctx.json) {
        cli::CliContext::printJson(QJsonObject{{QStringLiteral("kind"), QLatin1String(kind.key)},
                                               {QStringLiteral("number"), issued.code},
                                               {QStringLiteral("year"), issued.year},
                                               {QStringLiteral("ticket_id"), issued.ticketId},
                                               {QStringLiteral("file"), path}});
    } else {
        cli::CliContext::printLine(QCoreApplication::translate("Cli", "Issued %1 as %2: %3").arg(QLatin1String(kind.key), issued.code, path));
    }
    return cli::Ok;
}

} // namespace

void ReportCommand::chooseHeadlessPlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int ReportCommand::run(cli::CliContext& ctx, const QStringList& args)
{
    const Kind* kind = kindFor(args.value(0));
    if (!kind) {
        cli::CliContext::printError(usage());
        return cli::UsageError;
    }
    QCommandLineParser p;
    const QCommandLineOption incident(QStringLiteral("incident"), QCoreApplication::translate("Cli", "The incident (ticket code or id)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."), QStringLiteral("FILE"));
    p.addOption(incident);
    p.addOption(out);
    if (!p.parse(QStringList{QStringLiteral("report")} + args) || p.positionalArguments().size() != 1 || !p.isSet(incident)
        || !p.isSet(out)) {
        cli::CliContext::printError(p.errorText().isEmpty() ? usage() : p.errorText() + u'\n' + usage());
        return cli::UsageError;
    }
    try {
        return issue(ctx, *kind, {p.value(incident), p.value(out)});
    } catch (const store::DatabaseError& e) {
        cli::CliContext::printError(e.message());
        return cli::OperationalError;
    }
}

} // namespace soc::report
