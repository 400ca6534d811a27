import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { addCalendarDays, dutchDate } from '../../time/dutch-time.js';
import { DEMO_DOMAIN } from '../demo/credentials.js';
import { departments, teams } from '../org/tables.js';
import { users } from '../users/tables.js';
import type { TPlan } from './schema.js';

let t: TestContext;
let employee: Caller;
let colleague: Caller;
let manager: Caller;
let officer: Caller;
let director: Caller;
let otherTeamId: string;
let emptyTeamId: string;

beforeAll(async () => {
  t = await createTestContext({ demo: true });
  employee = await loginAs(t.app, demoEmailFor('employee'));
  colleague = await loginAs(t.app, `interventie@${DEMO_DOMAIN}`);
  manager = await loginAs(t.app, demoEmailFor('manager'));
  officer = await loginAs(t.app, demoEmailFor('safety_officer'));
  director = await loginAs(t.app, demoEmailFor('director'));
  // A team in another department, with one member, so a manager's boundary can be tested.
  const [housing] = await t.ctx.db.select().from(departments).where(eq(departments.name, 'Wonen'));
  const [team] = await t.ctx.db.select().from(teams).where(eq(teams.name, 'Woonconsulenten'));
  if (!housing || !team) throw new Error('demo organisation missing');
  otherTeamId = team.id;
  await t.ctx.db
    .insert(users)
    .values({ email: 'w.consulent@example.org', name: 'Wim Consulent', departmentId: housing.id, teamId: team.id });
  const [empty] = await t.ctx.db.select().from(teams).where(eq(teams.name, 'Huurincasso'));
  if (!empty) throw new Error('demo team missing');
  emptyTeamId = empty.id;
  // The front office in Eindhoven as these tests know it: Sanne and Mehmet (the demo's survey colleagues, who have
  // no login, are moved out, so the duo pairs below are the two people who can sign in).
  const eindhoven = await teamId('Frontoffice Eindhoven');
  await t.ctx.db.execute(sql`update users set team_id = null where team_id = ${eindhoven} and password_hash is null`);
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

async function teamId(name: string): Promise<string> {
  const [team] = await t.ctx.db.select().from(teams).where(eq(teams.name, name));
  if (!team) throw new Error(`no team ${name}`);
  return team.id;
}

const observation = {
  observedOn: dutchDate(),
  situation: 'Klant aan de balie verhief zijn stem over een afgewezen aanvraag.',
  scriptParts: ['acknowledge', 'boundary'],
  wentWell: 'Rustig benoemd wat ze zag: "u schreeuwt".',
  toSharpen: 'Eerder een keuze bieden.',
};

describe('the 90-day plan', () => {
  let plan: TPlan;
  const start = addCalendarDays(dutchDate(), -20);

  it('is started by the safety officer after a training session, from the template, in Dutch calendar days', async () => {
    const session = await call(officer, 'POST', '/api/v1/training/sessions', {
      title: 'Training met trainingsacteur',
      startsAt: new Date(Date.now() - 21 * 86_400_000).toISOString(),
      location: 'Zaal 2',
      trainer: 'Kees',
      inviteeIds: [(await t.ctx.db.select().from(users).where(eq(users.name, 'Sanne de Vries')))[0]?.id],
    });
    expect(session.statusCode, session.body).toBe(201);
    const sessionId = session.json().sessions[0].id as string;
    const options = (await call(officer, 'GET', '/api/v1/coaching-plans/options')).json();
    expect(options.sessions.map((entry: { id: string }) => entry.id)).toContain(sessionId);
    const eindhoven = await teamId('Frontoffice Eindhoven');
    const created = await call(officer, 'POST', '/api/v1/coaching-plans', {
      teamId: eindhoven,
      startDate: start,
      sessionId,
    });
    expect(created.statusCode, created.body).toBe(201);
    plan = created.json();
    expect(plan).toMatchObject({ teamName: 'Frontoffice Eindhoven', sessionTitle: 'Training met trainingsacteur' });
    expect(plan.endDate).toBe(addCalendarDays(start, 89));
    expect(plan.items.map((item) => [item.stage, item.dueDate])).toEqual([
      ['micro_exercise', addCalendarDays(start, 2)],
      ['micro_exercise', addCalendarDays(start, 6)],
      ['micro_exercise', addCalendarDays(start, 9)],
      ['micro_exercise', addCalendarDays(start, 13)],
      ['duo_coaching', addCalendarDays(start, 27)],
      ['repetition', addCalendarDays(start, 44)],
      ['repetition', addCalendarDays(start, 58)],
      ['audit', addCalendarDays(start, 89)],
    ]);
    // Exercises come from the current protocol's boundary sentences and the scenario library, read when shown.
    const first = plan.items[0];
    expect(first?.sentences.length).toBe(2);
    expect(first?.sentences[0]?.sentence.nl.length).toBeGreaterThan(5);
    expect(first?.scenarios[0]?.level).toBe('basic');
    expect(plan.items[5]?.scenarios.every((scenario) => scenario.level === 'month2')).toBe(true);
    expect(plan.items[5]?.scenarios.length).toBeGreaterThan(0);
    // Owners: the department's manager for meetings, the duo itself, the safety officer for the audit.
    expect(first?.owner.name).toBe('Joost Bakker');
    expect(plan.items[4]?.pair.map((person) => person.name)).toEqual(['Mehmet Yilmaz', 'Sanne de Vries']);
    expect(plan.items[4]?.owner.name).toBe('Mehmet Yilmaz');
    expect(plan.items[7]?.owner.name).toBe('Joyce Herzig');
    expect(plan).toMatchObject({ total: 8, done: 0, overdue: 4 });
    expect(plan.items.filter((item) => item.overdue).map((item) => item.position)).toEqual([0, 1, 2, 3]);
  });

  it('refuses a second plan while one runs, and bad starts, storing nothing', async () => {
    const eindhoven = await teamId('Frontoffice Eindhoven');
    const again = await call(manager, 'POST', '/api/v1/coaching-plans', { teamId: eindhoven });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('plan_running');
    const empty = await call(officer, 'POST', '/api/v1/coaching-plans', { teamId: emptyTeamId });
    expect(empty.json().code).toBe('plan_team_empty');
    const far = await call(officer, 'POST', '/api/v1/coaching-plans', { teamId: otherTeamId, startDate: '2030-01-01' });
    expect(far.json().code).toBe('plan_date_out_of_range');
    expect((await call(officer, 'POST', '/api/v1/coaching-plans', { teamId: otherTeamId, extra: 1 })).statusCode).toBe(
      400,
    );
    const plans = (await call(officer, 'GET', '/api/v1/coaching-plans')).json().plans as TPlan[];
    expect(plans.map((entry) => entry.teamName).sort()).toEqual(['Frontoffice Eindhoven', 'Frontoffice Helmond']);
  });

  it('shows overdue items on the owner’s home screen only', async () => {
    const home = (await call(manager, 'GET', '/api/v1/home')).json();
    const ofTeam = (team: string) =>
      home.overduePlanItems.filter((item: { teamName: string }) => item.teamName === team);
    // The demo plan's month-2 repetition is overdue too.
    expect(ofTeam('Frontoffice Helmond')).toEqual([expect.objectContaining({ stage: 'repetition' })]);
    expect(ofTeam('Frontoffice Eindhoven').map((item: { dueDate: string }) => item.dueDate)).toEqual(
      [2, 6, 9, 13].map((days) => addCalendarDays(start, days)),
    );
    expect(ofTeam('Frontoffice Eindhoven')[0]).toMatchObject({ stage: 'micro_exercise' });
    expect((await call(employee, 'GET', '/api/v1/home')).json().overduePlanItems).toEqual([]);
    expect((await call(officer, 'GET', '/api/v1/home')).json().overduePlanItems).toEqual([]);
  });

  it('lets owners tick items with a note, and re-plan; progress follows', async () => {
    const item = plan.items[0];
    if (!item) throw new Error('no item');
    const ticked = await call(manager, 'POST', `/api/v1/coaching-plans/items/${item.id}/done`, {
      note: 'Twee grenszinnen geoefend in het teamoverleg.',
    });
    expect(ticked.statusCode, ticked.body).toBe(200);
    const twice = await call(manager, 'POST', `/api/v1/coaching-plans/items/${item.id}/done`, { note: '' });
    expect(twice.json().code).toBe('plan_item_done');
    const second = plan.items[1];
    if (!second) throw new Error('no item');
    const newDate = addCalendarDays(dutchDate(), 3);
    const replanned = await call(manager, 'POST', `/api/v1/coaching-plans/items/${second.id}/replan`, {
      dueDate: newDate,
      note: 'Teamoverleg verschoven.',
    });
    expect(replanned.statusCode, replanned.body).toBe(200);
    const after: TPlan = (await call(manager, 'GET', `/api/v1/coaching-plans/${plan.id}`)).json();
    expect(after).toMatchObject({ done: 1, overdue: 2 });
    expect(after.items[0]).toMatchObject({
      doneByName: 'Joost Bakker',
      note: 'Twee grenszinnen geoefend in het teamoverleg.',
    });
    expect(after.items[1]).toMatchObject({ dueDate: newDate, overdue: false, note: 'Teamoverleg verschoven.' });
    expect(after.stages.find((stage) => stage.stage === 'micro_exercise')).toEqual({
      stage: 'micro_exercise',
      total: 4,
      done: 1,
    });
    const overdue = (await call(manager, 'GET', '/api/v1/home')).json().overduePlanItems as { teamName: string }[];
    expect(overdue.filter((item) => item.teamName === 'Frontoffice Eindhoven')).toHaveLength(2);
  });

  it('asks the duo for the observation form and stores it', async () => {
    const duo = plan.items[4];
    if (!duo) throw new Error('no duo');
    const mine = (await call(colleague, 'GET', '/api/v1/coaching-plans/items/mine')).json().items;
    expect(mine.map((item: { id: string }) => item.id)).toEqual([duo.id]);
    const missing = await call(colleague, 'POST', `/api/v1/coaching-plans/items/${duo.id}/done`, { note: '' });
    expect(missing.json().code).toBe('plan_observation_required');
    const wrong = await call(manager, 'POST', `/api/v1/coaching-plans/items/${plan.items[2]?.id}/done`, {
      note: '',
      observation,
    });
    expect(wrong.json().code).toBe('plan_observation_not_expected');
    const done = await call(colleague, 'POST', `/api/v1/coaching-plans/items/${duo.id}/done`, {
      note: 'Gedaan',
      observation,
    });
    expect(done.statusCode, done.body).toBe(200);
    const after: TPlan = (await call(officer, 'GET', `/api/v1/coaching-plans/${plan.id}`)).json();
    expect(after.items[4]?.observation).toEqual(observation);
  });

  it('keeps plans within the department and the roles that may see them', async () => {
    const other = await call(officer, 'POST', '/api/v1/coaching-plans', { teamId: otherTeamId });
    expect(other.statusCode, other.body).toBe(201);
    const otherPlan: TPlan = other.json();
    // A manager does not learn that another department's plan exists.
    expect((await call(manager, 'GET', `/api/v1/coaching-plans/${otherPlan.id}`)).statusCode).toBe(404);
    const foreign = otherPlan.items[0]?.id;
    expect((await call(manager, 'POST', `/api/v1/coaching-plans/items/${foreign}/done`, { note: '' })).statusCode).toBe(
      404,
    );
    expect((await call(manager, 'POST', '/api/v1/coaching-plans', { teamId: otherTeamId })).statusCode).toBe(404);
    const managerSees = (await call(manager, 'GET', '/api/v1/coaching-plans')).json().plans.map((p: TPlan) => p.id);
    expect(managerSees).toContain(plan.id);
    expect(managerSees).not.toContain(otherPlan.id);
    expect((await call(director, 'GET', '/api/v1/coaching-plans')).json().plans).toHaveLength(3);
    // The director reads but does not run a team's plan; an employee neither reads nor ticks others' items.
    expect(
      (await call(director, 'POST', `/api/v1/coaching-plans/items/${foreign}/done`, { note: '' })).statusCode,
    ).toBe(403);
    expect((await call(employee, 'GET', '/api/v1/coaching-plans')).statusCode).toBe(403);
    expect(
      (await call(employee, 'POST', `/api/v1/coaching-plans/items/${plan.items[3]?.id}/done`, { note: '' })).statusCode,
    ).toBe(404);
    expect((await call(employee, 'POST', '/api/v1/coaching-plans', { teamId: otherTeamId })).statusCode).toBe(403);
  });
});
