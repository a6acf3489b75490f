#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace soc::domain {

// The kinds of unit in the agency directory (issue 7, R-13).
enum class AgencyKind { ProvincialDepartment, CommuneCommittee, Police, NationalCoordinator, Isp, Other };
// provincial_department, commune_committee, police, national_coordinator, isp, other
QString agencyKindKey(AgencyKind k);
std::optional<AgencyKind> agencyKindFromKey(const QString& key);
QString agencyKindLabel(AgencyKind k); // translated

// A unit the SOC deals with: the owner of monitored systems, or someone it reports to.
struct Agency {
    QString id; // short stable code from the directory ("STTTT", "UBND-XA-AN-BINH")
    QString name;
    AgencyKind kind = AgencyKind::Other;
    QString parentId; // empty = none
    QString notes;
    QStringList networks; // canonical CIDR blocks, ranges, addresses and domains
    qint64 updatedAtMs = 0;

    // Letters, digits, '.', '_' and '-', 1 to 64 characters.
    static bool isValidId(const QString& id);
};

// A named contact of an agency, reached through the channels of R-17.
struct FocalPoint {
    QString id; // UUID
    QString agencyId;
    QString name;
    QString position;
    QString phone;
    QString email; // official email

    static bool isValidEmail(const QString& email);
    // Digits with spaces, '+', '-', '.', '(' and ')'; at least 3 digits.
    static bool isValidPhone(const QString& phone);
};

} // namespace soc::domain
