import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';

let t: TestContext;
let employee: Caller;
let manager: Caller;
let safetyOfficer: Caller;

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
  safetyOfficer = await loginAs(t.app, demoEmailFor('safety_officer'));
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

/** A telephone handling walked through the API, then moved to a known day with `secondsApart` between events. */
async function handled(steps: object[], secondsApart: number): Promise<string> {
  const started = await call(employee, 'POST', '/api/v1/handlings', { procedure: 'telephone' });
  const id = started.json().id as string;
  for (const step of steps) {
    const response = await call(employee, 'POST', `/api/v1/handlings/${id}/steps`, step);
    expect(response.statusCode, response.body).toBe(200);
  }
  expect((await call(employee, 'POST', `/api/v1/handlings/${id}/close`, {})).statusCode).toBe(200);
  await t.ctx.db.execute(sql`
    update handling_events e set at = timestamptz '2025-03-10 09:00:00+00' + (e.id - first.id) * ${secondsApart} * interval '1 second'
    from (select min(id) as id from handling_events where handling_id = ${id}) first
    where e.handling_id = ${id}`);
  await t.ctx.db.execute(sql`
    update handlings h set started_at = span.first_at, closed_at = span.last_at
    from (select min(at) as first_at, max(at) as last_at from handling_events where handling_id = ${id}) span
    where h.id = ${id}`);
  return id;
}

const warn = { stepId: 't1', outcome: 'done', branch: 0 };
const endCall = { stepId: 't2', outcome: 'done' };
const skipNote = { stepId: 't3', outcome: 'skipped', reason: 'Geen tijd om te noteren' };

describe('protocol compliance', () => {
  let otherDepartment: string;

  beforeAll(async () => {
    await handled([warn, endCall, skipNote], 10); // 5 events: 40 s
    await handled([warn, endCall], 30); // 4 events: 90 s
    const elsewhere = await handled([warn], 50); // 3 events: 100 s
    const [row] = await queryRows<{ id: string }>(
      t.ctx.db,
      sql`select d.id from departments d
          where d.id <> (select department_id from users where email = ${demoEmailFor('employee')}) limit 1`,
    );
    otherDepartment = row?.id as string;
    await t.ctx.db.execute(sql`update handlings set department_id = ${otherDepartment} where id = ${elsewhere}`);
  });

  const day = '/api/v1/compliance/protocol?from=2025-03-10&to=2025-03-10&procedure=telephone';

  it('shows the safety officer per step what was done, skipped with which reason, and the median time', async () => {
    const response = await call(safetyOfficer, 'GET', day);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ from: '2025-03-10', to: '2025-03-10', scope: 'organisation' });
    expect(report.procedures).toHaveLength(1);
    const telephone = report.procedures[0];
    expect(telephone).toMatchObject({
      key: 'telephone',
      handlings: 3,
      closed: 3,
      withSkippedSteps: 1,
      medianDurationSeconds: 90,
      versions: [1],
    });
    expect(telephone.steps).toHaveLength(10);
    const [t1, t2, t3, t4] = telephone.steps;
    expect(t1).toMatchObject({ stepId: 't1', number: 1, done: 3, skipped: 0, medianSeconds: 30 });
    expect(t2).toMatchObject({ stepId: 't2', number: 2, done: 2, medianSeconds: 20 });
    expect(t3).toMatchObject({ stepId: 't3', done: 0, skipped: 1, medianSeconds: 10 });
    expect(t3.skipReasons).toEqual(['Geen tijd om te noteren']);
    expect(t4).toMatchObject({ stepId: 't4', done: 0, skipped: 0, notApplicable: 0, medianSeconds: null });
    expect(t1.text.nl.length).toBeGreaterThan(5);
  });

  it('shows a manager only their own department', async () => {
    const report = (await call(manager, 'GET', day)).json();
    expect(report.scope).toBe('department');
    expect(report.procedures[0]).toMatchObject({ handlings: 2, withSkippedSteps: 1, medianDurationSeconds: 65 });
    expect(report.procedures[0].steps[0]).toMatchObject({ done: 2, medianSeconds: 20 });
  });

  it('narrows to one protocol version, and refuses a version that does not exist', async () => {
    const v1 = (await call(safetyOfficer, 'GET', `${day}&version=1`)).json();
    expect(v1).toMatchObject({ version: 1 });
    expect(v1.procedures[0].handlings).toBe(3);
    const unknown = await call(safetyOfficer, 'GET', `${day}&version=99`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('unknown_protocol_version');
  });

  it('counts nothing outside the period and lists every procedure when none is chosen', async () => {
    const report = (
      await call(safetyOfficer, 'GET', '/api/v1/compliance/protocol?from=2025-03-11&to=2025-03-31')
    ).json();
    expect(report.procedures.map((p: { key: string }) => p.key)).toEqual([
      'telephone',
      'verbal',
      'physical',
      'written',
    ]);
    expect(report.procedures.every((p: { handlings: number }) => p.handlings === 0)).toBe(true);
  });

  it('counts a handling on the Dutch day it started, also late in the evening UTC', async () => {
    // 2025-03-09 23:30 UTC is 00:30 on 10 March in Amsterdam.
    const id = await handled([warn], 1);
    await t.ctx.db.execute(
      sql`update handlings set started_at = timestamptz '2025-03-09 23:30:00+00' where id = ${id}`,
    );
    const report = (await call(safetyOfficer, 'GET', day)).json();
    expect(report.procedures[0].handlings).toBe(4);
    const before = (
      await call(safetyOfficer, 'GET', '/api/v1/compliance/protocol?from=2025-03-09&to=2025-03-09')
    ).json();
    expect(before.procedures[0].handlings).toBe(0);
    await t.ctx.db.execute(
      sql`update handlings set department_id = ${otherDepartment}, procedure_key = 'written' where id = ${id}`,
    );
  });

  it('refuses employees and a wrong period with a clear Dutch problem', async () => {
    expect((await call(employee, 'GET', day)).statusCode).toBe(403);
    const cases: [string, string][] = [
      ['from=2025-03-11&to=2025-03-10', 'period_invalid'],
      ['from=2019-01-01&to=2025-03-10', 'period_too_long'],
      ['from=2025-13-45', 'validation_failed'],
      ['procedure=karate', 'validation_failed'],
      ['colour=red', 'validation_failed'],
    ];
    for (const [query, code] of cases) {
      const response = await call(safetyOfficer, 'GET', `/api/v1/compliance/protocol?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code, query).toBe(code);
    }
    const dutch = await call(safetyOfficer, 'GET', '/api/v1/compliance/protocol?from=2025-03-11&to=2025-03-10');
    expect(dutch.json().title).toBe('De begindatum ligt na de einddatum.');
  });
});
