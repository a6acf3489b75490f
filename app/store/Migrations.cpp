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
    // Case work: tickets, incidents and their seven steps, the append-only timeline, evidence.
    Migration{2, R"sql(
CREATE TABLE ticket_codes(year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE tickets(
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  severity INTEGER NOT NULL,
  status INTEGER NOT NULL,
  assignee TEXT NOT NULL DEFAULT '',
  agency TEXT NOT NULL DEFAULT '',
  channel INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  ack_due INTEGER NOT NULL,
  resolve_due INTEGER NOT NULL,
  acknowledged_at INTEGER NOT NULL DEFAULT 0,
  resolved_at INTEGER NOT NULL DEFAULT 0,
  closed_at INTEGER NOT NULL DEFAULT 0,
  is_incident INTEGER NOT NULL DEFAULT 0,
  alert_count INTEGER NOT NULL DEFAULT 0,
  due_at INTEGER NOT NULL DEFAULT 0 -- the deadline that matters now; 0 when done
);
CREATE INDEX tickets_updated ON tickets(updated_at);
CREATE INDEX tickets_created ON tickets(created_at);
CREATE INDEX tickets_status_updated ON tickets(status, updated_at);
CREATE INDEX tickets_assignee_updated ON tickets(assignee, updated_at);
CREATE INDEX tickets_severity_updated ON tickets(severity, updated_at);
-- Covering indexes for the queue's per-status counts under each quick filter.
CREATE INDEX tickets_assignee_status ON tickets(assignee, status);
CREATE INDEX tickets_agency_status ON tickets(agency, status);
CREATE INDEX tickets_agency_updated ON tickets(agency, updated_at);
CREATE INDEX tickets_severity_status ON tickets(severity, status);
CREATE INDEX tickets_due_status ON tickets(due_at, status);
CREATE VIRTUAL TABLE tickets_fts USING fts5(
  code, title, description, agency,
  content='tickets', content_rowid='rid',
  tokenize="unicode61 remove_diacritics 2 tokenchars '-_.'"
);
CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
  INSERT INTO tickets_fts(rowid, code, title, description, agency) VALUES(new.rid, new.code, new.title, new.description, new.agency);
END;
CREATE TRIGGER tickets_fts_update AFTER UPDATE OF code, title, description, agency ON tickets BEGIN
  INSERT INTO tickets_fts(tickets_fts, rowid, code, title, description, agency) VALUES('delete', old.rid, old.code, old.title, old.description, old.agency);
  INSERT INTO tickets_fts(rowid, code, title, description, agency) VALUES(new.rid, new.code, new.title, new.description, new.agency);
END;
CREATE TRIGGER tickets_no_delete BEFORE DELETE ON tickets BEGIN
  SELECT RAISE(ABORT, 'tickets are never deleted; close them');
END;

CREATE TABLE ticket_alerts(ticket_id TEXT NOT NULL, alert_id INTEGER NOT NULL, PRIMARY KEY(ticket_id, alert_id)) WITHOUT ROWID;
CREATE INDEX ticket_alerts_alert ON ticket_alerts(alert_id);

CREATE TABLE incidents(
  ticket_id TEXT PRIMARY KEY,
  severity INTEGER NOT NULL,
  type INTEGER NOT NULL,
  criteria INTEGER NOT NULL DEFAULT 0,
  affected_system TEXT NOT NULL DEFAULT '',
  system_level INTEGER NOT NULL DEFAULT 0,
  owning_agency TEXT NOT NULL DEFAULT '',
  detected_at INTEGER NOT NULL,
  reported_at INTEGER NOT NULL,
  declared_at INTEGER NOT NULL,
  beyond_capability_at INTEGER NOT NULL DEFAULT 0,
  response_ended_at INTEGER NOT NULL DEFAULT 0,
  lessons_learned TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT '',
  closed_at INTEGER NOT NULL DEFAULT 0,
  notified_superior INTEGER NOT NULL DEFAULT 0,
  notified_department INTEGER NOT NULL DEFAULT 0,
  notified_police INTEGER NOT NULL DEFAULT 0,
  notified_coordinator INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE response_steps(
  ticket_id TEXT NOT NULL,
  number INTEGER NOT NULL CHECK(number BETWEEN 1 AND 7),
  state INTEGER NOT NULL DEFAULT 0,
  owner TEXT NOT NULL DEFAULT '',
  started_at INTEGER NOT NULL DEFAULT 0,
  finished_at INTEGER NOT NULL DEFAULT 0,
  skip_reason TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  checklist INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(ticket_id, number)
) WITHOUT ROWID;

-- Append-only: corrections are new events that supersede older ones.
CREATE TABLE timeline_events(
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  ticket_id TEXT NOT NULL,
  kind INTEGER NOT NULL,
  occurred_at INTEGER NOT NULL,
  occurred_offset INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL,
  author TEXT NOT NULL,
  step INTEGER NOT NULL DEFAULT 0,
  summary TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '{}',
  supersedes TEXT,
  containment INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX timeline_ticket_time ON timeline_events(ticket_id, occurred_at, recorded_at);
CREATE INDEX timeline_supersedes ON timeline_events(supersedes) WHERE supersedes IS NOT NULL;
CREATE TRIGGER timeline_no_update BEFORE UPDATE ON timeline_events BEGIN
  SELECT RAISE(ABORT, 'timeline events are append-only');
END;
CREATE TRIGGER timeline_no_delete BEFORE DELETE ON timeline_events BEGIN
  SELECT RAISE(ABORT, 'timeline events are append-only');
END;

CREATE TABLE evidence(
  id TEXT PRIMARY KEY,
  ticket_id TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  source_system TEXT NOT NULL DEFAULT '',
  collected_by TEXT NOT NULL,
  collected_at INTEGER NOT NULL,
  added_at INTEGER NOT NULL,
  size INTEGER NOT NULL,
  sha256 BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX evidence_ticket ON evidence(ticket_id, added_at);
CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence BEGIN
  SELECT RAISE(ABORT, 'evidence records are append-only');
END;
CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence BEGIN
  SELECT RAISE(ABORT, 'evidence records are append-only');
END;
CREATE TABLE custody(
  rid INTEGER PRIMARY KEY,
  evidence_id TEXT NOT NULL,
  action INTEGER NOT NULL,
  at INTEGER NOT NULL,
  by TEXT NOT NULL,
  counterpart TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX custody_evidence ON custody(evidence_id, at);
CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody BEGIN
  SELECT RAISE(ABORT, 'custody entries are append-only');
END;
CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody BEGIN
  SELECT RAISE(ABORT, 'custody entries are append-only');
END;
)sql"},
    // Sync with the central store: server revisions, the journal's answers, pull cursors, conflicts.
    Migration{3, R"sql(
ALTER TABLE change_journal ADD COLUMN base_rev INTEGER NOT NULL DEFAULT 0; -- server revision the change was based on
ALTER TABLE change_journal ADD COLUMN outcome TEXT;        -- applied, conflict, rejected, local (the server's answer)
ALTER TABLE change_journal ADD COLUMN outcome_detail TEXT; -- why, when rejected
CREATE INDEX change_journal_entity_pending ON change_journal(entity, entity_id) WHERE pushed_at IS NULL;
CREATE INDEX change_journal_rejected ON change_journal(seq) WHERE outcome = 'rejected';
ALTER TABLE tickets ADD COLUMN server_rev INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN server_rev INTEGER NOT NULL DEFAULT 0;
ALTER TABLE response_steps ADD COLUMN server_rev INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alerts ADD COLUMN server_rev INTEGER NOT NULL DEFAULT 0;

-- Custody entries get a stable id so that every station holds each of them exactly once.
DROP TRIGGER custody_no_update;
ALTER TABLE custody ADD COLUMN id TEXT;
UPDATE custody SET id = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX custody_id ON custody(id);
CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody BEGIN
  SELECT RAISE(ABORT, 'custody entries are append-only');
END;

CREATE TABLE sync_state(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES('station_id', lower(hex(randomblob(16))));

-- Conflicts recorded by the central store (the losing value of a field, kept visible).
CREATE TABLE sync_conflicts(
  id TEXT PRIMARY KEY,
  ticket_id TEXT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  grp TEXT NOT NULL,
  kept TEXT NOT NULL,
  kept_by TEXT,
  lost TEXT NOT NULL,
  lost_by TEXT,
  at INTEGER NOT NULL,
  seen INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX sync_conflicts_at ON sync_conflicts(at);

-- Alert links that arrived before their alert: fetched from the central store by uuid.
CREATE TABLE sync_missing_links(ticket_id TEXT NOT NULL, alert_uuid TEXT NOT NULL, PRIMARY KEY(ticket_id, alert_uuid)) WITHOUT ROWID;
)sql"},
    // Official documents (issue 5): Mẫu 05 columns on incidents, report numbering, issued reports,
    // the Mẫu 03 form fields the incident does not hold.
    Migration{4, R"sql(
ALTER TABLE incidents ADD COLUMN handling INTEGER NOT NULL DEFAULT 0; -- 0 in-house, 1 other organisations, 2 foreign
ALTER TABLE incidents ADD COLUMN support_requested INTEGER NOT NULL DEFAULT 0; -- from the national coordinator
ALTER TABLE incidents ADD COLUMN estimated_damage INTEGER NOT NULL DEFAULT 0;  -- VND
ALTER TABLE incidents ADD COLUMN helping_organisations TEXT NOT NULL DEFAULT '';

-- "Số: 05/BC-SOC": one sequence per type code (BC, BB) and year.
CREATE TABLE report_numbers(type_code TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL,
  PRIMARY KEY(type_code, year)) WITHOUT ROWID;

CREATE TABLE issued_reports(
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,          -- mau03, mau04, record, incident, periodic, mau05, handover
  number INTEGER NOT NULL,
  code TEXT NOT NULL,          -- 05/BC-SOC
  year INTEGER NOT NULL,
  issued_at INTEGER NOT NULL,
  issuer TEXT NOT NULL,
  ticket_id TEXT,
  period_from INTEGER,
  period_to INTEGER
) WITHOUT ROWID;
CREATE INDEX issued_reports_ticket ON issued_reports(ticket_id, kind, issued_at) WHERE ticket_id IS NOT NULL;
CREATE INDEX issued_reports_time ON issued_reports(issued_at);

-- Mẫu 03 fields the incident does not hold, as one JSON document per incident.
CREATE TABLE incident_forms(ticket_id TEXT PRIMARY KEY, doc TEXT NOT NULL DEFAULT '{}', updated_at INTEGER NOT NULL)
  WITHOUT ROWID;
)sql"},
    // Audit log (issue 6, R-20, R-28): append-only, each entry's mac chains it to the one before
    // (store/AuditLog.cpp). The triggers refuse changes; the chain detects what gets past them.
    Migration{5, R"sql(
CREATE TABLE audit_log(
  seq INTEGER PRIMARY KEY,
  at_ms INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  outcome TEXT NOT NULL,
  details TEXT NOT NULL,
  mac BLOB NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql"},
    // Accounts (issue 6, R-24, R-27): an optional end of validity, and the verifiers (scrypt) of
    // the last passwords so they are not reused.
    Migration{6, R"sql(
ALTER TABLE accounts ADD COLUMN expires_at INTEGER;
ALTER TABLE accounts ADD COLUMN reactivated_at INTEGER;
CREATE TABLE password_history(
  account_id TEXT NOT NULL,
  changed_at INTEGER NOT NULL,
  verifier TEXT NOT NULL
);
CREATE INDEX password_history_account ON password_history(account_id, changed_at);
)sql"},
    // Backup register (issue 6, R-30): one row per backup file written (store/BackupRegister.cpp);
    // workspace_id is the workspace marker's id, so a restored copy never prunes the original's files.
    Migration{7, R"sql(
CREATE TABLE backups(
  id INTEGER PRIMARY KEY,
  started_at INTEGER NOT NULL,
  finished_at INTEGER NOT NULL,
  destination TEXT NOT NULL,
  file TEXT NOT NULL,
  size INTEGER NOT NULL DEFAULT 0,
  sha256 TEXT NOT NULL DEFAULT '',
  verified INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  workspace_id TEXT NOT NULL DEFAULT '',
  pruned_at INTEGER
);
CREATE INDEX backups_destination ON backups(destination, finished_at);
INSERT OR IGNORE INTO meta(key, value) VALUES('backup.destinations', '[]'), ('backup.time', '02:00'), ('backup.keep', '14');
)sql"},
    // Audit log (issue 6, R-20): indexes for the viewer's filters, the sync cursor (entries up to it
    // are on the central store), the retention (months, at least 6) and the checkpoint that pruning
    // leaves behind: the seq and mac of the last removed entry, where AuditLog::verify starts. An
    // entry may be deleted only when the checkpoint covers it, and the checkpoint moves forward only
    // over entries that are synced and older than the retention; the newest entry always stays.
    Migration{8, R"sql(
CREATE INDEX audit_log_at ON audit_log(at_ms);
CREATE INDEX audit_log_actor ON audit_log(actor, seq);
INSERT OR IGNORE INTO sync_state(key, value) VALUES('audit_seq', '0');
INSERT OR IGNORE INTO meta(key, value) VALUES('audit.retention_months', '12');
CREATE TABLE audit_checkpoint(
  id INTEGER PRIMARY KEY CHECK(id = 1),
  seq INTEGER NOT NULL,
  mac BLOB NOT NULL,
  at_ms INTEGER NOT NULL,
  pruned_at INTEGER NOT NULL
);
INSERT INTO audit_checkpoint(id, seq, mac, at_ms, pruned_at) VALUES(1, 0, zeroblob(32), 0, 0);
CREATE TRIGGER audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint
BEGIN SELECT RAISE(ABORT, 'the audit checkpoint is never deleted'); END;
CREATE TRIGGER audit_checkpoint_forward BEFORE UPDATE ON audit_checkpoint
WHEN new.id <> 1 OR new.seq <= old.seq
  OR new.seq >= (SELECT max(seq) FROM audit_log)
  OR new.seq > CAST((SELECT value FROM sync_state WHERE key = 'audit_seq') AS INTEGER)
  OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = new.seq AND mac = new.mac AND at_ms = new.at_ms)
  OR EXISTS (SELECT 1 FROM audit_log WHERE seq <= new.seq AND at_ms >= CAST(strftime('%s', 'now') AS INTEGER) * 1000
             - max(6, CAST((SELECT value FROM meta WHERE key = 'audit.retention_months') AS INTEGER)) * 2629746000)
BEGIN SELECT RAISE(ABORT, 'the audit checkpoint moves only over entries that are synced and past the retention'); END;
DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN old.seq > (SELECT seq FROM audit_checkpoint WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql"},
    // Duty shifts (issue 7, R-33, R-34): the roster (who is on which shift slot, who leads it), the
    // append-only duty log and the handovers (accepted once). Slots are keyed "YYYY-MM-DD/N"
    // (domain/ShiftSlot.h) and keep their times, so a later change of the pattern leaves them as they were.
    Migration{9, R"sql(
CREATE TABLE shift_roster(
  shift_key TEXT NOT NULL,
  username TEXT NOT NULL,
  is_lead INTEGER NOT NULL DEFAULT 0,
  shift_start INTEGER NOT NULL,
  shift_end INTEGER NOT NULL,
  assigned_by TEXT NOT NULL,
  assigned_at INTEGER NOT NULL,
  PRIMARY KEY(shift_key, username)
) WITHOUT ROWID;
CREATE UNIQUE INDEX shift_roster_one_lead ON shift_roster(shift_key) WHERE is_lead = 1;
CREATE INDEX shift_roster_time ON shift_roster(shift_start, shift_end);

CREATE TABLE duty_log(
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  shift_key TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  author TEXT NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('event', 'check', 'maintenance_before', 'maintenance_after', 'call')),
  text TEXT NOT NULL,
  recorded_at INTEGER NOT NULL
);
CREATE INDEX duty_log_shift ON duty_log(shift_key, at_ms, rid);
CREATE TRIGGER duty_log_no_update BEFORE UPDATE ON duty_log
BEGIN SELECT RAISE(ABORT, 'the duty log is append-only'); END;
CREATE TRIGGER duty_log_no_delete BEFORE DELETE ON duty_log
BEGIN SELECT RAISE(ABORT, 'the duty log is append-only'); END;

CREATE TABLE shift_handovers(
  shift_key TEXT PRIMARY KEY,
  shift_start INTEGER NOT NULL,
  shift_end INTEGER NOT NULL,
  prepared_by TEXT NOT NULL,
  prepared_at INTEGER NOT NULL,
  snapshot TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  accepted_by TEXT,
  accepted_at INTEGER,
  reassigned INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX shift_handovers_time ON shift_handovers(shift_start);
CREATE TRIGGER shift_handovers_accepted_once BEFORE UPDATE ON shift_handovers
WHEN old.accepted_at IS NOT NULL OR new.shift_key <> old.shift_key
BEGIN SELECT RAISE(ABORT, 'a shift handover is accepted once and never changes afterwards'); END;
CREATE TRIGGER shift_handovers_no_delete BEFORE DELETE ON shift_handovers
BEGIN SELECT RAISE(ABORT, 'shift handovers are never deleted'); END;
)sql"},
    // Agency directory, escalation matrix, asset register and requests to agencies (issue 7: R-13,
    // R-16, R-17, R-31). Agencies are keyed by the directory's short code; networks hold canonical
    // CIDR blocks, ranges, addresses (domain/IpRange) or lower-case domains, each owned by one agency.
    Migration{10, R"sql(
CREATE TABLE agencies(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('provincial_department', 'commune_committee', 'police', 'national_coordinator', 'isp', 'other')),
  parent_id TEXT REFERENCES agencies(id),
  notes TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX agencies_name ON agencies(name);
CREATE TABLE agency_contacts(
  id TEXT PRIMARY KEY,
  agency_id TEXT NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  UNIQUE(agency_id, name)
);
CREATE TABLE agency_networks(
  network TEXT PRIMARY KEY,
  agency_id TEXT NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK(kind IN ('ip', 'domain'))
) WITHOUT ROWID;
CREATE INDEX agency_networks_agency ON agency_networks(agency_id);
CREATE TABLE escalation_matrix(
  id INTEGER PRIMARY KEY,
  severity INTEGER NOT NULL CHECK(severity BETWEEN 1 AND 4),
  position INTEGER NOT NULL,
  agency_id TEXT NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  contact_id TEXT REFERENCES agency_contacts(id) ON DELETE SET NULL,
  channel TEXT NOT NULL CHECK(channel IN ('phone', 'official_email', 'document', 'fax')),
  target TEXT,
  UNIQUE(severity, position)
);
CREATE TABLE assets(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL DEFAULT '',
  ip TEXT NOT NULL DEFAULT '',
  mac TEXT NOT NULL DEFAULT '',
  agency_id TEXT REFERENCES agencies(id),
  security_level INTEGER NOT NULL DEFAULT 0 CHECK(security_level BETWEEN 0 AND 5),
  criticality TEXT NOT NULL DEFAULT 'medium' CHECK(criticality IN ('low', 'medium', 'high', 'critical')),
  notes TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX assets_ip ON assets(ip) WHERE ip <> '';
CREATE INDEX assets_mac ON assets(mac) WHERE mac <> '';
CREATE TABLE agency_requests(
  number INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  ticket_id TEXT REFERENCES tickets(id),
  agency_id TEXT NOT NULL REFERENCES agencies(id),
  text TEXT NOT NULL,
  channel TEXT NOT NULL DEFAULT 'official_email' CHECK(channel IN ('phone', 'official_email', 'document', 'fax')),
  created_by TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  due_at INTEGER NOT NULL,
  answered_at INTEGER,
  answer TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK(status IN ('open', 'answered'))
);
CREATE INDEX agency_requests_open ON agency_requests(due_at) WHERE status = 'open';
CREATE INDEX agency_requests_ticket ON agency_requests(ticket_id) WHERE ticket_id IS NOT NULL;
)sql"},
    // The SOC-wide records of 24/7 duty sync through the central store (store/SharedRecords): the
    // server revision each local roster slot, handover, agency, asset, matrix and request is based on.
    Migration{11, R"sql(
CREATE TABLE shared_revs(
  entity TEXT NOT NULL,
  id TEXT NOT NULL,
  server_rev INTEGER NOT NULL,
  PRIMARY KEY(entity, id)
) WITHOUT ROWID;
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
