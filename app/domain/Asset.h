#pragma once

#include <QString>
#include <optional>

namespace soc::domain {

// How much the SOC's work depends on an asset: low, medium, high, critical.
enum class Criticality { Low = 1, Medium = 2, High = 3, Critical = 4 };
QString criticalityKey(Criticality c);
std::optional<Criticality> criticalityFromKey(const QString& key);
QString criticalityLabel(Criticality c); // translated

// One entry of the endpoint register: name, type, MAC, IP, owner, security level.
struct Asset {
    QString id; // UUID, or the id an export carried
    QString name;
    QString type;          // server, workstation, firewall, switch, web portal, ...
    QString ip;            // canonical text (QHostAddress), empty when unknown
    QString mac;           // "aa:bb:cc:dd:ee:ff", empty when unknown
    QString agencyId;      // owning agency, empty when unknown
    int securityLevel = 0; // 1..5; 0 = not classified
    Criticality criticality = Criticality::Medium;
    QString notes;
    qint64 updatedAtMs = 0;

    // "AA-BB-CC-DD-EE-FF", "aabb.ccdd.eeff" or "aa:bb:cc:dd:ee:ff" -> "aa:bb:cc:dd:ee:ff"; empty when invalid.
    static QString normalizeMac(const QString& text);
};

} // namespace soc::domain
