#include "cli/AlertJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace soc::cli {

QJsonObject alertToJson(const domain::Alert& a, bool withOriginal)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("uuid"), a.uuid},
                  {QStringLiteral("detected_at"),
                   QDateTime::fromMSecsSinceEpoch(a.detectedAtMs).toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("source"), a.source},
                  {QStringLiteral("subsystem"), a.subsystem},
                  {QStringLiteral("severity"), domain::severityKey(a.severity)},
                  {QStringLiteral("status"), domain::alertStatusKey(a.status)},
                  {QStringLiteral("signature_id"), a.signatureId},
                  {QStringLiteral("signature"), a.signature},
                  {QStringLiteral("category"), a.category},
                  {QStringLiteral("src_ip"), a.srcIp},
                  {QStringLiteral("dst_ip"), a.dstIp},
                  {QStringLiteral("protocol"), a.protocol},
                  {QStringLiteral("host"), a.host},
                  {QStringLiteral("mitre"), QJsonArray::fromStringList(a.mitre)}};
    o.insert(QStringLiteral("source_offset_seconds"), a.sourceOffsetSec ? QJsonValue(*a.sourceOffsetSec) : QJsonValue());
    o.insert(QStringLiteral("src_port"), a.srcPort ? QJsonValue(a.srcPort) : QJsonValue());
    o.insert(QStringLiteral("dst_port"), a.dstPort ? QJsonValue(a.dstPort) : QJsonValue());
    if (!a.statusReason.isEmpty())
        o.insert(QStringLiteral("status_reason"), a.statusReason);
    if (withOriginal) {
        const QJsonDocument doc = QJsonDocument::fromJson(a.raw);
        if (doc.isObject())
            o.insert(QStringLiteral("original"), doc.object());
        else
            o.insert(QStringLiteral("original"), QString::fromUtf8(a.raw));
    }
    return o;
}

QJsonObject importStatsToJson(const ingest::ImportStats& s)
{
    QJsonArray errors;
    for (const auto& e : s.errors)
        errors.append(QJsonObject{{QStringLiteral("file"), e.file},
                                  {QStringLiteral("line"), e.line},
                                  {QStringLiteral("reason"), e.reason}});
    return QJsonObject{{QStringLiteral("imported"), s.imported},
                       {QStringLiteral("duplicates"), s.duplicates},
                       {QStringLiteral("rejected"), s.rejected},
                       {QStringLiteral("skipped"), s.skipped},
                       {QStringLiteral("failed_files"), s.failedFiles},
                       {QStringLiteral("cancelled"), s.cancelled},
                       {QStringLiteral("errors"), errors}};
}

} // namespace soc::cli
