#pragma once

#include "sync/SyncStatus.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

namespace soc::store {
class Database;
}

namespace soc::sync {

class PgConnection;

// One station's sync with the central store, as blocking steps on one local connection and one
// PostgreSQL connection (SyncService runs it on its own thread; `socstation sync` runs it directly).
//
// Push: the change journal in order; each entry is one idempotent operation (its op_id) answered
// applied / conflict / rejected / local, and marked in the same local transaction as the server's
// answer is written back. Pull: case records and alerts after the last revision seen, in pages,
// each page and its cursor in one local transaction — a kill at any point loses nothing and
// applies nothing twice.
class SyncEngine {
public:
    struct Options {
        qint64 alertWindowMs = 30LL * 24 * 3600 * 1000; // alerts detected before now - window are not pulled
        int casePage = 1000;
        int alertPage = 20000;
    };

    SyncEngine(store::Database& db, PgConnection& conn, Options options);

    // Pushes every pending journal entry. Throws PgError when the connection fails (the entry
    // being sent stays pending and is retried; the server answers a retry from its record).
    void push(SyncRound& round, const std::atomic_bool* cancel = nullptr);
    // Pulls case records, then alerts, then alerts linked to tickets that are not here yet.
    void pull(SyncRound& round, const std::atomic_bool* cancel = nullptr);
    // push, then pull; returns what happened. Throws PgError like push/pull.
    SyncRound runOnce(const std::atomic_bool* cancel = nullptr);
    // Older alerts on demand: those detected in [fromMs, toMs). Returns how many were written.
    int fetchAlerts(qint64 fromMs, qint64 toMs);

    QString stationId();
    qint64 pendingCount();
    qint64 rejectedCount();
    qint64 conflictCount();

private:
    struct Entry;
    std::optional<QJsonObject> wirePayload(const Entry& e);
    void markAnswered(const Entry& e, const QString& outcome, const QString& detail, const QJsonObject& answer);
    QJsonObject serverState(const Entry& e); // {doc, doc_rev} of the record on the server, or empty
    QStringList pendingFields(const QString& entity, const QString& id);
    int pullCaseRecords(SyncRound& round, const std::atomic_bool* cancel);
    int pullAlerts(const QByteArray& where, const char* cursorKey,
                   const std::atomic_bool* cancel);
    int fetchMissingLinkedAlerts();
    void link(const QString& ticketId, const QString& alertUuid);
    std::optional<qint64> localAlertId(const QString& uuid);
    void writeAlertStatus(qint64 localId, const QJsonObject& doc, qint64 rev);
    qint64 cursor(const char* key);
    void setCursor(const char* key, qint64 value);

    store::Database& m_db;
    PgConnection& m_conn;
    Options m_options;
    QString m_station;
};

} // namespace soc::sync
