#include "domain/Evidence.h"

#include <QCoreApplication>

namespace soc::domain {

QString custodyActionKey(CustodyAction a)
{
    switch (a) {
    case CustodyAction::Received: return QStringLiteral("received");
    case CustodyAction::Transferred: return QStringLiteral("transferred");
    case CustodyAction::Exported: return QStringLiteral("exported");
    case CustodyAction::Verified: return QStringLiteral("verified");
    case CustodyAction::VerifyFailed: return QStringLiteral("verify_failed");
    }
    return {};
}

std::optional<CustodyAction> custodyActionFromKey(const QString& key)
{
    for (CustodyAction a : {CustodyAction::Received, CustodyAction::Transferred, CustodyAction::Exported,
                            CustodyAction::Verified, CustodyAction::VerifyFailed})
        if (custodyActionKey(a) == key)
            return a;
    return std::nullopt;
}

QString custodyActionLabel(CustodyAction a)
{
    switch (a) {
    case CustodyAction::Received: return QCoreApplication::translate("Custody", "Received");
    case CustodyAction::Transferred: return QCoreApplication::translate("Custody", "Transferred");
    case CustodyAction::Exported: return QCoreApplication::translate("Custody", "Exported");
    case CustodyAction::Verified: return QCoreApplication::translate("Custody", "Verified: hash matches");
    case CustodyAction::VerifyFailed: return QCoreApplication::translate("Custody", "Verification FAILED");
    }
    return {};
}

} // namespace soc::domain
