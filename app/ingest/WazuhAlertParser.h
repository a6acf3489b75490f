#pragma once

#include "domain/Alert.h"
#include "ingest/AlertFingerprint.h"
#include "ingest/ParseOutcome.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace soc::ingest {

// One Wazuh (3.x or 4.x) alerts.json record, or an indexer document holding one, -> one alert.
// Numbers may be written as strings. A Suricata alert forwarded by Wazuh (decoder "json",
// data.event_type "alert") keeps Suricata's signature id, name, category and severity (the higher of
// the Suricata severity and the Wazuh level) and is filed under NSM; syscheck/rootcheck/FIM alerts
// under HIDS; the rest under SIEM. The fingerprint is over the record's bytes.
class WazuhAlertParser {
public:
    ParseOutcome parse(QByteArrayView record, domain::Alert& out, QString& reason);
    ParseOutcome parseObject(const QJsonObject& object, QByteArrayView record, domain::Alert& out,
                             QString& reason);

private:
    AlertFingerprint m_fingerprint;
};

} // namespace soc::ingest
