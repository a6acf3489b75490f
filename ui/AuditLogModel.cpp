#include "AuditLogModel.h"

#include "domain/SocTimeZone.h"
#include "store/AuditCsv.h"
#include "store/Database.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace soc::ui {

AuditLogModel::AuditLogModel(std::unique_ptr<store::Database> db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    setFilter({});
}

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::setFilter(const store::AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_atEnd = false;
    store::AuditQuery query(*m_db);
    m_matching = query.count(m_filter);
    m_rows = query.page(m_filter, store::AuditOrder::NewestFirst, 0, kPage);
    m_atEnd = static_cast<int>(m_rows.size()) < kPage;
    endResetModel();
}

const store::AuditRecord* AuditLogModel::record(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString AuditLogModel::outcomeLabel(const QString& outcome)
{
    if (outcome == u"ok")
        return tr("done");
    if (outcome == u"refused")
        return tr("refused");
    if (outcome == u"failed")
        return tr("failed");
    return outcome;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    const store::AuditRecord* r = record(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return QDateTime::fromMSecsSinceEpoch(r->atMs, domain::socTimeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        case Actor: return r->actor;
        case Action: return r->action;
        case Object: return r->objectId.isEmpty() ? r->objectType : r->objectType + u' ' + r->objectId;
        case Outcome: return outcomeLabel(r->outcome);
        case Details: return r->details.left(200);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Time) {
        return store::AuditCsv::isoTime(r->atMs);
    } else if (role == Qt::ForegroundRole && index.column() == Outcome && r->outcome != u"ok") {
        return QBrush(r->outcome == u"refused" ? QColor(0xb4, 0x23, 0x18) : QColor(0x9a, 0x5b, 0x00));
    } else if (role == Qt::UserRole) {
        return r->seq;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Actor: return tr("User");
    case Action: return tr("Action");
    case Object: return tr("Object");
    case Outcome: return tr("Outcome");
    case Details: return tr("Details");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !m_atEnd; }

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_rows.empty())
        return;
    std::vector<store::AuditRecord> page =
        store::AuditQuery(*m_db).page(m_filter, store::AuditOrder::NewestFirst, m_rows.back().seq, kPage);
    m_atEnd = static_cast<int>(page.size()) < kPage;
    if (page.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

} // namespace soc::ui
