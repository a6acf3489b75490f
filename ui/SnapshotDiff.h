#pragma once

#include <QtGlobal>
#include <utility>
#include <vector>

namespace soc::ui {

// How to turn one id snapshot of the alert screen into the next with row removals and insertions
// (so views keep selection and scroll position) instead of a model reset. Applying: remove
// `removed` runs from last to first (old row numbers), then insert `inserted` runs from first to
// last (new row numbers). Only possible when the alerts present in both keep their relative order.
struct SnapshotDiff {
    using Run = std::pair<int, int>; // first, last (inclusive)
    bool orderPreserved = false;
    std::vector<Run> removed;
    std::vector<Run> inserted;

    bool isEmpty() const { return removed.empty() && inserted.empty(); }
    int runCount() const { return static_cast<int>(removed.size() + inserted.size()); }
    static SnapshotDiff compute(const std::vector<qint64>& before, const std::vector<qint64>& after);
};

} // namespace soc::ui
