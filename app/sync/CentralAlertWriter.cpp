#include "sync/CentralAlertWriter.h"

#include "sync/AlertCopyEncoder.h"
#include "sync/PgConnection.h"

#include <QCoreApplication>

namespace soc::sync {
namespace {

QByteArray stagingTable()
{
    return QByteArray("CREATE TEMP TABLE IF NOT EXISTS ingest_staging(") + AlertCopyEncoder::kColumnTypes +
           ") ON COMMIT DELETE ROWS";
}

QByteArray insertAlerts()
{
    return QByteArray("WITH added AS (INSERT INTO soc.alerts(") + AlertCopyEncoder::kColumns + ") SELECT " +
           AlertCopyEncoder::kColumns +
           " FROM pg_temp.ingest_staging ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*) FROM added";
}

} // namespace

CentralAlertWriter::CentralAlertWriter(PgConnection& connection)
    : m_conn(connection)
{
    m_conn.execScript(stagingTable());
}

std::map<QString, IngestCursor> CentralAlertWriter::loadCursors(const QStringList& sources)
{
    std::map<QString, IngestCursor> out;
    for (const QString& source : sources) {
        const PgResult r = m_conn.exec("SELECT file_id, position, records FROM soc.ingest_cursors "
                                       "WHERE sensor = current_user AND source = $1",
                                       {source.toUtf8()});
        if (r.rows() == 1)
            out[source] = IngestCursor{r.text(0, 0), r.int64(0, 1), r.int64(0, 2)};
    }
    return out;
}

bool CentralAlertWriter::moveCursor(const QString& source, const IngestCursor& to,
                                    const std::map<QString, IngestCursor>& committed)
{
    const auto from = committed.find(source);
    const QList<QByteArray> target{source.toUtf8(), to.fileId.toUtf8(), QByteArray::number(to.position),
                                   QByteArray::number(to.records)};
    if (from == committed.end()) {
        return m_conn
                   .exec("INSERT INTO soc.ingest_cursors(source, file_id, position, records) VALUES ($1, $2, $3, $4) "
                         "ON CONFLICT (sensor, source) DO NOTHING RETURNING 1",
                         target)
                   .rows() == 1;
    }
    if (from->second == to)
        return true;
    return m_conn
               .exec("UPDATE soc.ingest_cursors SET file_id = $2, position = $3, records = $4, updated_at = now() "
                     "WHERE sensor = current_user AND source = $1 AND file_id = $5 AND position = $6 RETURNING 1",
                     target +
                         QList<QByteArray>{from->second.fileId.toUtf8(), QByteArray::number(from->second.position)})
               .rows() == 1;
}

CentralAlertWriter::Result CentralAlertWriter::commit(const IngestBatch& batch,
                                                      std::map<QString, IngestCursor>& committed)
{
    Result result;
    try {
        m_conn.execScript("BEGIN");
        if (!batch.copyRows.isEmpty()) {
            m_conn.copyIn("COPY pg_temp.ingest_staging FROM STDIN", batch.copyRows);
            result.inserted = m_conn.exec(insertAlerts()).int64(0, 0);
        }
        bool moved = true;
        for (const auto& [source, to] : batch.cursors) {
            if (!moveCursor(source, to, committed)) {
                moved = false;
                break;
            }
        }
        if (!moved) {
            m_conn.execScript("ROLLBACK");
            // Committed already, and the answer lost with the connection? Then every cursor is there.
            const auto now = loadCursors([&] {
                QStringList sources;
                for (const auto& c : batch.cursors)
                    sources.append(c.first);
                return sources;
            }());
            for (const auto& [source, to] : batch.cursors) {
                const auto it = now.find(source);
                if (it == now.end() || !(it->second == to))
                    throw PgError(PgErrorCode::Query,
                                  QCoreApplication::translate("CentralIngest",
                                                              "The cursor of %1 in the central store was moved by "
                                                              "another ingest process of this sensor; stopping so that "
                                                              "no alert is sent twice.")
                                      .arg(source));
            }
            result = Result{0, true};
        } else {
            m_conn.execScript("COMMIT");
        }
    } catch (...) {
        if (m_conn.isHealthy()) {
            try {
                m_conn.execScript("ROLLBACK");
            } catch (...) {
            }
        }
        throw;
    }
    for (const auto& [source, to] : batch.cursors)
        committed[source] = to;
    return result;
}

} // namespace soc::sync
