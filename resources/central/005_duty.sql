-- socstation central store, migration 5: the SOC-wide records of 24/7 duty (issue 7) travel
-- through the store like the case records, as documents in soc.case_records:
--   shift_pattern (the hours of the shifts), shift_slot (the roster of one shift), handover (accepted once), agency (with its focal points
--   and networks), asset, escalation_matrix, agency_request: edited records (soc.apply_record);
--   duty_log: append-only items (soc.apply_item), stamped with their author.
-- Who may change them is decided by the one permission table (soc.may): the roster needs
-- shifts.roster (an analyst only puts themselves on a shift), handovers shifts.handover, the
-- directory, the assets and the matrix directory.manage, the pattern shifts.roster, the duty log and requests cases.work.

-- Members of a shift slot other than `p_user`, in a stable order (to compare two rosters).
CREATE FUNCTION soc.members_except(p_members jsonb, p_user text) RETURNS jsonb
  LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_agg(m ORDER BY m->>'username'), '[]'::jsonb)
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_members) = 'array' THEN p_members ELSE '[]'::jsonb END) AS m
  WHERE m->>'username' IS DISTINCT FROM p_user
$$;

CREATE OR REPLACE FUNCTION soc.check_permission(p_role text, p_entity text, p_op text, p_group text, p_new jsonb,
                                                p_old jsonb)
  RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_role = 'ingest' THEN
    PERFORM soc.deny('a sensor account only adds alerts');
  END IF;
  IF p_entity = 'config' THEN
    IF NOT soc.may(p_role, 'settings.service_levels') THEN
      PERFORM soc.deny(format('role %s may not change the service levels', p_role));
    END IF;
    RETURN;
  END IF;
  IF p_entity = 'alert' THEN
    IF NOT soc.may(p_role, 'alerts.triage') THEN
      PERFORM soc.deny(format('role %s may not triage alerts', p_role));
    END IF;
    RETURN;
  END IF;
  IF p_entity IN ('agency', 'asset', 'escalation_matrix') THEN
    IF NOT soc.may(p_role, 'directory.manage') THEN
      PERFORM soc.deny(format('role %s may not change the agency directory, the escalation matrix or the asset register', p_role));
    END IF;
    RETURN;
  END IF;
  IF p_entity = 'shift_pattern' THEN
    IF NOT soc.may(p_role, 'shifts.roster') THEN
      PERFORM soc.deny(format('role %s may not change the shift pattern', p_role));
    END IF;
    RETURN;
  END IF;
  IF p_entity = 'shift_slot' THEN
    IF soc.may(p_role, 'shifts.roster') THEN
      RETURN;
    END IF;
    -- Joining a shift at start: only one's own line changes.
    IF soc.may(p_role, 'cases.work') AND p_group IN ('', 'members')
       AND soc.members_except(p_new->'members', session_user) = soc.members_except(p_old->'members', session_user) THEN
      RETURN;
    END IF;
    PERFORM soc.deny(format('role %s may not change the duty roster; it may only join a shift', p_role));
  END IF;
  IF p_entity = 'handover' THEN
    IF NOT soc.may(p_role, 'shifts.handover') THEN
      PERFORM soc.deny(format('role %s may not prepare or accept a shift handover', p_role));
    END IF;
    IF p_old->>'accepted_at' IS NOT NULL
       AND ((p_group = 'prepared' AND p_old->'prepared_at' IS DISTINCT FROM p_new->'prepared_at')
            OR (p_group = 'accepted' AND p_old->'accepted_at' IS DISTINCT FROM p_new->'accepted_at')) THEN
      PERFORM soc.deny(format('the handover was already accepted by %s; it is accepted only once', p_old->>'accepted_by'));
    END IF;
    IF p_group = 'prepared' AND p_new->>'prepared_by' IS DISTINCT FROM session_user THEN
      PERFORM soc.deny('a handover is prepared by the lead of the outgoing shift in their own name');
    END IF;
    IF p_group = 'accepted' AND (p_new->>'accepted_by' IS DISTINCT FROM session_user
                                 OR p_old->>'prepared_by' = session_user) THEN
      PERFORM soc.deny('the lead of the incoming shift accepts a handover in their own name, not its author');
    END IF;
    RETURN;
  END IF;
  IF p_entity = 'duty_log' THEN
    IF NOT soc.may(p_role, 'cases.work') THEN
      PERFORM soc.deny(format('role %s may not write in the duty log', p_role));
    END IF;
    RETURN;
  END IF;
  IF NOT soc.may(p_role, 'cases.work') THEN
    PERFORM soc.deny(format('role %s may not create or change tickets and incidents', p_role));
  END IF;
  IF p_entity = 'incident' AND p_group = 'closure' AND coalesce((p_new->>'closed_at')::bigint, 0) > 0
     AND NOT soc.may(p_role, 'incident.close') THEN
    PERFORM soc.deny(format('role %s may not close an incident; the shift lead or a manager closes it', p_role));
  END IF;
  IF p_entity = 'ticket' AND p_group = 'status' AND coalesce((p_new->>'status')::int, 0) = 4 -- closed
     AND coalesce((p_old->>'is_incident')::int, 0) = 1 AND NOT soc.may(p_role, 'incident.close') THEN
    PERFORM soc.deny(format('role %s may not close an incident; the shift lead or a manager closes it', p_role));
  END IF;
  IF p_entity = 'ticket' AND p_group = 'assignee' AND NOT soc.may(p_role, 'cases.assign_others')
     AND coalesce(p_new->>'assignee', '') NOT IN ('', session_user) THEN
    PERFORM soc.deny(format('role %s may assign a ticket only to themselves', p_role));
  END IF;
END $$;

-- Append-only items, now with the duty log (stamped with its author like timeline events).
CREATE OR REPLACE FUNCTION soc.apply_item(p_rev bigint, p_role text, p_entity text, p_id text, p_op text, p_payload jsonb)
  RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_doc jsonb := p_payload->'doc';
  v_existing jsonb;
  v_stamp text := CASE p_entity WHEN 'timeline_event' THEN 'author' WHEN 'duty_log' THEN 'author'
                                WHEN 'custody' THEN 'by' ELSE NULL END;
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

CREATE OR REPLACE FUNCTION soc.apply_op(p_op_id uuid, p_station text, p_entity text, p_id text, p_op text, p_payload jsonb)
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
  ELSIF p_entity IN ('timeline_event', 'evidence', 'custody', 'duty_log') THEN
    v_result := soc.apply_item(v_rev, v_role, p_entity, p_id, p_op, p_payload);
  ELSIF p_entity = 'ticket' AND p_op = 'attach_alerts' THEN
    v_result := soc.apply_links(v_rev, v_role, p_payload);
  ELSIF p_entity IN ('ticket', 'incident', 'response_step', 'config', 'shift_pattern', 'shift_slot', 'handover', 'agency', 'asset',
                     'escalation_matrix', 'agency_request') THEN
    v_result := soc.apply_record(v_rev, v_role, p_station, p_entity, p_id, p_op, p_payload);
  ELSE
    RAISE EXCEPTION 'unknown kind of record: %', p_entity USING ERRCODE = '22023';
  END IF;
  INSERT INTO soc.applied_ops(op_id, station, author, entity, entity_id, op, result, rev)
  VALUES (p_op_id, p_station, session_user, p_entity, p_id, p_op, v_result - 'doc', v_rev);
  RETURN v_result;
END $$;
