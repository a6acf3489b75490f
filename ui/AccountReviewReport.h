#pragma once

#include "store/AccountAdministration.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace soc::ui {

// The 3-monthly account review on paper and in a spreadsheet: a CSV file (UTF-8 with BOM,
// CRLF, formula-safe text) and a printable document titled "Account review" with the station,
// the date, the table and lines for the reviewer's name, date and signature.
class AccountReviewReport {
    Q_DECLARE_TR_FUNCTIONS(AccountReviewReport)
public:
    static QByteArray csv(const std::vector<store::AccountReviewRow>& rows);
    static QString html(const std::vector<store::AccountReviewRow>& rows, const QString& station, qint64 atMs,
                        const QString& preparedBy);
};

} // namespace soc::ui
