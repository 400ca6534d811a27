import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDatabase, importDatabase } from '../../db/backup.js';
import { type Executor, queryRows } from '../../db/client.js';
import { createMigratedDatabase, createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { anonymiseIncidents } from '../privacy/anonymise.js';
import { judgeUnreadReports } from './facts.js';
import { incidentsSection } from './kpis/incidents.js';
import { reportingSection } from './kpis/reporting.js';
import { incidentConditions, type KpiScope, type Measured, num, percent } from './kpis/types.js';

// incident_facts: the dashboard's narrow row per sent report, kept in the writing transactions (triggers, and the
// incidents service for the language assistant's judgement count), never by reading the dashboard.

let t: TestContext;
let employee: Caller;
let manager: Caller;
let safetyOfficer: Caller;

const JUDGING = 'De klant is een agressieve idioot en altijd onbeschoft.';
const FACTUAL = 'De klant sloeg met zijn vuist op de balie en schreeuwde: "Ik wil mijn geld."';

function call(caller: Caller, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

interface FactRow {
  office_id: string | null;
  department_id: string | null;
  occurred_at: Date;
  submitted_at: Date;
  reported_in_time: boolean;
  first_follow_up_at: Date | null;
  first_follow_up_due_at: Date | null;
  judgements: number | null;
}

async function factsOf(id: string): Promise<FactRow | undefined> {
  const [row] = await queryRows<FactRow>(t.ctx.db, sql`select * from incident_facts where incident_id = ${id}`);
  return row;
}

async function draft(occurredAt: string, facts: string): Promise<string> {
  const created = await call(employee, 'POST', '/api/v1/incidents', {
    occurredAt,
    channel: 'desk',
    forms: ['verbal'],
    facts,
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}

async function submit(id: string) {
  const submitted = await call(employee, 'POST', `/api/v1/incidents/${id}/submit`);
  expect(submitted.statusCode, submitted.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
  safetyOfficer = await loginAs(t.app, demoEmailFor('safety_officer'));
}, 120_000);
afterAll(() => t.close());

describe('the fact row of a report', () => {
  let id: string;

  it('does not exist for a draft and is written when the report is sent, judgements read at once', async () => {
    const occurredAt = new Date(Date.now() - 60 * 60_000).toISOString();
    id = await draft(occurredAt, JUDGING);
    expect(await factsOf(id)).toBeUndefined();
    await submit(id);
    const [incident] = await queryRows<{ office_id: string | null; department_id: string | null }>(
      t.ctx.db,
      sql`select office_id, department_id from incidents where id = ${id}`,
    );
    const facts = await factsOf(id);
    expect(facts).toMatchObject({
      office_id: incident?.office_id,
      department_id: incident?.department_id,
      reported_in_time: true,
      first_follow_up_at: null,
    });
    expect(new Date(facts?.occurred_at ?? 0).toISOString()).toBe(occurredAt);
    expect(facts?.judgements).toBeGreaterThan(0);
    // Sending made the case's tasks: the earliest due moment is on the row.
    const [due] = await queryRows<{ due: Date }>(
      t.ctx.db,
      sql`select min(due_at) as due from follow_up_tasks where incident_id = ${id}`,
    );
    expect(due?.due).not.toBeNull();
    expect(new Date(facts?.first_follow_up_due_at ?? 0).getTime()).toBe(new Date(due?.due ?? 1).getTime());
  });

  it('follows an edit of the facts and of the moment', async () => {
    const edited = await call(employee, 'PATCH', `/api/v1/incidents/${id}`, {
      facts: FACTUAL,
      occurredAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await factsOf(id)).toMatchObject({ judgements: 0, reported_in_time: false });
  });

  it('keeps the first follow-up moment when the manager completes the first task, not later ones', async () => {
    const tasks = await queryRows<{ id: string }>(
      t.ctx.db,
      sql`select t.id from follow_up_tasks t join users u on u.id = t.assignee_id
          where t.incident_id = ${id} and u.email = ${demoEmailFor('manager')} order by t.due_at`,
    );
    expect(tasks.length).toBeGreaterThanOrEqual(2);
    const done = await call(manager, 'POST', `/api/v1/tasks/${tasks[0]?.id}/done`);
    expect(done.statusCode, done.body).toBe(204);
    const [first] = await queryRows<{ done_at: Date }>(
      t.ctx.db,
      sql`select done_at from follow_up_tasks where id = ${tasks[0]?.id}`,
    );
    const after = await factsOf(id);
    expect(after?.first_follow_up_at).not.toBeNull();
    expect(new Date(after?.first_follow_up_at ?? 0).getTime()).toBe(new Date(first?.done_at ?? 1).getTime());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await call(manager, 'POST', `/api/v1/tasks/${tasks[1]?.id}/done`)).statusCode).toBe(204);
    expect(new Date((await factsOf(id))?.first_follow_up_at ?? 0).getTime()).toBe(
      new Date(first?.done_at ?? 1).getTime(),
    );
  });

  it('is not written when a change rolls back', async () => {
    const other = await draft(new Date(Date.now() - 60_000).toISOString(), FACTUAL);
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await tx.execute(
          sql`update incidents set status = 'submitted', submitted_at = now(), case_status = 'new' where id = ${other}`,
        );
        expect(
          (
            await queryRows<{ n: number }>(
              tx,
              sql`select count(*)::int as n from incident_facts where incident_id = ${other}`,
            )
          )[0]?.n,
        ).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await factsOf(other)).toBeUndefined();
  });
});

describe('reading the dashboard', () => {
  it('writes nothing; reports not read yet are read by the background job', async () => {
    const id = await draft(new Date(Date.now() - 30 * 60_000).toISOString(), JUDGING);
    await submit(id);
    // A report sent before the fact row existed, or changed by a path that does not read it: no judgement yet.
    await t.ctx.db.execute(sql`update incident_facts set judgements = null where incident_id = ${id}`);
    const snapshot = async () =>
      queryRows<{ incident_id: string; judgements: number | null }>(
        t.ctx.db,
        sql`select incident_id, judgements from incident_facts order by incident_id`,
      );
    const before = await snapshot();
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const response = await call(safetyOfficer, 'GET', `/api/v1/dashboard?from=${day(365)}&to=${day(-1)}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(await snapshot()).toEqual(before);

    expect(await judgeUnreadReports(t.ctx.db)).toBeGreaterThanOrEqual(1);
    expect((await factsOf(id))?.judgements).toBeGreaterThan(0);
    expect(await judgeUnreadReports(t.ctx.db)).toBe(0);
  });
});

/** Figures as a plain object (table → key → value), so two ways of measuring compare with toEqual. */
function flatten(measured: Record<string, Measured[]>): Record<string, Record<string, number | null>> {
  return Object.fromEntries(
    Object.entries(measured).map(([table, rows]) => [
      table,
      Object.fromEntries(rows.map((row) => [row.key, row.value])),
    ]),
  );
}

/**
 * The incidents and reporting figures as they were computed before the fact row carried them: from the incidents
 * rows and their follow-up tasks at query time. The reference the fact rows must match after every kind of write.
 */
async function fromRawRows(db: Executor, scope: KpiScope) {
  const where = incidentConditions(scope);
  const counts = await queryRows<{ dimension: string; key: string | null; count: number }>(
    db,
    sql`select 'office' as dimension, i.office_id::text as key, count(*)::int as count
        from incidents i where ${where} group by i.office_id
        union all select 'department', i.department_id::text, count(*)::int from incidents i where ${where}
        group by i.department_id
        union all select 'channel', i.channel, count(*)::int from incidents i where ${where} group by i.channel
        union all select 'phase', i.phase::text, count(*)::int from incidents i where ${where} group by i.phase
        union all select 'form', f.form, count(*)::int
        from incidents i cross join lateral jsonb_array_elements_text(i.forms) as f(form) where ${where}
        group by f.form`,
  );
  const [reporting] = await queryRows<{
    reports: number;
    within: number;
    followed: number;
    on_time: number;
    median_hours: string | null;
  }>(
    db,
    sql`select count(*)::int as reports,
               count(*) filter (where incident_reported_in_time(i.occurred_at, i.submitted_at))::int as within,
               count(t.done_at)::int as followed, count(*) filter (where t.done_at <= t.due_at)::int as on_time,
               percentile_cont(0.5) within group (order by extract(epoch from t.done_at - i.submitted_at) / 3600)
                 filter (where t.done_at is not null) as median_hours
        from incidents i
        left join lateral (select min(done_at) as done_at, min(due_at) as due_at
                           from follow_up_tasks where incident_id = i.id) t on true
        where ${where}`,
  );
  const of = (dimension: string) =>
    Object.fromEntries(
      counts.filter((row) => row.dimension === dimension).map((row) => [row.key ?? 'unknown', row.count]),
    );
  const total = counts.filter((row) => row.dimension === 'office').reduce((sum, row) => sum + row.count, 0);
  const reports = reporting?.reports ?? 0;
  const followed = reporting?.followed ?? 0;
  return {
    incidents: {
      total: { incidents: total },
      byOffice: of('office'),
      byDepartment: of('department'),
      byForm: of('form'),
      byChannel: of('channel'),
      byPhase: of('phase'),
    },
    reporting: {
      timeliness: { withinOneWorkingDay: percent(reporting?.within ?? 0, reports) },
      followUp: { medianHours: num(reporting?.median_hours) },
      followUpOnTime: { firstTaskOnTime: percent(reporting?.on_time ?? 0, followed) },
    },
  };
}

describe('the figures from the fact rows', () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  let scopes: KpiScope[];
  let reports: string[];

  async function expectSameAsRawRows(db: Executor, step: string) {
    for (const scope of scopes) {
      const fromFacts = {
        incidents: flatten(await incidentsSection.measure(db, scope)),
        reporting: flatten(await reportingSection.measure(db, scope)),
      };
      expect(fromFacts, `${step}, ${JSON.stringify(scope)}`).toEqual(await fromRawRows(db, scope));
    }
  }

  beforeAll(async () => {
    const [org] = await queryRows<{ department: string; office: string; other_department: string }>(
      t.ctx.db,
      sql`select (select department_id from users where email = ${demoEmailFor('manager')}) as department,
                 (select id from offices order by name limit 1) as office,
                 (select id from departments where id <> (select department_id from users
                   where email = ${demoEmailFor('manager')}) order by name limit 1) as other_department`,
    );
    scopes = [
      // The whole organisation over five years, a manager's department, one office, and the last month.
      { start: daysAgo(5 * 366), endExclusive: daysAgo(-1) },
      { start: daysAgo(5 * 366), endExclusive: daysAgo(-1), departmentId: org?.department },
      { start: daysAgo(5 * 366), endExclusive: daysAgo(-1), officeId: org?.office },
      { start: daysAgo(30), endExclusive: daysAgo(-1), departmentId: org?.other_department },
    ];
    reports = [];
    for (const [days, channel, forms] of [
      [2, 'desk', ['verbal']],
      [3, 'telephone', ['verbal', 'threat']],
      [40, 'home_visit', ['physical']],
      [400, 'written', ['written', 'discrimination']],
    ] as const) {
      const created = await call(employee, 'POST', '/api/v1/incidents', {
        occurredAt: daysAgo(days).toISOString(),
        channel,
        forms,
        facts: FACTUAL,
      });
      expect(created.statusCode, created.body).toBe(201);
      reports.push(created.json().id);
    }
    // Three sent, one left a draft (not counted).
    for (const id of reports.slice(0, 3)) await submit(id);
  });

  it('equal the figures from the raw rows after sending, editing every dimension and the moment', async () => {
    await expectSameAsRawRows(t.ctx.db, 'sent');
    const [first, second, third] = reports;
    // Each dimension on its own (a change of only that one must refresh the row); one statement edits several
    // reports, and the row-set trigger refreshes each.
    for (const [dimension, change] of [
      ['forms', sql`forms = '["sexual_intimidation","verbal"]'::jsonb`],
      ['phase', sql`phase = 4`],
      ['channel', sql`channel = 'online'`],
    ] as const) {
      await t.ctx.db.execute(sql`update incidents set ${change} where id in (${first}, ${second})`);
      await expectSameAsRawRows(t.ctx.db, dimension);
    }
    await t.ctx.db.execute(
      sql`update incidents set department_id = ${scopes[3]?.departmentId}, office_id = ${scopes[2]?.officeId}
          where id = ${third}`,
    );
    await expectSameAsRawRows(t.ctx.db, 'department and office');
    const moved = await call(employee, 'PATCH', `/api/v1/incidents/${first}`, {
      occurredAt: daysAgo(700).toISOString(),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    await expectSameAsRawRows(t.ctx.db, 'moment');
  });

  it('equal them after follow-up tasks are done or deleted, a report is withdrawn and one anonymised', async () => {
    const [first, second, third] = reports;
    await t.ctx.db.execute(
      sql`update follow_up_tasks set status = 'done', done_at = due_at - interval '90 minutes'
          where incident_id in (${first}, ${second})`,
    );
    await t.ctx.db.execute(sql`update follow_up_tasks set status = 'done', done_at = due_at + interval '5 hours'
                               where incident_id = ${third}`);
    await expectSameAsRawRows(t.ctx.db, 'tasks done');
    await t.ctx.db.execute(
      sql`delete from follow_up_tasks where id = (select id from follow_up_tasks where incident_id = ${second}
                                                  order by done_at limit 1)`,
    );
    await expectSameAsRawRows(t.ctx.db, 'task deleted');
    await t.ctx.db.execute(sql`update incidents set status = 'draft' where id = ${third}`);
    await expectSameAsRawRows(t.ctx.db, 'withdrawn');
    await t.ctx.db.transaction((tx) => anonymiseIncidents(tx, [first as string]));
    await expectSameAsRawRows(t.ctx.db, 'anonymised');
  });

  it('equal them after a backup is restored, the restored fact rows standing in for the triggers', async () => {
    const lines: string[] = [];
    await exportDatabase(t.ctx.database, async (line) => {
      lines.push(line.replace(/\n$/, ''));
    });
    const target = await createMigratedDatabase();
    try {
      await importDatabase(
        target.database,
        (async function* () {
          yield* lines;
        })(),
      );
      await expectSameAsRawRows(target.database.db, 'restored');
    } finally {
      await target.database.close();
      await target.drop();
    }
  });
});
