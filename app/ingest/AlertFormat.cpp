#include "ingest/AlertFormat.h"

namespace soc::ingest {

QString alertFormatKey(AlertFormat f)
{
    switch (f) {
    case AlertFormat::Auto: return QStringLiteral("auto");
    case AlertFormat::Suricata: return QStringLiteral("suricata");
    case AlertFormat::Wazuh: return QStringLiteral("wazuh");
    case AlertFormat::Cef: return QStringLiteral("cef");
    }
    return QStringLiteral("auto");
}

std::optional<AlertFormat> alertFormatFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"auto")
        return AlertFormat::Auto;
    if (k == u"suricata" || k == u"eve")
        return AlertFormat::Suricata;
    if (k == u"wazuh")
        return AlertFormat::Wazuh;
    if (k == u"cef")
        return AlertFormat::Cef;
    return std::nullopt;
}

} // namespace soc::ingest
