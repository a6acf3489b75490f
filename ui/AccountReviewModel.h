#pragma once

#include "store/AccountAdministration.h"

#include <QAbstractTableModel>
#include <vector>

namespace soc::ui {

// The account review as a table: user, name, role, last sign-in, password expiry,
// validity, status with its reason and date, recent failures. The same texts feed the CSV and the
// printed review (AccountReviewReport), so the screen and the paper say the same thing.
class AccountReviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { User, Name, Role, LastSignIn, PasswordExpires, Validity, Status, Failures, ColumnCount };

    explicit AccountReviewModel(QObject* parent = nullptr);

    void setRows(std::vector<store::AccountReviewRow> rows);
    const std::vector<store::AccountReviewRow>& rows() const { return m_rows; }
    const store::AccountReviewRow* row(int index) const;

    static QString header(int column);
    static QString text(const store::AccountReviewRow& r, int column);
    static QString statusText(const store::AccountReviewRow& r);
    // "dd/MM/yyyy HH:mm" in the SOC's zone, "—" for none (dates only for the validity).
    static QString when(qint64 ms);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<store::AccountReviewRow> m_rows;
};

} // namespace soc::ui
