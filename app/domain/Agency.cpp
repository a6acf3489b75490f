#include "domain/Agency.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace soc::domain {
namespace {

struct KindRow {
    AgencyKind kind;
    const char* key;
};
constexpr std::array kKinds{KindRow{AgencyKind::ProvincialDepartment, "provincial_department"},
                            KindRow{AgencyKind::CommuneCommittee, "commune_committee"},
                            KindRow{AgencyKind::Police, "police"},
                            KindRow{AgencyKind::NationalCoordinator, "national_coordinator"},
                            KindRow{AgencyKind::Isp, "isp"},
                            KindRow{AgencyKind::Other, "other"}};

} // namespace

QString agencyKindKey(AgencyKind k)
{
    for (const KindRow& r : kKinds)
        if (r.kind == k)
            return QLatin1String(r.key);
    return QStringLiteral("other");
}

std::optional<AgencyKind> agencyKindFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (const KindRow& r : kKinds)
        if (k == QLatin1String(r.key))
            return r.kind;
    return std::nullopt;
}

QString agencyKindLabel(AgencyKind k)
{
    switch (k) {
    case AgencyKind::ProvincialDepartment: return QCoreApplication::translate("Agency", "Provincial department");
    case AgencyKind::CommuneCommittee: return QCoreApplication::translate("Agency", "Commune/ward People's Committee");
    case AgencyKind::Police: return QCoreApplication::translate("Agency", "Police");
    case AgencyKind::NationalCoordinator: return QCoreApplication::translate("Agency", "National coordinator");
    case AgencyKind::Isp: return QCoreApplication::translate("Agency", "Internet service provider");
    case AgencyKind::Other: break;
    }
    return QCoreApplication::translate("Agency", "Other");
}

bool Agency::isValidId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return re.match(id).hasMatch();
}

bool FocalPoint::isValidEmail(const QString& email)
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/"
        "=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return email.size() <= 254 && re.match(email).hasMatch();
}

bool FocalPoint::isValidPhone(const QString& phone)
{
    static const QRegularExpression re(QStringLiteral("^[0-9 +().-]+$"));
    int digits = 0;
    for (const QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 3 && re.match(phone).hasMatch();
}

} // namespace soc::domain
