#include "cli/DirectoryJson.h"

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace soc::cli {
namespace {

QJsonValue utc(qint64 ms)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs))
              : QJsonValue();
}

} // namespace

QJsonObject agencyToJson(const domain::Agency& a, const std::vector<domain::FocalPoint>& contacts)
{
    QJsonArray people;
    for (const domain::FocalPoint& p : contacts)
        people.append(QJsonObject{{QStringLiteral("name"), p.name},
                                  {QStringLiteral("position"), p.position},
                                  {QStringLiteral("phone"), p.phone},
                                  {QStringLiteral("email"), p.email}});
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("kind"), domain::agencyKindKey(a.kind)},
                       {QStringLiteral("parent"), a.parentId.isEmpty() ? QJsonValue() : QJsonValue(a.parentId)},
                       {QStringLiteral("networks"), QJsonArray::fromStringList(a.networks)},
                       {QStringLiteral("focal_points"), people},
                       {QStringLiteral("notes"), a.notes}};
}

QJsonObject assetToJson(const domain::Asset& a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("type"), a.type},
                       {QStringLiteral("ip"), a.ip},
                       {QStringLiteral("mac"), a.mac},
                       {QStringLiteral("agency"), a.agencyId.isEmpty() ? QJsonValue() : QJsonValue(a.agencyId)},
                       {QStringLiteral("security_level"), a.securityLevel ? QJsonValue(a.securityLevel) : QJsonValue()},
                       {QStringLiteral("criticality"), domain::criticalityKey(a.criticality)},
                       {QStringLiteral("notes"), a.notes}};
}

QJsonObject requestToJson(const domain::AgencyRequest& r, qint64 nowMs)
{
    return QJsonObject{{QStringLiteral("number"), r.number},
                       {QStringLiteral("id"), r.id},
                       {QStringLiteral("ticket_id"), r.ticketId.isEmpty() ? QJsonValue() : QJsonValue(r.ticketId)},
                       {QStringLiteral("agency"), r.agencyId},
                       {QStringLiteral("text"), r.text},
                       {QStringLiteral("channel"), domain::commChannelKey(r.channel)},
                       {QStringLiteral("created_by"), r.createdBy},
                       {QStringLiteral("sent_at"), utc(r.sentAtMs)},
                       {QStringLiteral("due_at"), utc(r.dueAtMs)},
                       {QStringLiteral("answered_at"), utc(r.answeredAtMs)},
                       {QStringLiteral("answer"), r.answer},
                       {QStringLiteral("status"), r.status == domain::AgencyRequest::Status::Answered
                                                      ? QStringLiteral("answered")
                                                      : QStringLiteral("open")},
                       {QStringLiteral("overdue"), r.isOverdueAt(nowMs)}};
}

int printImportReport(const CliContext& ctx, const store::CsvImportReport& report, const QString& what)
{
    const int code = report.imported() > 0 || report.rows == 0 ? 0 : 1;
    if (ctx.json) {
        CliContext::printJson(report.toJson());
        return code;
    }
    const int skipped = static_cast<int>(report.problems.size());
    CliContext::printLine(QCoreApplication::translate("Cli", "%1: imported %2 of %3 rows (%4 added, %5 updated).")
                              .arg(what)
                              .arg(report.imported())
                              .arg(report.rows)
                              .arg(report.added)
                              .arg(report.updated));
    if (report.networks || report.contacts)
        CliContext::printLine(
            QCoreApplication::translate("Cli", "Networks registered: %1; focal points added or updated: %2.")
                .arg(report.networks)
                .arg(report.contacts));
    if (skipped)
        CliContext::printLine(
            QCoreApplication::translate("Cli", "%n row(s) skipped, nothing of them was imported:", nullptr, skipped));
    for (const store::CsvRowProblem& p : report.problems)
        CliContext::printLine(QStringLiteral("  %1:%2: %3").arg(p.file).arg(p.line).arg(p.reason));
    return code;
}

} // namespace soc::cli
