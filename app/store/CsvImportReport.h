#pragma once

#include "store/CsvReader.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace soc::store {

// A row an import skipped: where it is and why (translated).
struct CsvRowProblem {
    QString file;
    int line = 0;
    QString reason;
};

// What a CSV import did (store/DirectoryCsvImport, store/AssetCsvImport): the good rows were
// committed in one transaction; the bad ones are listed and were left out.
struct CsvImportReport {
    QString file;
    int rows = 0;     // data rows read
    int added = 0;    // records created
    int updated = 0;  // records changed
    int contacts = 0; // focal points added or changed (directory)
    int networks = 0; // IP ranges and domains registered (directory)
    std::vector<CsvRowProblem> problems;

    int imported() const { return rows - static_cast<int>(problems.size()); }
    // {"file","rows","imported","added","updated","skipped","problems":[{"line","reason"}]}
    QJsonObject toJson() const;
};

class Database;

// What both imports share: the file is read as CSV and its header must name `required` columns;
// otherwise the import is refused before anything is written: an audit entry (`action`, outcome
// "failed", in its own transaction) and DatabaseError(Refused) with `reason` and "nothing was imported".
CsvReader readImportFile(Database& db, const QString& actor, qint64 nowMs, const QString& action, const QString& path,
                         const QStringList& required);
// The audit entry of an import that ran (inside its transaction): counts in the details.
void auditImport(Database& db, const QString& actor, qint64 nowMs, const QString& action,
                 const CsvImportReport& report);

} // namespace soc::store
