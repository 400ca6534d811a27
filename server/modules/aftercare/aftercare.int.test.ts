import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { periodOf } from '../../http/period.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { addCalendarDays, dutchDate } from '../../time/dutch-time.js';
import { createUser, orgUnits } from '../incidents/test-users.js';
import { aftercareFigures } from './figures.js';
import type { TCheckin, TIncidentAftercare } from './schema.js';

let t: TestContext;
let employee: Caller & { id: string }; // Sanne de Vries, Klantcontact
let witness: Caller & { id: string }; // Mehmet Yilmaz, Klantcontact
let manager: Caller; // Joost Bakker, manages Klantcontact
let otherManager: Caller; // manages Wonen
let safety: Caller;
let hr: Caller;
let admin: Caller;

async function withId(caller: Caller): Promise<Caller & { id: string }> {
  const session = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(caller) });
  return { ...caller, id: session.json().user.id };
}

beforeAll(async () => {
  t = await createTestContext();
  employee = await withId(await loginAs(t.app, demoEmailFor('employee')));
  witness = await withId(await loginAs(t.app, 'interventie@wonenzuid.example'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
  safety = await loginAs(t.app, demoEmailFor('safety_officer'));
  hr = await loginAs(t.app, demoEmailFor('hr'));
  admin = await loginAs(t.app, demoEmailFor('admin'));
  const units = await orgUnits(t.app, manager);
  otherManager = await createUser(t.app, {
    email: 'manager-wonen@aftercare.example',
    name: 'Wim Wonen',
    roles: ['manager'],
    departmentId: units.department('Wonen'),
  });
}, 60_000);
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

/** Sends a report by the employee with the colleague as a witness; returns its id. */
async function fileReport(occurredAt: Date, extra: object = {}): Promise<string> {
  const created = await call(employee, 'POST', '/api/v1/incidents', {
    occurredAt: occurredAt.toISOString(),
    channel: 'desk',
    forms: ['verbal'],
    facts: 'De klant schreeuwde aan de balie en sloeg op het scherm.',
    witnesses: [{ name: 'Mehmet Yilmaz', userId: witness.id }],
    ...extra,
  });
  expect(created.statusCode, created.body).toBe(201);
  const sent = await call(employee, 'POST', `/api/v1/incidents/${created.json().id}/submit`);
  expect(sent.statusCode, sent.body).toBe(200);
  return created.json().id;
}

async function mine(caller: Caller, incidentId: string): Promise<TCheckin[]> {
  const response = await call(caller, 'GET', '/api/v1/aftercare/mine');
  expect(response.statusCode).toBe(200);
  return (response.json().checkins as TCheckin[]).filter((checkin) => checkin.incidentId === incidentId);
}

async function panel(caller: Caller, incidentId: string): Promise<TIncidentAftercare> {
  const response = await call(caller, 'GET', `/api/v1/incidents/${incidentId}/aftercare`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function readsOf(entityId: string): Promise<{ action: string; actorId: string }[]> {
  return queryRows(
    t.ctx.db,
    sql`select action, actor_id as "actorId" from audit_log where entity_id = ${entityId} and action like 'read.%'`,
  );
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe('check-ins planned when a report is sent', () => {
  it('plans the employee and the witness on the schedule in Dutch calendar days, for their manager', async () => {
    const id = await fileReport(minutesAgo(20));
    const today = dutchDate(minutesAgo(20));
    const own = await mine(employee, id);
    expect(own.map((checkin) => [checkin.sequence, checkin.opensOn, checkin.dueOn])).toEqual([
      [1, today, addCalendarDays(today, 3)],
      [2, addCalendarDays(today, 14), addCalendarDays(today, 17)],
      [3, addCalendarDays(today, 42), addCalendarDays(today, 56)],
    ]);
    expect(own[0]).toMatchObject({ personRole: 'employee', status: 'open', canAnswer: true, canRecord: false });
    expect(own[1]).toMatchObject({ status: 'upcoming', canAnswer: false });
    const theirs = await mine(witness, id);
    expect(theirs.map((checkin) => checkin.personRole)).toEqual(['witness', 'witness', 'witness']);
    // The manager's queue: the first conversations, due within 72 hours; later ones are not yet in it.
    const queue = (await call(manager, 'GET', '/api/v1/aftercare/queue')).json().checkins as TCheckin[];
    const forThis = queue.filter((checkin) => checkin.incidentId === id);
    expect(forThis.map((checkin) => [checkin.person.name, checkin.sequence]).sort()).toEqual([
      ['Mehmet Yilmaz', 1],
      ['Sanne de Vries', 1],
    ]);
    expect(forThis.every((checkin) => checkin.canRecord && checkin.answer === null)).toBe(true);
    // Another department's manager has nothing of it.
    const other = (await call(otherManager, 'GET', '/api/v1/aftercare/queue')).json().checkins as TCheckin[];
    expect(other.filter((checkin) => checkin.incidentId === id)).toEqual([]);
  });

  it('counts from the day the report arrived when the incident is long past, and the next day when asked for', async () => {
    const id = await fileReport(new Date(Date.now() - 20 * 86_400_000), { wantsAftercare: true });
    const today = dutchDate();
    const own = await mine(employee, id);
    expect(own[0]).toMatchObject({ opensOn: today, dueOn: addCalendarDays(today, 1), status: 'open' });
    const old = dutchDate(new Date(Date.now() - 20 * 86_400_000));
    expect(own[2]).toMatchObject({ opensOn: addCalendarDays(old, 42), dueOn: addCalendarDays(old, 56) });
  });

  it('follows the schedule the safety officer sets, for reports sent afterwards', async () => {
    expect((await call(manager, 'PUT', '/api/v1/aftercare/settings', { schedule: [] })).statusCode).toBe(403);
    expect((await call(employee, 'GET', '/api/v1/aftercare/settings')).statusCode).toBe(403);
    const reversed = await call(safety, 'PUT', '/api/v1/aftercare/settings', { schedule: [{ fromDay: 5, dueDay: 2 }] });
    expect(reversed.statusCode).toBe(400);
    const unordered = await call(safety, 'PUT', '/api/v1/aftercare/settings', {
      schedule: [
        { fromDay: 0, dueDay: 9 },
        { fromDay: 3, dueDay: 4 },
      ],
    });
    expect(unordered.statusCode).toBe(400);
    const before = await fileReport(minutesAgo(10));
    const set = await call(safety, 'PUT', '/api/v1/aftercare/settings', {
      schedule: [
        { fromDay: 0, dueDay: 2 },
        { fromDay: 7, dueDay: 10 },
      ],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ isDefault: false, schedule: [{ dueDay: 2 }, { dueDay: 10 }] });
    const after = await fileReport(minutesAgo(10));
    const today = dutchDate(minutesAgo(10));
    expect((await mine(employee, after)).map((checkin) => checkin.dueOn)).toEqual([
      addCalendarDays(today, 2),
      addCalendarDays(today, 10),
    ]);
    expect(await mine(employee, before)).toHaveLength(3);
    // The admin may set it back.
    const back = await call(admin, 'PUT', '/api/v1/aftercare/settings', {
      schedule: [
        { fromDay: 0, dueDay: 3 },
        { fromDay: 14, dueDay: 17 },
        { fromDay: 42, dueDay: 56 },
      ],
    });
    expect(back.statusCode).toBe(200);
  });

  it('gives the check-ins to the safety officer when the report was routed there', async () => {
    const id = await fileReport(minutesAgo(5), { routeTo: 'safety_officer' });
    const queue = (await call(safety, 'GET', '/api/v1/aftercare/queue')).json().checkins as TCheckin[];
    expect(queue.filter((checkin) => checkin.incidentId === id)).toHaveLength(2);
    const managerQueue = (await call(manager, 'GET', '/api/v1/aftercare/queue')).json().checkins as TCheckin[];
    expect(managerQueue.filter((checkin) => checkin.incidentId === id)).toEqual([]);
    expect((await call(manager, 'GET', `/api/v1/incidents/${id}/aftercare`)).statusCode).toBe(404);
  });
});

describe('answers, conversations and who sees them', () => {
  let id: string;
  let first: TCheckin;

  beforeAll(async () => {
    id = await fileReport(minutesAgo(60));
    first = (await mine(employee, id))[0] as TCheckin;
  });

  it('lets only the person answer their own check-in', async () => {
    const answer = { needs: '<b>Even rust</b> en een gesprek', wellbeing: 2, referrals: ['hr', 'confidant'] };
    expect((await call(witness, 'POST', `/api/v1/aftercare/checkins/${first.id}/answer`, answer)).statusCode).toBe(404);
    expect((await call(manager, 'POST', `/api/v1/aftercare/checkins/${first.id}/answer`, answer)).statusCode).toBe(404);
    const bad = [
      { ...answer, wellbeing: 6 },
      { ...answer, referrals: ['pastor'] },
      { ...answer, mood: 'ok' },
      { ...answer, needs: 'x'.repeat(4001) },
    ];
    for (const payload of bad)
      expect((await call(employee, 'POST', `/api/v1/aftercare/checkins/${first.id}/answer`, payload)).statusCode).toBe(
        400,
      );
    const upcoming = (await mine(employee, id))[1] as TCheckin;
    const early = await call(employee, 'POST', `/api/v1/aftercare/checkins/${upcoming.id}/answer`, answer);
    expect(early.statusCode).toBe(409);
    const answered = await call(employee, 'POST', `/api/v1/aftercare/checkins/${first.id}/answer`, answer);
    expect(answered.statusCode, answered.body).toBe(200);
    // HTML is kept as text, for the screen to show as text.
    expect(answered.json().answer).toMatchObject({ needs: '<b>Even rust</b> en een gesprek', wellbeing: 2 });
  });

  it('shows the answers to the manager of the department, logged, and not to another manager', async () => {
    const seen = await panel(manager, id);
    const own = seen.checkins.find((checkin) => checkin.id === first.id);
    expect(own?.answer).toMatchObject({ wellbeing: 2, referrals: ['hr', 'confidant'] });
    const reads = await readsOf(first.id);
    expect(reads.map((read) => read.action)).toContain('read.aftercare_checkin');
    expect((await call(otherManager, 'GET', `/api/v1/incidents/${id}/aftercare`)).statusCode).toBe(404);
    expect((await call(hr, 'GET', `/api/v1/incidents/${id}/aftercare`)).statusCode).toBe(403);
    expect((await call(employee, 'GET', `/api/v1/incidents/${id}/aftercare`)).statusCode).toBe(403);
    // The safety officer follows every case, but the answers are not theirs to read when the manager holds them.
    const overseen = await panel(safety, id);
    expect(overseen.checkins.find((checkin) => checkin.id === first.id)).toMatchObject({
      answered: true,
      private: false,
      answer: null,
    });
  });

  it('shows HR only the referrals asked of HR, without how the person feels, and logs it', async () => {
    const list = (await call(hr, 'GET', '/api/v1/aftercare/referrals')).json().referrals;
    const referral = list.find((row: { checkinId: string }) => row.checkinId === first.id);
    expect(referral).toMatchObject({ referrals: ['hr'], needs: '<b>Even rust</b> en een gesprek' });
    expect(referral).not.toHaveProperty('wellbeing');
    expect((await readsOf(first.id)).some((read) => read.action === 'read.aftercare_referral')).toBe(true);
    expect((await call(manager, 'GET', '/api/v1/aftercare/referrals')).statusCode).toBe(403);
    const handled = await call(hr, 'POST', `/api/v1/aftercare/checkins/${first.id}/referral-handled`);
    expect(handled.statusCode).toBe(204);
    expect((await call(hr, 'POST', `/api/v1/aftercare/checkins/${first.id}/referral-handled`)).statusCode).toBe(409);
    // A check-in nobody asked HR anything on does not exist for HR.
    const witnessFirst = (await mine(witness, id))[0] as TCheckin;
    expect((await call(hr, 'POST', `/api/v1/aftercare/checkins/${witnessFirst.id}/referral-handled`)).statusCode).toBe(
      404,
    );
  });

  it('lets the person ask for a conversation at any time, which reaches the manager', async () => {
    const asked = await call(witness, 'POST', '/api/v1/aftercare/conversation-requests', {
      incidentId: id,
      message: 'Ik slaap er slecht van.',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ kind: 'requested', dueOn: addCalendarDays(dutchDate(), 2), answered: true });
    const again = await call(witness, 'POST', '/api/v1/aftercare/conversation-requests', {
      incidentId: id,
      message: '',
    });
    expect(again.statusCode).toBe(409);
    // Someone not on the report cannot ask on it.
    const stranger = await call(otherManager, 'POST', '/api/v1/aftercare/conversation-requests', {
      incidentId: id,
      message: '',
    });
    expect(stranger.statusCode).toBe(404);
    const queue = (await call(manager, 'GET', '/api/v1/aftercare/queue')).json().checkins as TCheckin[];
    expect(queue.find((checkin) => checkin.id === asked.json().id)).toMatchObject({
      person: { name: 'Mehmet Yilmaz' },
    });
  });

  it('lets the manager record the conversation held, which the person then sees', async () => {
    const url = `/api/v1/aftercare/checkins/${first.id}/conversation`;
    const talk = { heldOn: dutchDate(), notes: 'Gesproken bij de koffie.', agreements: 'Twee dagen geen baliedienst.' };
    expect((await call(otherManager, 'POST', url, talk)).statusCode).toBe(404);
    expect((await call(employee, 'POST', url, talk)).statusCode).toBe(403);
    expect((await call(manager, 'POST', url, { ...talk, heldOn: addCalendarDays(dutchDate(), 1) })).statusCode).toBe(
      400,
    );
    expect((await call(manager, 'POST', url, { ...talk, heldOn: '2026-02-30' })).statusCode).toBe(400);
    const recorded = await call(manager, 'POST', url, talk);
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().checkins.find((checkin: TCheckin) => checkin.id === first.id)).toMatchObject({
      status: 'done',
      conversation: { agreements: 'Twee dagen geen baliedienst.', recordedBy: 'Joost Bakker' },
    });
    const own = (await mine(employee, id))[0];
    expect(own).toMatchObject({ status: 'done', canAnswer: false, conversation: { heldOn: dutchDate() } });
    const late = await call(employee, 'POST', `/api/v1/aftercare/checkins/${first.id}/answer`, {
      needs: '',
      wellbeing: 4,
      referrals: [],
    });
    expect(late.statusCode).toBe(409);
  });
});

describe('absence linked to the incident', () => {
  it('adds up per person and puts the incident on the Arbo register past 3 days', async () => {
    const id = await fileReport(minutesAgo(90));
    const register = async () =>
      (await call(manager, 'GET', '/api/v1/incidents/arbo-register'))
        .json()
        .incidents.map((row: { id: string }) => row.id);
    const url = `/api/v1/incidents/${id}/absences`;
    const today = dutchDate();
    expect((await call(manager, 'POST', url, { personId: employee.id, startOn: today, days: 2 })).statusCode).toBe(204);
    // The witness is absent two days too: per person, so still not more than 3.
    expect((await call(hr, 'POST', url, { personId: witness.id, startOn: today, days: 2 })).statusCode).toBe(204);
    expect(await register()).not.toContain(id);
    const period = { personId: employee.id, startOn: addCalendarDays(today, -4), endOn: addCalendarDays(today, -3) };
    expect((await call(manager, 'POST', url, period)).statusCode).toBe(204);
    expect(await register()).toContain(id);
    const seen = await panel(manager, id);
    expect(seen.absenceDays).toBe(4);
    expect(seen.absences.map((absence) => absence.days).sort()).toEqual([2, 2, 2]);
    const report = (await call(manager, 'GET', `/api/v1/incidents/${id}`)).json();
    expect(report).toMatchObject({ absenceDays: 4, sickLeave: true });
  });

  it('refuses bad absence, people not on the report and those who may not know the report', async () => {
    const id = await fileReport(minutesAgo(30));
    const url = `/api/v1/incidents/${id}/absences`;
    const today = dutchDate();
    const bad = [
      { personId: employee.id, startOn: today },
      { personId: employee.id, startOn: today, days: 0 },
      { personId: employee.id, startOn: today, days: 2, endOn: today },
      { personId: employee.id, startOn: 'gisteren', days: 2 },
    ];
    for (const payload of bad) expect((await call(manager, 'POST', url, payload)).statusCode).toBe(400);
    expect(
      (await call(manager, 'POST', url, { personId: employee.id, startOn: today, endOn: addCalendarDays(today, -1) }))
        .statusCode,
    ).toBe(400);
    expect(
      (await call(manager, 'POST', url, { personId: employee.id, startOn: addCalendarDays(today, 1), days: 1 }))
        .statusCode,
    ).toBe(400);
    const stranger = await call(manager, 'GET', '/api/v1/auth/session');
    expect(
      (await call(manager, 'POST', url, { personId: stranger.json().user.id, startOn: today, days: 1 })).statusCode,
    ).toBe(400);
    expect((await call(otherManager, 'POST', url, { personId: employee.id, startOn: today, days: 1 })).statusCode).toBe(
      404,
    );
    expect((await call(employee, 'POST', url, { personId: employee.id, startOn: today, days: 1 })).statusCode).toBe(
      403,
    );
    const rows = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from aftercare_absences where incident_id = ${id}`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});

describe('debrief and evaluation', () => {
  it('keeps the debrief on the case and puts evaluation proposals on the safety officer list', async () => {
    const id = await fileReport(minutesAgo(120));
    const debrief = {
      heldOn: dutchDate(),
      participants: 'Team balie',
      wentWell: 'Collega kwam direct naast Sanne staan.',
      couldBeSharper: 'Eerder de grens benoemen.',
      triggers: 'Lange wachttijd, uitkering stopgezet.',
    };
    expect((await call(otherManager, 'PUT', `/api/v1/incidents/${id}/debrief`, debrief)).statusCode).toBe(404);
    expect((await call(manager, 'PUT', `/api/v1/incidents/${id}/debrief`, { ...debrief, extra: 1 })).statusCode).toBe(
      400,
    );
    const saved = await call(manager, 'PUT', `/api/v1/incidents/${id}/debrief`, debrief);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().debrief).toMatchObject({ triggers: debrief.triggers, recordedBy: 'Joost Bakker' });

    const evaluation = {
      protocolFollowed: 'partly',
      explanation: 'Stap 3 (de klant vragen te vertrekken) duurde te lang.',
      needsTightening: true,
      proposals: ['Beveiliging direct bellen bij fase 4 aan de balie.', 'Tweede collega standaard bij de balie.'],
    };
    const noNeed = await call(manager, 'PUT', `/api/v1/incidents/${id}/evaluation`, {
      ...evaluation,
      needsTightening: false,
    });
    expect(noNeed.statusCode).toBe(400);
    const evaluated = await call(manager, 'PUT', `/api/v1/incidents/${id}/evaluation`, evaluation);
    expect(evaluated.statusCode, evaluated.body).toBe(200);
    expect(evaluated.json().evaluation).toMatchObject({ protocolFollowed: 'partly', needsTightening: true });
    expect(evaluated.json().proposals).toHaveLength(2);

    expect((await call(manager, 'GET', '/api/v1/aftercare/proposals')).statusCode).toBe(403);
    const list = (await call(safety, 'GET', '/api/v1/aftercare/proposals')).json();
    expect(list.currentVersion).toBeGreaterThanOrEqual(1);
    const [one, two] = list.proposals.filter((proposal: { incidentId: string }) => proposal.incidentId === id);
    expect(one).toMatchObject({ status: 'new', proposedBy: 'Joost Bakker' });
    const move = (proposalId: string, body: object) =>
      call(safety, 'POST', `/api/v1/aftercare/proposals/${proposalId}/status`, body);
    expect((await move(one.id, { status: 'under_consideration' })).json().status).toBe('under_consideration');
    expect((await move(one.id, { status: 'adopted' })).statusCode).toBe(400);
    expect((await move(one.id, { status: 'adopted', adoptedInVersion: 999 })).statusCode).toBe(400);
    const adopted = await move(one.id, { status: 'adopted', adoptedInVersion: list.currentVersion });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json()).toMatchObject({ status: 'adopted', adoptedInVersion: list.currentVersion });
    expect((await move(one.id, { status: 'rejected', rejectionReason: 'toch niet' })).statusCode).toBe(409);
    expect((await move(two.id, { status: 'rejected' })).statusCode).toBe(400);
    expect((await move(two.id, { status: 'new' })).statusCode).toBe(400);
    const rejected = await move(two.id, { status: 'rejected', rejectionReason: 'Te weinig collega’s per locatie.' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: 'Te weinig collega’s per locatie.' });
    expect(
      (await call(manager, 'POST', `/api/v1/aftercare/proposals/${two.id}/status`, { status: 'new' })).statusCode,
    ).toBe(403);
    const actions = await queryRows<{ action: string }>(
      t.ctx.db,
      sql`select action from audit_log where entity_id in (${one.id}, ${two.id}, ${id}) order by seq`,
    );
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(['debrief.recorded', 'evaluation.recorded', 'proposal.status_changed']),
    );
  });
});

describe('figures for the dashboard', () => {
  it('counts check-ins due per department and absence days, without names', async () => {
    const id = await fileReport(minutesAgo(15));
    const first = (await mine(employee, id))[0] as TCheckin;
    const talk = { heldOn: dutchDate(), notes: '', agreements: '' };
    expect((await call(manager, 'POST', `/api/v1/aftercare/checkins/${first.id}/conversation`, talk)).statusCode).toBe(
      200,
    );
    const absence = { personId: employee.id, startOn: dutchDate(), days: 6 };
    expect((await call(manager, 'POST', `/api/v1/incidents/${id}/absences`, absence)).statusCode).toBe(204);
    // Check-ins count by their due day, which lies ahead for reports sent today.
    const period = periodOf({ from: addCalendarDays(dutchDate(), -30), to: addCalendarDays(dutchDate(), 60) }, 1);
    const rows = await aftercareFigures(t.ctx.db, period);
    const klantcontact = rows.find((row) => row.departmentName === 'Klantcontact');
    expect(klantcontact).toBeDefined();
    expect(klantcontact?.checkinsDue).toBeGreaterThanOrEqual(1);
    expect(klantcontact?.onTime).toBeGreaterThanOrEqual(1);
    expect(klantcontact?.absenceDays).toBeGreaterThanOrEqual(6);
    const counted = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from aftercare_checkins
          where due_on between ${period.from} and ${period.to}`,
    );
    expect(rows.reduce((sum, row) => sum + row.checkinsDue, 0)).toBe(counted[0]?.n);
    const api = await call(hr, 'GET', '/api/v1/aftercare/figures');
    expect(api.statusCode).toBe(200);
    expect(JSON.stringify(api.json())).not.toContain('Sanne');
    expect((await call(manager, 'GET', '/api/v1/aftercare/figures')).statusCode).toBe(403);
  });
});

describe('the demo organisation', () => {
  it('shows a held, a due and an overdue first conversation, a debrief and two proposals', async () => {
    const queue = (await call(manager, 'GET', '/api/v1/aftercare/queue')).json().checkins as TCheckin[];
    const demo = queue.filter((checkin) => checkin.incidentOccurredAt && checkin.sequence === 1);
    expect(demo.some((checkin) => checkin.person.name === 'Mehmet Yilmaz' && checkin.status === 'overdue')).toBe(true);
    expect(demo.some((checkin) => checkin.person.name === 'Sanne de Vries' && checkin.status === 'open')).toBe(true);
    const own = (await call(employee, 'GET', '/api/v1/aftercare/mine')).json().checkins as TCheckin[];
    const held = own.find((checkin) => checkin.conversation?.agreements.includes('HR belt'));
    expect(held).toMatchObject({ status: 'done', answer: { wellbeing: 2, referrals: ['hr'] } });
    const threat = held?.incidentId as string;
    const seen = await panel(manager, threat);
    expect(seen.debrief?.triggers).toContain('Huurachterstand');
    expect(seen.proposals.map((proposal) => proposal.status).sort()).toEqual(['new', 'under_consideration']);
    expect(seen.absenceDays).toBe(5);
    const register = (await call(manager, 'GET', '/api/v1/incidents/arbo-register')).json().incidents;
    expect(register.map((row: { id: string }) => row.id)).toContain(threat);
  });
});
