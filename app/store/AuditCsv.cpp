#include "store/AuditCsv.h"

#include "domain/SocTimeZone.h"
#include "store/DatabaseError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>

namespace soc::store {
namespace {

constexpr int kPage = 2000;

void writeAll(QIODevice& out, const QByteArray& bytes)
{
    if (out.write(bytes) != bytes.size())
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("AuditCsv", "The CSV file could not be written: %1. "
                                                                                   "The audit log itself is unchanged.")
                                               .arg(out.errorString()));
}

} // namespace

QString AuditCsv::field(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString AuditCsv::isoTime(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs, domain::socTimeZone()).toString(Qt::ISODateWithMs);
}

QByteArray AuditCsv::header()
{
    return QByteArrayLiteral("seq,time,at_utc_ms,actor,action,object_type,object_id,outcome,details\r\n");
}

QByteArray AuditCsv::line(const AuditRecord& r)
{
    const QStringList fields{QString::number(r.seq), isoTime(r.atMs), QString::number(r.atMs), field(r.actor),
                             field(r.action),        field(r.objectType), field(r.objectId), field(r.outcome),
                             field(r.details)};
    return (fields.join(u',') + QStringLiteral("\r\n")).toUtf8();
}

AuditCsv::Result AuditCsv::write(AuditQuery& query, const AuditFilter& filter, QIODevice& out,
                                 const std::atomic_bool* cancel, const std::function<void(qint64, qint64)>& progress)
{
    Result r;
    const qint64 total = query.count(filter);
    writeAll(out, QByteArrayLiteral("\xEF\xBB\xBF") + header());
    qint64 after = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            r.cancelled = true;
            return r;
        }
        const std::vector<AuditRecord> page = query.page(filter, AuditOrder::OldestFirst, after, kPage);
        if (page.empty())
            break;
        QByteArray chunk;
        chunk.reserve(static_cast<qsizetype>(page.size()) * 160);
        for (const AuditRecord& rec : page)
            chunk += line(rec);
        writeAll(out, chunk);
        r.written += static_cast<qint64>(page.size());
        after = page.back().seq;
        if (progress)
            progress(r.written, qMax(total, r.written));
        if (static_cast<int>(page.size()) < kPage)
            break;
    }
    return r;
}

} // namespace soc::store
