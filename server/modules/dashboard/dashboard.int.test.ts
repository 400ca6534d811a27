import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { pdfText } from '../../http/pdf-text.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { BUILT_IN_ITEMS } from '../surveys/questionnaire.js';
import { surveyCampaigns, surveyResponses } from '../surveys/tables.js';
import { judgeReports } from './facts.js';
import type { TDashboard } from './schema.js';

let t: TestContext;
let employee: Caller;
let responder: Caller;
let manager: Caller;
let director: Caller;
let safetyOfficer: Caller;
let hr: Caller;
const ids: Record<string, string> = {};

function call(caller: Caller, method: 'GET' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await queryRows<T>(t.ctx.db, query);
  if (!row) throw new Error('no row');
  return row;
}

interface Fixture {
  employee?: string;
  department: string;
  office?: string;
  channel?: string;
  phase?: number;
  forms?: string[];
  occurredAt: string;
  submittedAt?: string | null;
  facts?: string;
  sickLeave?: boolean;
  absenceDays?: number;
  injury?: boolean;
}

async function incident(f: Fixture): Promise<string> {
  const employeeId = f.employee ?? ids.employee;
  const row = await one<{ id: string }>(sql`
    insert into incidents (status, reported_by, employee_id, department_id, office_id, channel, phase, forms,
                           occurred_at, submitted_at, facts, sick_leave, absence_days, injury, case_status)
    values (${f.submittedAt === null ? 'draft' : 'submitted'}, ${employeeId}, ${employeeId}, ${f.department},
            ${f.office ?? ids.eindhoven}, ${f.channel ?? 'desk'}, ${f.phase ?? 2}, ${JSON.stringify(f.forms ?? ['verbal'])}::jsonb,
            ${f.occurredAt}, ${f.submittedAt ?? null}, ${f.facts ?? 'De klant schreeuwde aan de balie.'},
            ${f.sickLeave ?? false}, ${f.absenceDays ?? null}, ${f.injury ?? false},
            ${f.submittedAt === null ? null : 'new'})
    returning id`);
  // Sending a report has the language assistant read it (incidents service); these rows bypass the service.
  await judgeReports(t.ctx.db, [row.id]);
  return row.id;
}

async function task(incidentId: string, dueAt: string, doneAt: string | null) {
  await t.ctx.db.execute(sql`
    insert into follow_up_tasks (incident_id, kind, assignee_id, due_at, status, done_at)
    values (${incidentId}, 'register_incident', ${ids.manager}, ${dueAt}, ${doneAt ? 'done' : 'open'}, ${doneAt})`);
}

async function person(name: string, department: string): Promise<string> {
  const row = await one<{ id: string }>(sql`
    insert into users (email, name, department_id, office_id)
    values (${`${name}@fixture.example`}, ${name}, ${department}, ${ids.eindhoven}) returning id`);
  return row.id;
}

const Q1 = '/api/v1/dashboard?from=2024-01-01&to=2024-03-31';
const tableOf = (dashboard: TDashboard, section: string, table: string) => {
  const found = dashboard.sections.find((s) => s.key === section)?.tables.find((x) => x.key === table);
  if (!found) throw new Error(`no table ${section}.${table}`);
  return found;
};
const rowOf = (dashboard: TDashboard, section: string, table: string, key: string) =>
  tableOf(dashboard, section, table).rows.find((row) => row.key === key);

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  responder = await loginAs(t.app, 'interventie@wonenzuid.example');
  manager = await loginAs(t.app, demoEmailFor('manager'));
  director = await loginAs(t.app, demoEmailFor('director'));
  safetyOfficer = await loginAs(t.app, demoEmailFor('safety_officer'));
  hr = await loginAs(t.app, demoEmailFor('hr'));
  for (const [key, email] of [
    ['employee', demoEmailFor('employee')],
    ['manager', demoEmailFor('manager')],
    ['responder', 'interventie@wonenzuid.example'],
  ] as const)
    ids[key] = (await one<{ id: string }>(sql`select id from users where email = ${email}`)).id;
  for (const [key, name] of [
    ['customers', 'Klantcontact'],
    ['housing', 'Wonen'],
    ['property', 'Vastgoed'],
  ] as const)
    ids[key] = (await one<{ id: string }>(sql`select id from departments where name = ${name}`)).id;
  ids.eindhoven = (await one<{ id: string }>(sql`select id from offices where name = 'Kantoor Eindhoven'`)).id;
  ids.helmond = (await one<{ id: string }>(sql`select id from offices where name = 'Kantoor Helmond'`)).id;
  const housingEmployee = await person('wonen-1', ids.housing as string);

  // The first quarter of 2024 (Amsterdam is UTC+1 in winter).
  const i1 = await incident({
    department: ids.customers as string,
    phase: 2,
    forms: ['verbal'],
    occurredAt: '2024-01-08T09:00:00Z', // Monday 10:00
    submittedAt: '2024-01-08T14:00:00Z',
    facts: 'De klant is een agressieve idioot en altijd onbeschoft.',
  });
  await task(i1, '2024-01-09T09:00:00Z', '2024-01-08T16:00:00Z'); // 2 hours, on time
  const i2 = await incident({
    department: ids.customers as string,
    channel: 'telephone',
    phase: 3,
    forms: ['verbal', 'threat'],
    occurredAt: '2024-01-12T09:00:00Z', // Friday 10:00: 1 working day is Monday 10:00
    submittedAt: '2024-01-15T08:00:00Z',
  });
  await task(i2, '2024-01-16T08:00:00Z', '2024-01-15T12:00:00Z'); // 4 hours, on time
  const i3 = await incident({
    employee: housingEmployee,
    department: ids.housing as string,
    office: ids.helmond,
    channel: 'home_visit',
    phase: 4,
    forms: ['physical'],
    occurredAt: '2024-01-16T09:00:00Z', // Tuesday: reported Thursday, too late
    submittedAt: '2024-01-18T09:00:00Z',
    sickLeave: true,
    absenceDays: 3,
    injury: true,
  });
  await task(i3, '2024-01-19T09:00:00Z', '2024-01-20T09:00:00Z'); // 48 hours, late
  await incident({ department: ids.customers as string, occurredAt: '2024-01-09T09:00:00Z', submittedAt: null });
  // 00:30 on 1 January in Amsterdam: the first day of the period, though still 2023 in UTC.
  await incident({
    department: ids.customers as string,
    phase: 1,
    forms: ['written'],
    occurredAt: '2023-12-31T23:30:00Z',
    submittedAt: '2024-01-01T11:00:00Z',
  });
  // The previous period of equal length (2 October – 31 December 2023): one report, sent too late.
  await incident({
    department: ids.customers as string,
    occurredAt: '2023-11-06T09:00:00Z',
    submittedAt: '2023-11-10T09:00:00Z',
  });

  const decided = async (kind: string, status: string, incidentId: string, at: string) =>
    t.ctx.db.execute(sql`
      insert into client_measures (incident_id, kind, reason, status, decided_by, decided_at, starts_on)
      values (${incidentId}, ${kind}, 'Herhaald schelden', ${status}, ${ids.manager}, ${at}, '2024-02-01')`);
  await decided('written_warning', 'decided', i3, '2024-02-01T10:00:00Z');
  await decided('verbal_warning', 'decided', i1, '2024-02-02T10:00:00Z');
  await decided('access_ban', 'pending_approval', i3, '2024-02-03T10:00:00Z');

  const alarm = async (raisedAt: string, ackSeconds: number, state: string, level: number, drill = false) =>
    (
      await one<{ id: string }>(sql`
        insert into alarms (state, drill, raised_by, office_id, escalation, level, raised_at, first_acknowledged_at,
                            closed_at, reason)
        values (${state}, ${drill}, ${ids.employee}, ${ids.eindhoven}, '[]'::jsonb, ${level}, ${raisedAt},
                ${raisedAt}::timestamptz + make_interval(secs => ${ackSeconds}),
                ${raisedAt}::timestamptz + interval '10 minutes', ${state === 'false_alarm' ? 'Knop per ongeluk' : null})
        returning id`)
    ).id;
  const a1 = await alarm('2024-01-10T08:00:00Z', 30, 'resolved', 1);
  await t.ctx.db.execute(sql`
    insert into alarm_recipients (alarm_id, user_id, level, role, notified_at, acknowledged_at, arrived_at)
    values (${a1}, ${ids.responder}, 0, 'responder', '2024-01-10T08:00:00Z', '2024-01-10T08:00:30Z',
            '2024-01-10T08:05:00Z')`);
  await alarm('2024-01-11T08:00:00Z', 50, 'false_alarm', 0);
  await alarm('2024-01-12T08:00:00Z', 5, 'resolved', 0, true);

  // Live handlings: two telephone ones in Q1 (a step skipped in one; the skip is counted once, however many
  // steps), one physical one in the previous period.
  const handling = async (procedure: string, startedAt: string, skipped: number) => {
    const { id } = await one<{ id: string }>(sql`
      insert into handlings (protocol_version, procedure_key, channel, status, current_step_id, started_by, handler_id,
                             office_id, department_id, started_at, closed_at)
      values (1, ${procedure}, 'telephone', 'closed', 't1', ${ids.employee}, ${ids.employee}, ${ids.eindhoven},
              ${ids.customers}, ${startedAt}, ${startedAt}::timestamptz + interval '4 minutes')
      returning id`);
    await t.ctx.db.execute(sql`
      insert into handling_events (handling_id, at, actor_id, type, step_id, reason)
      select ${id}, ${startedAt}::timestamptz + n * interval '1 minute', ${ids.employee},
             case when n = 0 then 'started' when n <= ${skipped} then 'step_skipped' else 'step_done' end,
             case when n > 0 then 'step' || n end, case when n > 0 and n <= ${skipped} then 'Geen tijd' end
      from generate_series(0, 3) as n`);
  };
  await handling('telephone', '2024-02-05T09:00:00Z', 2);
  await handling('telephone', '2024-02-06T09:00:00Z', 0);
  await handling('physical', '2023-11-07T09:00:00Z', 0);

  // June 2024: absence of 6 people in Klantcontact, 5 in Vastgoed and 1 in Wonen.
  for (let n = 0; n < 6; n++)
    await incident({
      employee: await person(`klantcontact-${n}`, ids.customers as string),
      department: ids.customers as string,
      occurredAt: '2024-06-10T09:00:00Z',
      submittedAt: '2024-06-10T10:00:00Z',
      sickLeave: true,
      absenceDays: 2,
    });
  for (let n = 0; n < 5; n++)
    await incident({
      employee: await person(`vastgoed-${n}`, ids.property as string),
      department: ids.property as string,
      occurredAt: '2024-06-11T09:00:00Z',
      submittedAt: '2024-06-11T10:00:00Z',
      sickLeave: true,
      absenceDays: 1,
    });
  await incident({
    employee: housingEmployee,
    department: ids.housing as string,
    occurredAt: '2024-06-12T09:00:00Z',
    submittedAt: '2024-06-12T10:00:00Z',
    sickLeave: true,
    absenceDays: 4,
  });
  // Six logins and some sixty fixture rows: on the shared test machine this can take a while.
}, 180_000);
afterAll(() => t.close());

describe('dashboard figures against hand-computed fixtures', () => {
  let q1: TDashboard;
  beforeAll(async () => {
    const response = await call(safetyOfficer, 'GET', Q1);
    expect(response.statusCode, response.body).toBe(200);
    q1 = response.json();
  });

  it('compares with the previous period of equal length', () => {
    expect(q1).toMatchObject({
      from: '2024-01-01',
      to: '2024-03-31',
      previousFrom: '2023-10-02',
      previousTo: '2023-12-31',
      scope: 'organisation',
      anonymised: false,
      minGroupSize: 5,
    });
    expect(q1.sections.map((s) => s.key)).toEqual([
      'incidents',
      'reporting',
      'measures',
      'alarms',
      'compliance',
      'language',
      'impact',
      'aftercare',
      'audits',
      'complaints',
    ]);
  });

  it('counts sent incidents by office, department, form, channel and phase on the Dutch calendar day', () => {
    expect(rowOf(q1, 'incidents', 'total', 'incidents')).toMatchObject({ current: 4, previous: 1 });
    expect(rowOf(q1, 'incidents', 'byDepartment', ids.customers as string)).toMatchObject({
      label: 'Klantcontact',
      current: 3,
      previous: 1,
    });
    expect(rowOf(q1, 'incidents', 'byDepartment', ids.housing as string)).toMatchObject({
      current: 1,
      previous: 0,
      currentSuppressed: false,
    });
    expect(rowOf(q1, 'incidents', 'byOffice', ids.helmond as string)).toMatchObject({
      label: 'Kantoor Helmond',
      current: 1,
    });
    expect(rowOf(q1, 'incidents', 'byOffice', ids.eindhoven as string)).toMatchObject({ current: 3 });
    const forms = Object.fromEntries(tableOf(q1, 'incidents', 'byForm').rows.map((r) => [r.key, r.current]));
    expect(forms).toEqual({ verbal: 2, threat: 1, physical: 1, written: 1 });
    expect(tableOf(q1, 'incidents', 'byForm').rows.map((r) => r.key)).toEqual([
      'verbal',
      'threat',
      'physical',
      'written',
    ]);
    const channels = Object.fromEntries(tableOf(q1, 'incidents', 'byChannel').rows.map((r) => [r.key, r.current]));
    expect(channels).toEqual({ desk: 2, telephone: 1, home_visit: 1 });
    const phases = Object.fromEntries(tableOf(q1, 'incidents', 'byPhase').rows.map((r) => [r.key, r.current]));
    expect(phases).toEqual({ '1': 1, '2': 1, '3': 1, '4': 1 });
  });

  it('measures reporting within 1 working day and the time to the first follow-up', () => {
    expect(rowOf(q1, 'reporting', 'timeliness', 'withinOneWorkingDay')).toMatchObject({ current: 75, previous: 0 });
    expect(rowOf(q1, 'reporting', 'followUp', 'medianHours')).toMatchObject({ current: 4, previous: null });
    expect(rowOf(q1, 'reporting', 'followUpOnTime', 'firstTaskOnTime')).toMatchObject({ current: 66.7 });
  });

  it('counts decided measures by kind, not pending ones', () => {
    const kinds = Object.fromEntries(tableOf(q1, 'measures', 'byKind').rows.map((r) => [r.key, r.current]));
    expect(kinds).toEqual({ verbal_warning: 1, written_warning: 1 });
  });

  it('gives alarm figures without drills', () => {
    const counts = Object.fromEntries(tableOf(q1, 'alarms', 'counts').rows.map((r) => [r.key, r.current]));
    expect(counts).toEqual({ alarms: 2, escalated: 1, falseAlarms: 1 });
    expect(rowOf(q1, 'alarms', 'responseTimes', 'toAcknowledgement')?.current).toBe(40);
    expect(rowOf(q1, 'alarms', 'responseTimes', 'toArrival')?.current).toBe(300);
  });

  it('gives per procedure the handlings and the share with a skipped step', () => {
    expect(rowOf(q1, 'compliance', 'handlings', 'telephone')).toMatchObject({ current: 2, previous: 0 });
    expect(rowOf(q1, 'compliance', 'handlings', 'physical')).toMatchObject({ current: 0, previous: 1 });
    expect(rowOf(q1, 'compliance', 'skippedSteps', 'telephone')).toMatchObject({ current: 50 });
    expect(rowOf(q1, 'compliance', 'skippedSteps', 'physical')).toMatchObject({ current: null, previous: 0 });
  });

  it('gives the share of reports with judging language, read once and kept', async () => {
    expect(rowOf(q1, 'language', 'judgingLanguage', 'reportsWithJudgements')).toMatchObject({
      current: 25,
      previous: 0,
    });
    const kept = await one<{ count: number }>(
      sql`select count(*)::int as count from incident_facts where judgements > 0`,
    );
    expect(kept.count).toBeGreaterThanOrEqual(1);
  });

  it('narrows to an office and a department', async () => {
    const helmond = (await call(director, 'GET', `${Q1}&officeId=${ids.helmond}`)).json() as TDashboard;
    expect(rowOf(helmond, 'incidents', 'total', 'incidents')?.current).toBe(1);
    const housing = (await call(director, 'GET', `${Q1}&departmentId=${ids.housing}`)).json() as TDashboard;
    expect(rowOf(housing, 'incidents', 'total', 'incidents')?.current).toBe(1);
    expect(tableOf(housing, 'measures', 'byKind').rows.map((r) => r.key)).toEqual(['written_warning']);
    expect(tableOf(housing, 'alarms', 'counts').rows.find((r) => r.key === 'alarms')?.current).toBe(0);
  });
});

describe('who sees what', () => {
  it('refuses employees and responders', async () => {
    expect((await call(employee, 'GET', Q1)).statusCode).toBe(403);
    expect((await call(responder, 'GET', '/api/v1/dashboard/export.csv')).statusCode).toBe(403);
  });

  it('shows a manager only their own department and hides that other departments exist', async () => {
    const own = (await call(manager, 'GET', Q1)).json() as TDashboard;
    expect(own).toMatchObject({ scope: 'department', departmentId: ids.customers });
    expect(rowOf(own, 'incidents', 'total', 'incidents')).toMatchObject({ current: 3, previous: 1 });
    expect(tableOf(own, 'incidents', 'byDepartment').rows.map((r) => r.key)).toEqual([ids.customers]);
    expect(tableOf(own, 'measures', 'byKind').rows.map((r) => r.key)).toEqual(['verbal_warning']);
    expect(tableOf(own, 'complaints', 'byOffice').rows).toEqual([]);
    const other = await call(manager, 'GET', `${Q1}&departmentId=${ids.housing}`);
    expect(other.statusCode).toBe(404);
  });

  it('gives HR anonymised figures: a group of 4 never shows, also not through a filter', async () => {
    const view = (await call(hr, 'GET', Q1)).json() as TDashboard;
    expect(view.anonymised).toBe(true);
    expect(rowOf(view, 'incidents', 'total', 'incidents')).toMatchObject({
      current: null,
      currentSuppressed: true,
      previous: null,
      previousSuppressed: true,
    });
    expect(tableOf(view, 'incidents', 'byDepartment').rows.every((r) => r.current === null)).toBe(true);
    const narrowed = (await call(hr, 'GET', `${Q1}&departmentId=${ids.housing}&officeId=${ids.helmond}`)).json();
    expect(rowOf(narrowed, 'incidents', 'total', 'incidents')).toMatchObject({
      current: null,
      currentSuppressed: true,
    });
    expect(rowOf(narrowed, 'reporting', 'timeliness', 'withinOneWorkingDay')?.current).toBeNull();
  });
});

describe('small-group suppression of figures about people', () => {
  const june = '/api/v1/dashboard?from=2024-06-01&to=2024-06-30';

  it('hides a department with absence of fewer than 5 people, and the next smallest so totals cannot tell', async () => {
    const view = (await call(safetyOfficer, 'GET', june)).json() as TDashboard;
    const absence = tableOf(view, 'impact', 'absenceDays');
    expect(absence.peopleBased).toBe(true);
    expect(absence.rows.find((r) => r.key === ids.customers)).toMatchObject({ current: 12, currentSuppressed: false });
    expect(absence.rows.find((r) => r.key === ids.housing)).toMatchObject({ current: null, currentSuppressed: true });
    expect(absence.rows.find((r) => r.key === ids.property)).toMatchObject({ current: null, currentSuppressed: true });
    // Incident counts are about clients' behaviour: a department with one incident is shown to the safety officer.
    expect(rowOf(view, 'incidents', 'byDepartment', ids.housing as string)).toMatchObject({ current: 1 });
  });

  it('hides people-based figures of one small department even when it is the only one asked for', async () => {
    const view = (await call(director, 'GET', `${june}&departmentId=${ids.housing}`)).json() as TDashboard;
    expect(tableOf(view, 'impact', 'absenceDays').rows).toEqual([
      expect.objectContaining({ current: null, currentSuppressed: true }),
    ]);
  });
});

describe('complaints per month', () => {
  it('lets the safety officer enter and correct counts, audited, and counts them per period', async () => {
    const enter = (payload: object) => call(safetyOfficer, 'PUT', '/api/v1/dashboard/complaints', payload);
    expect((await enter({ month: '2024-01', officeId: null, count: 6 })).statusCode).toBe(200);
    expect((await enter({ month: '2024-01', officeId: null, count: 7 })).statusCode).toBe(200);
    expect((await enter({ month: '2024-02', officeId: ids.eindhoven, count: 3 })).statusCode).toBe(200);
    const listed = await enter({ month: '2023-11', officeId: null, count: 4 });
    const entered = listed
      .json()
      .complaints.filter((row: { month: string }) => row.month < '2025')
      .map((row: { month: string; count: number }) => [row.month, row.count]);
    expect(entered).toEqual([
      ['2024-02', 3],
      ['2024-01', 7],
      ['2023-11', 4],
    ]);
    const audit = await queryRows<{ action: string }>(
      t.ctx.db,
      sql`select action from audit_log where entity_type = 'complaint_count' order by seq`,
    );
    expect(audit.map((row) => row.action)).toEqual([
      'complaints.entered',
      'complaints.corrected',
      'complaints.entered',
      'complaints.entered',
    ]);
    const view = (await call(director, 'GET', Q1)).json() as TDashboard;
    const byOffice = Object.fromEntries(
      tableOf(view, 'complaints', 'byOffice').rows.map((r) => [r.key, [r.current, r.previous]]),
    );
    expect(byOffice).toEqual({ organisation: [7, 4], [ids.eindhoven as string]: [3, 0] });
  });

  it('refuses bad counts and other roles, and stores nothing half', async () => {
    const before = await one<{ count: number }>(sql`select count(*)::int as count from complaint_counts`);
    for (const payload of [
      { month: '2024-13', officeId: null, count: 1 },
      { month: '2024-01', officeId: null, count: -1 },
      { month: '2024-01', officeId: null, count: 1, extra: true },
    ]) {
      const response = await call(safetyOfficer, 'PUT', '/api/v1/dashboard/complaints', payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
    const unknownOffice = await call(safetyOfficer, 'PUT', '/api/v1/dashboard/complaints', {
      month: '2024-01',
      officeId: '00000000-0000-4000-8000-000000000000',
      count: 1,
    });
    expect(unknownOffice.json().code).toBe('unknown_reference');
    expect(
      (await call(manager, 'PUT', '/api/v1/dashboard/complaints', { month: '2024-01', officeId: null, count: 1 }))
        .statusCode,
    ).toBe(403);
    const after = await one<{ count: number }>(sql`select count(*)::int as count from complaint_counts`);
    expect(after.count).toBe(before.count);
  });
});

describe('CSV export and the evidence report', () => {
  it('exports every figure with both periods, or one chart', async () => {
    const response = await call(safetyOfficer, 'GET', `/api/v1/dashboard/export.csv?from=2024-01-01&to=2024-03-31`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('kengetallen-2024-01-01-2024-03-31.csv');
    const lines = response.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'onderdeel;tabel;sleutel;naam;eenheid;periode;waarde;vorige_periode;waarde_vorige_periode;verschil',
    );
    expect(lines).toContain('incidents;total;incidents;;count;2024-01-01/2024-03-31;4;2023-10-02/2023-12-31;1;3');
    expect(lines).toContain(
      `incidents;byDepartment;${ids.customers};Klantcontact;count;2024-01-01/2024-03-31;3;2023-10-02/2023-12-31;1;2`,
    );
    const single = await call(
      safetyOfficer,
      'GET',
      `/api/v1/dashboard/export.csv?from=2024-01-01&to=2024-03-31&table=incidents.byForm`,
    );
    const rows = single.body.replace('\uFEFF', '').trim().split('\r\n').slice(1);
    expect(rows.map((line) => line.split(';')[2])).toEqual(['verbal', 'threat', 'physical', 'written']);
    const bad = await call(safetyOfficer, 'GET', '/api/v1/dashboard/export.csv?table=../../etc');
    expect(bad.statusCode).toBe(400);
  });

  it('writes suppressed figures as <5 in HR’s export', async () => {
    const response = await call(
      hr,
      'GET',
      '/api/v1/dashboard/export.csv?from=2024-01-01&to=2024-03-31&table=incidents.total',
    );
    expect(response.body).toContain(
      'incidents;total;incidents;;count;2024-01-01/2024-03-31;<5;2023-10-02/2023-12-31;<5;',
    );
  });

  it('makes the evidence report PDF for the safety officer, and records who made it', async () => {
    const response = await call(safetyOfficer, 'GET', '/api/v1/dashboard/evidence.pdf?from=2024-01-01&to=2024-03-31');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(response.rawPayload.length).toBeGreaterThan(3000);
    const read = await queryRows<{ entity_id: string }>(
      t.ctx.db,
      sql`select entity_id from audit_log where action = 'read.evidence_report'`,
    );
    expect(read.map((row) => row.entity_id)).toEqual(['2024-01-01/2024-03-31']);
    expect((await call(manager, 'GET', '/api/v1/dashboard/evidence.pdf')).statusCode).toBe(403);
    expect((await call(hr, 'GET', '/api/v1/dashboard/evidence.pdf')).statusCode).toBe(403);
  });

  it('refuses a reversed or too long period', async () => {
    expect((await call(director, 'GET', '/api/v1/dashboard?from=2024-03-01&to=2024-01-01')).json().code).toBe(
      'period_invalid',
    );
    expect((await call(director, 'GET', '/api/v1/dashboard?from=2015-01-01&to=2024-01-01')).json().code).toBe(
      'period_too_long',
    );
    expect((await call(director, 'GET', '/api/v1/dashboard?colour=red')).json().code).toBe('validation_failed');
  });
});

describe('aftercare and audit figures', () => {
  const Q2_2023 = '/api/v1/dashboard?from=2023-04-01&to=2023-06-30';

  beforeAll(async () => {
    // Wonen: nine employees with a check-in due in May 2023; six held on or before the due day, three after it.
    const anIncident = await incident({
      department: ids.housing as string,
      occurredAt: '2023-05-01T08:00:00Z',
      submittedAt: '2023-05-01T09:00:00Z',
    });
    for (let index = 0; index < 9; index++) {
      const someone = await person(`nazorg-wonen-${index}`, ids.housing as string);
      await t.ctx.db.execute(sql`
        insert into aftercare_checkins (incident_id, person_id, person_role, department_id, caretaker, kind, sequence,
                                        opens_on, due_on, held_on)
        values (${anIncident}, ${someone}, 'witness', ${ids.housing}, 'manager', 'scheduled', 1, '2023-05-01', '2023-05-04',
                ${index < 6 ? '2023-05-04' : '2023-05-09'})`);
    }
    // Klantcontact: six people, all on time; Vastgoed: four people, a people-based figure about them is never shown.
    const third = await incident({
      department: ids.customers as string,
      occurredAt: '2023-05-01T08:00:00Z',
      submittedAt: '2023-05-01T09:00:00Z',
    });
    for (let index = 0; index < 6; index++) {
      const someone = await person(`nazorg-klant-${index}`, ids.customers as string);
      await t.ctx.db.execute(sql`
        insert into aftercare_checkins (incident_id, person_id, person_role, department_id, caretaker, kind, sequence,
                                        opens_on, due_on, held_on)
        values (${third}, ${someone}, 'witness', ${ids.customers}, 'manager', 'scheduled', 1, '2023-05-01', '2023-05-04', '2023-05-02')`);
    }
    const other = await incident({
      department: ids.property as string,
      occurredAt: '2023-05-01T08:00:00Z',
      submittedAt: '2023-05-01T09:00:00Z',
    });
    for (let index = 0; index < 4; index++) {
      const someone = await person(`nazorg-vastgoed-${index}`, ids.property as string);
      await t.ctx.db.execute(sql`
        insert into aftercare_checkins (incident_id, person_id, person_role, department_id, caretaker, kind, sequence,
                                        opens_on, due_on, held_on)
        values (${other}, ${someone}, 'witness', ${ids.property}, 'manager', 'scheduled', 1, '2023-05-01', '2023-05-04', '2023-05-03')`);
    }
    // A finished audit of Klantcontact in June 2023: two reports scored, 5 of the 6 applicable points "yes".
    const audit = await one<{ id: string }>(sql`
      insert into report_audits (department_id, period_from, period_to, sample_size, seed, status, created_by, finished_at)
      values (${ids.customers}, '2023-03-01', '2023-05-31', 2, 'vast', 'finished', ${ids.manager}, '2023-06-15T10:00:00Z')
      returning id`);
    const [first, second] = await queryRows<{ id: string }>(
      t.ctx.db,
      sql`select id from incidents where department_id = ${ids.customers} and status = 'submitted' order by id limit 2`,
    );
    await t.ctx.db.execute(sql`
      insert into report_audit_samples (audit_id, incident_id, position, facts_not_opinions, follow_up_on_time,
                                        measures_recorded, aftercare_done)
      values (${audit.id}, ${first?.id}, 1, 'yes', 'no', 'na', 'yes'), (${audit.id}, ${second?.id}, 2, 'yes', 'yes', 'yes', 'na')`);
  });

  it('shows the share of aftercare conversations held on time per department, only for groups of five or more', async () => {
    const dashboard = (await call(safetyOfficer, 'GET', Q2_2023)).json() as TDashboard;
    expect(rowOf(dashboard, 'aftercare', 'checkinsOnTime', ids.housing as string)).toMatchObject({ current: 66.7 });
    const small = rowOf(dashboard, 'aftercare', 'checkinsOnTime', ids.property as string);
    expect(small?.current).toBeNull();
    expect(small?.currentSuppressed).toBe(true);
    // Exactly one hidden row would follow from the others: the next smallest group (Klantcontact, six) is hidden too.
    expect(rowOf(dashboard, 'aftercare', 'checkinsOnTime', ids.customers as string)?.current).toBeNull();
  });

  it('shows the audit score per department, leaving out what does not apply', async () => {
    const dashboard = (await call(director, 'GET', Q2_2023)).json() as TDashboard;
    expect(rowOf(dashboard, 'audits', 'auditScore', ids.customers as string)).toMatchObject({ current: 83.3 });
    // HR's anonymised view hides every figure resting on fewer than five records: two reports here.
    const anonymised = (await call(hr, 'GET', Q2_2023)).json() as TDashboard;
    expect(rowOf(anonymised, 'audits', 'auditScore', ids.customers as string)?.current).toBeNull();
  });
});

describe('baseline and re-measurement in the evidence report', () => {
  const pdfOf = async () => {
    const response = await call(safetyOfficer, 'GET', '/api/v1/dashboard/evidence.pdf?from=2024-01-01&to=2024-03-31');
    expect(response.statusCode).toBe(200);
    return (await pdfText(response.rawPayload)).join('\n');
  };

  it('says so when no baseline has a closed re-measurement, and compares per scale once one has', async () => {
    const before = await pdfOf();
    expect(before).toContain('5. Nulmeting en nameting');
    expect(before).toContain('Er is nog geen nulmeting met een afgesloten nameting.');

    const teams = await queryRows<{ id: string; name: string; office: string | null; department: string }>(
      t.ctx.db,
      sql`select t.id, t.name, o.name as office, d.name as department from teams t
        join departments d on d.id = t.department_id left join offices o on o.id = t.office_id
        order by t.name limit 3`,
    );
    expect(teams.length).toBeGreaterThanOrEqual(2);
    const [large, small] = teams as [(typeof teams)[0], (typeof teams)[0]];
    const items = [...BUILT_IN_ITEMS];
    const [baseline] = await t.ctx.db
      .insert(surveyCampaigns)
      .values({ title: 'Nulmeting voorjaar', kind: 'baseline', status: 'closed', items, closesOn: '2024-02-01' })
      .returning();
    const [remeasurement] = await t.ctx.db
      .insert(surveyCampaigns)
      .values({
        title: 'Nameting zomer',
        kind: 'remeasurement',
        status: 'closed',
        baselineId: baseline?.id,
        items,
        closesOn: '2024-05-01',
        closedAt: new Date('2024-05-02T06:00:00Z'),
      })
      .returning();
    // The large team answers six times in each round, the small team three times: too few to show.
    const respond = async (campaignId: string, teamId: string, values: number[]) => {
      for (const value of values) {
        const answers: Record<string, number> = {};
        for (const item of items) if (item.kind === 'scale') answers[item.key] = value;
        await t.ctx.db.insert(surveyResponses).values({ campaignId, itemsVersion: 1, teamId, answers });
      }
    };
    await respond(baseline?.id ?? '', large.id, [2, 3, 2, 3, 2, 3]);
    await respond(baseline?.id ?? '', small.id, [1, 2, 1]);
    await respond(remeasurement?.id ?? '', large.id, [4, 4, 3, 4, 4, 3]);
    await respond(remeasurement?.id ?? '', small.id, [5, 5, 4]);

    const text = await pdfOf();
    expect(text).not.toContain('Er is nog geen nulmeting met een afgesloten nameting.');
    expect(text).toContain('Nulmeting voorjaar');
    expect(text).toContain('Hele organisatie');
    expect(text).toContain('9 antwoorden bij de nameting, 9 bij de nulmeting.');
    // Grip (every scale alike): baseline 19/9 = 2,1, re-measurement 36/9 = 4,0; interval and effect size beside it.
    expect(text).toMatch(/Grip op agressie: nulmeting 2,1, nameting 4,0; verschil \+1,9 \(95%-BI/);
    expect(text).toMatch(/g = \d+,\d\); n = 9 en 9/);
    expect(text).toMatch(/Gemiddeld 1,9 punt hoger dan bij de nulmeting/);
    // The small team has a heading and no figure; the remainder of the organisation would single it out, so the
    // large team is held back too (anonymity.ts): no team shows numbers.
    const groupName = (team: typeof large) => [team.name, team.office, team.department].filter(Boolean).join(' · ');
    for (const team of [small, large]) {
      const at = text.indexOf(groupName(team));
      expect(at, groupName(team)).toBeGreaterThan(-1);
      expect(text.slice(at, at + 200)).toContain('Geen cijfers: minder dan 5 antwoorden');
    }
  });
});
