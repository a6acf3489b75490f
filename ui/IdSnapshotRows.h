#pragma once

#include "SnapshotDiff.h"

#include <QHash>
#include <QtGlobal>
#include <algorithm>
#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

namespace soc::ui {

// The ordered ids a virtualised table model shows (its "snapshot"), and how a newer snapshot
// computed on a worker thread replaces them: as row removals and insertions when the diff allows
// (views keep selection and scroll position), else as a reset.
template <typename Key>
class IdSnapshotRows {
public:
    static constexpr int kMaxDiffRuns = 256; // beyond that a reset (with selection restored) is cheaper

    // `model` shows these rows and declares `friend class IdSnapshotRows<Key>`: its begin/end row
    // calls are protected.
    template <typename Model>
    explicit IdSnapshotRows(Model* model)
        : m_calls{[model](int first, int last) { model->beginRemoveRows({}, first, last); },
                  [model] { model->endRemoveRows(); },
                  [model](int first, int last) { model->beginInsertRows({}, first, last); },
                  [model] { model->endInsertRows(); },
                  [model] { model->beginResetModel(); },
                  [model] { model->endResetModel(); }}
    {
    }

    const std::vector<Key>& ids() const { return m_ids; }
    int count() const { return static_cast<int>(m_ids.size()); }
    bool empty() const { return m_ids.empty(); }
    Key at(int row) const { return row >= 0 && row < count() ? m_ids[static_cast<size_t>(row)] : Key(); }
    int rowOf(const Key& id) const
    {
        const auto it = std::find(m_ids.begin(), m_ids.end(), id);
        return it == m_ids.end() ? -1 : static_cast<int>(it - m_ids.begin());
    }
    // Changes with every change of the ids: a diff computed against another version cannot apply.
    quint64 version() const { return m_version; }

    // For a new query, inside the model's own beginResetModel()/endResetModel().
    void replace(std::vector<Key> ids)
    {
        m_ids = std::move(ids);
        ++m_version;
    }

    // Worker side: how to turn `before` into `after`.
    static SnapshotDiff diff(const std::vector<Key>& before, const std::vector<Key>& after)
    {
        if constexpr (std::is_integral_v<Key>) {
            return SnapshotDiff::compute(before, after);
        } else {
            // Stand-in numbers for the keys so SnapshotDiff can compare the two lists: ids already
            // shown keep their row number in `before`, new ones get numbers after them.
            QHash<Key, qint64> known;
            known.reserve(static_cast<qsizetype>(before.size()));
            std::vector<qint64> b(before.size());
            for (size_t i = 0; i < before.size(); ++i) {
                known.insert(before[i], static_cast<qint64>(i));
                b[i] = static_cast<qint64>(i);
            }
            std::vector<qint64> a(after.size());
            qint64 next = static_cast<qint64>(before.size());
            for (size_t i = 0; i < after.size(); ++i)
                a[i] = known.value(after[i], -1) >= 0 ? known.value(after[i]) : next++;
            return SnapshotDiff::compute(b, a);
        }
    }

    // Replaces the ids with `next`, whose `diff` was computed against version `basedOn`, between
    // `aboutToChange(reset)` and `changed(reset)`. An empty diff changes nothing and calls neither.
    void apply(const SnapshotDiff& diff, quint64 basedOn, std::vector<Key>&& next,
               const std::function<void(bool reset)>& aboutToChange, const std::function<void(bool reset)>& changed)
    {
        const bool incremental = basedOn == m_version && diff.orderPreserved && diff.runCount() <= kMaxDiffRuns;
        if (incremental && diff.isEmpty())
            return;
        aboutToChange(!incremental);
        if (incremental) {
            for (auto it = diff.removed.rbegin(); it != diff.removed.rend(); ++it) {
                m_calls.beginRemoveRows(it->first, it->second);
                m_ids.erase(m_ids.begin() + it->first, m_ids.begin() + it->second + 1);
                m_calls.endRemoveRows();
            }
            for (const auto& [first, last] : diff.inserted) {
                m_calls.beginInsertRows(first, last);
                m_ids.insert(m_ids.begin() + first, next.begin() + first, next.begin() + last + 1);
                m_calls.endInsertRows();
            }
            ++m_version;
        } else {
            m_calls.beginResetModel();
            replace(std::move(next));
            m_calls.endResetModel();
        }
        changed(!incremental);
    }

private:
    struct ModelCalls {
        std::function<void(int first, int last)> beginRemoveRows;
        std::function<void()> endRemoveRows;
        std::function<void(int first, int last)> beginInsertRows;
        std::function<void()> endInsertRows;
        std::function<void()> beginResetModel;
        std::function<void()> endResetModel;
    };

    ModelCalls m_calls;
    std::vector<Key> m_ids;
    quint64 m_version = 0;
};

} // namespace soc::ui
