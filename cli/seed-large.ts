// `npm run seed:large`: a realistic large organisation on PostgreSQL (DATABASE_URL) for the dashboard benchmark:
// 12 offices, 10 departments, 3,000 employees and 1,000,000 incidents over 5 years, with follow-up tasks, measures,
// alarms (with responders and drills), live handlings with protocol steps, and the dashboard's fact row of every
// report (incident_facts, with the language assistant's reading). Rows are made inside PostgreSQL with generate_series (no row travels over the wire), so it takes
// minutes, not hours. Refuses a database that already holds incidents, so it is never run twice by accident.
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../server/db/client.js';
import { runMigrations } from '../server/db/migrate.js';
import { isEmptyDatabase, loadDemoData } from '../server/modules/demo/seed.js';
import { analyse } from '../server/modules/language/index.js';
import { ensureProtocol } from '../server/modules/protocols/service.js';

const INCIDENTS = Number(process.env.SEED_INCIDENTS ?? 1_000_000);
const EMPLOYEES = 3_000;

/** Report texts as employees write them: most with facts, some with judgements (the audit's point). */
const FACTS = [
  'De klant schreeuwde aan de balie dat hij zijn uitkering nu wilde hebben en sloeg met zijn vuist op de tafel.',
  'Meneer belde voor de derde keer en zei: "Ik weet waar je woont." Ik heb het gesprek beëindigd.',
  'Mevrouw bleef na sluitingstijd staan en weigerde te vertrekken. De beveiliger heeft haar naar buiten begeleid.',
  'Tijdens het huisbezoek gooide de huurder een stoel om en kwam dicht bij mij staan.',
  'De klant stuurde een e-mail met scheldwoorden en de dreiging om naar de krant te gaan.',
  'De klant is een agressieve idioot en altijd onbeschoft tegen iedereen.',
  'Hij deed weer eens hysterisch, zoals altijd.',
  'De klant gaf de medewerker een duw toen zij het loket sloot.',
];

/** A JavaScript list as a PostgreSQL array literal of parameters (Drizzle would expand it into a row). */
const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
const intArray = (values: number[]) =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}::int`),
    sql`, `,
  )}]`;

const step = (label: string) => {
  const started = performance.now();
  return () => console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
};

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith('postgres')) throw new Error('seed:large needs DATABASE_URL=postgres://… (PostgreSQL only)');
  const database = await openDatabase({ url });
  const db = database.db;
  try {
    await runMigrations(database);
    if (await isEmptyDatabase(db)) await loadDemoData(db);
    await ensureProtocol(db);
    const [existing] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from incidents`);
    if ((existing?.count ?? 0) > 1000) throw new Error('this database already holds incidents; seed an empty one');

    let done = step('organisation');
    await db.execute(sql`insert into offices (name, address)
      select 'Kantoor ' || n, 'Straat ' || n || ', Zuid' from unnest(array['Tilburg','Breda','Den Bosch','Oss',
        'Venlo','Roermond','Weert','Uden','Veldhoven','Best']) as n on conflict do nothing`);
    await db.execute(sql`insert into departments (name)
      select n from unnest(array['Schuldhulp','Werk en Inkomen','Jeugd','Wmo','Publiekszaken','Handhaving'])
      as n on conflict do nothing`);
    await db.execute(sql`
      insert into users (email, name, office_id, department_id)
      select 'medewerker' || g || '@groot.example', 'Medewerker ' || g,
             (select id from offices order by name offset (g % (select count(*) from offices)) limit 1),
             (select id from departments order by name offset (g % (select count(*) from departments)) limit 1)
      from generate_series(1, ${EMPLOYEES}) g`);
    await db.execute(sql`insert into user_roles (user_id, role)
      select id, 'employee' from users where email like '%@groot.example'`);
    done();

    // incident_facts is kept by row-set triggers on incidents and follow_up_tasks; for a bulk load it is filled once,
    // below, in one statement instead (the triggers would refresh a million rows twice).
    await db.execute(sql`alter table incidents disable trigger incident_facts_incidents_inserted`);
    await db.execute(sql`alter table follow_up_tasks disable trigger incident_facts_tasks_inserted`);

    done = step('incidents');
    await db.execute(sql`select setseed(0.42)`);
    await db.execute(sql`
      with people as (select array_agg(id order by id) as ids from users where email like '%@groot.example'),
           org as (select (select array_agg(id order by name) from offices) as offices,
                          (select array_agg(id order by name) from departments) as departments),
           raw as (
             select g, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5,
                    now() - (random() * interval '1826 days') as occurred_at
             from generate_series(1, ${INCIDENTS}) g)
      insert into incidents (status, reported_by, employee_id, department_id, office_id, occurred_at, submitted_at,
                             channel, forms, phase, nature, facts, sick_leave, absence_days, injury, case_status,
                             created_at, updated_at, location_kind)
      select 'submitted', e.id, e.id,
             org.departments[1 + (g % array_length(org.departments, 1))],
             org.offices[1 + ((g / 7) % array_length(org.offices, 1))],
             occurred_at,
             -- most reports the same day, a tail over days: the "within 1 working day" share is realistic
             occurred_at + (case when r1 < 0.6 then r2 * interval '6 hours' when r1 < 0.85 then r2 * interval '3 days'
                                 else r2 * interval '14 days' end),
             (array['desk','telephone','home_visit','written','online','public_space','other'])
               [1 + floor(power(r3, 1.6) * 7)::int],
             case when r4 < 0.55 then '["verbal"]'::jsonb when r4 < 0.7 then '["verbal","threat"]'::jsonb
                  when r4 < 0.78 then '["non_verbal"]'::jsonb when r4 < 0.86 then '["written"]'::jsonb
                  when r4 < 0.91 then '["physical"]'::jsonb when r4 < 0.94 then '["discrimination"]'::jsonb
                  when r4 < 0.97 then '["property_damage"]'::jsonb else '["sexual_intimidation"]'::jsonb end,
             1 + floor(power(r5, 1.3) * 4)::int,
             case when r5 < 0.5 then 'emotional' else 'instrumental' end,
             (${textArray(FACTS)})[1 + (g % ${FACTS.length})],
             r2 < 0.04, case when r2 < 0.04 then 1 + floor(r3 * 20)::int end, r4 >= 0.86 and r4 < 0.91 and r2 < 0.5,
             case when occurred_at < now() - interval '60 days' then 'closed' else 'in_progress' end,
             occurred_at, occurred_at, 'office'
      from raw, org, people
      cross join lateral (select people.ids[1 + (g % array_length(people.ids, 1))] as id) e`);
    done();

    done = step('follow-up tasks');
    const managers = sql`(select u.id from users u join user_roles r on r.user_id = u.id and r.role = 'manager' limit 1)`;
    await db.execute(sql`
      insert into follow_up_tasks (incident_id, kind, assignee_id, due_at, status, created_at, done_at)
      select i.id, k.kind, ${managers}, i.submitted_at + k.days * interval '1 day',
             case when i.case_status = 'closed' then 'done' else 'open' end, i.submitted_at,
             case when i.case_status = 'closed'
                  then i.submitted_at + (random() * k.days * 1.4) * interval '1 day' end
      from incidents i
      cross join (values ('register_incident', 1), ('decide_measures', 3)) as k(kind, days)
      where i.employee_id in (select id from users where email like '%@groot.example')`);
    done();

    done = step('incident facts');
    const judgements = FACTS.map((text) => analyse({ id: '', kind: 'report', text }).judgements.length);
    await db.execute(sql`
      insert into incident_facts (incident_id, office_id, department_id, channel, phase, forms, occurred_at,
                                  submitted_at, reported_in_time, first_follow_up_at, first_follow_up_due_at, judgements)
      select i.id, i.office_id, i.department_id, i.channel, i.phase, i.forms::text, i.occurred_at, i.submitted_at,
             incident_reported_in_time(i.occurred_at, i.submitted_at), t.done_at, t.due_at,
             (${intArray(judgements)})[array_position(${textArray(FACTS)}, i.facts)]
      from incidents i
      left join (select incident_id, min(done_at) as done_at, min(due_at) as due_at
                 from follow_up_tasks group by incident_id) t on t.incident_id = i.id
      where i.status = 'submitted' and i.occurred_at is not null
      on conflict (incident_id) do nothing`);
    await db.execute(sql`alter table incidents enable trigger incident_facts_incidents_inserted`);
    await db.execute(sql`alter table follow_up_tasks enable trigger incident_facts_tasks_inserted`);
    done();

    done = step('clients and measures');
    await db.execute(sql`
      insert into clients (name)
      select 'Klant ' || g from generate_series(1, 20000) g`);
    await db.execute(sql`
      with c as (select array_agg(id) as ids from clients)
      insert into client_measures (client_id, incident_id, kind, reason, status, decided_by, decided_at, starts_on, ends_on)
      select c.ids[1 + floor(random() * array_length(c.ids, 1))::int], i.id,
             (array['verbal_warning','written_warning','yellow_card','red_card','contact_restriction','access_ban',
                    'police_report','civil_letter','no_measure'])[1 + floor(power(random(), 1.5) * 9)::int],
             'Na incident', case when random() < 0.95 then 'decided' else 'pending_approval' end,
             ${managers}, i.submitted_at + interval '2 days', (i.submitted_at + interval '2 days')::date,
             (i.submitted_at + interval '200 days')::date
      from incidents i, c
      where i.employee_id in (select id from users where email like '%@groot.example') and random() < 0.3`);
    done();

    done = step('alarms');
    await db.execute(sql`
      with people as (select array_agg(id) as ids from users where email like '%@groot.example'),
           org as (select array_agg(id) as ids from offices),
           raw as (select g, random() as r1, random() as r2,
                          now() - (random() * interval '1826 days') as raised_at
                   from generate_series(1, ${Math.round(INCIDENTS / 10)}) g)
      insert into alarms (state, drill, raised_by, office_id, escalation, level, raised_at, first_acknowledged_at,
                          closed_at, reason)
      select case when r1 < 0.08 then 'false_alarm' else 'resolved' end, r2 < 0.1,
             people.ids[1 + (g % array_length(people.ids, 1))], org.ids[1 + (g % array_length(org.ids, 1))],
             '[]'::jsonb, case when r2 > 0.85 then 1 else 0 end, raised_at,
             raised_at + (5 + r2 * 90) * interval '1 second', raised_at + interval '20 minutes',
             case when r1 < 0.08 then 'Per ongeluk' end
      from raw, people, org`);
    await db.execute(sql`
      insert into alarm_recipients (alarm_id, user_id, level, role, notified_at, acknowledged_at, arrived_at)
      select a.id, ${managers}, 0, 'responder', a.raised_at, a.first_acknowledged_at,
             case when a.state = 'resolved' then a.first_acknowledged_at + (30 + random() * 240) * interval '1 second' end
      from alarms a
      -- the demo organisation's alarms already have their recipients
      on conflict do nothing`);
    done();

    done = step('handlings');
    await db.execute(sql`
      with people as (select array_agg(id) as ids from users where email like '%@groot.example'),
           raw as (select g, now() - (random() * interval '1826 days') as started_at
                   from generate_series(1, ${Math.round(INCIDENTS / 5)}) g)
      insert into handlings (protocol_version, procedure_key, channel, status, current_step_id, started_by, handler_id,
                             office_id, department_id, started_at, closed_at)
      select 1, (array['telephone','verbal','physical','written'])[1 + (g % 4)],
             (array['telephone','desk','desk','written'])[1 + (g % 4)], 'closed', 't1', u.id, u.id, u.office_id,
             u.department_id, started_at, started_at + interval '4 minutes'
      from raw, people
      cross join lateral (select id, office_id, department_id from users
                          where id = people.ids[1 + (g % array_length(people.ids, 1))]) u`);
    await db.execute(sql`
      insert into handling_events (handling_id, at, actor_id, type, step_id, reason)
      select h.id, h.started_at + s.n * interval '40 seconds', h.handler_id,
             case when s.n = 0 then 'started' when s.n = 2 and random() < 0.2 then 'step_skipped' else 'step_done' end,
             case when s.n > 0 then 'step' || s.n end,
             case when s.n = 2 then 'Geen tijd' end
      from handlings h cross join generate_series(0, 3) as s(n)`);
    await db.execute(sql`update handling_events set reason = null where type <> 'step_skipped'`);
    done();

    done = step('vacuum and analyse');
    await db.execute(sql`vacuum analyze`);
    done();
    const [counts] = await queryRows<Record<string, number>>(
      db,
      sql`select (select count(*) from incidents)::int as incidents,
                 (select count(*) from follow_up_tasks)::int as tasks,
                 (select count(*) from client_measures)::int as measures,
                 (select count(*) from alarms)::int as alarms,
                 (select count(*) from handlings)::int as handlings`,
    );
    console.log(JSON.stringify(counts));
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
