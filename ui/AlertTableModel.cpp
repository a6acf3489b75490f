#include "AlertTableModel.h"

#include "AlertTime.h"
#include "WorkerConnection.h"
#include "store/DatabaseError.h"
#include "store/Session.h"

#include <QFont>
#include <QMetaObject>
#include <span>

namespace soc::ui {

using domain::Alert;
using domain::AlertStatus;
using domain::Severity;

namespace {

constexpr int kCacheAlerts = 12000; // 60 pages: far more than a screen, small in memory

QString endpoint(const QString& ip, int port)
{
    if (ip.isEmpty())
        return {};
    if (!port)
        return ip;
    return ip.contains(u':') ? QStringLiteral("[%1]:%2").arg(ip).arg(port) : QStringLiteral("%1:%2").arg(ip).arg(port);
}

} // namespace

AlertTableModel::AlertTableModel(std::shared_ptr<store::Session> session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(std::move(session))
    , m_repo(m_session->database())
    , m_rows(this)
    , m_cache(kCacheAlerts)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this, &AlertTableModel::onSnapshotFinished);
    connect(&m_poll, &QTimer::timeout, this, &AlertTableModel::pollForNew);
    setLiveRefreshInterval(2000);
}

AlertTableModel::~AlertTableModel()
{
    m_cancel->store(true);
    if (m_watcher.isRunning()) // after takeResult() the future is reset: waiting would block forever
        m_watcher.waitForFinished();
}

int AlertTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.count();
}

int AlertTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

qint64 AlertTableModel::idAt(int row) const { return m_rows.at(row); }

int AlertTableModel::rowOf(qint64 id) const { return m_rows.rowOf(id); }

const Alert* AlertTableModel::alertAt(int row) const
{
    const qint64 id = idAt(row);
    if (!id)
        return nullptr;
    if (const Alert* a = m_cache.object(id))
        return a;
    fetchPage(row / kPageSize);
    return m_cache.object(id);
}

void AlertTableModel::fetchPage(int page) const
{
    const size_t first = static_cast<size_t>(page) * kPageSize;
    const std::vector<qint64>& ids = m_rows.ids();
    const size_t n = std::min<size_t>(kPageSize, ids.size() - first);
    try {
        std::vector<Alert> alerts = m_repo.byIds(std::span<const qint64>(ids.data() + first, n));
        for (Alert& a : alerts) {
            const qint64 id = a.id;
            m_cache.insert(id, new Alert(std::move(a)));
        }
    } catch (const store::DatabaseError& e) {
        reportError(e.message());
    }
}

void AlertTableModel::reportError(const QString& message) const
{
    // data() is const and may run inside a paint event: report after it.
    auto* self = const_cast<AlertTableModel*>(this);
    QMetaObject::invokeMethod(self, [self, message] { emit self->errorOccurred(message); }, Qt::QueuedConnection);
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == AlertIdRole)
        return idAt(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignLeft);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::FontRole && role < SeverityRole)
        return {};
    const Alert* a = alertAt(index.row());
    if (!a)
        return {};
    switch (role) {
    case SeverityRole: return static_cast<int>(a->severity);
    case StatusRole: return static_cast<int>(a->status);
    case DetectedAtRole: return a->detectedAtMs;
    case SourceOffsetRole: return a->sourceOffsetSec ? QVariant(*a->sourceOffsetSec) : QVariant();
    case SignatureRole: return a->signature;
    case Qt::FontRole:
        if (index.column() == StatusColumn && a->status == AlertStatus::New) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default: break;
    }
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case TimeColumn: return tip ? AlertTime::tooltip(a->detectedAtMs, a->sourceOffsetSec) : AlertTime::display(a->detectedAtMs);
    case SeverityColumn:
        return tip ? domain::severityLabel(a->severity) + QStringLiteral(": ") + domain::severityGuidance(a->severity)
                   : domain::severityLabel(a->severity);
    case SubsystemColumn: return tip ? a->source : a->subsystem;
    case SignatureColumn:
        if (!tip)
            return a->signature;
    {
        QStringList lines{a->signature};
        if (!a->category.isEmpty())
            lines << a->category;
        if (!a->signatureId.isEmpty())
            lines << tr("Rule %1").arg(a->signatureId);
        return lines.join(u'\n');
    }
    case SourceColumn: return endpoint(a->srcIp, a->srcPort);
    case DestinationColumn:
        return tip && !a->protocol.isEmpty() ? endpoint(a->dstIp, a->dstPort) + u' ' + a->protocol
                                             : endpoint(a->dstIp, a->dstPort);
    case HostColumn: return a->host;
    case StatusColumn:
        if (!tip)
            return domain::alertStatusLabel(a->status);
        if (a->status == AlertStatus::New)
            return domain::alertStatusLabel(a->status);
        return tr("%1 by %2 at %3").arg(domain::alertStatusLabel(a->status), a->statusBy, AlertTime::display(a->statusAtMs))
            + (a->statusReason.isEmpty() ? QString() : u'\n' + tr("Reason: %1").arg(a->statusReason));
    default: return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("Sorting is offered on time, severity and status only, so it stays fast with millions of alerts.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");               // Thời gian
    case SeverityColumn: return tr("Severity");       // Mức độ
    case SubsystemColumn: return tr("Subsystem");     // Phân hệ
    case SignatureColumn: return tr("Signature");     // Dấu hiệu (chữ ký)
    case SourceColumn: return tr("Source");           // Nguồn
    case DestinationColumn: return tr("Destination"); // Đích
    case HostColumn: return tr("Host");               // Máy
    case StatusColumn: return tr("Status");           // Trạng thái
    default: return {};
    }
}

bool AlertTableModel::isSortable(int column) { return sortKeyFor(column).has_value(); }

std::optional<store::AlertSort::Column> AlertTableModel::sortKeyFor(int column)
{
    switch (column) {
    case TimeColumn: return store::AlertSort::Column::Time;
    case SeverityColumn: return store::AlertSort::Column::Severity;
    case StatusColumn: return store::AlertSort::Column::Status;
    default: return std::nullopt;
    }
}

int AlertTableModel::columnFor(store::AlertSort::Column key)
{
    switch (key) {
    case store::AlertSort::Column::Time: return TimeColumn;
    case store::AlertSort::Column::Severity: return SeverityColumn;
    case store::AlertSort::Column::Status: return StatusColumn;
    }
    return TimeColumn;
}

void AlertTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyFor(column);
    if (!key)
        return;
    setQuery(m_filter, store::AlertSort{*key, order == Qt::DescendingOrder});
}

void AlertTableModel::setQuery(const store::AlertFilter& filter, const store::AlertSort& sort)
{
    ++m_generation;
    m_cancel->store(true);
    m_filter = filter;
    m_sort = sort;
    std::vector<Alert> first;
    try {
        m_knownMaxId = m_repo.maxId();
        first = m_repo.page(filter, sort, 0, kPageSize);
    } catch (const store::DatabaseError& e) {
        reportError(e.message());
    }
    emit snapshotAboutToChange(ChangeKind::NewQuery, true);
    beginResetModel();
    std::vector<qint64> ids;
    ids.reserve(first.size());
    for (Alert& a : first) {
        ids.push_back(a.id);
        const qint64 id = a.id;
        m_cache.insert(id, new Alert(std::move(a)));
    }
    m_rows.replace(std::move(ids));
    m_complete = m_rows.count() < kPageSize;
    endResetModel();
    emit snapshotChanged(ChangeKind::NewQuery, true);
    if (!m_complete)
        startSnapshot(ChangeKind::Completed);
}

void AlertTableModel::refresh() { startSnapshot(ChangeKind::Live); }

void AlertTableModel::setLiveRefreshInterval(int ms)
{
    if (ms <= 0) {
        m_poll.stop();
        return;
    }
    m_poll.start(ms);
}

void AlertTableModel::pollForNew()
{
    if (m_queue.isRunning())
        return;
    try {
        if (m_repo.maxId() > m_knownMaxId) {
            startSnapshot(ChangeKind::Live);
            emit storeChanged();
        }
    } catch (const store::DatabaseError& e) {
        emit errorOccurred(e.message());
    }
}

void AlertTableModel::startSnapshot(ChangeKind kind)
{
    if (!m_queue.tryStart(kind))
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto previous = std::make_shared<const std::vector<qint64>>(m_rows.ids());
    const quint64 generation = m_generation;
    const quint64 version = m_rows.version();
    emit loadingChanged(true);
    m_watcher.setFuture(runWithOwnConnection(
        m_session, [filter = m_filter, sort = m_sort, cancel = m_cancel, previous, generation, version, kind](store::Database& db) {
            Snapshot s;
            s.generation = generation;
            s.idsVersion = version;
            s.kind = kind;
            store::AlertRepository repo(db);
            s.maxId = repo.maxId(); // before the ids: anything newer is caught by the next poll
            s.ids = repo.ids(filter, sort, cancel.get());
            if (cancel->load()) {
                s.cancelled = true;
                return s;
            }
            s.diff = IdSnapshotRows<qint64>::diff(*previous, s.ids);
            return s;
        }));
}

void AlertTableModel::onSnapshotFinished()
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

void AlertTableModel::applySnapshot(Snapshot& s)
{
    m_knownMaxId = std::max(m_knownMaxId, s.maxId);
    m_complete = true;
    // A live refresh also brings statuses changed elsewhere (another station's triage, pulled by
    // sync) for alerts already on screen: forget the cached rows so they are read again.
    const bool reread = s.kind == ChangeKind::Live;
    if (reread)
        m_cache.clear();
    m_rows.apply(
        s.diff, s.idsVersion, std::move(s.ids), [&](bool reset) { emit snapshotAboutToChange(s.kind, reset); },
        [&](bool reset) { emit snapshotChanged(s.kind, reset); });
    if (reread && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void AlertTableModel::applyStatus(const std::vector<int>& rows, AlertStatus status, const QString& reason,
                                  const QString& author, qint64 atMs)
{
    std::vector<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    for (const int row : sorted) {
        if (Alert* a = m_cache.object(idAt(row))) {
            a->status = status;
            a->statusReason = reason.trimmed();
            a->statusBy = author;
            a->statusAtMs = atMs;
        }
    }
    for (size_t i = 0; i < sorted.size();) {
        size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] <= sorted[j] + 1)
            ++j;
        emit dataChanged(index(sorted[i], 0), index(sorted[j], ColumnCount - 1));
        i = j + 1;
    }
}

void AlertTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace soc::ui
