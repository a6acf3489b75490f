#pragma once

#include "IdSnapshotRows.h"
#include "OverdueRequestIndex.h"
#include "SnapshotDiff.h"
#include "SnapshotQueue.h"
#include "domain/Ticket.h"
#include "store/TicketQuery.h"
#include "store/TicketRepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QFutureWatcher>
#include <QTimer>
#include <array>
#include <atomic>
#include <memory>
#include <optional>

namespace soc::domain {
class Clock;
}
namespace soc::store {
class Session;
}

namespace soc::ui {

// The ticket queue's rows, virtualised like AlertTableModel: the model holds the ordered ticket ids
// (computed on a worker connection) and a cache of tickets fetched a page of ids at a time. Live
// refresh re-runs the snapshot every few seconds and applies the difference as row insertions and
// removals (or a reset the view keeper repairs), then repaints: ages, countdowns, statuses and
// assignees change without new ids. "Now" comes from an injectable clock. Each snapshot also reads
// the overdue requests to agencies (R-16, one query): their tickets' titles carry a marker.
class TicketTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        SeverityColumn,
        TitleColumn,
        AgencyColumn,
        AssigneeColumn,
        StatusColumn,
        AgeColumn,
        DueColumn,
        ColumnCount
    };
    enum Role {
        TicketIdRole = Qt::UserRole + 1, // QString (UUID)
        SeverityRole = Qt::UserRole + 2, // int (domain::Severity); the value SeverityChipDelegate reads
        StatusRole,                      // int (domain::TicketStatus)
        DueStateRole,                    // int (domain::DueState)
        DeadlineRole,                    // qint64 UTC ms, 0 = none
        CodeRole,                        // QString
        OverdueRequestsRole              // int: open requests to agencies past due about this ticket
    };
    enum class ChangeKind { NewQuery, Completed, Live };
    Q_ENUM(ChangeKind)

    static constexpr int kPageSize = 200;
    using StatusCounts = std::array<qint64, 5>; // index = domain::TicketStatus

    TicketTableModel(std::shared_ptr<store::Session> session, const domain::Clock* clock, QObject* parent = nullptr);
    ~TicketTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // Header columns the store can sort on, and back (age sorts by creation time, reversed).
    static std::optional<store::TicketSort> sortFor(int column, Qt::SortOrder order);
    static int columnFor(const store::TicketSort& sort); // -1: no column shows this order
    static Qt::SortOrder orderFor(const store::TicketSort& sort);

    void setClock(const domain::Clock* clock); // must outlive the model
    qint64 nowMs() const;
    void setQuery(const store::TicketFilter& filter, const store::TicketSort& sort);
    void setFilter(const store::TicketFilter& filter) { setQuery(filter, m_sort); }
    const store::TicketFilter& filter() const { return m_filter; }
    const store::TicketSort& sortOrder() const { return m_sort; }
    const StatusCounts& statusCounts() const { return m_counts; }
    const OverdueRequestIndex& overdueRequests() const { return m_overdue; }

    QString idAt(int row) const;
    int rowOf(const QString& id) const; // -1 when not shown
    const domain::Ticket* ticketAt(int row) const;
    bool isComplete() const { return m_complete; }
    bool isLoading() const { return m_queue.isRunning(); }

    // Recomputes the snapshot in the background (after a change made here, or on the timer).
    void refresh();
    void setLiveRefreshInterval(int ms); // 0 stops it
    void retranslate();

signals:
    void snapshotAboutToChange(soc::ui::TicketTableModel::ChangeKind kind, bool reset);
    void snapshotChanged(soc::ui::TicketTableModel::ChangeKind kind, bool reset);
    void countsChanged(const soc::ui::TicketTableModel::StatusCounts& counts);
    void overdueRequestsChanged();
    void loadingChanged(bool loading);
    void errorOccurred(const QString& message);

private:
    friend class IdSnapshotRows<QString>;

    struct Snapshot {
        quint64 generation = 0;
        quint64 idsVersion = 0;
        ChangeKind kind = ChangeKind::Completed;
        std::vector<QString> ids;
        SnapshotDiff diff;
        StatusCounts counts{};
        OverdueRequestIndex overdue;
        bool cancelled = false;
        QString error;
    };

    void startSnapshot(ChangeKind kind);
    void onSnapshotFinished();
    void applySnapshot(Snapshot& snapshot);
    void setCounts(const StatusCounts& counts);
    void fetchPage(int page) const;
    void reportError(const QString& message) const;

    std::shared_ptr<store::Session> m_session;
    const domain::Clock* m_clock;
    mutable store::TicketRepository m_repo; // GUI-thread connection
    store::TicketFilter m_filter;
    store::TicketSort m_sort;
    IdSnapshotRows<QString> m_rows;
    mutable QCache<QString, domain::Ticket> m_cache;
    StatusCounts m_counts{};
    OverdueRequestIndex m_overdue;
    QIcon m_overdueIcon;
    bool m_complete = true;
    SnapshotQueue<ChangeKind> m_queue;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Snapshot> m_watcher;
    QTimer m_poll;
};

} // namespace soc::ui
