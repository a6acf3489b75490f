#include "domain/IpRangeMatcher.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace soc::domain {

void IpRangeMatcher::add(const IpRange& range, int value)
{
    m_ranges.push_back({range, value});
    m_built = false;
}

void IpRangeMatcher::build()
{
    m_starts.clear();
    m_winner.clear();
    // Events: a range becomes active at its first address and inactive one past its last (none
    // when the last is the very last address of the space).
    struct Event {
        IpAddress at;
        bool open;
        int index;
    };
    std::vector<Event> events;
    events.reserve(m_ranges.size() * 2);
    for (int i = 0; i < static_cast<int>(m_ranges.size()); ++i) {
        const IpRange& r = m_ranges[static_cast<std::size_t>(i)].range;
        events.push_back({r.first, true, i});
        IpAddress next = r.last;
        if (++next.lo == 0 && ++next.hi == 0)
            continue; // ran off the end of the address space
        events.push_back({next, false, i});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    // Active ranges ordered by (size, insertion order): begin() is the winner.
    std::set<std::tuple<IpAddress, int>> active;
    for (std::size_t i = 0; i < events.size();) {
        const IpAddress at = events[i].at;
        for (; i < events.size() && events[i].at == at; ++i) {
            const auto key =
                std::make_tuple(m_ranges[static_cast<std::size_t>(events[i].index)].range.span(), events[i].index);
            if (events[i].open)
                active.insert(key);
            else
                active.erase(key);
        }
        const int winner = active.empty() ? -1 : std::get<1>(*active.begin());
        if (!m_winner.empty() && m_winner.back() == winner)
            continue; // same winner as the interval before: merge
        m_starts.push_back(at);
        m_winner.push_back(winner);
    }
    m_built = true;
}

int IpRangeMatcher::match(const IpAddress& a) const
{
    if (!m_built || m_starts.empty())
        return -1;
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), a);
    if (it == m_starts.begin())
        return -1;
    const int w = m_winner[static_cast<std::size_t>(std::distance(m_starts.begin(), it) - 1)];
    return w < 0 ? -1 : m_ranges[static_cast<std::size_t>(w)].value;
}

int IpRangeMatcher::match(const QString& address) const
{
    const auto a = IpAddress::parse(address);
    return a ? match(*a) : -1;
}

} // namespace soc::domain
