#pragma once

#include "domain/Clock.h"
#include "store/CsvImportReport.h"

#include <QStringList>

namespace soc::store {

class Database;

// Imports the asset register from CSV: the columns AssetRegister::exportCsv writes. Required
// in the header: name, type, ip, mac, agency, security_level; optional: id, criticality, notes.
// A row with an id the register has updates that asset, any other row adds one (keeping the id
// it carries, so export -> import into another workspace keeps the ids). Bad rows (wrong number of
// fields, invalid IP or MAC, security level outside 1-5, unknown criticality, an agency the
// directory does not have) are reported with their line and skipped; the good rows are committed
// in one transaction with one audit entry ("asset.import"). Needs Action::ManageDirectory.
class AssetCsvImport {
public:
    AssetCsvImport(Database& db, QString actor, const domain::Clock& clock);

    static QStringList requiredColumns();
    // Throws DatabaseError(Forbidden) or, for a file that is not an asset CSV, DatabaseError(Refused).
    CsvImportReport importFile(const QString& path);

private:
    Database& m_db;
    QString m_actor;
    const domain::Clock& m_clock;
};

} // namespace soc::store
