import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { DEFAULT_REQUIREMENTS } from './requirements.js';

let t: TestContext;
let employee: Caller;
let manager: Caller;
let officer: Caller;
let hr: Caller;

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
  officer = await loginAs(t.app, demoEmailFor('safety_officer'));
  hr = await loginAs(t.app, demoEmailFor('hr'));
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

interface Row {
  name: string;
  status: string;
  recent: number;
  dueAt: string;
  requirement: { id: string };
}

async function playGoodPath(caller: Caller, scenarioId: string) {
  let attempt = (await call(caller, 'POST', '/api/v1/training/attempts', { scenarioId })).json();
  while (attempt.status === 'active') {
    attempt = (
      await call(caller, 'POST', `/api/v1/training/attempts/${attempt.id}/answers`, {
        nodeId: attempt.current.id,
        option: 0,
      })
    ).json();
  }
  return attempt;
}

describe('training requirements and records', () => {
  it("shows the manager the team's overdue refresher first", async () => {
    const response = await call(manager, 'GET', '/api/v1/training/requirements/team');
    expect(response.statusCode).toBe(200);
    const rows = response.json().requirements as Row[];
    expect(rows[0]).toMatchObject({
      name: 'Sanne de Vries',
      status: 'overdue',
      requirement: { id: 'frontoffice-jaarlijks' },
    });
    const mehmet = rows.filter((row) => row.name === 'Mehmet Yilmaz');
    expect(mehmet.map((row) => [row.requirement.id, row.status]).sort()).toEqual([
      ['frontoffice-jaarlijks', 'done'],
      ['interventieteam-halfjaarlijks', 'done'],
    ]);
    // The manager's own requirements are on their own page, not in the team list.
    expect(rows.some((row) => row.name === 'Joost Bakker')).toBe(false);
  });

  it('brings an overdue refresher back to done after practising, with the new due date a year on', async () => {
    const before = (await call(employee, 'GET', '/api/v1/training/requirements/mine')).json().requirements as Row[];
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ status: 'overdue', recent: 0 });
    const certificateUrl = '/api/v1/training/requirements/mine/frontoffice-jaarlijks/certificate';
    const notYet = await call(employee, 'GET', certificateUrl);
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json()).toMatchObject({ code: 'requirement_not_met' });
    for (const id of ['telefoon-aanmaning', 'balie-schimmel', 'email-woningruil']) {
      expect((await playGoodPath(employee, id)).status).toBe('finished');
    }
    const after = (await call(employee, 'GET', '/api/v1/training/requirements/mine')).json().requirements as Row[];
    expect(after[0]).toMatchObject({ status: 'done', recent: 3 });
    const due = new Date(after[0]?.dueAt ?? '');
    const inAYear = new Date();
    inAYear.setUTCMonth(inAYear.getUTCMonth() + 12);
    expect(Math.abs(due.getTime() - inAYear.getTime())).toBeLessThan(5 * 60_000);

    const certificate = await call(employee, 'GET', certificateUrl);
    expect(certificate.statusCode).toBe(200);
    expect(certificate.headers['content-type']).toBe('application/pdf');
    expect(certificate.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 landscape.
    expect(certificate.rawPayload.toString('latin1')).toMatch(/MediaBox \[0 0 841\.89 595\.28\]/);
    // A requirement of another role, or one that does not exist, is not the employee's.
    const other = '/api/v1/training/requirements/mine/leidinggevende-jaarlijks/certificate';
    expect((await call(employee, 'GET', other)).statusCode).toBe(404);
    expect((await call(employee, 'GET', '/api/v1/training/requirements/mine/BAD!/certificate')).statusCode).toBe(400);
  });

  it('lets only the safety officer change the requirements, refusing bad input whole', async () => {
    const changed = structuredClone(DEFAULT_REQUIREMENTS);
    (changed[0] as (typeof changed)[number]).minimumScenarios = 5;
    for (const caller of [employee, manager, hr]) {
      expect((await call(caller, 'PUT', '/api/v1/training/requirements', { requirements: changed })).statusCode).toBe(
        403,
      );
    }
    const duplicate = [...changed, changed[0]];
    const refused = await call(officer, 'PUT', '/api/v1/training/requirements', { requirements: duplicate });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('validation_failed');
    const unknownRole = [{ ...changed[0], role: 'trainer' }];
    expect(
      (await call(officer, 'PUT', '/api/v1/training/requirements', { requirements: unknownRole })).statusCode,
    ).toBe(400);
    expect((await call(employee, 'GET', '/api/v1/training/requirements')).json().requirements).toEqual(
      DEFAULT_REQUIREMENTS,
    );

    const saved = await call(officer, 'PUT', '/api/v1/training/requirements', { requirements: changed });
    expect(saved.statusCode, saved.body).toBe(200);
    // Five scenarios now: three are no longer enough.
    const mine = (await call(employee, 'GET', '/api/v1/training/requirements/mine')).json().requirements as Row[];
    expect(mine[0]?.status).not.toBe('done');
  });

  it('exports the RI&E evidence as CSV for the safety officer and HR only', async () => {
    // An e-learning pass is part of the evidence too.
    const right = [1, 2, 0];
    expect(
      (await call(employee, 'POST', '/api/v1/training/modules/vier-fasen/quiz', { answers: right })).json().passed,
    ).toBe(true);
    const response = await call(officer, 'GET', '/api/v1/training/evidence.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="rie-training-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('"soort","naam","afdeling","onderwerp","status","datum","vervalt","toelichting"');
    expect(lines.some((line) => line.startsWith('"verplichting","Mehmet Yilmaz","Klantcontact"'))).toBe(true);
    expect(
      lines.some((line) =>
        line.startsWith('"e-learning","Sanne de Vries","Klantcontact","De vier fasen van escalatie","gehaald"'),
      ),
    ).toBe(true);
    expect((await call(hr, 'GET', '/api/v1/training/evidence.csv')).statusCode).toBe(200);
    expect((await call(manager, 'GET', '/api/v1/training/evidence.csv')).statusCode).toBe(403);
    expect((await call(employee, 'GET', '/api/v1/training/evidence.csv')).statusCode).toBe(403);
  });

  it('counts the alarm drills a responder answered in their own office, and nothing else', async () => {
    const mehmetTeam = async () => {
      const rows = (await call(manager, 'GET', '/api/v1/training/requirements/team')).json().requirements as (Row & {
        recentDrills: number;
      })[];
      return rows.find((row) => row.name === 'Mehmet Yilmaz' && row.requirement.id === 'interventieteam-halfjaarlijks');
    };
    // The demo drill six weeks ago, answered by Mehmet, meets the drill part of the team's requirement.
    expect(await mehmetTeam()).toMatchObject({ status: 'done', recentDrills: 1 });
    const [drill] = await queryRows<{ id: string; office_id: string }>(
      t.ctx.db,
      sql`select id, office_id from alarms where drill and raised_by = (select id from users where name = 'Sanne de Vries')`,
    );
    if (!drill) throw new Error('demo drill missing');
    // A real alarm is no drill: it does not count as practice.
    await t.ctx.db.execute(sql`update alarms set drill = false where id = ${drill.id}`);
    expect(await mehmetTeam()).toMatchObject({ recentDrills: 0, completedAt: null });
    // A drill of another office than his own does not count either.
    await t.ctx.db.execute(
      sql`update alarms set drill = true, office_id = (select id from offices where name = 'Kantoor Helmond') where id = ${drill.id}`,
    );
    expect(await mehmetTeam()).toMatchObject({ recentDrills: 0, completedAt: null });
    await t.ctx.db.execute(sql`update alarms set office_id = ${drill.office_id} where id = ${drill.id}`);
    expect(await mehmetTeam()).toMatchObject({ status: 'done', recentDrills: 1 });
  });

  it('counts attendance at a classroom session planned for a requirement, not an invitation or absence', async () => {
    const extra = {
      id: 'klassikaal-acteur',
      role: 'employee',
      title: { nl: 'Training met acteur', en: 'Training with an actor' },
      intervalMonths: 12,
      minimumScenarios: 6,
      minimumDrills: 0,
      channel: null,
      moduleId: null,
    };
    const saved = await call(officer, 'PUT', '/api/v1/training/requirements', {
      requirements: [...DEFAULT_REQUIREMENTS, extra],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const mine = async () =>
      ((await call(employee, 'GET', '/api/v1/training/requirements/mine')).json().requirements as Row[]).find(
        (row) => row.requirement.id === 'klassikaal-acteur',
      ) as Row & { completedAt: string | null };
    expect((await mine()).completedAt).toBeNull(); // three practice conversations, six needed
    const [sanne] = await queryRows<{ id: string }>(t.ctx.db, sql`select id from users where name = 'Sanne de Vries'`);
    const startsAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const plan = (requirementId: string | null) =>
      call(officer, 'POST', '/api/v1/training/sessions', {
        title: 'Oefenen met een trainingsacteur',
        startsAt,
        location: 'Kantoor Eindhoven, zaal 1',
        trainer: 'Trainingsbureau De Grens',
        inviteeIds: [sanne?.id],
        requirementId,
      });
    const unknown = await plan('bestaat-niet');
    expect(unknown.statusCode).toBe(400);
    const planned = await plan('klassikaal-acteur');
    expect(planned.statusCode, planned.body).toBe(201);
    const session = (planned.json().sessions as { id: string; requirementId: string | null; title: string }[]).find(
      (candidate) => candidate.requirementId === 'klassikaal-acteur',
    );
    if (!session) throw new Error('session not listed with its requirement');
    const attendance = (value: string) =>
      call(officer, 'PUT', `/api/v1/training/sessions/${session.id}/attendance`, {
        attendance: [{ userId: sanne?.id, attendance: value }],
        note: 'Grens stellen aan de balie geoefend',
      });
    expect((await mine()).completedAt).toBeNull(); // invited is not attended
    expect((await attendance('absent')).statusCode).toBe(200);
    expect((await mine()).completedAt).toBeNull();
    expect((await attendance('attended')).statusCode).toBe(200);
    const met = await mine();
    expect(met.status).toBe('done');
    expect(met.completedAt).toBe(startsAt);
    await call(officer, 'PUT', '/api/v1/training/requirements', { requirements: DEFAULT_REQUIREMENTS });
  });
});
