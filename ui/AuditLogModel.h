#pragma once

#include "store/AuditQuery.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace soc::store {
class Database;
}

namespace soc::ui {

// The audit log as a table, newest first, fetched on demand: the view asks for more as it
// scrolls and each page is read after the last seq shown (keyset), so a log of millions opens as
// fast as one of ten. Reads through its own connection, never the session's writer.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Actor, Action, Object, Outcome, Details, ColumnCount };
    static constexpr int kPage = 200;

    explicit AuditLogModel(std::unique_ptr<store::Database> db, QObject* parent = nullptr);
    ~AuditLogModel() override;

    void setFilter(const store::AuditFilter& filter);
    const store::AuditFilter& filter() const { return m_filter; }
    // Entries matching the filter (the table may hold fewer until scrolled).
    qint64 matching() const { return m_matching; }
    const store::AuditRecord* record(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString outcomeLabel(const QString& outcome); // translated

private:
    std::unique_ptr<store::Database> m_db;
    store::AuditFilter m_filter;
    std::vector<store::AuditRecord> m_rows;
    qint64 m_matching = 0;
    bool m_atEnd = false;
};

} // namespace soc::ui
