#pragma once

#include "store/AuditQuery.h"

#include <QByteArray>
#include <atomic>
#include <functional>

class QIODevice;

namespace soc::store {

// The audit log as CSV (RFC 4180): UTF-8 with a byte-order mark (so spreadsheet programs read the
// Vietnamese text right), CRLF line ends, a header row, fields quoted when they hold a comma, a
// quote, CR or LF (quotes doubled). Columns: seq, time (ISO 8601 in the SOC's zone, +07:00),
// at_utc_ms (epoch milliseconds, UTC), actor, action, object_type, object_id, outcome, details.
class AuditCsv {
public:
    static QByteArray header();
    static QByteArray line(const AuditRecord& r);
    static QString field(const QString& value);
    static QString isoTime(qint64 atMs); // "2026-11-20T07:00:00.000+07:00"

    struct Result {
        qint64 written = 0;
        bool cancelled = false;
    };
    // Writes the header and every entry matching `filter`, oldest first, reading in pages.
    // `progress(done, total)` is called after each page. Throws DatabaseError(Io) when `out` fails.
    static Result write(AuditQuery& query, const AuditFilter& filter, QIODevice& out,
                        const std::atomic_bool* cancel = nullptr,
                        const std::function<void(qint64, qint64)>& progress = {});
};

} // namespace soc::store
