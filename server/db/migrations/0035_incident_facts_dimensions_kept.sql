-- The incidents section's dimensions (channel, phase, forms) on the fact row, so its five-year counts are one
-- index-only scan of incident_facts instead of a scan of the wide incidents rows (issue 8). Kept by the same
-- triggers, in the writing transaction: no extra row and no shared counter, so concurrent submitters never wait on
-- each other.

CREATE OR REPLACE FUNCTION incident_facts_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  select 1 from incident_facts where incident_id = any(ids) order by incident_id for update;
  delete from incident_facts f
  where f.incident_id = any(ids)
    and not exists (select 1 from incidents i
                    where i.id = f.incident_id and i.status = 'submitted' and i.occurred_at is not null);
  insert into incident_facts as f (incident_id, office_id, department_id, channel, phase, forms, occurred_at,
                                   submitted_at, reported_in_time, first_follow_up_at, first_follow_up_due_at)
  select i.id, i.office_id, i.department_id, i.channel, i.phase, i.forms::text, i.occurred_at, i.submitted_at,
         incident_reported_in_time(i.occurred_at, i.submitted_at), t.done_at, t.due_at
  from incidents i
  left join lateral (select min(done_at) as done_at, min(due_at) as due_at
                     from follow_up_tasks where incident_id = i.id) t on true
  where i.id = any(ids) and i.status = 'submitted' and i.occurred_at is not null
  on conflict (incident_id) do update set
    office_id = excluded.office_id, department_id = excluded.department_id, channel = excluded.channel,
    phase = excluded.phase, forms = excluded.forms, occurred_at = excluded.occurred_at,
    submitted_at = excluded.submitted_at, reported_in_time = excluded.reported_in_time,
    first_follow_up_at = excluded.first_follow_up_at, first_follow_up_due_at = excluded.first_follow_up_due_at;
$$;--> statement-breakpoint

-- As before, plus a change of channel, phase or forms refreshes the row.
CREATE OR REPLACE FUNCTION incident_facts_incidents_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('regie.restoring', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM incident_facts_refresh(array(
    select n.id from new_rows n join old_rows o on o.id = n.id
    where (n.status, n.occurred_at, n.submitted_at, n.office_id, n.department_id, n.channel, n.phase, n.forms)
          is distinct from
          (o.status, o.occurred_at, o.submitted_at, o.office_id, o.department_id, o.channel, o.phase, o.forms)));
  UPDATE incident_facts f SET judgements = null
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE f.incident_id = n.id AND n.facts IS DISTINCT FROM o.facts AND f.judgements IS NOT NULL;
  RETURN NULL;
END $$;--> statement-breakpoint

-- Existing rows get their dimensions once.
UPDATE incident_facts f SET channel = i.channel, phase = i.phase, forms = i.forms::text
FROM incidents i WHERE i.id = f.incident_id;--> statement-breakpoint

-- The incidents section's counts from this index alone (reporting and language keep incident_facts_period_idx).
CREATE INDEX incident_facts_dimensions_idx ON incident_facts (occurred_at)
  INCLUDE (office_id, department_id, channel, phase, forms);
--> statement-breakpoint
-- A manager's measures (dashboard/kpis/measures.ts) are those of incidents in their department: this index gives
-- those incidents' ids without visiting the wide incidents rows.
CREATE INDEX incidents_scope_idx ON incidents (department_id) INCLUDE (id, office_id);
