#pragma once

#include "domain/AlertStatus.h"
#include "domain/Severity.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace soc::domain {

// One normalised alert, whatever sensor wrote it. Times are UTC epoch milliseconds; the offset
// the source wrote (if any) is kept so the original wall-clock time can be shown.
struct Alert {
    qint64 id = 0;             // local row id; 0 until stored
    QString uuid;              // client-generated, stable across stations (sync)
    QString source;            // product that wrote it: "suricata", "wazuh", "cef:Vendor/Product"
    QString subsystem;         // NSM, SIEM, HIDS, EDR, FW, WAF, IPS, ...
    qint64 detectedAtMs = 0;   // UTC
    std::optional<int> sourceOffsetSec; // offset of the source timestamp; empty when it had none
    QString signatureId;       // rule / signature id as text (sid, rule.id, CEF signature id)
    QString signature;         // rule / signature name
    QString category;
    Severity severity = Severity::Low;
    QString srcIp;
    int srcPort = 0;           // 0 = none
    QString dstIp;
    int dstPort = 0;
    QString protocol;          // TCP, UDP, ICMP, ... (upper case)
    QString host;              // sensor host, agent name or device host
    QStringList mitre;         // ATT&CK technique ids, e.g. T1110, T1059.001
    QByteArray raw;            // the original record exactly as read (UTF-8)
    QByteArray fingerprint;    // 32 bytes; identical source records give identical fingerprints

    AlertStatus status = AlertStatus::New;
    QString statusReason;
    QString statusBy;
    qint64 statusAtMs = 0;
};

} // namespace soc::domain

namespace soc::domain {
// The alert's UUID, derived from its fingerprint so every station names the same alert alike.
QString alertUuid(const QByteArray& fingerprint);
} // namespace soc::domain
