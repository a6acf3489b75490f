#pragma once

#include "domain/IpRange.h"

#include <vector>

namespace soc::domain {

// Finds, for an address, the most specific of a set of ranges that contains it: the smallest range
// wins (for CIDR blocks: the longest prefix); among ranges of the same size, the one added first.
// build() cuts the address space at every range boundary into elementary intervals and stores the
// winner of each, so match() is one binary search (O(log n)) whatever the overlaps.
class IpRangeMatcher {
public:
    // `value` is the caller's (an index into its own table); add everything, then build().
    void add(const IpRange& range, int value);
    void build();
    // The value of the most specific range containing `a`, or -1.
    int match(const IpAddress& a) const;
    int match(const QString& address) const; // -1 as well when `address` is not an IP address
    bool isEmpty() const { return m_ranges.empty(); }
    std::size_t size() const { return m_ranges.size(); }

private:
    struct Entry {
        IpRange range;
        int value;
    };
    std::vector<Entry> m_ranges;
    std::vector<IpAddress> m_starts; // ascending starts of the elementary intervals
    std::vector<int> m_winner;       // index into m_ranges for each interval, or -1
    bool m_built = false;
};

} // namespace soc::domain
