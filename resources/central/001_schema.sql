-- socstation central store, migration 1: schema, roles and grants.
-- Applied by `socstation central migrate --url URL` inside one transaction; never edit a released
-- migration, add a new file. Times are milliseconds since the epoch (UTC), as on the stations.

-- Group roles (cluster-wide, NOLOGIN). Each analyst logs in with their own role, member of one.
DO $roles$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['socstation_analyst', 'socstation_shift_lead', 'socstation_manager',
                           'socstation_auditor', 'socstation_administrator', 'socstation_ingest'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- roles are cluster-wide: another database's migration created it meanwhile
      END;
    END IF;
  END LOOP;
END
$roles$;

REVOKE ALL ON SCHEMA soc FROM PUBLIC;
GRANT USAGE ON SCHEMA soc TO socstation_analyst, socstation_shift_lead, socstation_manager,
  socstation_auditor, socstation_administrator, socstation_ingest;

-- Who may sign in to the central store and in which socstation role (R-27 least privilege).
CREATE TABLE soc.analysts(
  username text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('analyst', 'shift_lead', 'manager', 'auditor', 'administrator', 'ingest')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT session_user
);

-- One revision counter for everything a station pulls. Writers take a transaction-level advisory
-- lock before drawing a revision, so revisions become visible in increasing order and a station
-- that has seen revision N has seen everything below it.
CREATE SEQUENCE soc.revision;
CREATE FUNCTION soc.next_rev() RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = soc, pg_catalog AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7245110001);
  RETURN nextval('soc.revision');
END $$;

-- Alerts from the sensors (`socstation ingest --central`). Stations keep a window of them.
CREATE TABLE soc.alerts(
  uuid uuid PRIMARY KEY,
  fingerprint bytea NOT NULL UNIQUE,
  detected_at bigint NOT NULL,
  src_offset integer,
  source text NOT NULL,
  subsystem text NOT NULL,
  severity smallint NOT NULL,
  signature_id text,
  signature text NOT NULL,
  category text,
  src_ip text,
  src_port integer,
  dst_ip text,
  dst_port integer,
  protocol text,
  host text,
  mitre text,
  raw bytea NOT NULL,
  status smallint NOT NULL DEFAULT 0,
  status_reason text,
  status_by text,
  status_at bigint,
  status_rev bigint NOT NULL DEFAULT 0,
  status_station text,
  ingested_by text NOT NULL DEFAULT session_user,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  rev bigint NOT NULL
);
CREATE INDEX alerts_rev ON soc.alerts(rev);
CREATE INDEX alerts_detected ON soc.alerts(detected_at);

CREATE FUNCTION soc.alerts_stamp() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = soc, pg_catalog AS $$
BEGIN
  NEW.rev := soc.next_rev();
  IF TG_OP = 'INSERT' THEN
    NEW.ingested_by := session_user;
    NEW.ingested_at := now();
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER alerts_stamp BEFORE INSERT OR UPDATE ON soc.alerts FOR EACH ROW EXECUTE FUNCTION soc.alerts_stamp();

-- Case records: tickets, incidents, response steps and settings are edited in groups of fields
-- (status, assignee, ...) with a revision per group; timeline events, evidence, custody entries,
-- alert links and conflicts are append-only. `doc` holds the station's row, field for field.
CREATE TABLE soc.case_records(
  entity text NOT NULL,
  id text NOT NULL,
  ticket_id text,
  append_only boolean NOT NULL,
  doc jsonb NOT NULL,
  group_revs jsonb NOT NULL DEFAULT '{}',
  group_station jsonb NOT NULL DEFAULT '{}',
  group_by jsonb NOT NULL DEFAULT '{}',
  rev bigint NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (entity, id)
);
CREATE INDEX case_records_rev ON soc.case_records(rev);
CREATE INDEX case_records_ticket ON soc.case_records(ticket_id, entity);
CREATE UNIQUE INDEX case_records_ticket_code ON soc.case_records((doc->>'code')) WHERE entity = 'ticket';
CREATE INDEX case_records_linked_alert ON soc.case_records((doc->>'alert_uuid')) WHERE entity = 'ticket_alert';

-- Append-only rows stay as written, whoever asks (even the owner of the table).
CREATE FUNCTION soc.case_records_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'case records are never deleted' USING ERRCODE = '42501';
  END IF;
  IF OLD.append_only THEN
    RAISE EXCEPTION '% % is append-only', OLD.entity, OLD.id USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER case_records_guard BEFORE UPDATE OR DELETE ON soc.case_records
  FOR EACH ROW EXECUTE FUNCTION soc.case_records_guard();

-- Every operation a station pushed, by its id: a retried push is answered from here, applied once.
CREATE TABLE soc.applied_ops(
  op_id uuid PRIMARY KEY,
  station text NOT NULL,
  author text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  op text NOT NULL,
  result jsonb NOT NULL,
  rev bigint NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);

-- How far each sensor has read each alert file; written in the same transaction as the alerts.
CREATE TABLE soc.ingest_cursors(
  sensor text NOT NULL DEFAULT current_user,
  source text NOT NULL,
  file_id text NOT NULL,
  position bigint NOT NULL,
  records bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sensor, source)
);
ALTER TABLE soc.ingest_cursors ENABLE ROW LEVEL SECURITY;
CREATE POLICY ingest_cursors_own ON soc.ingest_cursors
  USING (sensor = current_user) WITH CHECK (sensor = current_user);

-- Wake the stations: one notification per transaction that changed something they pull.
CREATE FUNCTION soc.notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('socstation_changes', TG_TABLE_NAME);
  RETURN NULL;
END $$;
CREATE TRIGGER alerts_notify AFTER INSERT OR UPDATE ON soc.alerts
  FOR EACH STATEMENT EXECUTE FUNCTION soc.notify_change();
CREATE TRIGGER case_records_notify AFTER INSERT OR UPDATE ON soc.case_records
  FOR EACH STATEMENT EXECUTE FUNCTION soc.notify_change();

-- Reading is for every socstation role; writing only through the functions of migration 2,
-- except the sensors' inserts of new alerts (columns listed, status excluded).
GRANT SELECT ON soc.alerts, soc.case_records TO socstation_analyst, socstation_shift_lead,
  socstation_manager, socstation_auditor, socstation_administrator;
GRANT SELECT ON soc.analysts TO socstation_analyst, socstation_shift_lead, socstation_manager,
  socstation_auditor, socstation_administrator;
GRANT SELECT (op_id, station, author, entity, entity_id, op, rev, applied_at) ON soc.applied_ops
  TO socstation_manager, socstation_auditor, socstation_administrator;
GRANT INSERT (uuid, fingerprint, detected_at, src_offset, source, subsystem, severity, signature_id, signature,
              category, src_ip, src_port, dst_ip, dst_port, protocol, host, mitre, raw) ON soc.alerts TO socstation_ingest;
GRANT SELECT (uuid, fingerprint) ON soc.alerts TO socstation_ingest;
GRANT SELECT, INSERT, UPDATE ON soc.ingest_cursors TO socstation_ingest;
GRANT SELECT ON soc.schema_version TO socstation_analyst, socstation_shift_lead, socstation_manager,
  socstation_auditor, socstation_administrator, socstation_ingest;
