#pragma once

#include <QMetaType>
#include <QString>

namespace soc::sync {

// What the station's sync is doing, for the status bar, the sync panel and `socstation sync`.
struct SyncStatus {
    enum class State {
        NotConfigured, // this workspace has no central store: it works on its own
        Connecting,    // first attempt, or retrying now
        Online,        // connected and up to date (or catching up)
        Offline,       // the central store cannot be reached: working locally, retrying with backoff
        Refused        // the central store refused the sign-in or the schema is wrong: needs a person
    };
    State state = State::NotConfigured;
    QString serverUrl;       // without user or password
    qint64 pending = 0;      // local changes waiting to be sent
    qint64 rejected = 0;     // local changes the central store refused (permission), kept for review
    qint64 conflicts = 0;    // conflicts recorded on the central store that this station has pulled
    qint64 lastSyncMs = 0;   // end of the last successful round (0 = never)
    qint64 nextRetryMs = 0;  // when Offline: the next attempt
    int latencyMs = -1;      // round trip of the last round's first request
    QString lastError;       // translated, empty when fine
};

// The outcome of one sync round (push then pull).
struct SyncRound {
    int pushed = 0;    // journal entries the server answered (applied, duplicate, conflict or rejected)
    int pulled = 0;    // records and alerts written into the local database
    int conflicts = 0; // conflicts this round produced or brought in
    int rejected = 0;  // operations the server refused this round
    qint64 pending = 0;
    int auditSent = 0;       // audit entries the central store received this round (sync/AuditPusher)
    int auditMismatches = 0; // audit entries whose central copy differs: tampering, recorded locally
};

} // namespace soc::sync

Q_DECLARE_METATYPE(soc::sync::SyncStatus)
