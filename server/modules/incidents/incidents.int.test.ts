import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { dutchDate } from '../measures/rules.js';
import { searchableText } from './repository.js';
import { createUser, orgUnits } from './test-users.js';

let t: TestContext;
let employee: Caller; // Sanne de Vries, Klantcontact
let colleague: Caller; // Mehmet Yilmaz, Klantcontact
let manager: Caller; // Joost Bakker, manages Klantcontact
let otherManager: Caller; // manages Wonen
let safety: Caller;
let director: Caller;
let hr: Caller;
let units: Awaited<ReturnType<typeof orgUnits>>;
let clientId: string;

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  colleague = await loginAs(t.app, 'interventie@wonenzuid.example');
  manager = await loginAs(t.app, demoEmailFor('manager'));
  safety = await loginAs(t.app, demoEmailFor('safety_officer'));
  director = await loginAs(t.app, demoEmailFor('director'));
  hr = await loginAs(t.app, demoEmailFor('hr'));
  units = await orgUnits(t.app, manager);
  otherManager = await createUser(t.app, {
    email: 'manager-wonen@test.example',
    name: 'Wim Wonen',
    roles: ['manager'],
    departmentId: units.department('Wonen'),
  });
  const client = await call(employee, 'POST', '/api/v1/clients', { name: 'Piet Pietersen', clientNumber: 'K-1001' });
  expect(client.statusCode, client.body).toBe(201);
  clientId = client.json().id;
}, 60_000);
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const ESSENTIALS = {
  occurredAt: minutesAgo(30),
  channel: 'desk',
  forms: ['verbal', 'threat'],
  facts: 'De klant sloeg met de vuist op de balie en schreeuwde.',
};

async function fileReport(caller: Caller, extra: object = {}): Promise<string> {
  const created = await call(caller, 'POST', '/api/v1/incidents', { ...ESSENTIALS, ...extra });
  expect(created.statusCode, created.body).toBe(201);
  const submitted = await call(caller, 'POST', `/api/v1/incidents/${created.json().id}/submit`);
  expect(submitted.statusCode, submitted.body).toBe(200);
  return created.json().id;
}

/** The changes recorded for a report (reads of it are logged too, as read.*, and tested in the audit module). */
async function auditActions(entityId: string): Promise<string[]> {
  const rows = await queryRows<{ action: string }>(
    t.ctx.db,
    sql`select action from audit_log where entity_id = ${entityId} and action not like 'read.%' order by seq`,
  );
  return rows.map((row) => row.action);
}

describe('the report (melding)', () => {
  it('saves a draft as it is typed, refuses to send it incomplete, then sends it and starts the case', async () => {
    const created = await call(employee, 'POST', '/api/v1/incidents', {});
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({
      status: 'draft',
      caseStatus: null,
      canEdit: true,
      employee: { name: 'Sanne de Vries' },
    });
    expect(draft.missing).toEqual(['occurredAt', 'channel', 'forms', 'facts']);

    // Autosave: partial updates, each keeping the rest.
    await call(employee, 'PATCH', `/api/v1/incidents/${draft.id}`, { channel: 'telephone', phase: 3 });
    await call(employee, 'PATCH', `/api/v1/incidents/${draft.id}`, { quotes: '„Ik weet waar je woont.”' });
    const reloaded = (await call(employee, 'GET', `/api/v1/incidents/${draft.id}`)).json();
    expect(reloaded).toMatchObject({ channel: 'telephone', phase: 3, quotes: '„Ik weet waar je woont.”' });

    // A draft is the writer's alone.
    expect((await call(manager, 'GET', `/api/v1/incidents/${draft.id}`)).statusCode).toBe(404);
    expect((await call(safety, 'GET', `/api/v1/incidents/${draft.id}`)).statusCode).toBe(404);
    expect((await call(colleague, 'PATCH', `/api/v1/incidents/${draft.id}`, { facts: 'x' })).statusCode).toBe(404);

    const early = await call(employee, 'POST', `/api/v1/incidents/${draft.id}/submit`);
    expect(early.statusCode).toBe(400);
    expect(early.json().code).toBe('incident_incomplete');
    expect((await call(employee, 'GET', `/api/v1/incidents/${draft.id}`)).json().status).toBe('draft');

    await call(employee, 'PATCH', `/api/v1/incidents/${draft.id}`, {
      occurredAt: minutesAgo(10),
      forms: ['verbal'],
      facts: 'Klant belde en schreeuwde.',
      clientId,
      emotionalImpact: 4,
      wantsAftercare: true,
    });
    const sent = await call(employee, 'POST', `/api/v1/incidents/${draft.id}/submit`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'submitted', caseStatus: 'new', clientName: 'Piet Pietersen' });
    expect((await call(employee, 'POST', `/api/v1/incidents/${draft.id}/submit`)).json().code).toBe(
      'incident_already_submitted',
    );

    // The manager of the department gets the case with its four tasks and deadlines.
    const caseView = (await call(manager, 'GET', `/api/v1/incidents/${draft.id}`)).json();
    expect(caseView.canFollowUp).toBe(true);
    expect(caseView.tasks.map((task: { kind: string }) => task.kind).sort()).toEqual([
      'decide_measures',
      'inform_director',
      'plan_ordegesprek',
      'register_incident',
    ]);
    expect(caseView.tasks.every((task: { overdue: boolean }) => !task.overdue)).toBe(true);
    const home = (await call(manager, 'GET', '/api/v1/tasks')).json().tasks;
    expect(home.filter((task: { incidentId: string }) => task.incidentId === draft.id)).toHaveLength(4);
    expect(home.find((task: { incidentId: string }) => task.incidentId === draft.id)).toMatchObject({
      caseOpen: true,
      employeeName: 'Sanne de Vries',
    });

    // The reporter sees the status of their own report; what the case holds is not theirs to see.
    const own = (await call(employee, 'GET', `/api/v1/incidents/${draft.id}`)).json();
    expect(own.tasks).toEqual([]);
    expect(own.canFollowUp).toBe(false);
    const mine = (await call(employee, 'GET', '/api/v1/incidents/mine')).json().incidents;
    expect(mine.find((row: { id: string }) => row.id === draft.id)).toMatchObject({
      status: 'submitted',
      caseStatus: 'new',
      reportedByMe: true,
    });
    expect(await auditActions(draft.id)).toEqual(['incident.draft_created', 'incident.submitted']);
  });

  it('keeps a report from other employees and from managers of other departments', async () => {
    const id = await fileReport(employee);
    for (const outsider of [colleague, otherManager]) {
      expect((await call(outsider, 'GET', `/api/v1/incidents/${id}`)).statusCode).toBe(404);
      expect((await call(outsider, 'PATCH', `/api/v1/incidents/${id}`, { facts: 'x' })).statusCode).toBe(404);
    }
    const theirs = (await call(colleague, 'GET', '/api/v1/incidents/mine')).json().incidents;
    expect(theirs.map((row: { id: string }) => row.id)).not.toContain(id);
    const otherList = (await call(otherManager, 'GET', '/api/v1/incidents')).json().incidents;
    expect(otherList.map((row: { id: string }) => row.id)).not.toContain(id);
    expect(
      (await call(otherManager, 'POST', `/api/v1/incidents/${id}/status`, { status: 'in_progress' })).statusCode,
    ).toBe(404);
    expect((await call(hr, 'GET', '/api/v1/incidents')).statusCode).toBe(403);
    expect((await call(hr, 'GET', `/api/v1/incidents/${id}`)).statusCode).toBe(403);
  });

  it('routes a report to the safety officer instead of the own manager when the reporter asks', async () => {
    const id = await fileReport(employee, { routeTo: 'safety_officer' });
    expect((await call(manager, 'GET', `/api/v1/incidents/${id}`)).statusCode).toBe(404);
    const list = (await call(manager, 'GET', '/api/v1/incidents')).json().incidents;
    expect(list.map((row: { id: string }) => row.id)).not.toContain(id);
    const managerTasks = (await call(manager, 'GET', '/api/v1/tasks')).json().tasks;
    expect(managerTasks.map((task: { incidentId: string }) => task.incidentId)).not.toContain(id);
    const caseView = (await call(safety, 'GET', `/api/v1/incidents/${id}`)).json();
    expect(caseView).toMatchObject({ routeTo: 'safety_officer', canFollowUp: true });
    // A threat: besides the four follow-up tasks, the police report within 2 working days (ELA/VPT).
    expect(caseView.tasks).toHaveLength(5);
    expect((await call(employee, 'PATCH', `/api/v1/incidents/${id}`, { routeTo: 'manager' })).json().code).toBe(
      'incident_route_fixed',
    );
  });

  it('lets a manager report on behalf of a colleague, who then sees it among their own reports', async () => {
    const sanne = (await call(employee, 'GET', '/api/v1/auth/session')).json().user.id as string;
    const id = await fileReport(manager, { employeeId: sanne });
    const view = (await call(manager, 'GET', `/api/v1/incidents/${id}`)).json();
    expect(view).toMatchObject({ reportedBy: { name: 'Joost Bakker' }, employee: { name: 'Sanne de Vries' } });
    const mine = (await call(employee, 'GET', '/api/v1/incidents/mine')).json().incidents;
    expect(mine.find((row: { id: string }) => row.id === id)).toMatchObject({ reportedByMe: false });
  });

  it('lets a draft be turned into a report for a colleague of the same office or department, not anyone', async () => {
    const colleagues = (await call(employee, 'GET', '/api/v1/incidents/colleagues')).json().colleagues;
    const mehmet = colleagues.find((row: { name: string }) => row.name === 'Mehmet Yilmaz');
    expect(mehmet).toBeDefined();
    expect(colleagues.map((row: { name: string }) => row.name)).not.toContain('Wim Wonen');
    expect(colleagues.map((row: { name: string }) => row.name)).not.toContain('Sanne de Vries');
    const wim = (await call(otherManager, 'GET', '/api/v1/auth/session')).json().user.id as string;
    const draft = (await call(employee, 'POST', '/api/v1/incidents', ESSENTIALS)).json().id as string;
    expect((await call(employee, 'PATCH', `/api/v1/incidents/${draft}`, { employeeId: wim })).json().code).toBe(
      'unknown_reference',
    );
    const changed = await call(employee, 'PATCH', `/api/v1/incidents/${draft}`, { employeeId: mehmet.id });
    expect(changed.json()).toMatchObject({
      employee: { name: 'Mehmet Yilmaz' },
      reportedBy: { name: 'Sanne de Vries' },
    });
    await call(employee, 'POST', `/api/v1/incidents/${draft}/submit`);
    expect((await call(employee, 'PATCH', `/api/v1/incidents/${draft}`, { employeeId: wim })).json().code).toBe(
      'incident_route_fixed',
    );
    const theirs = (await call(colleague, 'GET', '/api/v1/incidents/mine')).json().incidents;
    expect(theirs.find((row: { id: string }) => row.id === draft)).toMatchObject({ reportedByMe: false });
  });

  it('refuses bad input with a problem in the user’s language and stores nothing of it', async () => {
    const id = (await call(employee, 'POST', '/api/v1/incidents', {})).json().id as string;
    const bad: object[] = [
      { occurredAt: '2026-13-45T10:00:00+01:00' },
      { occurredAt: 'gisteren' },
      { occurredAt: new Date(Date.now() + 86_400_000).toISOString() },
      { phase: 5 },
      { emotionalImpact: 0 },
      { forms: ['shouting'] },
      { facts: 'x'.repeat(10_001) },
      { channel: 'telepathy' },
      { unknownField: true },
    ];
    for (const payload of bad) {
      const response = await call(employee, 'PATCH', `/api/v1/incidents/${id}`, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().title).toMatch(/niet compleet of niet juist/);
    }
    const unknownOffice = await call(employee, 'PATCH', `/api/v1/incidents/${id}`, {
      officeId: '00000000-0000-4000-8000-000000000000',
      facts: 'Mag niet half worden opgeslagen',
    });
    expect(unknownOffice.statusCode).toBe(400);
    expect(unknownOffice.json().code).toBe('unknown_reference');
    const after = (await call(employee, 'GET', `/api/v1/incidents/${id}`)).json();
    expect(after).toMatchObject({ occurredAt: null, phase: null, facts: '', forms: [], officeId: expect.any(String) });

    // HTML is text: stored and returned as typed, never interpreted.
    const html = '<script>alert("x")</script> <b>vet</b>';
    await call(employee, 'PATCH', `/api/v1/incidents/${id}`, { facts: html });
    expect((await call(employee, 'GET', `/api/v1/incidents/${id}`)).json().facts).toBe(html);
  });
});

describe('the manager’s case', () => {
  it('moves through its statuses, plans and records the ordegesprek, and audits every change', async () => {
    const id = await fileReport(employee, { clientId });
    const status = (value: string) => call(manager, 'POST', `/api/v1/incidents/${id}/status`, { status: value });
    const skipped = await status('closed');
    expect(skipped.statusCode).toBe(409);
    expect(skipped.json().code).toBe('case_transition_invalid');
    expect((await status('in_progress')).json().caseStatus).toBe('in_progress');

    const planned = await call(manager, 'POST', `/api/v1/incidents/${id}/ordegesprekken`, {
      plannedAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      participants: 'Piet Pietersen, Sanne de Vries, Joost Bakker',
      location: 'Kantoor Eindhoven, spreekkamer 2',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const talk = planned.json().ordegesprekken[0];
    expect(talk).toMatchObject({ heldAt: null, participants: 'Piet Pietersen, Sanne de Vries, Joost Bakker' });
    const planTask = planned.json().tasks.find((task: { kind: string }) => task.kind === 'plan_ordegesprek');
    expect(planTask.status).toBe('done');

    const held = await call(manager, 'POST', `/api/v1/ordegesprekken/${talk.id}/outcome`, {
      heldAt: minutesAgo(5),
      outcome: 'Klant erkent dat hij schreeuwde.',
      agreements: 'Contact voortaan alleen per telefoon.',
    });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json().ordegesprekken[0]).toMatchObject({ agreements: 'Contact voortaan alleen per telefoon.' });
    expect(
      (await call(manager, 'POST', `/api/v1/ordegesprekken/${talk.id}/outcome`, { heldAt: 'morgen', outcome: 'x' }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await call(otherManager, 'POST', `/api/v1/ordegesprekken/${talk.id}/outcome`, {
          heldAt: minutesAgo(1),
          outcome: 'x',
        })
      ).statusCode,
    ).toBe(404);

    await call(manager, 'PUT', `/api/v1/incidents/${id}/feedback`, {
      feedback: 'Er is een ordegesprek met de klant gevoerd.',
    });
    expect((await status('closed')).json().caseStatus).toBe('closed');
    // A closed case is no longer completed by the reporter.
    expect((await call(employee, 'PATCH', `/api/v1/incidents/${id}`, { facts: 'later' })).json().code).toBe(
      'incident_locked',
    );
    expect((await status('archived')).json()).toMatchObject({ caseStatus: 'archived', canFollowUp: false });

    const mine = (await call(employee, 'GET', '/api/v1/incidents/mine')).json().incidents;
    expect(mine.find((row: { id: string }) => row.id === id)).toMatchObject({
      caseStatus: 'archived',
      feedback: 'Er is een ordegesprek met de klant gevoerd.',
      ordegesprekPlanned: true,
      ordegesprekHeld: true,
    });
    expect(await auditActions(id)).toEqual([
      'incident.draft_created',
      'incident.submitted',
      'incident.case_status_changed',
      'incident.feedback_given',
      'incident.case_status_changed',
      'incident.case_status_changed',
    ]);
  });

  it('shows overdue tasks as overdue', async () => {
    const id = await fileReport(employee);
    await t.ctx.db.execute(
      sql`update follow_up_tasks set due_at = now() - interval '1 hour' where incident_id = ${id} and kind = 'register_incident'`,
    );
    const view = (await call(manager, 'GET', `/api/v1/incidents/${id}`)).json();
    expect(view.tasks.find((task: { kind: string }) => task.kind === 'register_incident').overdue).toBe(true);
    const list = (await call(manager, 'GET', '/api/v1/incidents')).json().incidents;
    expect(list.find((row: { id: string }) => row.id === id).overdueTasks).toBe(1);
  });
});

describe('client measures', () => {
  it('an access ban waits for the director, then shows wherever the client is looked up, with the reason only for deciders', async () => {
    const id = await fileReport(employee, { clientId });
    const until = dutchDate(new Date(Date.now() + 30 * 86_400_000));
    const ban = await call(manager, 'POST', `/api/v1/incidents/${id}/measures`, {
      kind: 'access_ban',
      reason: 'Bedreiging aan de balie',
      officeIds: [units.office('Kantoor Eindhoven')],
      endsOn: until,
      reviewOn: dutchDate(new Date(Date.now() + 14 * 86_400_000)),
    });
    expect(ban.statusCode, ban.body).toBe(201);
    expect(ban.json()).toMatchObject({ caseStatus: 'measures_decided' });
    const measure = ban.json().measures[0];
    expect(measure).toMatchObject({ kind: 'access_ban', status: 'pending_approval', active: false });
    expect(ban.json().tasks.find((task: { kind: string }) => task.kind === 'decide_measures').status).toBe('done');

    // Not in force before the director approves.
    expect((await call(employee, 'GET', `/api/v1/clients/${clientId}`)).json().activeMeasures).toEqual([]);
    expect((await call(manager, 'POST', `/api/v1/measures/${measure.id}/approve`, {})).statusCode).toBe(403);
    const queue = (await call(director, 'GET', '/api/v1/measures/approvals')).json().measures;
    expect(queue.find((row: { id: string }) => row.id === measure.id)).toMatchObject({
      clientName: 'Piet Pietersen',
      reason: 'Bedreiging aan de balie',
      offices: ['Kantoor Eindhoven'],
    });
    expect((await call(director, 'POST', `/api/v1/measures/${measure.id}/approve`, {})).statusCode).toBe(204);
    expect((await call(director, 'POST', `/api/v1/measures/${measure.id}/approve`, {})).json().code).toBe(
      'measure_not_pending',
    );

    const seenByEmployee = (await call(employee, 'GET', `/api/v1/clients/${clientId}`)).json();
    expect(seenByEmployee.activeMeasures).toHaveLength(1);
    expect(seenByEmployee.activeMeasures[0]).toMatchObject({
      kind: 'access_ban',
      endsOn: until,
      offices: ['Kantoor Eindhoven'],
      reason: null,
      decidedBy: null,
    });
    const found = (await call(colleague, 'GET', '/api/v1/clients?q=K-1001')).json().clients;
    expect(found[0].activeMeasures[0]).toMatchObject({ kind: 'access_ban', reason: null });
    const seenByManager = (await call(manager, 'GET', `/api/v1/clients/${clientId}`)).json();
    expect(seenByManager.activeMeasures[0]).toMatchObject({
      reason: 'Bedreiging aan de balie',
      decidedBy: 'Joost Bakker',
    });
    expect((await call(hr, 'GET', `/api/v1/clients/${clientId}`)).statusCode).toBe(403);
    expect(await auditActions(measure.id)).toEqual(['measure.decided', 'measure.approved']);

    // A review can end it early.
    const reviewed = await call(manager, 'POST', `/api/v1/measures/${measure.id}/review`, { decision: 'end' });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect((await call(employee, 'GET', `/api/v1/clients/${clientId}`)).json().activeMeasures).toEqual([]);
  });

  it('a measure ends on its end date by itself, and one-off measures never show as active', async () => {
    const id = await fileReport(employee, { clientId });
    const past = await call(manager, 'POST', `/api/v1/incidents/${id}/measures`, {
      kind: 'contact_restriction',
      restriction: 'phone_only',
      reason: 'Alleen telefonisch contact',
      startsOn: '2026-01-01',
      endsOn: '2026-01-31',
    });
    expect(past.statusCode, past.body).toBe(201);
    expect(past.json().measures[0]).toMatchObject({ active: false, ended: true, restriction: 'phone_only' });
    const warning = await call(manager, 'POST', `/api/v1/incidents/${id}/measures`, {
      kind: 'written_warning',
      reason: 'Schriftelijke waarschuwing na schreeuwen',
    });
    expect(warning.json().measures[1]).toMatchObject({ status: 'decided', active: false });
    const card = await call(manager, 'POST', `/api/v1/incidents/${id}/measures`, {
      kind: 'yellow_card',
      reason: 'Gele kaart',
    });
    expect(card.json().measures[2]).toMatchObject({ status: 'decided', active: true });
  });

  it('lists lasting measures whose review comes up, per department, until they are reviewed', async () => {
    const id = await fileReport(employee, { clientId });
    const soon = dutchDate(new Date(Date.now() + 3 * 86_400_000));
    const decided = await call(manager, 'POST', `/api/v1/incidents/${id}/measures`, {
      kind: 'contact_restriction',
      restriction: 'one_contact',
      contactName: 'Joost Bakker',
      reason: 'Alleen contact met de leidinggevende',
      reviewOn: soon,
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const measure = decided.json().measures[0];
    expect(measure).toMatchObject({ contactName: 'Joost Bakker', reviewOn: soon, active: true });
    const due = async (caller: Caller) =>
      (await call(caller, 'GET', '/api/v1/measures/reviews-due')).json().measures.map((row: { id: string }) => row.id);
    expect(await due(manager)).toContain(measure.id);
    expect(await due(safety)).toContain(measure.id);
    expect(await due(otherManager)).not.toContain(measure.id);
    const past = await call(manager, 'POST', `/api/v1/measures/${measure.id}/review`, {
      decision: 'continue',
      nextReviewOn: '2020-01-01',
    });
    expect(past.json().code).toBe('review_date_past');
    expect(
      (await call(otherManager, 'POST', `/api/v1/measures/${measure.id}/review`, { decision: 'end' })).statusCode,
    ).toBe(404);
    const later = dutchDate(new Date(Date.now() + 90 * 86_400_000));
    const kept = await call(manager, 'POST', `/api/v1/measures/${measure.id}/review`, {
      decision: 'continue',
      nextReviewOn: later,
      note: 'Klant houdt zich aan de afspraak',
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().measures[0]).toMatchObject({ reviewOn: later, active: true });
    expect(await due(manager)).not.toContain(measure.id);
    expect(await auditActions(measure.id)).toEqual(['measure.decided', 'measure.reviewed']);
  });

  it('supports the police report under the national agreements (ELA/VPT): deadline, by whom, VPT, reference', async () => {
    const occurredAt = '2026-03-05T14:00:00+01:00'; // a Thursday
    const id = await fileReport(employee, { clientId, forms: ['physical'], occurredAt });
    const task = (await call(manager, 'GET', `/api/v1/incidents/${id}`))
      .json()
      .tasks.find((row: { kind: string }) => row.kind === 'police_report');
    // Two working days after Thursday is Monday.
    expect(new Date(task.dueAt).toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(task.overdue).toBe(true);

    const nobody = await call(manager, 'POST', `/api/v1/incidents/${id}/measures`, {
      kind: 'police_report',
      reason: 'Fysiek geweld aan de balie',
    });
    expect(nobody.json().code).toBe('police_report_by_whom');
    const future = await call(manager, 'POST', `/api/v1/incidents/${id}/measures`, {
      kind: 'police_report',
      reason: 'Fysiek geweld aan de balie',
      byEmployee: true,
      reportedOn: dutchDate(new Date(Date.now() + 3 * 86_400_000)),
    });
    expect(future.json().code).toBe('date_in_future');
    const filed = await call(manager, 'POST', `/api/v1/incidents/${id}/measures`, {
      kind: 'police_report',
      reason: 'Fysiek geweld aan de balie',
      byEmployee: true,
      employerAddress: true,
      joinCriminalCase: true,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const measure = filed.json().measures[0];
    // The employee's own report needs no director; it is marked VPT by default.
    expect(measure).toMatchObject({
      status: 'decided',
      police: { byEmployee: true, vpt: true, employerAddress: true, joinCriminalCase: true, policeReference: null },
    });
    expect(filed.json().tasks.find((row: { kind: string }) => row.kind === 'police_report').status).toBe('done');
    const recorded = await call(manager, 'POST', `/api/v1/measures/${measure.id}/police-report`, {
      policeReference: 'PL2100-2026012345',
      reportedOn: '2026-03-06',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().measures[0].police).toMatchObject({
      policeReference: 'PL2100-2026012345',
      reportedOn: '2026-03-06',
    });
    expect(
      (
        await call(manager, 'POST', `/api/v1/measures/${measure.id}/police-report`, {
          policeReference: '',
          reportedOn: '2026-03-06',
        })
      ).statusCode,
    ).toBe(400);
    // Those who only look the client up do not see the police details.
    const client = (await call(employee, 'GET', `/api/v1/clients/${clientId}`)).json();
    expect(client.measures).toEqual([]);
    expect(await auditActions(measure.id)).toEqual(['measure.decided', 'measure.police_report_recorded']);
  });

  it('refuses incomplete or malformed measures', async () => {
    const id = await fileReport(employee, { clientId });
    const cases: [object, number, string][] = [
      [{ kind: 'access_ban', reason: 'Dreiging', endsOn: '2030-01-01' }, 400, 'measure_offices_required'],
      [
        { kind: 'access_ban', reason: 'Dreiging', officeIds: [units.office('Kantoor Helmond')] },
        400,
        'measure_end_required',
      ],
      [{ kind: 'contact_restriction', reason: 'Beperking' }, 400, 'measure_restriction_required'],
      [
        { kind: 'contact_restriction', reason: 'Beperking', restriction: 'one_contact' },
        400,
        'measure_contact_required',
      ],
      [{ kind: 'red_card', reason: 'x' }, 400, 'validation_failed'],
      [{ kind: 'red_card', reason: 'Rode kaart', endsOn: '2026-02-30' }, 400, 'validation_failed'],
      [
        { kind: 'red_card', reason: 'Rode kaart', startsOn: '2026-05-01', endsOn: '2026-04-01' },
        400,
        'period_reversed',
      ],
      [{ kind: 'civil_letter', reason: 'Schade', amount: '12,5,0' }, 400, 'validation_failed'],
      [{ kind: 'banishment', reason: 'x' }, 400, 'validation_failed'],
    ];
    for (const [payload, statusCode, code] of cases) {
      const response = await call(manager, 'POST', `/api/v1/incidents/${id}/measures`, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(statusCode);
      expect(response.json().code).toBe(code);
    }
    expect((await call(manager, 'GET', `/api/v1/incidents/${id}`)).json().measures).toEqual([]);
    // A report without a known client can only record "no measure".
    const anonymous = await fileReport(employee, { clientDescription: 'Man, ca. 40 jaar, rode jas' });
    expect(
      (
        await call(manager, 'POST', `/api/v1/incidents/${anonymous}/measures`, {
          kind: 'verbal_warning',
          reason: 'Waarschuwing',
        })
      ).json().code,
    ).toBe('measure_client_required');
    const none = await call(manager, 'POST', `/api/v1/incidents/${anonymous}/measures`, {
      kind: 'no_measure',
      reason: 'Klant onbekend, geen maatregel mogelijk',
    });
    expect(none.statusCode).toBe(201);
    // The employer's police report needs the director; the director can reject it with a reason.
    const report = await call(manager, 'POST', `/api/v1/incidents/${id}/measures`, {
      kind: 'police_report',
      reason: 'Bedreiging',
      onBehalfOfEmployer: true,
    });
    const pending = report.json().measures[0];
    expect(pending.status).toBe('pending_approval');
    expect((await call(director, 'POST', `/api/v1/measures/${pending.id}/reject`, {})).statusCode).toBe(400);
    expect(
      (await call(director, 'POST', `/api/v1/measures/${pending.id}/reject`, { note: 'Medewerker doet zelf aangifte' }))
        .statusCode,
    ).toBe(204);
    expect((await call(manager, 'GET', `/api/v1/incidents/${id}`)).json().measures[0].status).toBe('rejected');
  });
});

describe('Arbowet art. 9', () => {
  it('a serious incident raises the immediate report to the labour inspectorate, also when it shows later; the register keeps itself', async () => {
    const kinds = async (id: string) =>
      (await call(manager, 'GET', `/api/v1/incidents/${id}`)).json().tasks.map((task: { kind: string }) => task.kind);
    const admitted = await fileReport(employee, { forms: ['physical'], hospitalAdmission: true });
    expect(await kinds(admitted)).toContain('report_labour_inspectorate');

    const later = await fileReport(employee, { forms: ['verbal'] });
    expect(await kinds(later)).not.toContain('report_labour_inspectorate');
    const register = async (caller: Caller) =>
      (await call(caller, 'GET', '/api/v1/incidents/arbo-register'))
        .json()
        .incidents.map((row: { id: string }) => row.id);
    expect(await register(manager)).not.toContain(later);
    // Absence grows beyond 3 days: on the register; lasting psychological harm shows: the report to the inspectorate.
    await call(manager, 'PATCH', `/api/v1/incidents/${later}`, { absenceDays: 5 });
    expect(await register(manager)).toContain(later);
    expect(await kinds(later)).not.toContain('report_labour_inspectorate');
    await call(employee, 'PATCH', `/api/v1/incidents/${later}`, { permanentInjury: true });
    const laterKinds = await kinds(later);
    expect(laterKinds.filter((kind: string) => kind === 'report_labour_inspectorate')).toHaveLength(1);
    await call(employee, 'PATCH', `/api/v1/incidents/${later}`, { consequences: 'Nog steeds angstig' });
    expect((await kinds(later)).filter((kind: string) => kind === 'report_labour_inspectorate')).toHaveLength(1);

    const future = await call(manager, 'POST', `/api/v1/incidents/${later}/inspectorate`, {
      reportedOn: dutchDate(new Date(Date.now() + 2 * 86_400_000)),
    });
    expect(future.json().code).toBe('date_in_future');
    expect(
      (await call(manager, 'POST', `/api/v1/incidents/${later}/inspectorate`, { reportedOn: '2026-02-31' })).statusCode,
    ).toBe(400);
    const told = await call(manager, 'POST', `/api/v1/incidents/${later}/inspectorate`, { reportedOn: dutchDate() });
    expect(told.statusCode, told.body).toBe(200);
    expect(told.json().inspectorateReportedOn).toBe(dutchDate());
    expect(told.json().tasks.find((task: { kind: string }) => task.kind === 'report_labour_inspectorate').status).toBe(
      'done',
    );
    const rows = (await call(manager, 'GET', '/api/v1/incidents/arbo-register')).json().incidents;
    expect(rows.find((row: { id: string }) => row.id === later)).toMatchObject({
      serious: true,
      absenceDays: 5,
      inspectorateReportedOn: dutchDate(),
    });
    expect(await register(otherManager)).not.toContain(later);
    expect(await register(safety)).toContain(admitted);
    expect((await call(employee, 'GET', '/api/v1/incidents/arbo-register')).statusCode).toBe(403);
    expect((await call(manager, 'PATCH', `/api/v1/incidents/${later}`, { absenceDays: -1 })).statusCode).toBe(400);
  });
});

describe('the incident list', () => {
  it('filters by period, channel, form, phase, status and free text, and exports the filtered list as CSV', async () => {
    const phone = await fileReport(employee, {
      channel: 'telephone',
      forms: ['discrimination'],
      phase: 2,
      facts: 'Klant maakte opmerkingen over afkomst; zei =1+1',
      occurredAt: '2026-01-12T09:30:00+01:00',
    });
    const list = async (query: string) =>
      (await call(manager, 'GET', `/api/v1/incidents?${query}`)).json().incidents.map((row: { id: string }) => row.id);
    expect(await list('channel=telephone&form=discrimination')).toEqual([phone]);
    expect(await list('phase=2&channel=telephone')).toEqual([phone]);
    expect(await list('from=2026-01-12&to=2026-01-12')).toEqual([phone]);
    expect(await list('from=2026-01-13&to=2026-01-13')).toEqual([]);
    expect(await list('q=afkomst')).toEqual([phone]);
    expect(await list('q=afkomst&status=closed')).toEqual([]);
    expect(await list(`departmentId=${units.department('Klantcontact')}&q=afkomst`)).toEqual([phone]);
    expect((await call(manager, 'GET', '/api/v1/incidents?from=2026-02-30')).statusCode).toBe(400);
    expect((await call(manager, 'GET', '/api/v1/incidents?from=2026-02-10&to=2026-02-01')).json().code).toBe(
      'period_reversed',
    );
    expect((await call(manager, 'GET', '/api/v1/incidents?phase=7')).statusCode).toBe(400);

    const csv = await call(manager, 'GET', '/api/v1/incidents/export.csv?channel=telephone&form=discrimination');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('meldingen.csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${phone};2026-01-12 09:30;new;Sanne de Vries;Klantcontact`);
    // The same filtered list as an Excel workbook, read back with the same library a spreadsheet user would meet.
    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/v1/incidents/export.xlsx?channel=telephone&form=discrimination',
      headers: as(manager),
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Meldingen');
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(1).getCell(1).value).toBe('id');
    expect(sheet?.getRow(2).getCell(1).value).toBe(phone);
    expect(sheet?.getRow(2).getCell(5).value).toBe('Klantcontact');
    // The other department's manager exports nothing of it.
    const other = await call(otherManager, 'GET', '/api/v1/incidents/export.csv?channel=telephone');
    expect(
      other.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toHaveLength(1);
  });

  it('free text: any case, part of a word, in every searchable field and the names, with LIKE wildcards taken literally', async () => {
    const marked = await fileReport(employee, {
      clientId,
      facts: 'Klant noemde het tarief 100% oplichterij en schreef a_b op het raam bij loket QZ.',
      quotes: '„Zoek het maar uit\\ik kom terug.”',
      clientDescription: 'Man met een oranje regenjas',
      locationDetail: 'Spreekkamer Zuidvleugel',
    });
    // Text that an unescaped pattern would match: "100%opl" ~ "1000 opl", "a_b" ~ "axb".
    const lookalike = await fileReport(employee, {
      facts: 'Klant noemde het tarief 1000 oplichterskosten en schreef axb op het raam.',
    });
    const list = async (caller: Caller, query: string) =>
      (await call(caller, 'GET', `/api/v1/incidents?q=${encodeURIComponent(query)}`))
        .json()
        .incidents.map((row: { id: string }) => row.id);

    // Each of the report's own fields, part of a word, in any case.
    expect(await list(manager, 'OPLICHTERIJ')).toEqual([marked]);
    expect(await list(manager, 'zoek het MAAR')).toEqual([marked]);
    expect(await list(manager, 'regenja')).toEqual([marked]);
    expect(await list(manager, 'zuidvleugel')).toEqual([marked]);
    // The client's and the employee's names.
    expect(await list(manager, 'pieterse')).toContain(marked);
    expect(await list(manager, 'pieterse')).not.toContain(lookalike);
    expect(await list(manager, 'DE VRIES')).toEqual(expect.arrayContaining([marked, lookalike]));
    // Wildcards are characters.
    expect(await list(manager, '100% opl')).toEqual([marked]);
    expect(await list(manager, 'uit\\ik')).toEqual([marked]);
    expect(await list(manager, 'schreef a_b')).toEqual([marked]);
    expect(await list(manager, 'raam bij loket QZ')).toEqual([marked]);
    // A term needs three letters or digits in a row (what the index can look up); anything else is refused
    // plainly, in the caller's language, for the list and its exports alike.
    for (const [url, short] of <[string, string][]>[
      ['/api/v1/incidents', 'qz'],
      ['/api/v1/incidents', '0%'],
      ['/api/v1/incidents', 'a_b'],
      ['/api/v1/incidents/export.csv', '%_\\'],
    ]) {
      const refused = await call(manager, 'GET', `${url}?q=${encodeURIComponent(short)}`);
      expect(refused.statusCode, short).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json()).toMatchObject({
        code: 'search_term_too_short',
        detail: 'Zoek op minstens drie letters of cijfers achter elkaar.',
      });
    }
    // A match never spans two fields (the end of the facts and the start of the quotes).
    expect(await list(manager, 'QZ.„Zoek')).toEqual([]);
    expect(await list(manager, 'QZ. „Zoek')).toEqual([]);

    // Scope and filters still apply: another department's manager finds nothing, the safety officer finds it.
    expect(await list(otherManager, 'regenjas')).toEqual([]);
    expect(await list(safety, 'regenjas')).toEqual([marked]);
    const filtered = await call(manager, 'GET', '/api/v1/incidents?q=regenjas&channel=telephone');
    expect(filtered.json().incidents).toEqual([]);
    // A confidential report with the same words is never among incidents, whoever searches.
    const confidential = await call(employee, 'POST', '/api/v1/confidential/reports', {
      category: 'discrimination',
      anonymous: true,
      description: 'Een collega met een oranje regenjas in de Zuidvleugel zegt elke dag dingen over mijn afkomst.',
    });
    expect(confidential.statusCode, confidential.body).toBe(201);
    expect(await list(safety, 'regenjas')).toEqual([marked]);
    expect(await list(manager, 'oranje regenjas in de zuidvleugel')).toEqual([]);
  });

  it('free text with a trigram in it is answered from the trigram index', async () => {
    // The repository's expression must be the indexed one; with sequential scans priced out of the way the plan
    // shows whether PostgreSQL can use the index at all (on a test database it would rather read the few rows).
    const plan = await t.ctx.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return queryRows<{ 'QUERY PLAN': string }>(
        tx,
        sql`explain select id from incidents where ${searchableText} ilike '%regenjas%'`,
      );
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('incidents_search_trgm_idx');
  });
});

describe('a closed handling leaves a draft report', () => {
  it('prefilled from the handling and linked to the follow-up tasks, which stay single when it is sent', async () => {
    const handling = (await call(employee, 'POST', '/api/v1/handlings', { procedure: 'telephone' })).json();
    await call(employee, 'PUT', `/api/v1/handlings/${handling.id}/client`, { clientId });
    await call(employee, 'POST', `/api/v1/handlings/${handling.id}/phase`, { phase: 3 });
    await call(employee, 'POST', `/api/v1/handlings/${handling.id}/steps`, {
      stepId: 't1',
      outcome: 'done',
      branch: 0,
    });
    const closed = await call(employee, 'POST', `/api/v1/handlings/${handling.id}/close`, {
      summary: 'Klant schold mij uit.',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const link = (await call(employee, 'GET', `/api/v1/handlings/${handling.id}/incident`)).json().incident;
    expect(link).toMatchObject({ status: 'draft' });
    const draft = (await call(employee, 'GET', `/api/v1/incidents/${link.id}`)).json();
    expect(draft).toMatchObject({
      handlingId: handling.id,
      channel: 'telephone',
      phase: 3,
      forms: ['verbal'],
      clientName: 'Piet Pietersen',
      occurredAt: handling.startedAt,
      missing: [],
    });
    expect(draft.facts).toContain('Klant schold mij uit.');
    expect(draft.facts).toContain('stap 1 gedaan');
    // The manager does not see the draft yet, but the tasks are already theirs.
    expect((await call(manager, 'GET', `/api/v1/handlings/${handling.id}/incident`)).json().incident).toBeNull();
    const tasks = (await call(manager, 'GET', '/api/v1/tasks'))
      .json()
      .tasks.filter((task: { handlingId: string }) => task.handlingId === handling.id);
    expect(tasks.length).toBeGreaterThan(0);
    expect(
      tasks.every((task: { incidentId: string; caseOpen: boolean }) => task.incidentId === link.id && !task.caseOpen),
    ).toBe(true);
    await call(employee, 'POST', `/api/v1/incidents/${link.id}/submit`);
    const caseTasks = (await call(manager, 'GET', `/api/v1/incidents/${link.id}`)).json().tasks;
    const kinds = caseTasks.map((task: { kind: string }) => task.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds.sort()).toEqual(['decide_measures', 'inform_director', 'plan_ordegesprek', 'register_incident']);
  });
});

describe('attachments', () => {
  const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
  const upload = (caller: Caller, id: string, body: Buffer, name = 'foto.png', type = 'application/octet-stream') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${id}/attachments`,
      headers: { ...as(caller), 'content-type': type, 'x-file-name': encodeURIComponent(name) },
      payload: body,
    });

  it('stores evidence recognised by its bytes, with its checksum, for those who may see the report', async () => {
    const id = (await call(employee, 'POST', '/api/v1/incidents', ESSENTIALS)).json().id as string;
    const added = await upload(employee, id, PNG, '../../balie "2".png');
    expect(added.statusCode, added.body).toBe(201);
    const file = added.json().attachments[0];
    expect(file).toMatchObject({ fileName: 'balie 2.png', contentType: 'image/png', size: PNG.length });
    expect(file.sha256).toBe(createHash('sha256').update(PNG).digest('hex'));

    const download = await call(employee, 'GET', `/api/v1/attachments/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(Buffer.compare(download.rawPayload, PNG)).toBe(0);
    expect((await call(colleague, 'GET', `/api/v1/attachments/${file.id}`)).statusCode).toBe(404);
    expect((await call(manager, 'GET', `/api/v1/attachments/${file.id}`)).statusCode).toBe(404); // still a draft

    await call(employee, 'POST', `/api/v1/incidents/${id}/submit`);
    expect((await call(manager, 'GET', `/api/v1/attachments/${file.id}`)).statusCode).toBe(200);
    expect((await call(otherManager, 'GET', `/api/v1/attachments/${file.id}`)).statusCode).toBe(404);
    // Once sent, evidence stays.
    const removal = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/attachments/${file.id}`,
      headers: as(employee),
    });
    expect(removal.json().code).toBe('attachment_kept');
    expect(await auditActions(id)).toContain('incident.attachment_added');
  });

  it('refuses wrong types, empty and oversized files, and more than ten', async () => {
    const id = (await call(employee, 'POST', '/api/v1/incidents', ESSENTIALS)).json().id as string;
    const html = await upload(employee, id, Buffer.from('<html><script>alert(1)</script></html>'), 'foto.png');
    expect(html.statusCode).toBe(415);
    expect(html.json().code).toBe('attachment_type');
    expect((await upload(employee, id, Buffer.from('MZ\x90\x00'), 'scan.pdf')).statusCode).toBe(415);
    expect((await upload(employee, id, Buffer.alloc(0))).json().code).toBe('attachment_empty');
    const big = await upload(employee, id, Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'attachment_too_large' });
    expect(big.json().title).toContain('10 MB');
    for (let index = 0; index < 10; index++) expect((await upload(employee, id, PNG)).statusCode).toBe(201);
    expect((await upload(employee, id, PNG)).json().code).toBe('attachment_limit');
    const draft = (await call(employee, 'GET', `/api/v1/incidents/${id}`)).json();
    expect(draft.attachments).toHaveLength(10);
    // A draft's file can be taken out again.
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/attachments/${draft.attachments[0].id}`,
      headers: as(employee),
    });
    expect(removed.statusCode).toBe(204);
    expect((await call(employee, 'GET', `/api/v1/incidents/${id}`)).json().attachments).toHaveLength(9);
  });
});
