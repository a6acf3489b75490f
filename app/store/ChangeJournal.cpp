#include "store/ChangeJournal.h"

#include "store/Database.h"
#include "store/SyncRecords.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace soc::store {

ChangeJournal::ChangeJournal(Database& db)
    : m_db(db)
{
}

QString ChangeJournal::record(const QString& entity, const QString& entityId, const QString& op,
                              const QJsonObject& payload, const QString& author, qint64 baseRev)
{
    const QString opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (baseRev < 0)
        baseRev = SyncRecords(m_db).serverRev(entity, entityId);
    Statement& st = m_db.cached("INSERT INTO change_journal(op_id, entity, entity_id, op, payload, author, created_at, base_rev) "
                                "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, opId)
        .bind(2, entity)
        .bind(3, entityId)
        .bind(4, op)
        .bindText(5, QJsonDocument(payload).toJson(QJsonDocument::Compact))
        .bind(6, author)
        .bind(7, QDateTime::currentMSecsSinceEpoch())
        .bind(8, baseRev)
        .exec();
    return opId;
}

void ChangeJournal::recordOnce(const QString& entity, const QString& entityId, const QString& op, const QString& author)
{
    Statement& st = m_db.cached("SELECT 1 FROM change_journal WHERE pushed_at IS NULL AND entity = ? AND entity_id = ? AND op = ?");
    st.reset();
    st.bind(1, entity).bind(2, entityId).bind(3, op);
    const bool waiting = st.step();
    st.reset();
    if (!waiting)
        record(entity, entityId, op, {}, author);
}

qint64 ChangeJournal::pendingCount()
{
    auto st = m_db.prepare("SELECT count(*) FROM change_journal WHERE pushed_at IS NULL");
    st.step();
    return st.int64(0);
}

} // namespace soc::store
