-- socstation central store, migration 4: the one permission table (R-27, R-28) on the server.
-- soc.role_permissions holds what each socstation role may do, with the same action keys as the
-- stations' table (app/domain/Permissions.cpp): one row per allowed (role, action). Its rows are
-- not written here: `socstation central migrate` replaces them from the C++ table in the same
-- transaction, so the stations and the server decide from one source. soc.check_permission, which
-- every operation a station pushes goes through, now decides with soc.may.

CREATE TABLE soc.role_permissions(
  role text NOT NULL,
  action text NOT NULL,
  PRIMARY KEY (role, action)
);
REVOKE ALL ON soc.role_permissions FROM PUBLIC;
GRANT SELECT ON soc.role_permissions
  TO socstation_analyst, socstation_shift_lead, socstation_manager, socstation_auditor, socstation_administrator;

-- Whether `p_role` may take the action with key `p_action` ("cases.work", "incident.close", ...).
CREATE FUNCTION soc.may(p_role text, p_action text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = soc, pg_catalog AS $$
  SELECT EXISTS (SELECT 1 FROM soc.role_permissions WHERE role = p_role AND action = p_action)
$$;

-- What each role may change, decided by the table: the service levels (config) need
-- settings.service_levels; alert triage alerts.triage; every other case record cases.work;
-- closing an incident (its record, or its ticket's status) incident.close; assigning a ticket to
-- someone other than oneself cases.assign_others. `p_old` is the record as it is.
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
