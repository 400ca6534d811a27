import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { judgeUnreadReports } from './facts.js';

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
