#include "report/ReportCommand.h"

#include "cli/CliContext.h"
#include "domain/Clock.h"
#include "domain/ShiftSlot.h"
#include "domain/SocTimeZone.h"
#include "report/DocumentRenderer.h"
#include "report/ReportSource.h"
#include "store/DatabaseError.h"
#include "store/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>

#include <array>
#include <stdexcept>

namespace soc::report {
namespace {

using domain::PeriodPreset;
using domain::ReportKind;

// The documents this command issues, by the key given on the command line.
struct Kind {
    const char* key;
    ReportKind kind;
};
constexpr std::array kKinds{
    Kind{"mau03", ReportKind::Mau03},   Kind{"mau04", ReportKind::Mau04},       Kind{"record", ReportKind::Record},
    Kind{"incident", ReportKind::Incident}, Kind{"periodic", ReportKind::Periodic}, Kind{"mau05", ReportKind::Mau05},
    Kind{"handover", ReportKind::Handover},
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
    return QCoreApplication::translate(
        "Cli", "Usage: socstation report mau03|mau04|record|incident --incident ID --out FILE.pdf\n"
               "       socstation report periodic|mau05 (--from DATE --to DATE | --period monthly|quarterly|half-year|yearly "
               "[--date DATE]) --out FILE.pdf\n"
               "       socstation report handover --shift KEY --out FILE.pdf   (KEY as `shift unhanded` prints it, e.g. 2026-11-21/1)");
}

QDate parseDate(const QString& text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        throw std::invalid_argument(
            QCoreApplication::translate("Cli", "\"%1\" is not a date (YYYY-MM-DD).").arg(text).toStdString());
    return d;
}

// --from/--to: those whole days; --period: the period containing --date, or without it the last
// complete one (the report is usually written just after the period ends).
domain::ReportPeriod periodFrom(const QCommandLineParser& p, const domain::Clock& clock)
{
    if (p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"))) {
        if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")) || p.isSet(QStringLiteral("period")))
            throw std::invalid_argument(QCoreApplication::translate("Cli", "Give --from and --to together, or --period.").toStdString());
        const QDate first = parseDate(p.value(QStringLiteral("from")));
        const QDate last = parseDate(p.value(QStringLiteral("to")));
        if (last < first)
            throw std::invalid_argument(QCoreApplication::translate("Cli", "--to is before --from.").toStdString());
        return domain::ReportPeriod::custom(first, last);
    }
    if (!p.isSet(QStringLiteral("period")))
        throw std::invalid_argument(QCoreApplication::translate("Cli", "Give the period: --from and --to, or --period.").toStdString());
    QString key = p.value(QStringLiteral("period"));
    key.replace(u'-', u'_');
    const auto preset = domain::periodPresetFromKey(key);
    if (!preset || *preset == PeriodPreset::Custom)
        throw std::invalid_argument(
            QCoreApplication::translate("Cli", "Unknown period \"%1\".").arg(p.value(QStringLiteral("period"))).toStdString());
    if (p.isSet(QStringLiteral("date")))
        return domain::ReportPeriod::containing(*preset, parseDate(p.value(QStringLiteral("date"))));
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), domain::socTimeZone()).date();
    return domain::ReportPeriod::containing(*preset, today).previous();
}

int issue(cli::CliContext& ctx, const ReportRequest& request, const QString& out)
{
    auto session = ctx.signIn();
    domain::SystemClock clock;
    store::Database& db = session->database();
    const std::optional<ReportSource> source = ReportSource::load(db, request);
    const ReportIssuer::Issued issued =
        ReportIssuer::issue(db, session->account().username, clock, *source, [&](const OfficialDocument& doc) {
            QString error;
            if (DocumentRenderer(doc).writePdf(out, &error) == 0)
                throw store::DatabaseError(store::ErrorCode::Refused, error); // undoes the number and the event
        });
    const QString path = QFileInfo(out).absoluteFilePath();
    const QString key = domain::reportKindKey(request.kind);
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("kind"), key},
                      {QStringLiteral("number"), issued.report.code},
                      {QStringLiteral("year"), issued.report.year},
                      {QStringLiteral("file"), path}};
        if (!issued.report.ticketId.isEmpty())
            o.insert(QStringLiteral("ticket_id"), issued.report.ticketId);
        if (source->statistics) {
            o.insert(QStringLiteral("from"), source->statistics->current.period.firstDay().toString(Qt::ISODate));
            o.insert(QStringLiteral("to"), source->statistics->current.period.lastDay().toString(Qt::ISODate));
        }
        if (source->handover) {
            o.insert(QStringLiteral("shift"), source->handover->shiftKey);
            o.insert(QStringLiteral("accepted"), source->handover->isAccepted());
        }
        cli::CliContext::printJson(o);
    } else {
        cli::CliContext::printLine(QCoreApplication::translate("Cli", "Issued %1 as %2: %3").arg(key, issued.report.code, path));
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
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("Cli", "First day of the period."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("Cli", "Last day of the period."), QStringLiteral("DATE"));
    const QCommandLineOption period(QStringLiteral("period"), QCoreApplication::translate("Cli", "A calendar period instead of --from/--to."),
                                    QStringLiteral("KIND"));
    const QCommandLineOption date(QStringLiteral("date"), QCoreApplication::translate("Cli", "A day inside that calendar period."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."), QStringLiteral("FILE"));
    const QCommandLineOption shift(QStringLiteral("shift"), QCoreApplication::translate("Cli", "The outgoing shift of the handover (DATE/NUMBER)."),
                                   QStringLiteral("KEY"));
    p.addOptions({incident, from, to, period, date, shift, out});
    const bool aboutIncident = ReportRequest::isAboutIncident(kind->kind);
    const bool aboutShift = ReportRequest::isAboutShift(kind->kind);
    if (!p.parse(QStringList{QStringLiteral("report")} + args) || p.positionalArguments().size() != 1 || !p.isSet(out)
        || aboutIncident != p.isSet(incident) || aboutShift != p.isSet(shift)) {
        cli::CliContext::printError(p.errorText().isEmpty() ? usage() : p.errorText() + u'\n' + usage());
        return cli::UsageError;
    }
    ReportRequest request;
    request.kind = kind->kind;
    request.incident = p.value(incident);
    request.shiftKey = p.value(shift).trimmed();
    QDate shiftDate;
    int shiftNumber = 0;
    if (aboutShift && !domain::ShiftSlot::parseKey(request.shiftKey, &shiftDate, &shiftNumber)) {
        cli::CliContext::printError(
            QCoreApplication::translate("Cli", "\"%1\" is not a shift key (DATE/NUMBER, e.g. 2026-11-21/1).").arg(request.shiftKey) + u'\n'
            + usage());
        return cli::UsageError;
    }
    try {
        if (ReportRequest::isAboutPeriod(kind->kind)) {
            domain::SystemClock clock;
            request.period = periodFrom(p, clock);
        }
    } catch (const std::invalid_argument& e) {
        cli::CliContext::printError(QString::fromStdString(e.what()) + u'\n' + usage());
        return cli::UsageError;
    }
    try {
        return issue(ctx, request, p.value(out));
    } catch (const store::DatabaseError& e) {
        cli::CliContext::printError(e.message());
        return cli::OperationalError;
    }
}

} // namespace soc::report
