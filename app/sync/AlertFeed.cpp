#include "sync/AlertFeed.h"

#include "sync/CopyText.h"
#include "sync/PgConnection.h"

#include <algorithm>

namespace soc::sync {
namespace {

// The columns a station pulls, in the order decodeAlert reads them.
constexpr const char* kAlertColumns =
    "encode(fingerprint, 'hex'), detected_at, src_offset, source, subsystem, severity, signature_id, signature, "
    "category, src_ip, src_port, dst_ip, dst_port, protocol, host, mitre, raw, status, status_reason, status_by, "
    "status_at, rev";

QString str(const QByteArray& b) { return b.isNull() ? QString() : QString::fromUtf8(b); }

bool decodeAlert(const QList<QByteArray>& f, PulledAlert& out)
{
    if (f.size() != 22)
        return false;
    domain::Alert& a = out.alert;
    a.fingerprint = QByteArray::fromHex(f[0]);
    a.uuid = domain::alertUuid(a.fingerprint);
    a.detectedAtMs = f[1].toLongLong();
    if (!f[2].isNull())
        a.sourceOffsetSec = f[2].toInt();
    a.source = str(f[3]);
    a.subsystem = str(f[4]);
    a.severity = static_cast<domain::Severity>(std::clamp(f[5].toInt(), 1, 4));
    a.signatureId = str(f[6]);
    a.signature = str(f[7]);
    a.category = str(f[8]);
    a.srcIp = str(f[9]);
    a.srcPort = f[10].toInt();
    a.dstIp = str(f[11]);
    a.dstPort = f[12].toInt();
    a.protocol = str(f[13]);
    a.host = str(f[14]);
    if (!f[15].isEmpty())
        a.mitre = str(f[15]).split(u',');
    a.raw = decodeByteaHex(f[16]);
    a.status = static_cast<domain::AlertStatus>(std::clamp(f[17].toInt(), 0, 3));
    a.statusReason = str(f[18]);
    a.statusBy = str(f[19]);
    a.statusAtMs = f[20].toLongLong();
    out.rev = f[21].toLongLong();
    return a.fingerprint.size() == 32;
}

// Pages of alerts COPYed out of the central store and decoded on a worker thread, while the
// calling thread writes the rows before them into the local database: chunks of decoded alerts,
// then the end of each page (how many rows its COPY returned and its last revision), then "done".
// The worker fetches page after page in the same order as one thread would (each page starts
// after the last revision of the one before); only the caller commits pages and cursors.

constexpr size_t kChunk = 1000;

} // namespace

AlertFeed::AlertFeed(PgConnection& conn, QByteArray where, qint64 after, int pageSize, const std::atomic_bool* cancel)
    : m_conn(conn)
    , m_where(std::move(where))
    , m_after(after)
    , m_pageSize(pageSize)
    , m_cancel(cancel)
    , m_thread([this] { run(); })
{
}

AlertFeed::~AlertFeed()
{
    m_queue.stop();
    m_thread.join();
}

const char* AlertFeed::columns() { return kAlertColumns; }

bool AlertFeed::next(Chunk& out) { return m_queue.pop(out); }

void AlertFeed::run()
{
    try {
        qint64 after = m_after;
        for (;;) {
            if ((m_cancel && m_cancel->load()) || m_queue.stopped())
                break;
            int rows = 0;
            qint64 lastRev = after;
            bool stopped = false;
            std::vector<PulledAlert> chunk;
            chunk.reserve(kChunk);
            const QByteArray sql = QByteArray("COPY (SELECT ") + kAlertColumns + " FROM soc.alerts a WHERE a.rev > "
                                   + QByteArray::number(after) + " AND " + m_where + " ORDER BY a.rev LIMIT "
                                   + QByteArray::number(m_pageSize) + ") TO STDOUT";
            m_conn.copyOut(sql, [&](const char* line, int length) {
                ++rows;
                if (stopped)
                    return; // the caller gave up: read the rest of the COPY, so the connection stays usable
                PulledAlert p;
                if (decodeAlert(splitCopyLine(line, length), p)) {
                    lastRev = std::max(lastRev, p.rev);
                    chunk.push_back(std::move(p));
                }
                if (chunk.size() >= kChunk) {
                    Chunk full;
                    full.alerts = std::move(chunk);
                    stopped = !m_queue.push(std::move(full));
                    chunk = {};
                    chunk.reserve(kChunk);
                }
            });
            Chunk end;
            end.alerts = std::move(chunk);
            end.endOfPage = true;
            end.pageRows = rows;
            end.pageLastRev = lastRev;
            if (!m_queue.push(std::move(end)) || rows < m_pageSize || stopped)
                break;
            after = lastRev;
        }
    } catch (...) {
        Chunk failed;
        failed.error = std::current_exception();
        m_queue.push(std::move(failed));
    }
    m_queue.finish();
}

} // namespace soc::sync
