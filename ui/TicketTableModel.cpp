#include "TicketTableModel.h"

#include "AlertTableModel.h"
#include "DueStyle.h"
#include "TicketCells.h"
#include "WorkerConnection.h"
#include "domain/Clock.h"
#include "store/DatabaseError.h"
#include "store/Session.h"

#include <QDateTime>
#include <QFont>
#include <QMetaObject>
#include <QPalette>
#include <span>

namespace soc::ui {

using domain::DueState;
using domain::Ticket;
using domain::TicketStatus;

static_assert(static_cast<int>(TicketTableModel::SeverityRole) == static_cast<int>(AlertTableModel::SeverityRole),
              "SeverityChipDelegate reads AlertTableModel::SeverityRole");

namespace {

constexpr int kCacheTickets = 4000;

} // namespace

TicketTableModel::TicketTableModel(std::shared_ptr<store::Session> session, const domain::Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(std::move(session))
    , m_clock(clock)
    , m_repo(m_session->database())
    , m_rows(this)
    , m_cache(kCacheTickets)
    , m_overdueIcon(OverdueRequestIndex::icon())
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this, &TicketTableModel::onSnapshotFinished);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_queue.isRunning())
            startSnapshot(ChangeKind::Live);
    });
    setLiveRefreshInterval(3000);
}

TicketTableModel::~TicketTableModel()
{
    m_cancel->store(true);
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void TicketTableModel::setClock(const domain::Clock* clock)
{
    m_clock = clock;
    if (!m_rows.empty())
        emit dataChanged(index(0, AgeColumn), index(rowCount() - 1, DueColumn));
}

qint64 TicketTableModel::nowMs() const { return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch(); }

int TicketTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.count();
}

int TicketTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString TicketTableModel::idAt(int row) const { return m_rows.at(row); }

int TicketTableModel::rowOf(const QString& id) const { return m_rows.rowOf(id); }

const Ticket* TicketTableModel::ticketAt(int row) const
{
    const QString id = idAt(row);
    if (id.isEmpty())
        return nullptr;
    if (const Ticket* t = m_cache.object(id))
        return t;
    fetchPage(row / kPageSize);
    return m_cache.object(id);
}

void TicketTableModel::fetchPage(int page) const
{
    const std::vector<QString>& ids = m_rows.ids();
    const size_t first = static_cast<size_t>(page) * kPageSize;
    if (first >= ids.size())
        return;
    const size_t n = std::min<size_t>(kPageSize, ids.size() - first);
    try {
        std::vector<Ticket> tickets = m_repo.byIds(std::span<const QString>(ids.data() + first, n));
        for (Ticket& t : tickets) {
            const QString id = t.id;
            m_cache.insert(id, new Ticket(std::move(t)));
        }
    } catch (const store::DatabaseError& e) {
        reportError(e.message());
    }
}

void TicketTableModel::reportError(const QString& message) const
{
    auto* self = const_cast<TicketTableModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->errorOccurred(message); }, Qt::QueuedConnection);
}

QVariant TicketTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == TicketIdRole)
        return idAt(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignLeft);
    const Ticket* t = ticketAt(index.row());
    if (!t)
        return {};
    const qint64 now = nowMs();
    switch (role) {
    case SeverityRole: return static_cast<int>(t->severity);
    case StatusRole: return static_cast<int>(t->status);
    case DueStateRole: return static_cast<int>(domain::dueState(*t, now));
    case DeadlineRole: return domain::currentDeadline(*t);
    case CodeRole: return t->code;
    case OverdueRequestsRole: return m_overdue.countFor(t->id);
    case Qt::DisplayRole: return TicketCells::display(*t, index.column(), now, false);
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && m_overdue.countFor(t->id) > 0)
            return TicketCells::display(*t, index.column(), now, true).toString() + QStringLiteral("\n\n")
                   + m_overdue.describe(t->id);
        return TicketCells::display(*t, index.column(), now, true);
    case Qt::DecorationRole:
        if (index.column() == DueColumn)
            return DueStyle::icon(domain::dueState(*t, now));
        if (index.column() == TitleColumn && m_overdue.countFor(t->id) > 0)
            return m_overdueIcon;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DueColumn) {
            const QColor c = DueStyle::colour(domain::dueState(*t, now));
            return c.isValid() ? QVariant(c) : QVariant();
        }
        if (index.column() == AssigneeColumn && t->assignee.isEmpty())
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole: {
        const bool bold = (index.column() == StatusColumn && t->status == TicketStatus::New)
                          || (index.column() == DueColumn && domain::dueState(*t, now) == DueState::Overdue)
                          || index.column() == CodeColumn;
        if (!bold)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    default: return {};
    }
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (!sortFor(section, Qt::AscendingOrder))
            return tr("Sorting is offered on code, severity, status, age and due time.");
        if (section == DueColumn)
            return tr("Time left until the current service-level deadline: first action while new, "
                      "resolution while open.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Code");         // Mã
    case SeverityColumn: return tr("Severity"); // Mức độ
    case TitleColumn: return tr("Title");       // Tiêu đề
    case AgencyColumn: return tr("Agency");     // Đơn vị
    case AssigneeColumn: return tr("Assignee"); // Người xử lý
    case StatusColumn: return tr("Status");     // Trạng thái
    case AgeColumn: return tr("Age");           // Thời gian tồn tại
    case DueColumn: return tr("Due");           // Hạn xử lý
    default: return {};
    }
}

std::optional<store::TicketSort> TicketTableModel::sortFor(int column, Qt::SortOrder order)
{
    using C = store::TicketSort::Column;
    const bool descending = order == Qt::DescendingOrder;
    switch (column) {
    case CodeColumn: return store::TicketSort{C::Code, descending};
    case SeverityColumn: return store::TicketSort{C::Severity, descending};
    case StatusColumn: return store::TicketSort{C::Status, descending};
    case AgeColumn: return store::TicketSort{C::Created, !descending}; // oldest = largest age
    case DueColumn: return store::TicketSort{C::Due, descending};
    default: return std::nullopt;
    }
}

int TicketTableModel::columnFor(const store::TicketSort& sort)
{
    using C = store::TicketSort::Column;
    switch (sort.column) {
    case C::Code: return CodeColumn;
    case C::Severity: return SeverityColumn;
    case C::Status: return StatusColumn;
    case C::Created: return AgeColumn;
    case C::Due: return DueColumn;
    case C::Updated: return -1;
    }
    return -1;
}

Qt::SortOrder TicketTableModel::orderFor(const store::TicketSort& sort)
{
    const bool descending = sort.column == store::TicketSort::Column::Created ? !sort.descending : sort.descending;
    return descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void TicketTableModel::sort(int column, Qt::SortOrder order)
{
    if (const auto s = sortFor(column, order))
        setQuery(m_filter, *s);
}

void TicketTableModel::setQuery(const store::TicketFilter& filter, const store::TicketSort& sort)
{
    ++m_generation;
    m_cancel->store(true);
    m_filter = filter;
    m_filter.nowMs = nowMs();
    m_sort = sort;
    std::vector<Ticket> first;
    StatusCounts counts = m_counts;
    OverdueRequestIndex overdue = m_overdue;
    try {
        first = m_repo.page(m_filter, m_sort, 0, kPageSize);
        counts = m_repo.countsByStatus(m_filter);
        overdue = OverdueRequestIndex::load(m_session->database(), m_filter.nowMs);
    } catch (const store::DatabaseError& e) {
        reportError(e.message());
    }
    emit snapshotAboutToChange(ChangeKind::NewQuery, true);
    beginResetModel();
    m_cache.clear();
    std::vector<QString> ids;
    ids.reserve(first.size());
    for (Ticket& t : first) {
        ids.push_back(t.id);
        const QString id = t.id;
        m_cache.insert(id, new Ticket(std::move(t)));
    }
    m_rows.replace(std::move(ids));
    m_complete = m_rows.count() < kPageSize;
    m_overdue = std::move(overdue);
    endResetModel();
    emit snapshotChanged(ChangeKind::NewQuery, true);
    setCounts(counts);
    emit overdueRequestsChanged();
    if (!m_complete)
        startSnapshot(ChangeKind::Completed);
}

void TicketTableModel::refresh() { startSnapshot(ChangeKind::Live); }

void TicketTableModel::setLiveRefreshInterval(int ms)
{
    if (ms <= 0)
        m_poll.stop();
    else
        m_poll.start(ms);
}

void TicketTableModel::startSnapshot(ChangeKind kind)
{
    if (!m_queue.tryStart(kind))
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_filter.nowMs = nowMs(); // "overdue" moves with the clock
    const auto previous = std::make_shared<const std::vector<QString>>(m_rows.ids());
    emit loadingChanged(true);
    m_watcher.setFuture(
        runWithOwnConnection(m_session, [filter = m_filter, sort = m_sort, cancel = m_cancel, previous,
                                         generation = m_generation, version = m_rows.version(), kind](store::Database& db) {
            Snapshot s;
            s.generation = generation;
            s.idsVersion = version;
            s.kind = kind;
            store::TicketRepository repo(db);
            s.ids = repo.ids(filter, sort);
            s.counts = repo.countsByStatus(filter);
            s.overdue = OverdueRequestIndex::load(db, filter.nowMs);
            if (cancel->load()) {
                s.cancelled = true;
                return s;
            }
            s.diff = IdSnapshotRows<QString>::diff(*previous, s.ids);
            return s;
        }));
}

void TicketTableModel::onSnapshotFinished()
{
    m_queue.finished();
    Snapshot s = m_watcher.future().takeResult();
    if (s.generation == m_generation && !s.cancelled) {
        if (!s.error.isEmpty())
            emit errorOccurred(s.error);
        else
            applySnapshot(s);
    }
    if (const auto next = m_queue.takePending())
        startSnapshot(*next);
    if (!m_queue.isRunning())
        emit loadingChanged(false);
}

void TicketTableModel::applySnapshot(Snapshot& s)
{
    m_complete = true;
    m_cache.clear(); // statuses, assignees and deadlines change without new ids
    m_overdue = std::move(s.overdue);
    m_rows.apply(
        s.diff, s.idsVersion, std::move(s.ids), [&](bool reset) { emit snapshotAboutToChange(s.kind, reset); },
        [&](bool reset) { emit snapshotChanged(s.kind, reset); });
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    setCounts(s.counts);
    emit overdueRequestsChanged();
}

void TicketTableModel::setCounts(const StatusCounts& counts)
{
    m_counts = counts;
    emit countsChanged(m_counts);
}

void TicketTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace soc::ui
