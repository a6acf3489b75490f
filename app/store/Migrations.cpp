#include "store/Migrations.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <array>

namespace soc::store {
namespace {

struct Migration {
    int version;
    const char* sql;
};

// Never edit a released migration; add a new one.
constexpr std::array kMigrations{
    Migration{1, R"sql(
CREATE TABLE schema_version(version INTEGER NOT NULL, applied_at INTEGER NOT NULL);
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE accounts(
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  password_changed_at INTEGER NOT NULL,
  last_login_at INTEGER,
  must_change_password INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'active'
);

-- Change journal (outbox): every change that sync must push, written in the same transaction as
-- the change itself. Pushed in seq order; op_id makes a retried push idempotent.
CREATE TABLE change_journal(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  op_id TEXT NOT NULL UNIQUE,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL,
  payload TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  pushed_at INTEGER
);
CREATE INDEX change_journal_pending ON change_journal(seq) WHERE pushed_at IS NULL;

-- Alerts: the list columns only; the original record lives in alert_raw so that scans and
-- pages stay small.
CREATE TABLE alerts(
  id INTEGER PRIMARY KEY,
  fingerprint BLOB NOT NULL UNIQUE,
  detected_at INTEGER NOT NULL,
  src_offset INTEGER,
  source TEXT NOT NULL,
  subsystem TEXT NOT NULL,
  severity INTEGER NOT NULL,
  status INTEGER NOT NULL DEFAULT 0,
  signature_id TEXT,
  signature TEXT NOT NULL,
  category TEXT,
  src_ip TEXT,
  src_port INTEGER,
  dst_ip TEXT,
  dst_port INTEGER,
  protocol TEXT,
  host TEXT,
  mitre TEXT,
  status_reason TEXT,
  status_by TEXT,
  status_at INTEGER,
  imported_at INTEGER NOT NULL
);
CREATE TABLE alert_raw(id INTEGER PRIMARY KEY REFERENCES alerts(id) ON DELETE CASCADE, raw BLOB NOT NULL);
CREATE INDEX alerts_time ON alerts(detected_at);
CREATE INDEX alerts_severity_time ON alerts(severity, detected_at);
CREATE INDEX alerts_status_time ON alerts(status, detected_at);

-- Free text over signature, category, addresses and hosts. '.' and ':' stay inside tokens so an
-- IPv4/IPv6 address or a host name is one token (prefix queries match subnets: "10.0.*").
CREATE VIRTUAL TABLE alerts_fts USING fts5(
  signature, category, src_ip, dst_ip, host, source,
  content='alerts', content_rowid='id',
  tokenize="unicode61 remove_diacritics 2 tokenchars '.:_'"
);
CREATE TRIGGER alerts_fts_delete AFTER DELETE ON alerts BEGIN
  INSERT INTO alerts_fts(alerts_fts, rowid, signature, category, src_ip, dst_ip, host, source)
  VALUES('delete', old.id, old.signature, old.category, old.src_ip, old.dst_ip, old.host, old.source);
END;
)sql"},
};

} // namespace

int Migrations::latestVersion() { return kMigrations.back().version; }

int Migrations::currentVersion(Database& db)
{
    auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!exists.step())
        return 0;
    auto st = db.prepare("SELECT coalesce(max(version), 0) FROM schema_version");
    st.step();
    return st.int32(0);
}

void Migrations::apply(Database& db)
{
    const int current = currentVersion(db);
    if (current > latestVersion())
        throw DatabaseError(ErrorCode::NotSocstation,
                            QCoreApplication::translate("Migrations",
                                                        "The case database has schema version %1, newer than this "
                                                        "version of socstation understands (%2). Update socstation.")
                                .arg(current)
                                .arg(latestVersion()));
    for (const Migration& m : kMigrations) {
        if (m.version <= current)
            continue;
        Transaction tx(db);
        db.exec(m.sql);
        auto st = db.prepare("INSERT INTO schema_version(version, applied_at) VALUES(?, strftime('%s','now') * 1000)");
        st.bind(1, m.version).exec();
        tx.commit();
    }
}

} // namespace soc::store
