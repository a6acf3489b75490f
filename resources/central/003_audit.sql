-- socstation central store, migration 3: the stations' audit logs (issue 6, R-20, R-28).
-- Append-only: entries arrive only through soc.push_audit, which runs with the owner's rights,
-- stamps the caller (session_user) and refuses entries in someone else's name; nobody (the owner
-- included) updates, deletes or truncates them. Reading is for auditors and administrators.

-- Which analyst's case database each station id is: the first caller to push for it.
CREATE TABLE soc.audit_stations(
  station text PRIMARY KEY,
  owner text NOT NULL,
  first_push_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE soc.audit_log(
  station text NOT NULL REFERENCES soc.audit_stations(station),
  seq bigint NOT NULL CHECK (seq > 0),
  at_ms bigint NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  object_type text NOT NULL,
  object_id text NOT NULL,
  outcome text NOT NULL,
  details jsonb,
  mac bytea NOT NULL CHECK (length(mac) = 32),
  pushed_by text NOT NULL DEFAULT session_user,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (station, seq)
);
CREATE INDEX audit_log_at ON soc.audit_log(at_ms);
CREATE INDEX audit_log_actor ON soc.audit_log(actor, at_ms);

CREATE FUNCTION soc.audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = '42501';
END $$;
CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON soc.audit_log
  FOR EACH ROW EXECUTE FUNCTION soc.audit_log_guard();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON soc.audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION soc.audit_log_guard();
CREATE TRIGGER audit_stations_guard BEFORE UPDATE OR DELETE ON soc.audit_stations
  FOR EACH ROW EXECUTE FUNCTION soc.audit_log_guard();

-- The stored entry and a pushed one are the same: same mac and same content (a changed entry whose
-- mac was left as it was is no duplicate either).
CREATE FUNCTION soc.audit_same(a soc.audit_log, e jsonb, p_mac bytea) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$
  SELECT a.mac = p_mac AND a.at_ms = (e->>'at_ms')::bigint AND a.actor = e->>'actor' AND a.action = e->>'action'
     AND a.object_type = coalesce(e->>'object_type', '') AND a.object_id = coalesce(e->>'object_id', '')
     AND a.outcome = e->>'outcome' AND a.details IS NOT DISTINCT FROM e->'details'
$$;

-- Pushes a station's entries: p_entries is a JSON array of
--   {"seq", "at_ms", "actor", "action", "object_type", "object_id", "outcome", "details", "mac" (hex)}.
-- Returns one row per entry: 'inserted', 'duplicate' (already here, same mac: a retried push) or
-- 'mismatch' (already here with another mac or content; the central mac is returned in hex: the
-- station's entry changed after it was sent).
-- An entry must be in the caller's name, except the entries a station's log holds before the
-- caller's first own one there (an administrator's "account.create" in a new account's database).
CREATE FUNCTION soc.push_audit(p_station text, p_entries jsonb)
  RETURNS TABLE(entry_seq bigint, status text, central_mac text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = soc, pg_catalog AS $$
DECLARE
  v_role text := soc.caller_role();
  v_owner text;
  e jsonb;
  v_seq bigint;
  v_mac bytea;
  v_existing bytea;
  v_same boolean;
BEGIN
  IF v_role = 'ingest' THEN
    PERFORM soc.deny('a sensor account has no audit log to send');
  END IF;
  IF coalesce(p_station, '') = '' OR length(p_station) > 64 THEN
    RAISE EXCEPTION 'station id "%" is not valid', p_station USING ERRCODE = '22023';
  END IF;
  IF jsonb_typeof(p_entries) IS DISTINCT FROM 'array' THEN
    RAISE EXCEPTION 'the audit entries are not a JSON array' USING ERRCODE = '22023';
  END IF;
  INSERT INTO soc.audit_stations(station, owner) VALUES (p_station, session_user) ON CONFLICT (station) DO NOTHING;
  SELECT owner INTO v_owner FROM soc.audit_stations WHERE station = p_station;
  IF v_owner <> session_user THEN
    PERFORM soc.deny(format('the audit log of station %s is %s''s; %s may not add to it', p_station, v_owner, session_user));
  END IF;
  FOR e IN SELECT value FROM jsonb_array_elements(p_entries) ORDER BY (value->>'seq')::bigint LOOP
    v_seq := (e->>'seq')::bigint;
    v_mac := decode(e->>'mac', 'hex');
    SELECT a.mac, soc.audit_same(a, e, v_mac) INTO v_existing, v_same
      FROM soc.audit_log a WHERE a.station = p_station AND a.seq = v_seq;
    IF FOUND THEN
      entry_seq := v_seq;
      status := CASE WHEN v_same THEN 'duplicate' ELSE 'mismatch' END;
      central_mac := CASE WHEN v_same THEN NULL ELSE encode(v_existing, 'hex') END;
      RETURN NEXT;
      CONTINUE;
    END IF;
    IF (e->>'actor') IS DISTINCT FROM session_user::text
       AND EXISTS (SELECT 1 FROM soc.audit_log a WHERE a.station = p_station AND a.actor = session_user AND a.seq < v_seq) THEN
      PERFORM soc.deny(format('audit entry %s of station %s is in the name of %s; %s may send only their own',
                              v_seq, p_station, coalesce(e->>'actor', '?'), session_user));
    END IF;
    INSERT INTO soc.audit_log(station, seq, at_ms, actor, action, object_type, object_id, outcome, details, mac,
                              pushed_by, received_at)
    VALUES (p_station, v_seq, (e->>'at_ms')::bigint, e->>'actor', e->>'action', coalesce(e->>'object_type', ''),
            coalesce(e->>'object_id', ''), e->>'outcome', e->'details', v_mac, session_user, now())
    ON CONFLICT (station, seq) DO NOTHING;
    entry_seq := v_seq;
    central_mac := NULL;
    IF FOUND THEN
      status := 'inserted';
    ELSE -- a concurrent push of the same entry won the race
      SELECT a.mac, soc.audit_same(a, e, v_mac) INTO v_existing, v_same
        FROM soc.audit_log a WHERE a.station = p_station AND a.seq = v_seq;
      status := CASE WHEN v_same THEN 'duplicate' ELSE 'mismatch' END;
      central_mac := CASE WHEN v_same THEN NULL ELSE encode(v_existing, 'hex') END;
    END IF;
    RETURN NEXT;
  END LOOP;
END $$;

REVOKE ALL ON soc.audit_log, soc.audit_stations FROM PUBLIC;
GRANT SELECT ON soc.audit_log, soc.audit_stations TO socstation_auditor, socstation_administrator;
REVOKE ALL ON FUNCTION soc.push_audit(text, jsonb), soc.audit_same(soc.audit_log, jsonb, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION soc.push_audit(text, jsonb)
  TO socstation_analyst, socstation_shift_lead, socstation_manager, socstation_auditor, socstation_administrator;
