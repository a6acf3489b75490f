#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/DirectoryJson.h"
#include "domain/Clock.h"
#include "domain/SocTimeZone.h"
#include "store/AgencyRequests.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace soc::cli {
namespace {

QString requestUsage()
{
    return QCoreApplication::translate("Cli",
                                       "Usage: socstation request add --agency A --text T --due DATE [--ticket ID] "
                                       "[--channel C]   record a request to an agency (R-16)\n"
                                       "       socstation request answer NUMBER --text T [--at DATE]                   "
                                       "       record the agency's answer\n"
                                       "       socstation request list [--overdue] [--json]                            "
                                       "         requests, newest first\n"
                                       "DATE is a day (2026-11-20: due by the end of that day, SOC time) or a time "
                                       "(2026-11-20T17:00, SOC time unless an "
                                       "offset is given). C is official_email (default), document, phone or fax.");
}

// A day means its end (due by the end of that day); a time without offset is in the SOC's zone.
std::optional<qint64> parseWhen(const QString& text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return day.addDays(1).startOfDay(domain::socTimeZone()).toMSecsSinceEpoch() - 1;
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), domain::socTimeZone());
    return t.toMSecsSinceEpoch();
}

QString when(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, domain::socTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              : QString();
}

} // namespace

// socstation request ...: requests to agencies and their answers (issue 7, R-16).
int runRequest(CliContext& ctx, const QStringList& args)
{
    const QString action = args.value(0);
    QCommandLineParser p;
    const QCommandLineOption agency(QStringLiteral("agency"),
                                    QCoreApplication::translate("Cli", "Agency code or name."), QStringLiteral("A"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  QCoreApplication::translate("Cli", "What is asked, or the answer."),
                                  QStringLiteral("T"));
    const QCommandLineOption due(QStringLiteral("due"), QCoreApplication::translate("Cli", "Due date."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption ticket(QStringLiteral("ticket"), QCoreApplication::translate("Cli", "Ticket id or code."),
                                    QStringLiteral("ID"));
    const QCommandLineOption channel(QStringLiteral("channel"), QCoreApplication::translate("Cli", "Channel."),
                                     QStringLiteral("C"), QStringLiteral("official_email"));
    const QCommandLineOption at(QStringLiteral("at"), QCoreApplication::translate("Cli", "When the answer came."),
                                QStringLiteral("DATE"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     QCoreApplication::translate("Cli", "Only open requests past their due date."));
    p.addOptions({agency, text, due, ticket, channel, at, overdue});
    const bool parsed = p.parse(QStringList{QStringLiteral("request")} + args.mid(1));
    const QStringList pos = p.positionalArguments();
    const auto dueAt = parseWhen(p.value(due));
    const auto answeredAt = p.isSet(at) ? parseWhen(p.value(at)) : std::optional<qint64>(0);
    const auto ch = domain::commChannelFromKey(p.value(channel));
    bool numberOk = false;
    const qint64 number = pos.value(0).toLongLong(&numberOk);
    const bool ok =
        parsed && ch && answeredAt &&
        ((action == u"add" && pos.isEmpty() && p.isSet(agency) && p.isSet(text) && dueAt) ||
         (action == u"answer" && pos.size() == 1 && numberOk && p.isSet(text)) || (action == u"list" && pos.isEmpty()));
    if (!ok) {
        CliContext::printError(p.errorText().isEmpty() ? requestUsage() : p.errorText() + u'\n' + requestUsage());
        return UsageError;
    }
    try {
        auto session = ctx.signIn();
        domain::SystemClock clock;
        store::AgencyRequests requests(session->database(), session->account().username, clock);
        if (action == u"add") {
            const domain::AgencyRequest r =
                requests.add({p.value(agency), p.value(text), *dueAt, p.value(ticket), *ch});
            if (ctx.json)
                CliContext::printJson(requestToJson(r, clock.nowMs()));
            else
                CliContext::printLine(QCoreApplication::translate("Cli", "Request %1 recorded, due %2.")
                                          .arg(r.number)
                                          .arg(when(r.dueAtMs)));
            return Ok;
        }
        if (action == u"answer") {
            const domain::AgencyRequest r = requests.answer(number, p.value(text), *answeredAt);
            if (ctx.json)
                CliContext::printJson(requestToJson(r, clock.nowMs()));
            else
                CliContext::printLine(
                    QCoreApplication::translate("Cli", "Answer to request %1 recorded.").arg(r.number));
            return Ok;
        }
        const qint64 now = clock.nowMs();
        const auto rows = p.isSet(overdue) ? requests.overdueAt(now) : requests.list();
        if (ctx.json) {
            QJsonArray arr;
            for (const domain::AgencyRequest& r : rows)
                arr.append(requestToJson(r, now));
            CliContext::printJson(arr);
            return Ok;
        }
        if (rows.empty())
            CliContext::printLine(p.isSet(overdue) ? QCoreApplication::translate("Cli", "No request is overdue.")
                                                   : QCoreApplication::translate("Cli", "No request was recorded."));
        for (const domain::AgencyRequest& r : rows) {
            const QString state = r.status == domain::AgencyRequest::Status::Answered
                                      ? QCoreApplication::translate("Cli", "answered %1").arg(when(r.answeredAtMs))
                                      : (r.isOverdueAt(now) ? QCoreApplication::translate("Cli", "OVERDUE")
                                                            : QCoreApplication::translate("Cli", "open"));
            CliContext::printLine(QStringLiteral("%1  %2  %3  %4  %5")
                                      .arg(QString::number(r.number).rightJustified(4), r.agencyId.leftJustified(14),
                                           when(r.dueAtMs), state, r.text));
        }
        return Ok;
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
