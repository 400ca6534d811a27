import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';

let t: TestContext;
let safety: Caller;
let manager: Caller;
let employee: Caller;
const ids: Record<string, string> = {};

function call(caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

async function idOf(query: ReturnType<typeof sql>): Promise<string> {
  const [row] = await queryRows<{ id: string }>(t.ctx.db, query);
  return row?.id as string;
}

beforeAll(async () => {
  t = await createTestContext();
  safety = await loginAs(t.app, demoEmailFor('safety_officer'));
  manager = await loginAs(t.app, 'leidinggevende@wonenzuid.example');
  employee = await loginAs(t.app, demoEmailFor('employee'));
  ids.eindhoven = await idOf(sql`select id from offices where name = 'Kantoor Eindhoven'`);
  ids.helmond = await idOf(sql`select id from offices where name = 'Kantoor Helmond'`);
  ids.mehmet = await idOf(sql`select id from users where email = 'interventie@wonenzuid.example'`);
  ids.joost = await idOf(sql`select id from users where email = 'leidinggevende@wonenzuid.example'`);
});
afterAll(() => t.close());

describe('response teams and duty', () => {
  it('shows the demo office: its intervention team, BHV, the roster and the settings', async () => {
    const duty = (await call(manager, 'GET', `/api/v1/duty/offices/${ids.eindhoven}`)).json();
    expect(duty.teams.map((team: { name: string }) => team.name)).toEqual([
      'BHV Eindhoven',
      'Interventieteam Eindhoven',
    ]);
    const intervention = duty.teams.find((team: { kind: string }) => team.kind === 'intervention');
    const mehmet = intervention.members.find((member: { name: string }) => member.name === 'Mehmet Yilmaz');
    expect(mehmet.shifts).toHaveLength(7);
    expect(mehmet.onDuty).toBe(true); // on duty around the clock in the demo
    expect(duty.settings).toMatchObject({ minReachable: 2, ackTimeoutSeconds: 30 });
    expect(duty.settings.escalation.map((level: { target: string }) => level.target)).toEqual([
      'team',
      'office',
      'managers',
    ]);
  });

  it('creates a security team, sets its roster, and audits every change', async () => {
    const created = await call(safety, 'POST', '/api/v1/duty/teams', {
      officeId: ids.helmond,
      kind: 'security',
      name: 'Beveiliging Helmond',
    });
    expect(created.statusCode, created.body).toBe(201);
    const teamId = created.json().id as string;
    const roster = await call(safety, 'PUT', `/api/v1/duty/teams/${teamId}/members`, {
      members: [{ userId: ids.mehmet, shifts: [{ weekday: 6, startMinute: 600, endMinute: 960 }] }],
    });
    expect(roster.statusCode, roster.body).toBe(204);
    const duty = (await call(safety, 'GET', `/api/v1/duty/offices/${ids.helmond}`)).json();
    const team = duty.teams.find((candidate: { id: string }) => candidate.id === teamId);
    expect(team.members).toEqual([
      expect.objectContaining({ name: 'Mehmet Yilmaz', shifts: [{ weekday: 6, startMinute: 600, endMinute: 960 }] }),
    ]);
    const audit = await queryRows<{ action: string }>(
      t.ctx.db,
      sql`select action from audit_log where entity_id = ${teamId} order by seq`,
    );
    expect(audit.map((row) => row.action)).toEqual(['response_team.created', 'response_team.roster_set']);

    // A list with one member who cannot be called leaves the stored roster as it was.
    const refused = await call(safety, 'PUT', `/api/v1/duty/teams/${teamId}/members`, {
      members: [
        { userId: ids.joost, shifts: [] },
        { userId: await idOf(sql`select id from users where email = 'hr@wonenzuid.example'`), shifts: [] },
      ],
    });
    expect(refused.json()).toMatchObject({ status: 400, code: 'unknown_reference' });
    const after = (await call(safety, 'GET', `/api/v1/duty/offices/${ids.helmond}`)).json();
    expect(after.teams.find((candidate: { id: string }) => candidate.id === teamId).members).toHaveLength(1);
  });

  it('keeps a manager to the office they work at', async () => {
    expect((await call(manager, 'GET', `/api/v1/duty/offices/${ids.helmond}`)).statusCode).toBe(404);
    const refused = await call(manager, 'POST', '/api/v1/duty/teams', {
      officeId: ids.helmond,
      kind: 'bhv',
      name: 'BHV Helmond',
    });
    expect(refused.statusCode).toBe(404);
    const overview = (await call(manager, 'GET', '/api/v1/duty')).json();
    expect(overview.offices.map((office: { name: string }) => office.name)).toEqual(['Kantoor Eindhoven']);
    expect((await call(employee, 'GET', '/api/v1/duty')).statusCode).toBe(403);
  });

  it('lets everyone on the front line set their room and responders their availability', async () => {
    const me = await call(employee, 'PATCH', '/api/v1/duty/me', { room: 'Spreekkamer 1' });
    expect(me.json()).toMatchObject({ room: 'Spreekkamer 1', officeName: 'Kantoor Eindhoven', teams: [] });
    const unknown = await call(employee, 'PATCH', '/api/v1/duty/me', { room: 'x', colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    expect((await call(employee, 'POST', '/api/v1/duty/heartbeat')).statusCode).toBe(204);
    expect((await call(employee, 'GET', '/api/v1/duty/me')).json()).toMatchObject({ reachable: false });
    const responder = await loginAs(t.app, 'interventie@wonenzuid.example');
    await call(responder, 'POST', '/api/v1/duty/heartbeat');
    expect((await call(responder, 'GET', '/api/v1/duty/me')).json()).toMatchObject({
      onDutyNow: true,
      reachable: true,
      available: true,
    });
  });

  it('keeps the presser discreet by default and stores the feedback they choose, audited', async () => {
    expect((await call(employee, 'GET', '/api/v1/duty/me')).json()).toMatchObject({ pressFeedback: 'discreet' });
    const chosen = await call(employee, 'PATCH', '/api/v1/duty/me', { pressFeedback: 'vibrate' });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json()).toMatchObject({ pressFeedback: 'vibrate', room: 'Spreekkamer 1' });
    // Changing the room leaves the choice alone.
    await call(employee, 'PATCH', '/api/v1/duty/me', { room: 'Balie 2' });
    expect((await call(employee, 'GET', '/api/v1/duty/me')).json()).toMatchObject({ pressFeedback: 'vibrate' });
    const siren = await call(employee, 'PATCH', '/api/v1/duty/me', { pressFeedback: 'siren' });
    expect(siren.statusCode).toBe(400);
    expect((await call(employee, 'GET', '/api/v1/duty/me')).json()).toMatchObject({ pressFeedback: 'vibrate' });
    const [audit] = await queryRows<{ changes: { pressFeedback?: { from: string; to: string } } }>(
      t.ctx.db,
      sql`select changes from audit_log where action = 'alarm_profile.updated' and changes ? 'pressFeedback'
          order by seq desc limit 1`,
    );
    expect(audit?.changes.pressFeedback).toEqual({ from: 'discreet', to: 'vibrate' });
    // The database refuses an unknown choice too, whoever writes it.
    await expect(t.ctx.db.execute(sql`update alarm_profiles set press_feedback = 'siren'`)).rejects.toThrow();
    await call(employee, 'PATCH', '/api/v1/duty/me', { pressFeedback: 'discreet' });
  });

  it('refuses an exception that ends before it starts or is for someone outside the team', async () => {
    const team = await idOf(sql`select id from response_teams where name = 'Interventieteam Eindhoven'`);
    const backwards = await call(safety, 'POST', `/api/v1/duty/teams/${team}/exceptions`, {
      userId: ids.mehmet,
      startsAt: '2026-12-24T17:00:00+01:00',
      endsAt: '2026-12-24T08:00:00+01:00',
      onDuty: false,
    });
    expect(backwards.statusCode).toBe(400);
    const outsider = await call(safety, 'POST', `/api/v1/duty/teams/${team}/exceptions`, {
      userId: await idOf(sql`select id from users where email = 'f.elamrani@wonenzuid.example'`),
      startsAt: '2026-12-24T08:00:00+01:00',
      endsAt: '2026-12-24T17:00:00+01:00',
      onDuty: true,
    });
    expect(outsider.json()).toMatchObject({ status: 400, code: 'unknown_reference' });
  });
});
