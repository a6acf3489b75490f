#include "ingest/SuricataEveParser.h"

#include "ingest/JsonValues.h"
#include "ingest/TimeParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace soc::ingest {

namespace {

bool isJsonSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

bool SuricataEveParser::isPlainlyNotAlert(QByteArrayView r) {
    if (r.size() < 2 || r.front() != '{' || r.back() != '}')
        return false;
    static constexpr QByteArrayView key("\"event_type\"");
    const qsizetype at = r.indexOf(key);
    if (at <= 0 || r[at - 1] == '\\')
        return false;
    qsizetype p = at + key.size();
    while (p < r.size() && isJsonSpace(r[p]))
        ++p;
    if (p >= r.size() || r[p] != ':')
        return false;
    ++p;
    while (p < r.size() && isJsonSpace(r[p]))
        ++p;
    if (p >= r.size() || r[p] != '"')
        return false;
    return !r.sliced(p).startsWith("\"alert\"");
}

ParseOutcome SuricataEveParser::parse(QByteArrayView record, domain::Alert& out, QString& reason) {
    if (isPlainlyNotAlert(record))
        return ParseOutcome::Skipped;
    const std::optional<QJsonObject> object = JsonValues::parseRecordObject(record, reason);
    if (!object)
        return ParseOutcome::Rejected;
    return parseObject(*object, record, out, reason);
}

ParseOutcome SuricataEveParser::parseObject(const QJsonObject& o, QByteArrayView record, domain::Alert& out,
                                            QString& reason) {
    const QJsonValue eventType = o.value("event_type"_L1);
    if (!eventType.isString()) {
        reason = QCoreApplication::translate("AlertFileReader", "The record has no Suricata event_type.");
        return ParseOutcome::Rejected;
    }
    if (eventType.toString() != u"alert")
        return ParseOutcome::Skipped;

    const QString timestamp = o.value("timestamp"_L1).toString();
    const std::optional<ParsedTime> time = TimeParser::parseIso8601(timestamp);
    if (!time) {
        reason = timestamp.isEmpty()
                     ? QCoreApplication::translate("AlertFileReader", "The alert has no timestamp.")
                     : QCoreApplication::translate("AlertFileReader", "The alert time \"%1\" cannot be read.")
                           .arg(timestamp);
        return ParseOutcome::Rejected;
    }
    const QJsonObject alert = o.value("alert"_L1).toObject();
    QString signature = alert.value("signature"_L1).toString();
    if (signature.isEmpty()) {
        reason = QCoreApplication::translate("AlertFileReader", "The alert has no signature.");
        return ParseOutcome::Rejected;
    }

    out.source = u"suricata"_s;
    out.subsystem = u"NSM"_s;
    out.detectedAtMs = time->utcMs();
    out.sourceOffsetSec = time->offsetSec;
    const QJsonValue sid = alert.value("signature_id"_L1);
    out.signatureId = JsonValues::text(sid);
    out.signature = std::move(signature);
    out.category = alert.value("category"_L1).toString();
    out.severity = domain::severityFromSuricata(
        static_cast<int>(JsonValues::integer(alert.value("severity"_L1)).value_or(3)));
    out.srcIp = o.value("src_ip"_L1).toString();
    out.srcPort = JsonValues::port(o.value("src_port"_L1));
    out.dstIp = o.value("dest_ip"_L1).toString();
    out.dstPort = JsonValues::port(o.value("dest_port"_L1));
    out.protocol = JsonValues::text(o.value("proto"_L1)).toUpper();
    out.host = o.value("host"_L1).toString();
    const QJsonValue metadata = alert.value("metadata"_L1);
    if (metadata.isObject()) {
        const QStringList ids = JsonValues::stringList(metadata.toObject().value("mitre_technique_id"_L1));
        for (const QString& id : ids) {
            if (!id.isEmpty() && !out.mitre.contains(id))
                out.mitre.append(id);
        }
    }
    out.raw = record.trimmed().toByteArray();

    m_fingerprint.begin("suricata");
    m_fingerprint.add(time->utcUs);
    const QJsonValue flowId = o.value("flow_id"_L1);
    m_fingerprint.add(QStringView(JsonValues::text(flowId)));
    m_fingerprint.add(QStringView(out.signatureId));
    m_fingerprint.add(QStringView(out.srcIp));
    m_fingerprint.add(static_cast<qint64>(out.srcPort));
    m_fingerprint.add(QStringView(out.dstIp));
    m_fingerprint.add(static_cast<qint64>(out.dstPort));
    m_fingerprint.add(QStringView(o.value("pkt_src"_L1).toString()));
    m_fingerprint.add(QStringView(JsonValues::text(o.value("tx_id"_L1))));
    out.fingerprint = m_fingerprint.finish();
    return ParseOutcome::Alert;
}

} // namespace soc::ingest
