#pragma once

#include "IdSnapshotRows.h"
#include "SnapshotDiff.h"
#include "SnapshotQueue.h"
#include "domain/Alert.h"
#include "store/AlertFilter.h"
#include "store/AlertRepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QFutureWatcher>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

namespace soc::store {
class Session;
}

namespace soc::ui {

// The alert screen's rows, virtualised for millions of alerts. The model holds only the ordered
// list of alert ids (the "snapshot") and an LRU cache of alerts fetched one page of ids at a time.
// A filter or sort change shows the first page at once and computes the full snapshot on a worker
// thread with its own connection; live refresh recomputes it when new alerts arrive and applies
// the difference as row insertions/removals so views keep selection and scroll position.
class AlertTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, SeverityColumn, SubsystemColumn, SignatureColumn, SourceColumn, DestinationColumn,
                  HostColumn, StatusColumn, ColumnCount };
    enum Role {
        AlertIdRole = Qt::UserRole + 1, // qint64
        SeverityRole,                   // int (domain::Severity)
        StatusRole,                     // int (domain::AlertStatus)
        DetectedAtRole,                 // qint64, UTC epoch ms
        SourceOffsetRole,               // int seconds, or null when the source wrote none
        SignatureRole                   // QString
    };
    // Why the rows changed: a new filter/sort (NewQuery: first page shown), the full snapshot of that
    // query arriving (Completed), or alerts arriving or changing (Live).
    enum class ChangeKind { NewQuery, Completed, Live };
    Q_ENUM(ChangeKind)

    static constexpr int kPageSize = 200;

    explicit AlertTableModel(std::shared_ptr<store::Session> session, QObject* parent = nullptr);
    ~AlertTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    static bool isSortable(int column);
    static std::optional<store::AlertSort::Column> sortKeyFor(int column);
    static int columnFor(store::AlertSort::Column key);

    void setQuery(const store::AlertFilter& filter, const store::AlertSort& sort);
    void setFilter(const store::AlertFilter& filter) { setQuery(filter, m_sort); }
    const store::AlertFilter& filter() const { return m_filter; }
    const store::AlertSort& sortOrder() const { return m_sort; }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not shown
    const domain::Alert* alertAt(int row) const;
    bool isComplete() const { return m_complete; }
    bool isLoading() const { return m_queue.isRunning(); }

    // Recomputes the snapshot in the background (after an import, or when the store changed).
    void refresh();
    // Live refresh: every `ms` the model checks for new alerts (0 stops it).
    void setLiveRefreshInterval(int ms);
    // Triage changed these rows' status in the store: update them in place.
    void applyStatus(const std::vector<int>& rows, domain::AlertStatus status, const QString& reason,
                     const QString& author, qint64 atMs);
    // Header and level words follow the UI language.
    void retranslate();

signals:
    void snapshotAboutToChange(soc::ui::AlertTableModel::ChangeKind kind, bool reset);
    void snapshotChanged(soc::ui::AlertTableModel::ChangeKind kind, bool reset);
    void loadingChanged(bool loading);
    void storeChanged(); // alerts were added (live refresh saw a larger max id)
    void errorOccurred(const QString& message);

private:
    friend class IdSnapshotRows<qint64>;

    struct Snapshot {
        quint64 generation = 0;
        quint64 idsVersion = 0;
        ChangeKind kind = ChangeKind::Completed;
        std::vector<qint64> ids;
        SnapshotDiff diff;
        qint64 maxId = 0;
        bool cancelled = false;
        QString error;
    };

    void startSnapshot(ChangeKind kind);
    void onSnapshotFinished();
    void applySnapshot(Snapshot& snapshot);
    void pollForNew();
    void fetchPage(int page) const;
    void reportError(const QString& message) const;

    std::shared_ptr<store::Session> m_session;
    mutable store::AlertRepository m_repo; // GUI-thread connection
    store::AlertFilter m_filter;
    store::AlertSort m_sort;
    IdSnapshotRows<qint64> m_rows;
    mutable QCache<qint64, domain::Alert> m_cache;
    bool m_complete = true;
    SnapshotQueue<ChangeKind> m_queue;
    quint64 m_generation = 0;
    qint64 m_knownMaxId = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Snapshot> m_watcher;
    QTimer m_poll;
};

} // namespace soc::ui
