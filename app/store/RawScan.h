#pragma once

#include "store/Database.h"

#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Pieces of the one-pass scans behind the periodic statistics and the dashboard: 1M alerts are
// read as bytes and counted by key without a QString per row.
namespace soc::store::scan {

// The alert scan reads text columns as bytes and turns into QString only the few values that make
// the lists: decoding three QStrings per row would cost more than the scan itself at 1M rows.
class RawQuery {
public:
    RawQuery(Database& db, const char* sql)
        : m_db(db.handle())
    {
        const int rc = sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr);
        if (rc != SQLITE_OK)
            throw Database::errorFor(m_db, rc);
    }
    ~RawQuery() { sqlite3_finalize(m_stmt); }
    RawQuery(const RawQuery&) = delete;
    RawQuery& operator=(const RawQuery&) = delete;

    RawQuery& bind(int index, qint64 value)
    {
        sqlite3_bind_int64(m_stmt, index, value);
        return *this;
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        throw Database::errorFor(m_db, rc);
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    std::string_view bytes(int column) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// Both periods and all their queries see one snapshot (a deferred read transaction; WAL lets the
// writer go on). Inside the caller's transaction it adds nothing.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
        , m_own(sqlite3_get_autocommit(db.handle()) != 0)
    {
        if (m_own)
            m_db.exec("BEGIN");
    }
    ~ReadSnapshot()
    {
        if (m_own)
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_own;
};

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using Counter = std::unordered_map<std::string, qint64, StringHash, std::equal_to<>>;

inline void count(Counter& c, std::string_view key)
{
    if (auto it = c.find(key); it != c.end())
        ++it->second;
    else
        c.emplace(std::string(key), 1);
}

using Entry = std::pair<std::string_view, qint64>;

// The entries of `c`, largest count first, ties by `tieLess`; at most `limit` (< 0: all).
template <class TieLess>
std::vector<Entry> ranked(const Counter& c, int limit, TieLess tieLess)
{
    std::vector<Entry> v;
    v.reserve(c.size());
    for (const auto& [key, n] : c)
        v.emplace_back(key, n);
    const auto less = [&](const Entry& a, const Entry& b) {
        return a.second != b.second ? a.second > b.second : tieLess(a.first, b.first);
    };
    const size_t n = limit < 0 ? v.size() : std::min(v.size(), static_cast<size_t>(limit));
    std::partial_sort(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n), v.end(), less);
    v.resize(n);
    return v;
}

inline QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Signature keys are "id \x1f text"; ties are ordered by text, then id.
constexpr char kSeparator = '\x1f';
inline std::pair<std::string_view, std::string_view> splitSignatureKey(std::string_view key)
{
    const size_t at = key.find(kSeparator);
    return {key.substr(0, at), key.substr(at + 1)};
}


} // namespace soc::store::scan
