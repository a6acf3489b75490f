#include "domain/AlertStatus.h"

#include <QCoreApplication>

namespace soc::domain {

QString alertStatusKey(AlertStatus s)
{
    switch (s) {
    case AlertStatus::New: return QStringLiteral("new");
    case AlertStatus::Acknowledged: return QStringLiteral("acknowledged");
    case AlertStatus::FalsePositive: return QStringLiteral("false_positive");
    case AlertStatus::Benign: return QStringLiteral("benign");
    }
    return QStringLiteral("new");
}

std::optional<AlertStatus> alertStatusFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"new")
        return AlertStatus::New;
    if (k == u"acknowledged" || k == u"ack")
        return AlertStatus::Acknowledged;
    if (k == u"false_positive" || k == u"fp")
        return AlertStatus::FalsePositive;
    if (k == u"benign")
        return AlertStatus::Benign;
    return std::nullopt;
}

QString alertStatusLabel(AlertStatus s)
{
    switch (s) {
    case AlertStatus::New: return QCoreApplication::translate("AlertStatus", "New");
    case AlertStatus::Acknowledged: return QCoreApplication::translate("AlertStatus", "Acknowledged");
    case AlertStatus::FalsePositive: return QCoreApplication::translate("AlertStatus", "False positive");
    case AlertStatus::Benign: return QCoreApplication::translate("AlertStatus", "Benign");
    }
    return {};
}

bool alertStatusNeedsReason(AlertStatus s) { return s == AlertStatus::FalsePositive; }

} // namespace soc::domain
