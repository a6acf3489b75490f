-- socstation central store, migration 2: the operations stations push, with the permission checks.
-- Analysts have no INSERT/UPDATE/DELETE on the tables: every change goes through soc.apply_op,
-- which runs with the owner's rights, checks what the caller's role may do, and stamps the change
-- with the caller (session_user) and the server's time. A modified client cannot go around it.

-- The caller's socstation role, or an error when they are not (or no longer) an analyst here.
CREATE FUNCTION soc.caller_role() RETURNS text
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = soc, pg_catalog AS $$
DECLARE v_role text;
BEGIN
  SELECT role INTO v_role FROM soc.analysts WHERE username = session_user AND active;
  IF v_role IS NULL THEN
    RAISE EXCEPTION '"%" is not an active socstation account on this central store', session_user
      USING ERRCODE = '42501';
  END IF;
  RETURN v_role;
END $$;

CREATE FUNCTION soc.deny(p_message text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', p_message USING ERRCODE = '42501';
END $$;

-- What each role may change (R-27): auditors read only; administrators keep the settings but do
-- not work cases; closing an incident (its record, or its ticket's status) is for the shift lead
-- or a manager; an analyst assigns tickets only to themselves. `p_old` is the record as it is.
CREATE FUNCTION soc.check_permission(p_role text, p_entity text, p_op text, p_group text, p_new jsonb, p_old jsonb)
  RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_role = 'auditor' THEN
    PERFORM soc.deny(format('role %s is read-only', p_role));
  END IF;
  IF p_role = 'ingest' THEN
    PERFORM soc.deny('a sensor account only adds alerts');
  END IF;
  IF p_entity = 'config' THEN
    IF p_role NOT IN ('manager', 'administrator') THEN
      PERFORM soc.deny(format('role %s may not change the service levels', p_role));
    END IF;
    RETURN;
  END IF;
  IF p_role = 'administrator' THEN
    PERFORM soc.deny('role administrator manages accounts and settings, not cases');
  END IF;
  IF p_entity = 'incident' AND p_group = 'closure' AND coalesce((p_new->>'closed_at')::bigint, 0) > 0
     AND p_role NOT IN ('shift_lead', 'manager') THEN
    PERFORM soc.deny(format('role %s may not close an incident; the shift lead or a manager closes it', p_role));
  END IF;
  IF p_entity = 'ticket' AND p_group = 'status' AND coalesce((p_new->>'status')::int, 0) = 4 -- closed
     AND coalesce((p_old->>'is_incident')::int, 0) = 1 AND p_role NOT IN ('shift_lead', 'manager') THEN
    PERFORM soc.deny(format('role %s may not close an incident; the shift lead or a manager closes it', p_role));
  END IF;
  IF p_entity = 'ticket' AND p_group = 'assignee' AND p_role = 'analyst'
     AND coalesce(p_new->>'assignee', '') NOT IN ('', session_user) THEN
    PERFORM soc.deny('role analyst may assign a ticket only to themselves');
  END IF;
END $$;

CREATE FUNCTION soc.subset(p_doc jsonb, p_fields jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_object_agg(f, p_doc->f), '{}'::jsonb)
  FROM jsonb_array_elements_text(p_fields) AS f
$$;

-- Appends a conflict: the losing value is kept, as a conflict record and, for case records, as an
-- event on the ticket's timeline (kind 9 = conflict) so the analysts see it.
CREATE FUNCTION soc.record_conflict(p_rev bigint, p_entity text, p_id text, p_ticket text, p_group text,
                                    p_kept jsonb, p_kept_by text, p_lost jsonb, p_station text) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  v_now bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
  v_id text := gen_random_uuid()::text;
  v_event text := gen_random_uuid()::text;
  v_details jsonb := jsonb_build_object('entity', p_entity, 'entity_id', p_id, 'group', p_group,
                                        'kept', p_kept, 'kept_by', p_kept_by, 'lost', p_lost,
                                        'lost_by', session_user, 'lost_station', p_station);
BEGIN
  INSERT INTO soc.case_records(entity, id, ticket_id, append_only, doc, rev, created_by, created_at, updated_by, updated_at)
  VALUES ('conflict', v_id, p_ticket, true, v_details || jsonb_build_object('id', v_id, 'ticket_id', p_ticket, 'at', v_now),
          p_rev, session_user, now(), session_user, now());
  IF p_ticket IS NOT NULL THEN
    INSERT INTO soc.case_records(entity, id, ticket_id, append_only, doc, rev, created_by, created_at, updated_by, updated_at)
    VALUES ('timeline_event', v_event, p_ticket, true,
            jsonb_build_object('id', v_event, 'ticket_id', p_ticket, 'kind', 9, 'occurred_at', v_now, 'occurred_offset', 25200,
                               'recorded_at', v_now, 'author', session_user, 'step', 0,
                               'summary', format('Xung đột đồng bộ (%s): giữ giá trị của %s, giá trị của %s được lưu lại ở đây.',
                                                 p_group, coalesce(p_kept_by, '?'), session_user),
                               'details', v_details::text, 'supersedes', NULL, 'containment', 0),
            p_rev, session_user, now(), session_user, now());
  END IF;
END $$;

-- Edited records (ticket, incident, response_step, config). Payload:
--   {"doc": {...the station's row...}, "groups": {"status": ["status", "acknowledged_at", ...]},
--    "base_rev": N, "ticket_id": "..."}
-- A group whose revision is newer than base_rev and was changed from another station is a
-- conflict: the server keeps its value and records the station's one.
CREATE FUNCTION soc.apply_record(p_rev bigint, p_role text, p_station text, p_entity text, p_id text, p_op text,
                                 p_payload jsonb) RETURNS jsonb
  LANGUAGE plpgsql AS $$
DECLARE
  r soc.case_records%ROWTYPE;
  v_doc jsonb := p_payload->'doc';
  v_base bigint := coalesce((p_payload->>'base_rev')::bigint, 0);
  v_ticket text := p_payload->>'ticket_id';
  v_group text;
  v_fields jsonb;
  v_new jsonb;
  v_old jsonb;
  v_conflicts int := 0;
  v_changed boolean := false;
  v_year text;
  v_next int;
BEGIN
  IF v_doc IS NULL OR jsonb_typeof(v_doc) <> 'object' OR jsonb_typeof(p_payload->'groups') <> 'object' THEN
    RAISE EXCEPTION 'operation % on % % has no document or groups', p_op, p_entity, p_id USING ERRCODE = '22023';
  END IF;
  SELECT * INTO r FROM soc.case_records WHERE entity = p_entity AND id = p_id FOR UPDATE;
  IF NOT FOUND THEN
    FOR v_group IN SELECT jsonb_object_keys(p_payload->'groups') LOOP
      PERFORM soc.check_permission(p_role, p_entity, p_op, v_group,
                                   soc.subset(v_doc, p_payload->'groups'->v_group), v_doc);
    END LOOP;
    IF p_role = 'auditor' OR p_role = 'ingest' OR (p_role = 'administrator' AND p_entity <> 'config') THEN
      PERFORM soc.check_permission(p_role, p_entity, p_op, '', '{}'::jsonb, '{}'::jsonb);
    END IF;
    IF p_entity = 'ticket' THEN
      v_doc := v_doc || jsonb_build_object('created_by', session_user);
      -- Codes are per year and unique across the SOC: a code another station already used, or one
      -- that is not a code (a station moves a local code aside while it waits), gets the next free one.
      IF coalesce(v_doc->>'code', '') !~ '^SOC-[0-9]{4}-[0-9]{6}$'
         OR EXISTS (SELECT 1 FROM soc.case_records WHERE entity = 'ticket' AND doc->>'code' = v_doc->>'code') THEN
        v_year := coalesce(substring(v_doc->>'code' FROM '^SOC-([0-9]{4})'),
                           to_char(now() AT TIME ZONE 'UTC' + interval '7 hours', 'YYYY'));
        SELECT coalesce(max(substring(doc->>'code' FROM '^SOC-[0-9]{4}-([0-9]{6})$')::int), 0) + 1 INTO v_next
          FROM soc.case_records WHERE entity = 'ticket' AND doc->>'code' LIKE 'SOC-' || v_year || '-%';
        v_doc := jsonb_set(v_doc, '{code}', to_jsonb('SOC-' || v_year || '-' || lpad(v_next::text, 6, '0')));
      END IF;
    END IF;
    INSERT INTO soc.case_records(entity, id, ticket_id, append_only, doc, group_revs, group_station, group_by, rev,
                                 created_by, created_at, updated_by, updated_at)
    SELECT p_entity, p_id, v_ticket, false, v_doc,
           coalesce(jsonb_object_agg(g, p_rev), '{}'), coalesce(jsonb_object_agg(g, p_station), '{}'),
           coalesce(jsonb_object_agg(g, session_user), '{}'), p_rev, session_user, now(), session_user, now()
    FROM jsonb_object_keys(p_payload->'groups') AS g;
    RETURN jsonb_build_object('status', 'applied', 'rev', p_rev, 'doc', v_doc, 'doc_rev', p_rev);
  END IF;

  FOR v_group, v_fields IN SELECT key, value FROM jsonb_each(p_payload->'groups') LOOP
    v_new := soc.subset(v_doc, v_fields);
    v_old := soc.subset(r.doc, v_fields);
    CONTINUE WHEN v_new = v_old;
    -- Permission first: a change the caller may not make is refused, never recorded as a conflict.
    PERFORM soc.check_permission(p_role, p_entity, p_op, v_group, v_new, r.doc);
    IF coalesce((r.group_revs->>v_group)::bigint, 0) > v_base
       AND (r.group_station->>v_group) IS DISTINCT FROM p_station THEN
      PERFORM soc.record_conflict(p_rev, p_entity, p_id, r.ticket_id, v_group, v_old, r.group_by->>v_group, v_new, p_station);
      v_conflicts := v_conflicts + 1;
      CONTINUE;
    END IF;
    r.doc := r.doc || v_new;
    r.group_revs := r.group_revs || jsonb_build_object(v_group, p_rev);
    r.group_station := r.group_station || jsonb_build_object(v_group, p_station);
    r.group_by := r.group_by || jsonb_build_object(v_group, session_user);
    v_changed := true;
  END LOOP;
  IF v_changed THEN
    IF r.doc ? 'updated_at' THEN -- the time of the change is the server's
      r.doc := r.doc || jsonb_build_object('updated_at', (extract(epoch FROM clock_timestamp()) * 1000)::bigint);
    END IF;
    UPDATE soc.case_records SET doc = r.doc, group_revs = r.group_revs, group_station = r.group_station,
           group_by = r.group_by, rev = p_rev, updated_by = session_user, updated_at = now()
     WHERE entity = p_entity AND id = p_id;
    r.rev := p_rev;
  ELSIF v_conflicts = 0 AND p_role IN ('auditor', 'ingest') THEN
    PERFORM soc.check_permission(p_role, p_entity, p_op, '', '{}'::jsonb, '{}'::jsonb);
  END IF;
  RETURN jsonb_build_object('status', CASE WHEN v_conflicts > 0 THEN 'conflict' ELSE 'applied' END,
                            'conflicts', v_conflicts, 'rev', p_rev, 'doc', r.doc, 'doc_rev', r.rev);
END $$;

-- Append-only items (timeline_event, evidence, custody): written once, by their author, never
-- rewritten. The author and the time of recording are the server's.
CREATE FUNCTION soc.apply_item(p_rev bigint, p_role text, p_entity text, p_id text, p_op text, p_payload jsonb)
  RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_doc jsonb := p_payload->'doc';
  v_existing jsonb;
  v_stamp text := CASE p_entity WHEN 'timeline_event' THEN 'author' WHEN 'custody' THEN 'by' ELSE NULL END;
BEGIN
  IF v_doc IS NULL OR jsonb_typeof(v_doc) <> 'object' THEN
    RAISE EXCEPTION 'operation % on % % has no document', p_op, p_entity, p_id USING ERRCODE = '22023';
  END IF;
  PERFORM soc.check_permission(p_role, p_entity, p_op, '', '{}'::jsonb, '{}'::jsonb);
  IF v_stamp IS NOT NULL THEN
    v_doc := v_doc || jsonb_build_object(v_stamp, session_user);
  END IF;
  SELECT doc INTO v_existing FROM soc.case_records WHERE entity = p_entity AND id = p_id;
  IF FOUND THEN
    IF v_existing = v_doc THEN
      RETURN jsonb_build_object('status', 'applied', 'rev', p_rev);
    END IF;
    PERFORM soc.deny(format('%s %s is append-only and was written by %s; add a correction instead',
                            p_entity, p_id, coalesce(v_existing->>v_stamp, 'another analyst')));
  END IF;
  INSERT INTO soc.case_records(entity, id, ticket_id, append_only, doc, rev, created_by, created_at, updated_by, updated_at)
  VALUES (p_entity, p_id, p_payload->>'ticket_id', true, v_doc, p_rev, session_user, now(), session_user, now());
  RETURN jsonb_build_object('status', 'applied', 'rev', p_rev);
END $$;

-- Links between a ticket and alerts (append-only): payload {"ticket_id": ..., "alert_uuids": [...]}.
CREATE FUNCTION soc.apply_links(p_rev bigint, p_role text, p_payload jsonb) RETURNS jsonb
  LANGUAGE plpgsql AS $$
DECLARE
  v_ticket text := p_payload->>'ticket_id';
  v_uuid text;
BEGIN
  PERFORM soc.check_permission(p_role, 'ticket_alert', 'link', '', '{}'::jsonb, '{}'::jsonb);
  FOR v_uuid IN SELECT jsonb_array_elements_text(coalesce(p_payload->'alert_uuids', '[]'::jsonb)) LOOP
    INSERT INTO soc.case_records(entity, id, ticket_id, append_only, doc, rev, created_by, created_at, updated_by, updated_at)
    VALUES ('ticket_alert', v_ticket || '/' || v_uuid, v_ticket, true,
            jsonb_build_object('ticket_id', v_ticket, 'alert_uuid', v_uuid), p_rev, session_user, now(), session_user, now())
    ON CONFLICT DO NOTHING;
  END LOOP;
  RETURN jsonb_build_object('status', 'applied', 'rev', p_rev);
END $$;

-- Alert triage (acknowledge, false positive, ...): payload {"doc": {status, status_reason, status_at},
-- "base_rev": N}. Two analysts never triage the same alert unknowingly: the second one, based on
-- an older revision, gets a conflict with both values kept.
CREATE FUNCTION soc.apply_alert(p_rev bigint, p_role text, p_station text, p_id text, p_payload jsonb)
  RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  a soc.alerts%ROWTYPE;
  v_doc jsonb := p_payload->'doc';
  v_base bigint := coalesce((p_payload->>'base_rev')::bigint, 0);
  v_new jsonb;
  v_old jsonb;
BEGIN
  PERFORM soc.check_permission(p_role, 'alert', 'set_status', 'status', '{}'::jsonb, '{}'::jsonb);
  SELECT * INTO a FROM soc.alerts WHERE uuid = p_id::uuid FOR UPDATE;
  IF NOT FOUND THEN
    -- An alert imported only on that station: its triage stays local.
    RETURN jsonb_build_object('status', 'local', 'rev', p_rev);
  END IF;
  v_new := jsonb_build_object('status', (v_doc->>'status')::int, 'status_reason', v_doc->>'status_reason');
  v_old := jsonb_build_object('status', a.status::int, 'status_reason', a.status_reason);
  IF v_new <> v_old THEN
    IF a.status_rev > v_base AND a.status_station IS DISTINCT FROM p_station THEN
      PERFORM soc.record_conflict(p_rev, 'alert', p_id, NULL, 'status', v_old, a.status_by, v_new, p_station);
      RETURN jsonb_build_object('status', 'conflict', 'conflicts', 1, 'rev', p_rev, 'doc', to_jsonb(a) - 'raw' - 'fingerprint', 'doc_rev', a.rev);
    END IF;
    UPDATE soc.alerts SET status = (v_doc->>'status')::smallint, status_reason = v_doc->>'status_reason',
           status_by = session_user, status_at = (extract(epoch FROM now()) * 1000)::bigint,
           status_rev = p_rev, status_station = p_station
     WHERE uuid = a.uuid RETURNING * INTO a;
  END IF;
  RETURN jsonb_build_object('status', 'applied', 'rev', p_rev, 'doc', to_jsonb(a) - 'raw' - 'fingerprint', 'doc_rev', a.rev);
END $$;

-- The one entry point for stations. Idempotent by p_op_id: a retried push gets the first answer.
CREATE FUNCTION soc.apply_op(p_op_id uuid, p_station text, p_entity text, p_id text, p_op text, p_payload jsonb)
  RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = soc, pg_catalog, pg_temp AS $$
DECLARE
  v_role text := soc.caller_role();
  v_rev bigint;
  v_result jsonb;
BEGIN
  v_rev := soc.next_rev(); -- also orders concurrent operations
  SELECT result INTO v_result FROM soc.applied_ops WHERE op_id = p_op_id;
  IF FOUND THEN
    RETURN v_result || '{"duplicate": true}';
  END IF;
  IF p_entity = 'alert' THEN
    v_result := soc.apply_alert(v_rev, v_role, p_station, p_id, p_payload);
  ELSIF p_entity IN ('timeline_event', 'evidence', 'custody') THEN
    v_result := soc.apply_item(v_rev, v_role, p_entity, p_id, p_op, p_payload);
  ELSIF p_entity = 'ticket' AND p_op = 'attach_alerts' THEN
    v_result := soc.apply_links(v_rev, v_role, p_payload);
  ELSIF p_entity IN ('ticket', 'incident', 'response_step', 'config') THEN
    v_result := soc.apply_record(v_rev, v_role, p_station, p_entity, p_id, p_op, p_payload);
  ELSE
    RAISE EXCEPTION 'unknown kind of record: %', p_entity USING ERRCODE = '22023';
  END IF;
  INSERT INTO soc.applied_ops(op_id, station, author, entity, entity_id, op, result, rev)
  VALUES (p_op_id, p_station, session_user, p_entity, p_id, p_op, v_result - 'doc', v_rev);
  RETURN v_result;
END $$;

-- The server's current state of one record (after a rejected operation the station takes it back).
CREATE FUNCTION soc.current_record(p_entity text, p_id text) RETURNS TABLE(doc jsonb, rev bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = soc, pg_catalog AS $$
  SELECT doc, rev FROM soc.case_records WHERE entity = p_entity AND id = p_id
$$;

-- Accounts: creates the analyst's login role with a SCRAM verifier computed by the client (the
-- password itself never reaches the server) and records their socstation role.
CREATE FUNCTION soc.add_user(p_name text, p_role text, p_verifier text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = soc, pg_catalog AS $$
DECLARE
  v_group text;
  v_attempt int;
BEGIN
  IF p_name !~ '^[a-z][a-z0-9._-]{1,31}$' THEN
    RAISE EXCEPTION 'invalid user name %', p_name USING ERRCODE = '22023';
  END IF;
  IF p_role NOT IN ('analyst', 'shift_lead', 'manager', 'auditor', 'administrator', 'ingest') THEN
    RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';
  END IF;
  IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
    RAISE EXCEPTION 'the password must arrive as a SCRAM verifier' USING ERRCODE = '22023';
  END IF;
  -- Roles are cluster-wide: another database's add_user may be changing the same role right now
  -- ("tuple concurrently updated", a duplicate): such races are retried a few times.
  FOR v_attempt IN 1..5 LOOP
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_name, p_verifier);
      ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_name, p_verifier);
      END IF;
      FOR v_group IN SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                      JOIN pg_roles u ON u.oid = m.member
                     WHERE u.rolname = p_name AND g.rolname LIKE 'socstation\_%'
                       AND g.rolname <> 'socstation_' || p_role LOOP
        EXECUTE format('REVOKE %I FROM %I', v_group, p_name);
      END LOOP;
      EXECUTE format('GRANT %I TO %I', 'socstation_' || p_role, p_name);
      EXIT;
    EXCEPTION WHEN OTHERS THEN
      IF v_attempt = 5 OR SQLSTATE NOT IN ('XX000', '23505', '42710', '40001', '40P01') THEN
        RAISE;
      END IF;
      PERFORM pg_sleep(0.05 * v_attempt);
    END;
  END LOOP;
  INSERT INTO soc.analysts(username, role) VALUES (p_name, p_role)
  ON CONFLICT (username) DO UPDATE SET role = excluded.role, active = true;
END $$;

REVOKE ALL ON FUNCTION soc.apply_op(uuid, text, text, text, text, jsonb), soc.current_record(text, text),
  soc.add_user(text, text, text), soc.next_rev() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION soc.apply_op(uuid, text, text, text, text, jsonb), soc.current_record(text, text)
  TO socstation_analyst, socstation_shift_lead, socstation_manager, socstation_auditor, socstation_administrator;
GRANT EXECUTE ON FUNCTION soc.add_user(text, text, text) TO socstation_administrator;
