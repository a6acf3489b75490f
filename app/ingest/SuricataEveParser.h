#pragma once

#include "domain/Alert.h"
#include "ingest/AlertFingerprint.h"
#include "ingest/ParseOutcome.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace soc::ingest {

// One Suricata EVE record -> one alert. Only event_type "alert" is an alert; flow, dns, stats and
// the other event types are skipped (cheaply, before a full JSON parse, when the line says so).
// The fingerprint is a stable key of the alert rather than its bytes: the UTC time, flow_id,
// signature_id, addresses, ports, pkt_src and tx_id. So the same alert written again with or
// without payload/packet fields, or with other spacing or another offset, counts as a duplicate.
class SuricataEveParser {
public:
    ParseOutcome parse(QByteArrayView record, domain::Alert& out, QString& reason);
    // For records already parsed (e.g. by the format detector); `record` becomes Alert::raw.
    ParseOutcome parseObject(const QJsonObject& object, QByteArrayView record, domain::Alert& out,
                             QString& reason);

    // Cheap look at a record: true when it is a complete-looking JSON object whose event_type is
    // plainly not "alert", so a full parse can be spared.
    static bool isPlainlyNotAlert(QByteArrayView record);

private:
    AlertFingerprint m_fingerprint;
};

} // namespace soc::ingest
