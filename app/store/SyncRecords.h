#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace soc::store {

class Database;

// The wire form of the local rows that sync with the central store: each synced row as a JSON
// object with the local column names ("doc"), and the groups of fields that an operation changes
// (the unit of conflict detection). Used both to push local changes and to write pulled ones.
//
// Records (ticket, incident, response_step, config) are edited; items (timeline_event, evidence,
// custody) are append-only and never conflict.
class SyncRecords {
public:
    explicit SyncRecords(Database& db);

    static bool isRecord(const QString& entity);
    static bool isItem(const QString& entity);
    // {"group": ["field", ...]} changed by `op` on `entity`; empty when the op has nothing to send
    // (e.g. evidence "verify", whose custody entry travels on its own).
    static QJsonObject groupsFor(const QString& entity, const QString& op);
    // The fields of the given groups, as one list.
    static QStringList fieldsOf(const QJsonObject& groups);

    // The current local row; empty when it does not exist.
    QJsonObject read(const QString& entity, const QString& id);
    // The server revision the local row is based on (0 when never synced or unknown).
    qint64 serverRev(const QString& entity, const QString& id);
    // The ticket a record or item belongs to (for timeline conflict entries and permissions).
    QString ticketOf(const QString& entity, const QString& id, const QJsonObject& doc);

    // Writes a row from the central store. Records are upserted except the fields in `keepLocal`
    // (groups with local changes still waiting to be pushed); items are inserted once.
    // Returns true when the local database changed.
    bool write(const QString& entity, const QString& id, const QJsonObject& doc, qint64 serverRev,
               const QStringList& keepLocal = {});

private:
    bool writeTicket(const QJsonObject& doc, qint64 rev, const QStringList& keep);
    bool writeIncident(const QJsonObject& doc, qint64 rev, const QStringList& keep);
    bool writeStep(const QString& id, const QJsonObject& doc, qint64 rev, const QStringList& keep);
    bool writeItem(const QString& entity, const QJsonObject& doc);
    bool writeConfig(const QString& id, const QJsonObject& doc, qint64 rev);
    bool writeConflict(const QJsonObject& doc);
    Database& m_db;
};

} // namespace soc::store
