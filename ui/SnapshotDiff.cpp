#include "SnapshotDiff.h"

#include <algorithm>
#include <unordered_set>

namespace soc::ui {
namespace {

std::vector<SnapshotDiff::Run> runsOf(const std::vector<qint64>& list, const std::unordered_set<qint64>& keep)
{
    std::vector<SnapshotDiff::Run> runs;
    const int n = static_cast<int>(list.size());
    for (int i = 0; i < n; ++i) {
        if (keep.count(list[static_cast<size_t>(i)]))
            continue;
        if (!runs.empty() && runs.back().second == i - 1)
            runs.back().second = i;
        else
            runs.emplace_back(i, i);
    }
    return runs;
}

} // namespace

SnapshotDiff SnapshotDiff::compute(const std::vector<qint64>& before, const std::vector<qint64>& after)
{
    SnapshotDiff d;
    const size_t nb = before.size();
    const size_t na = after.size();
    // Common cases first, in O(n) without hashing: new rows on top (time, newest first) or at the end.
    if (na >= nb && std::equal(before.begin(), before.end(), after.end() - static_cast<std::ptrdiff_t>(nb))) {
        d.orderPreserved = true;
        if (na > nb)
            d.inserted.emplace_back(0, static_cast<int>(na - nb) - 1);
        return d;
    }
    if (na >= nb && std::equal(before.begin(), before.end(), after.begin())) {
        d.orderPreserved = true;
        d.inserted.emplace_back(static_cast<int>(nb), static_cast<int>(na) - 1);
        return d;
    }
    const std::unordered_set<qint64> inBefore(before.begin(), before.end());
    const std::unordered_set<qint64> inAfter(after.begin(), after.end());
    // The alerts present in both must appear in the same order in both lists.
    size_t j = 0;
    d.orderPreserved = true;
    for (const qint64 id : before) {
        if (!inAfter.count(id))
            continue;
        while (j < na && !inBefore.count(after[j]))
            ++j;
        if (j >= na || after[j] != id) {
            d.orderPreserved = false;
            break;
        }
        ++j;
    }
    if (!d.orderPreserved)
        return d;
    d.removed = runsOf(before, inAfter);
    d.inserted = runsOf(after, inBefore);
    return d;
}

} // namespace soc::ui
