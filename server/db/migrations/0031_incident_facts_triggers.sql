-- incident_facts (dashboard/tables.ts): one narrow row per sent report, kept by the triggers below inside the
-- transaction that writes the report or its follow-up tasks, so the dashboard reads one index per period instead of
-- joining incidents to follow_up_tasks and the language assistant's reading at query time.

-- "Within 1 working day" as the case's tasks count it (handlings/working-days.ts addWorkingDays): whole days of 24
-- hours, skipping Saturday and Sunday in Dutch time (Friday's, Saturday's and Sunday's incident is due Monday).
CREATE FUNCTION incident_reported_in_time(occurred timestamptz, submitted timestamptz) RETURNS boolean
LANGUAGE sql STABLE AS $$
  select coalesce(submitted <= occurred + case extract(isodow from occurred at time zone 'Europe/Amsterdam')::int
    when 5 then interval '72 hours' when 6 then interval '48 hours' else interval '24 hours' end, false)
$$;--> statement-breakpoint

-- Brings the rows of these incidents in line: a sent report with a moment has a row, anything else has none. The
-- judgement count is the application's (the language assistant is TypeScript) and is left as it is. The rows are
-- locked first: two tasks of one report completed at once then recompute one after the other, and (a volatile
-- function reads with a new snapshot per statement) the second sees the first's committed task.
CREATE FUNCTION incident_facts_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  select 1 from incident_facts where incident_id = any(ids) order by incident_id for update;
  delete from incident_facts f
  where f.incident_id = any(ids)
    and not exists (select 1 from incidents i
                    where i.id = f.incident_id and i.status = 'submitted' and i.occurred_at is not null);
  insert into incident_facts as f (incident_id, office_id, department_id, occurred_at, submitted_at, reported_in_time,
                                   first_follow_up_at, first_follow_up_due_at)
  select i.id, i.office_id, i.department_id, i.occurred_at, i.submitted_at,
         incident_reported_in_time(i.occurred_at, i.submitted_at), t.done_at, t.due_at
  from incidents i
  left join lateral (select min(done_at) as done_at, min(due_at) as due_at
                     from follow_up_tasks where incident_id = i.id) t on true
  where i.id = any(ids) and i.status = 'submitted' and i.occurred_at is not null
  on conflict (incident_id) do update set
    office_id = excluded.office_id, department_id = excluded.department_id, occurred_at = excluded.occurred_at,
    submitted_at = excluded.submitted_at, reported_in_time = excluded.reported_in_time,
    first_follow_up_at = excluded.first_follow_up_at, first_follow_up_due_at = excluded.first_follow_up_due_at;
$$;--> statement-breakpoint

-- The trigger functions stand aside while a backup is restored (db/backup.ts sets regie.restoring for its
-- transaction): the backup holds incident_facts rows of its own, consistent with the rest.
CREATE FUNCTION incident_facts_incidents_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('regie.restoring', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM incident_facts_refresh(array(select id from new_rows where status = 'submitted'));
  RETURN NULL;
END $$;--> statement-breakpoint

-- Only rows whose scope, moments or status changed are refreshed; changed facts empty the judgement count, so a
-- stale reading is never counted (the incidents service reads the new text in the same transaction).
CREATE FUNCTION incident_facts_incidents_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('regie.restoring', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM incident_facts_refresh(array(
    select n.id from new_rows n join old_rows o on o.id = n.id
    where (n.status, n.occurred_at, n.submitted_at, n.office_id, n.department_id)
          is distinct from (o.status, o.occurred_at, o.submitted_at, o.office_id, o.department_id)));
  UPDATE incident_facts f SET judgements = null
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE f.incident_id = n.id AND n.facts IS DISTINCT FROM o.facts AND f.judgements IS NOT NULL;
  RETURN NULL;
END $$;--> statement-breakpoint

CREATE FUNCTION incident_facts_tasks_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('regie.restoring', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM incident_facts_refresh(array(select distinct incident_id from new_rows where incident_id is not null));
  RETURN NULL;
END $$;--> statement-breakpoint

CREATE FUNCTION incident_facts_tasks_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('regie.restoring', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM incident_facts_refresh(array(
    select x.incident_id from (
      select n.incident_id from new_rows n join old_rows o on o.id = n.id
      where (n.incident_id, n.done_at, n.due_at) is distinct from (o.incident_id, o.done_at, o.due_at)
      union
      select o.incident_id from new_rows n join old_rows o on o.id = n.id
      where n.incident_id is distinct from o.incident_id) x
    where x.incident_id is not null));
  RETURN NULL;
END $$;--> statement-breakpoint

CREATE FUNCTION incident_facts_tasks_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('regie.restoring', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM incident_facts_refresh(array(select distinct incident_id from old_rows where incident_id is not null));
  RETURN NULL;
END $$;--> statement-breakpoint

CREATE TRIGGER incident_facts_incidents_inserted AFTER INSERT ON incidents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_facts_incidents_inserted();--> statement-breakpoint
CREATE TRIGGER incident_facts_incidents_updated AFTER UPDATE ON incidents
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_facts_incidents_updated();--> statement-breakpoint
CREATE TRIGGER incident_facts_tasks_inserted AFTER INSERT ON follow_up_tasks
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_facts_tasks_inserted();--> statement-breakpoint
CREATE TRIGGER incident_facts_tasks_updated AFTER UPDATE ON follow_up_tasks
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_facts_tasks_updated();--> statement-breakpoint
CREATE TRIGGER incident_facts_tasks_deleted AFTER DELETE ON follow_up_tasks
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_facts_tasks_deleted();--> statement-breakpoint

-- Existing reports: every sent one gets its row; the language assistant's reading is kept where it is still about
-- the current text (as the dashboard's cache decided), the rest is read by the dashboard's background job.
INSERT INTO incident_facts (incident_id, office_id, department_id, occurred_at, submitted_at, reported_in_time,
                            first_follow_up_at, first_follow_up_due_at, judgements)
SELECT i.id, i.office_id, i.department_id, i.occurred_at, i.submitted_at,
       incident_reported_in_time(i.occurred_at, i.submitted_at), t.done_at, t.due_at,
       case when l.analysed_at >= i.updated_at then l.judgements end
FROM incidents i
LEFT JOIN (SELECT incident_id, min(done_at) AS done_at, min(due_at) AS due_at
           FROM follow_up_tasks WHERE incident_id IS NOT NULL GROUP BY incident_id) t ON t.incident_id = i.id
LEFT JOIN report_language_findings l ON l.incident_id = i.id
WHERE i.status = 'submitted' AND i.occurred_at IS NOT NULL;--> statement-breakpoint

-- A period's figures from the index alone.
CREATE INDEX incident_facts_period_idx ON incident_facts (occurred_at)
  INCLUDE (office_id, department_id, submitted_at, reported_in_time, first_follow_up_at, first_follow_up_due_at,
           judgements);
--> statement-breakpoint
-- Protocol compliance asks per handling whether a step was skipped: a partial index answers that from the index
-- alone (no visit to the handling's other events), which also keeps a year's query below PostgreSQL's JIT threshold.
CREATE INDEX handling_events_skipped_idx ON handling_events (handling_id) WHERE type = 'step_skipped';
--> statement-breakpoint
-- The impact figures (absence, sick leave, injury) read only the few reports with one of them (kpis/impact.ts).
CREATE INDEX incidents_impact_idx ON incidents (occurred_at)
  INCLUDE (office_id, department_id, employee_id, absence_days, sick_leave, injury)
  WHERE status = 'submitted' AND (sick_leave OR injury OR absence_days > 0);
