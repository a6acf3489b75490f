#include "sync/AlertFeed.h"

#include "sync/CopyBinary.h"
#include "sync/PgConnection.h"

#include <algorithm>
#include <array>

namespace soc::sync {
namespace {

// The columns a station pulls, in the order decode() reads them; every integer as int8 so the
// binary COPY format of each is the same eight bytes.
constexpr const char* kAlertColumns =
    "fingerprint, detected_at, src_offset::int8, source, subsystem, severity::int8, signature_id, signature, "
    "category, src_ip, src_port::int8, dst_ip, dst_port::int8, protocol, host, mitre, raw, status::int8, "
    "status_reason, status_by, status_at, rev";

constexpr int kFieldCount = 22;

} // namespace

AlertFeed::Decoded AlertFeed::decode(const char* message, int length, PulledAlert& out)
{
    using store::AlertRow;
    const int header = copyBinaryHeaderSize(message, length);
    std::array<CopyField, kFieldCount> f;
    const int fields = header < 0 ? -1 : splitCopyBinaryTuple(message, length, header, f.data(), kFieldCount);
    if (fields == 0)
        return Decoded::Trailer;
    if (fields != kFieldCount)
        return Decoded::Malformed;
    // COPY field -> column, for the text (and blob) columns and the integer ones.
    static constexpr std::pair<int, AlertRow::Column> kBytes[] = {
        {0, AlertRow::Fingerprint}, {3, AlertRow::Source},         {4, AlertRow::Subsystem}, {6, AlertRow::SignatureId},
        {7, AlertRow::Signature},   {8, AlertRow::Category},       {9, AlertRow::SrcIp},     {11, AlertRow::DstIp},
        {13, AlertRow::Protocol},   {14, AlertRow::Host},          {15, AlertRow::Mitre},    {16, AlertRow::Raw},
        {18, AlertRow::StatusReason}, {19, AlertRow::StatusBy}};
    static constexpr std::pair<int, AlertRow::Column> kIntegers[] = {
        {1, AlertRow::DetectedAt}, {2, AlertRow::SrcOffset}, {5, AlertRow::Severity}, {10, AlertRow::SrcPort},
        {12, AlertRow::DstPort},   {17, AlertRow::Status},   {20, AlertRow::StatusAt}};
    if (f[0].size != 32 || f[1].size != 8 || f[5].size != 8 || f[21].size != 8)
        return Decoded::Malformed;
    for (const auto& [i, c] : kIntegers)
        if (f[i].size != 8 && f[i].size != -1)
            return Decoded::Malformed;
    AlertRow& row = out.row;
    row = AlertRow(QByteArray(message, length)); // the slices are offsets into the message
    for (const auto& [i, c] : kBytes)
        if (f[i].size >= 0)
            row.setSlice(c, f[i].offset, f[i].size);
    for (const auto& [i, c] : kIntegers)
        if (f[i].size == 8)
            row.setInteger(c, copyBinaryInt8(message + f[i].offset));
    row.setInteger(AlertRow::Severity, std::clamp<qint64>(row.integer(AlertRow::Severity), 1, 4));
    row.setInteger(AlertRow::Status, std::clamp<qint64>(row.integer(AlertRow::Status), 0, 3));
    row.normalise();
    out.rev = copyBinaryInt8(message + f[21].offset);
    return Decoded::Alert;
}

namespace {

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

QByteArray AlertFeed::copyStatement(const QByteArray& where, qint64 after, int limit)
{
    return QByteArray("COPY (SELECT ") + kAlertColumns + " FROM soc.alerts a WHERE a.rev > " + QByteArray::number(after)
           + " AND " + where + " ORDER BY a.rev LIMIT " + QByteArray::number(limit) + ") TO STDOUT (FORMAT binary)";
}

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
            m_conn.copyOut(copyStatement(m_where, after, m_pageSize), [&](const char* message, int length) {
                if (stopped)
                    return; // the caller gave up: read the rest of the COPY, so the connection stays usable
                PulledAlert p;
                const Decoded decoded = decode(message, length, p);
                if (decoded == Decoded::Trailer)
                    return;
                ++rows;
                if (decoded == Decoded::Alert) {
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
