#pragma once

#include "domain/Severity.h"

#include <QJsonObject>
#include <array>

namespace soc::domain {

// Time to acknowledge and to resolve per severity, counted on a 24/7 clock. Configurable per
// workspace; the defaults are the SOC's usual ones.
class ServiceLevels {
public:
    struct Level {
        qint64 acknowledgeMs;
        qint64 resolveMs;
    };
    static ServiceLevels defaults(); // emergency 15 min / 4 h; high 30 min / 24 h; medium 2 h / 3 d; low 8 h / 7 d
    Level forSeverity(Severity s) const { return m_levels[static_cast<size_t>(static_cast<int>(s) - 1)]; }
    void set(Severity s, Level l) { m_levels[static_cast<size_t>(static_cast<int>(s) - 1)] = l; }

    QJsonObject toJson() const;
    static ServiceLevels fromJson(const QJsonObject& o); // missing entries keep the defaults

private:
    std::array<Level, 4> m_levels{};
};

} // namespace soc::domain
