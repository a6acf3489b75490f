#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace soc::store {

class Database;

// The SOC-wide records of 24/7 duty (issue 7) in their wire form for the central store, next to
// the case records of SyncRecords: every station sees the same roster, duty log, handovers,
// agency directory, escalation matrix, asset register and requests to agencies.
//
// Records (edited, whole documents, last writer wins per group, conflicts kept):
//   shift_pattern     id = "shift_pattern" {value: the pattern's JSON} (the meta key)
//   shift_slot        id = shift key       {shift_key, shift_start, shift_end, members: [...]}
//   handover          id = shift key       the shift_handovers row; accepted once
//   agency            id = agency code     the row with its contacts and networks
//   asset             id = asset id        the row; {"deleted": 1} once removed
//   escalation_matrix id = "matrix"        {rows: [...]}
//   agency_request    id = request uuid    the row (without its local number)
// Items (append-only): duty_log.
//
// The server revision each local record is based on lives in shared_revs (migration 11).
class SharedRecords {
public:
    explicit SharedRecords(Database& db);

    static bool isRecord(const QString& entity);
    static bool isItem(const QString& entity);
    static QJsonObject groupsFor(const QString& entity, const QString& op);

    QJsonObject read(const QString& entity, const QString& id);
    qint64 serverRev(const QString& entity, const QString& id);
    // Writes a record or item from the central store. A record with local changes still waiting
    // (`keepLocal` not empty) keeps the local document until they are pushed; an accepted
    // handover never changes. Returns true when the local database changed.
    bool write(const QString& entity, const QString& id, const QJsonObject& doc, qint64 serverRev,
               const QStringList& keepLocal);

private:
    void setServerRev(const QString& entity, const QString& id, qint64 rev);
    QJsonObject readSlot(const QString& key);
    QJsonObject readAgency(const QString& id);
    QJsonObject readMatrix();
    bool writeSlot(const QString& key, const QJsonObject& doc);
    bool writeHandover(const QString& key, const QJsonObject& doc);
    bool writeAgency(const QString& id, const QJsonObject& doc);
    bool writeAsset(const QString& id, const QJsonObject& doc);
    bool writeMatrix(const QJsonObject& doc);
    bool writeRequest(const QJsonObject& doc);
    bool exists(const char* sql, const QString& key);

    Database& m_db;
};

} // namespace soc::store
