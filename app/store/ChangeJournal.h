#pragma once

#include <QJsonObject>
#include <QString>

namespace soc::store {

class Database;

// The outbox of local changes for the central store. record() must run inside the caller's
// transaction, so a change and its journal entry commit (or roll back) together.
class ChangeJournal {
public:
    explicit ChangeJournal(Database& db);

    // Returns the operation id (a UUID) that makes the push idempotent.
    // `baseRev` is the server revision the change is based on (conflict detection); -1 looks it
    // up from the row's server_rev.
    QString record(const QString& entity, const QString& entityId, const QString& op, const QJsonObject& payload,
                   const QString& author, qint64 baseRev = -1);
    // For records pushed as whole documents (SharedRecords): one waiting entry is enough, since
    // the push reads the record as it is then. Records an entry unless one is already waiting.
    void recordOnce(const QString& entity, const QString& entityId, const QString& op, const QString& author);
    qint64 pendingCount();

private:
    Database& m_db;
};

} // namespace soc::store
