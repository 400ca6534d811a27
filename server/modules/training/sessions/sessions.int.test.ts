import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client.js';
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

function call(caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) {
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
      startsAt: '2026-11-03T09:00:00+01:00',
      location: 'Kantoor Eindhoven, zaal 2',
      trainer: 'Trainingsacteur Kees (Kjenning)',
      inviteeIds: [sanne.id, mehmet.id],
    };
    expect((await call(manager, 'POST', '/api/v1/training/sessions', plan)).statusCode).toBe(403);
    expect((await call(employee, 'POST', '/api/v1/training/sessions', plan)).statusCode).toBe(403);
    const created = await call(officer, 'POST', '/api/v1/training/sessions', plan);
    expect(created.statusCode, created.body).toBe(201);
    const session = created.json().sessions[0];
    expect(session).toMatchObject({ title: plan.title, startsAt: '2026-11-03T08:00:00.000Z' });
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
    const base = { title: 'X', startsAt: '2026-11-03T09:00:00+01:00', location: 'Zaal', trainer: 'T' };
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

describe('classroom session mail', () => {
  type Mail = { recipient: string; subject: string; text: string; html: string | null; kind: string };
  const mails = () =>
    queryRows<Mail>(
      t.ctx.db,
      sql`select recipient, subject, text, html, kind from mail_outbox where kind like 'training.session_%' order by recipient`,
    );
  const clear = () => t.ctx.db.execute(sql`delete from mail_outbox where kind like 'training.session_%'`);
  const personId = async (name: string) => {
    const people = (await call(officer, 'GET', '/api/v1/training/people')).json().people as {
      id: string;
      name: string;
    }[];
    const found = people.find((person) => person.name === name);
    if (!found) throw new Error(`demo person ${name} missing`);
    return found.id;
  };
  let planned = 0;
  const plan = async (inviteeIds: string[]) => {
    planned++;
    const title = planned === 1 ? 'Thuisbezoek: grenzen stellen' : `Thuisbezoek: grenzen stellen ${planned}`;
    const created = await call(officer, 'POST', '/api/v1/training/sessions', {
      title,
      startsAt: '2027-01-14T13:30:00+01:00',
      location: 'Kantoor Helmond, zaal 1',
      trainer: 'Kees (trainingsacteur)',
      inviteeIds,
    });
    expect(created.statusCode, created.body).toBe(201);
    const session = (created.json().sessions as { id: string; title: string }[]).find(
      (candidate) => candidate.title === title,
    );
    if (!session) throw new Error('session not listed');
    return session.id;
  };

  it('invites each invitee by mail in their own language, with date, place, trainer and link', async () => {
    await clear();
    await t.ctx.db.execute(sql`update users set language = 'en' where name = 'Mehmet Yilmaz'`);
    const sessionId = await plan([await personId('Sanne de Vries'), await personId('Mehmet Yilmaz')]);
    const queued = await mails();
    expect(queued.map((mail) => [mail.recipient, mail.kind])).toEqual([
      ['interventie@wonenzuid.example', 'training.session_invitation'],
      ['medewerker@wonenzuid.example', 'training.session_invitation'],
    ]);
    const [mehmet, sanne] = queued as [Mail, Mail];
    expect(sanne.subject).toBe('Uitnodiging: Thuisbezoek: grenzen stellen');
    expect(sanne.text).toContain('Beste Sanne de Vries,');
    expect(sanne.text).toContain('Wanneer: donderdag 14 januari 2027 om 13:30 uur');
    expect(sanne.text).toContain('Waar: Kantoor Helmond, zaal 1');
    expect(sanne.text).toContain('Trainer: Kees (trainingsacteur)');
    expect(sanne.text).not.toContain('Dear');
    expect(sanne.text).toContain(`${t.ctx.config.publicUrl}/training#session-${sessionId}`);
    expect(sanne.html).toContain('<html lang="nl">');
    expect(sanne.html).toContain('Kees (trainingsacteur)');
    expect(mehmet.subject).toBe('Invitation: Thuisbezoek: grenzen stellen');
    expect(mehmet.text).toContain('Dear Mehmet Yilmaz,');
    expect(mehmet.text).toContain('When: Thursday, 14 January 2027 at 13:30');
    expect(mehmet.text).not.toContain('Beste');
  });

  it('mails only the newly invited, then everyone on a change of time or place and on cancellation', async () => {
    const sanne = await personId('Sanne de Vries');
    const sessionId = await plan([sanne]);
    await clear();

    const added = await call(officer, 'POST', `/api/v1/training/sessions/${sessionId}/invitees`, {
      inviteeIds: [sanne, await personId('Mehmet Yilmaz')],
    });
    expect(added.statusCode, added.body).toBe(200);
    expect((await mails()).map((mail) => [mail.recipient, mail.kind])).toEqual([
      ['interventie@wonenzuid.example', 'training.session_invitation'],
    ]);
    await clear();

    // A new title alone is not worth a mail; a new time is.
    expect(
      (await call(officer, 'PATCH', `/api/v1/training/sessions/${sessionId}`, { title: 'Thuisbezoek: grenzen' }))
        .statusCode,
    ).toBe(200);
    expect(await mails()).toEqual([]);
    const moved = await call(officer, 'PATCH', `/api/v1/training/sessions/${sessionId}`, {
      startsAt: '2027-01-21T10:00:00+01:00',
      location: 'Kantoor Eindhoven, zaal 3',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const changed = await mails();
    expect(changed.map((mail) => [mail.recipient, mail.kind])).toEqual([
      ['interventie@wonenzuid.example', 'training.session_changed'],
      ['medewerker@wonenzuid.example', 'training.session_changed'],
    ]);
    expect(changed[1]?.subject).toBe('Gewijzigd: Thuisbezoek: grenzen');
    expect(changed[1]?.text).toContain('Wanneer: donderdag 21 januari 2027 om 10:00 uur');
    expect(changed[1]?.text).toContain('Waar: Kantoor Eindhoven, zaal 3');
    expect(changed[0]?.subject).toBe('Changed: Thuisbezoek: grenzen');
    await clear();

    const cancelled = await call(officer, 'POST', `/api/v1/training/sessions/${sessionId}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const session = (cancelled.json().sessions as { id: string; cancelledAt: string | null }[]).find(
      (candidate) => candidate.id === sessionId,
    );
    expect(session?.cancelledAt).not.toBeNull();
    const cancellations = await mails();
    expect(cancellations.map((mail) => [mail.recipient, mail.kind])).toEqual([
      ['interventie@wonenzuid.example', 'training.session_cancelled'],
      ['medewerker@wonenzuid.example', 'training.session_cancelled'],
    ]);
    expect(cancellations[1]?.text).toContain('gaat niet door');
    expect(cancellations[0]?.text).toContain('will not take place');
    const mine = (await call(employee, 'GET', '/api/v1/training/sessions/mine')).json().sessions as {
      id: string;
      cancelledAt: string | null;
    }[];
    expect(mine.find((candidate) => candidate.id === sessionId)?.cancelledAt).not.toBeNull();
  });

  it('queues nothing when the write is refused', async () => {
    const sanne = await personId('Sanne de Vries');
    const sessionId = await plan([sanne]);
    await clear();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const refused = [
      // An unknown invitee among known ones: the whole plan is refused, nobody is mailed.
      await call(officer, 'POST', '/api/v1/training/sessions', {
        title: 'Geweigerd',
        startsAt: '2027-01-14T13:30:00+01:00',
        location: 'Zaal',
        trainer: 'T',
        inviteeIds: [sanne, unknown],
      }),
      await call(officer, 'POST', `/api/v1/training/sessions/${sessionId}/invitees`, {
        inviteeIds: [await personId('Mehmet Yilmaz'), unknown],
      }),
      await call(officer, 'PATCH', `/api/v1/training/sessions/${sessionId}`, {
        location: 'Elders',
        requirementId: 'bestaat-niet',
      }),
      await call(manager, 'PATCH', `/api/v1/training/sessions/${sessionId}`, { location: 'Elders' }),
      await call(employee, 'POST', `/api/v1/training/sessions/${sessionId}/cancel`),
      await call(officer, 'PATCH', `/api/v1/training/sessions/${unknown}`, { location: 'Elders' }),
    ];
    expect(refused.map((response) => response.statusCode)).toEqual([400, 400, 400, 403, 403, 404]);
    // Attendance waits until the session has begun; a session that was held cannot be cancelled.
    const early = await call(officer, 'PUT', `/api/v1/training/sessions/${sessionId}/attendance`, {
      attendance: [{ userId: sanne, attendance: 'attended' }],
      note: '',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('training_session_not_started');
    await t.ctx.db.execute(
      sql`update training_sessions set starts_at = now() - interval '1 hour' where id = ${sessionId}`,
    );
    const recorded = await call(officer, 'PUT', `/api/v1/training/sessions/${sessionId}/attendance`, {
      attendance: [{ userId: sanne, attendance: 'attended' }],
      note: '',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const held = await call(officer, 'POST', `/api/v1/training/sessions/${sessionId}/cancel`);
    expect(held.statusCode).toBe(409);
    expect(held.json().code).toBe('training_session_held');
    expect(await mails()).toEqual([]);
    const session = (await call(officer, 'GET', '/api/v1/training/sessions'))
      .json()
      .sessions.find((candidate: { id: string }) => candidate.id === sessionId);
    expect(session).toMatchObject({ location: 'Kantoor Helmond, zaal 1', cancelledAt: null });
    expect(session.invitees).toHaveLength(1);
  });
});
