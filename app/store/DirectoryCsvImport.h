#pragma once

#include "domain/Clock.h"
#include "store/CsvImportReport.h"

#include <QStringList>

namespace soc::store {

class Database;

// Imports the agency directory from CSV (issue 7). Columns (header row, any order, case-insensitive):
//   code, name, kind        required: the agency's short code, its name and its kind
//                           (provincial_department, commune_committee, police, national_coordinator, isp, other)
//   parent                  the code of the agency above it, listed earlier in the file or already known
//   networks                IP addresses, CIDR blocks, ranges (a-b) and domains, separated by ';' or spaces
//   contact_name, position, phone, email   one focal point of the agency
//   notes
// Several rows may carry the same code: the first creates the agency, later ones add networks and
// focal points (their non-empty name, kind, parent and notes replace the earlier ones). A bad row
// (wrong number of fields, unknown kind or parent, invalid network, email or phone, a network
// another agency has) is reported with its line and skipped; the good rows are committed in one
// transaction with one audit entry ("directory.import"). Needs Action::ManageDirectory.
class DirectoryCsvImport {
public:
    DirectoryCsvImport(Database& db, QString actor, const domain::Clock& clock);

    static QStringList columns();
    static QStringList requiredColumns();
    // Throws DatabaseError(Forbidden) for a role without the right, DatabaseError(Refused) for a
    // file that is not a directory CSV (nothing written but the refusal's audit entry).
    CsvImportReport importFile(const QString& path);

private:
    Database& m_db;
    QString m_actor;
    const domain::Clock& m_clock;
};

} // namespace soc::store
