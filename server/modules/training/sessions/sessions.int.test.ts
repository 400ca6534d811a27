import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../../http/test-client.js';

let t: TestContext;
let employee: Caller;
let manager: Caller;
let officer: Caller;

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
  officer = await loginAs(t.app, demoEmailFor('safety_officer'));
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

describe('classroom sessions', () => {
  it('are planned with invitations, attendance and a trainer’s note by the safety officer', async () => {
    const people = (await call(officer, 'GET', '/api/v1/training/people')).json().people as {
      id: string;
      name: string;
    }[];
    const sanne = people.find((person) => person.name === 'Sanne de Vries');
    const mehmet = people.find((person) => person.name === 'Mehmet Yilmaz');
    if (!sanne || !mehmet) throw new Error('demo people missing');
    const plan = {
      title: 'Training met trainingsacteur: balie',
      startsAt: '2026-12-03T09:00:00+01:00',
      location: 'Kantoor Eindhoven, zaal 2',
      trainer: 'Trainingsacteur Kees (Kjenning)',
      inviteeIds: [sanne.id, mehmet.id],
    };
    expect((await call(manager, 'POST', '/api/v1/training/sessions', plan)).statusCode).toBe(403);
    expect((await call(employee, 'POST', '/api/v1/training/sessions', plan)).statusCode).toBe(403);
    const created = await call(officer, 'POST', '/api/v1/training/sessions', plan);
    expect(created.statusCode, created.body).toBe(201);
    const session = created.json().sessions[0];
    expect(session).toMatchObject({ title: plan.title, startsAt: '2026-12-03T08:00:00.000Z' });
    expect(session.invitees.map((invitee: { attendance: string }) => invitee.attendance)).toEqual([
      'invited',
      'invited',
    ]);

    const mine = (await call(employee, 'GET', '/api/v1/training/sessions/mine')).json().sessions;
    expect(mine).toEqual([expect.objectContaining({ title: plan.title, attendance: 'invited' })]);

    const recorded = await call(officer, 'PUT', `/api/v1/training/sessions/${session.id}/attendance`, {
      attendance: [
        { userId: sanne.id, attendance: 'attended' },
        { userId: mehmet.id, attendance: 'absent' },
      ],
      note: 'Grenzen stellen aan de balie geoefend. Sanne: grens eerder inzetten.',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const after = recorded.json().sessions[0];
    expect(after.note).toContain('grens eerder inzetten');
    expect((await call(employee, 'GET', '/api/v1/training/sessions/mine')).json().sessions[0].attendance).toBe(
      'attended',
    );
  });

  it('refuses bad plans and attendance for people who were not invited, storing nothing', async () => {
    const before = (await call(officer, 'GET', '/api/v1/training/sessions')).json().sessions.length;
    const base = { title: 'X', startsAt: '2026-12-03T09:00:00+01:00', location: 'Zaal', trainer: 'T' };
    const cases = [
      { ...base, inviteeIds: [] },
      { ...base, startsAt: 'morgen', inviteeIds: ['00000000-0000-4000-8000-000000000000'] },
      { ...base, title: '', inviteeIds: ['00000000-0000-4000-8000-000000000000'] },
    ];
    for (const payload of cases) {
      expect((await call(officer, 'POST', '/api/v1/training/sessions', payload)).statusCode).toBe(400);
    }
    const unknown = await call(officer, 'POST', '/api/v1/training/sessions', {
      ...base,
      inviteeIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('unknown_reference');
    expect((await call(officer, 'GET', '/api/v1/training/sessions')).json().sessions.length).toBe(before);

    const session = (await call(officer, 'GET', '/api/v1/training/sessions')).json().sessions[0];
    const stranger = await call(officer, 'PUT', `/api/v1/training/sessions/${session.id}/attendance`, {
      attendance: [{ userId: '00000000-0000-4000-8000-000000000000', attendance: 'attended' }],
      note: 'Gewijzigd',
    });
    expect(stranger.statusCode).toBe(400);
    const unchanged = (await call(officer, 'GET', '/api/v1/training/sessions')).json().sessions[0];
    expect(unchanged.note).toBe(session.note);
  });
});
