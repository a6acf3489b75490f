#include "ingest/WazuhAlertParser.h"

#include "ingest/JsonValues.h"
#include "ingest/TimeParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace soc::ingest {

namespace {

QJsonValue firstOf(const QJsonObject& o, std::initializer_list<QLatin1StringView> keys) {
    for (QLatin1StringView key : keys) {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty()))
            return v;
    }
    return {};
}

// "192.168.10.122:80" (Wazuh's snort/fast.log decoder) -> address and port.
void splitAddressPort(QString& address, int& port) {
    const qsizetype colon = address.indexOf(u':');
    if (colon <= 0 || address.indexOf(u':', colon + 1) >= 0 || !address.contains(u'.'))
        return;
    bool ok = false;
    const int p = address.sliced(colon + 1).toInt(&ok);
    if (!ok || p <= 0 || p > 65535)
        return;
    if (port == 0)
        port = p;
    address.truncate(colon);
}

bool isHostIntegrityGroup(const QString& group) {
    return group.startsWith(u"syscheck") || group.startsWith(u"rootcheck") || group == u"fim" ||
           group.startsWith(u"fim_");
}

} // namespace

ParseOutcome WazuhAlertParser::parse(QByteArrayView record, domain::Alert& out, QString& reason) {
    const std::optional<QJsonObject> object = JsonValues::parseRecordObject(record, reason);
    if (!object)
        return ParseOutcome::Rejected;
    return parseObject(*object, record, out, reason);
}

ParseOutcome WazuhAlertParser::parseObject(const QJsonObject& o, QByteArrayView record, domain::Alert& out,
                                           QString& reason) {
    const QJsonValue ruleValue = o.value("rule"_L1);
    if (!ruleValue.isObject()) {
        reason = QCoreApplication::translate("AlertFileReader", "The record has no Wazuh rule.");
        return ParseOutcome::Rejected;
    }
    const QJsonObject rule = ruleValue.toObject();
    const QString timestamp = firstOf(o, {"timestamp"_L1, "@timestamp"_L1}).toString();
    const std::optional<ParsedTime> time = TimeParser::parseIso8601(timestamp);
    if (!time) {
        reason = timestamp.isEmpty()
                     ? QCoreApplication::translate("AlertFileReader", "The alert has no timestamp.")
                     : QCoreApplication::translate("AlertFileReader", "The alert time \"%1\" cannot be read.")
                           .arg(timestamp);
        return ParseOutcome::Rejected;
    }
    const std::optional<qint64> level = JsonValues::integer(rule.value("level"_L1));
    if (!level) {
        reason = QCoreApplication::translate("AlertFileReader",
                                             "The Wazuh rule level is missing or not a number.");
        return ParseOutcome::Rejected;
    }
    const QString ruleId = JsonValues::text(rule.value("id"_L1));
    const QString description = rule.value("description"_L1).toString();
    if (ruleId.isEmpty() && description.isEmpty()) {
        reason = QCoreApplication::translate("AlertFileReader",
                                             "The Wazuh rule has neither an id nor a description.");
        return ParseOutcome::Rejected;
    }

    const QStringList groups = JsonValues::stringList(rule.value("groups"_L1));
    const QJsonObject data = o.value("data"_L1).toObject();
    const QJsonObject decoder = o.value("decoder"_L1).toObject();

    out.source = u"wazuh"_s;
    out.detectedAtMs = time->utcMs();
    out.sourceOffsetSec = time->offsetSec;
    out.signatureId = ruleId;
    out.signature = description.isEmpty() ? ruleId : description;
    out.category = groups.join(u", ");
    out.severity = domain::severityFromWazuh(static_cast<int>(std::clamp<qint64>(*level, -1, 100)));
    out.mitre = JsonValues::stringList(rule.value("mitre"_L1).toObject().value("id"_L1));

    QString host = o.value("agent"_L1).toObject().value("name"_L1).toString();
    if (host.isEmpty())
        host = o.value("manager"_L1).toObject().value("name"_L1).toString();
    out.host = host;

    out.srcIp = JsonValues::text(firstOf(data, {"srcip"_L1, "src_ip"_L1}));
    out.srcPort = JsonValues::port(firstOf(data, {"srcport"_L1, "src_port"_L1}));
    out.dstIp = JsonValues::text(firstOf(data, {"dstip"_L1, "dest_ip"_L1, "dst_ip"_L1}));
    out.dstPort = JsonValues::port(firstOf(data, {"dstport"_L1, "dest_port"_L1, "dst_port"_L1}));
    splitAddressPort(out.srcIp, out.srcPort);
    splitAddressPort(out.dstIp, out.dstPort);
    out.protocol = JsonValues::text(firstOf(data, {"protocol"_L1, "proto"_L1})).toUpper();

    const QJsonValue wrapped = data.value("alert"_L1);
    const bool suricata = decoder.value("name"_L1).toString() == u"json" &&
                          data.value("event_type"_L1).toString() == u"alert" && wrapped.isObject();
    if (suricata) {
        const QJsonObject alert = wrapped.toObject();
        const QString sid = JsonValues::text(alert.value("signature_id"_L1));
        const QString signature = alert.value("signature"_L1).toString();
        if (!sid.isEmpty())
            out.signatureId = sid;
        if (!signature.isEmpty())
            out.signature = signature;
        const QString category = alert.value("category"_L1).toString();
        if (!category.isEmpty())
            out.category = category;
        if (const auto sev = JsonValues::integer(alert.value("severity"_L1)))
            out.severity = std::max(out.severity, domain::severityFromSuricata(static_cast<int>(*sev)));
        const QStringList ids =
            JsonValues::stringList(alert.value("metadata"_L1).toObject().value("mitre_technique_id"_L1));
        for (const QString& id : ids) {
            if (!out.mitre.contains(id))
                out.mitre.append(id);
        }
        out.subsystem = u"NSM"_s;
    } else if (std::any_of(groups.cbegin(), groups.cend(), isHostIntegrityGroup)) {
        out.subsystem = u"HIDS"_s;
    } else {
        out.subsystem = u"SIEM"_s;
    }

    const QByteArrayView trimmed = record.trimmed();
    out.raw = trimmed.toByteArray();
    out.fingerprint = m_fingerprint.ofRecord("wazuh", trimmed);
    return ParseOutcome::Alert;
}

} // namespace soc::ingest
