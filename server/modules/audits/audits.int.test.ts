import { and, eq, gte, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { addCalendarDays, dutchDate, startOfDutchDay } from '../../time/dutch-time.js';
import { auditLog } from '../audit/tables.js';
import { coachingPlanItems, coachingPlans } from '../coaching-plans/tables.js';
import { incidents } from '../incidents/tables.js';
import { departments, teams } from '../org/tables.js';
import { users } from '../users/tables.js';
import { drawSample } from './sample.js';
import type { TAudit } from './schema.js';

let t: TestContext;
let employee: Caller;
let manager: Caller;
let officer: Caller;
let director: Caller;
let customers: string;
let housing: string;

const today = dutchDate();
const from = addCalendarDays(today, -60);

beforeAll(async () => {
  t = await createTestContext({ demo: true });
  employee = await loginAs(t.app, demoEmailFor('employee'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
  officer = await loginAs(t.app, demoEmailFor('safety_officer'));
  director = await loginAs(t.app, demoEmailFor('director'));
  const all = await t.ctx.db.select().from(departments);
  customers = all.find((department) => department.name === 'Klantcontact')?.id as string;
  housing = all.find((department) => department.name === 'Wonen')?.id as string;
  const [reporter] = await t.ctx.db.select().from(users).where(eq(users.name, 'Sanne de Vries'));
  if (!reporter) throw new Error('demo user missing');
  // Six more sent reports in Klantcontact and two in Wonen, so a sample is a real choice.
  const texts = [
    'De klant noemde mij "oplichter" en sloeg met zijn vuist op de balie.',
    'De klant was agressief en onbeschoft.',
    'Mevrouw riep: "Ik weet waar je woont." Daarna liep ze weg.',
    'De klant is een typische querulant die altijd klaagt.',
    'De beller schreeuwde en hing op na de waarschuwing.',
    'De klant gooide een folderstandaard om.',
  ];
  const sent = (departmentId: string, facts: string, daysAgo: number) => ({
    reportedBy: reporter.id,
    employeeId: reporter.id,
    departmentId,
    status: 'submitted',
    caseStatus: 'new',
    occurredAt: new Date(Date.now() - daysAgo * 86_400_000),
    submittedAt: new Date(Date.now() - daysAgo * 86_400_000),
    channel: 'desk',
    forms: ['verbal'],
    facts,
  });
  await t.ctx.db
    .insert(incidents)
    .values([
      ...texts.map((facts, index) => sent(customers, facts, 5 + index * 7)),
      sent(housing, 'De huurder schold de consulent uit.', 10),
      sent(housing, 'Old one', 200),
    ]);
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

async function eligible(departmentId: string): Promise<string[]> {
  const rows = await t.ctx.db
    .select({ id: incidents.id })
    .from(incidents)
    .where(
      and(
        eq(incidents.departmentId, departmentId),
        eq(incidents.status, 'submitted'),
        gte(incidents.submittedAt, startOfDutchDay(from)),
        lt(incidents.submittedAt, startOfDutchDay(addCalendarDays(today, 1))),
      ),
    );
  return rows.map((row) => row.id);
}

const allYes = {
  factsNotOpinions: 'yes',
  followUpOnTime: 'yes',
  measuresRecorded: 'na',
  aftercareDone: 'yes',
  note: '',
};

describe('the report audit', () => {
  let audit: TAudit;

  it('draws a stored, reproducible random sample of one department’s sent reports', async () => {
    const started = await call(officer, 'POST', '/api/v1/audits', {
      departmentId: customers,
      from,
      to: today,
      sampleSize: 4,
    });
    expect(started.statusCode, started.body).toBe(201);
    audit = started.json();
    expect(audit).toMatchObject({ departmentName: 'Klantcontact', sampleSize: 4, sampled: 4, status: 'open' });
    const pool = await eligible(customers);
    expect(pool.length).toBeGreaterThan(4);
    // The same seed over the same reports gives exactly the stored sample, in order.
    expect(audit.samples.map((sample) => sample.incidentId)).toEqual(drawSample(pool, audit.seed, 4));
    expect(audit.samples.every((sample) => pool.includes(sample.incidentId))).toBe(true);
    const again: TAudit = (await call(officer, 'GET', `/api/v1/audits/${audit.id}`)).json();
    expect(again.samples.map((sample) => sample.incidentId)).toEqual(audit.samples.map((sample) => sample.incidentId));
    // A second audit has its own seed and draws on the other department only when asked.
    const other: TAudit = (
      await call(officer, 'POST', '/api/v1/audits', { departmentId: housing, from, to: today, sampleSize: 10 })
    ).json();
    expect(other.samples.map((sample) => sample.facts)).toEqual(['De huurder schold de consulent uit.']);
  });

  it('shows the language assistant’s findings as a first reading, and logs every read of a sampled report', async () => {
    // Everything in the period, so both kinds of report are in it.
    const whole: TAudit = (
      await call(officer, 'POST', '/api/v1/audits', { departmentId: customers, from, to: today, sampleSize: 50 })
    ).json();
    const judged = whole.samples.find((sample) => sample.facts.includes('agressief en onbeschoft'));
    const factual = whole.samples.find((sample) => sample.facts.includes('folderstandaard'));
    expect(judged?.findings.map((finding) => finding.text)).toEqual(['was agressief', 'onbeschoft']);
    expect(factual?.findings).toEqual([]);
    const reads = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'read.incident'));
    const ofAudit = reads.filter((row) => (row.changes as { auditId?: string }).auditId === audit.id);
    // Read on start and once more: each sampled report twice.
    expect(ofAudit).toHaveLength(8);
  });

  it('is scored on the checklist and finished only when complete; results per department over time', async () => {
    const [first, ...rest] = audit.samples;
    if (!first) throw new Error('empty sample');
    const early = await call(officer, 'POST', `/api/v1/audits/${audit.id}/finish`, { conclusion: '' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('audit_incomplete');
    const bad = await call(officer, 'PUT', `/api/v1/audits/${audit.id}/samples/${first.incidentId}`, {
      ...allYes,
      factsNotOpinions: 'maybe',
    });
    expect(bad.statusCode).toBe(400);
    const scored = await call(officer, 'PUT', `/api/v1/audits/${audit.id}/samples/${first.incidentId}`, {
      ...allYes,
      factsNotOpinions: 'no',
      note: 'Oordeel in plaats van feiten.',
    });
    expect(scored.statusCode, scored.body).toBe(204);
    for (const sample of rest) {
      const response = await call(officer, 'PUT', `/api/v1/audits/${audit.id}/samples/${sample.incidentId}`, allYes);
      expect(response.statusCode).toBe(204);
    }
    const finished = await call(officer, 'POST', `/api/v1/audits/${audit.id}/finish`, {
      conclusion: 'Taalgebruik in een op vier meldingen nog oordelend.',
    });
    expect(finished.statusCode, finished.body).toBe(204);
    expect(
      (await call(officer, 'PUT', `/api/v1/audits/${audit.id}/samples/${first.incidentId}`, allYes)).json().code,
    ).toBe('audit_finished');

    const results = (await call(officer, 'GET', '/api/v1/audits/results')).json().results;
    expect(results.find((result: { auditId: string }) => result.auditId === audit.id)).toMatchObject({
      departmentName: 'Klantcontact',
      sampled: 4,
      criteria: {
        factsNotOpinions: { yes: 3, no: 1, na: 0, percent: 75 },
        followUpOnTime: { yes: 4, no: 0, na: 0, percent: 100 },
        measuresRecorded: { yes: 0, no: 0, na: 4, percent: null },
        aftercareDone: { yes: 4, no: 0, na: 0, percent: 100 },
      },
      // 11 yes of 12 applicable points.
      percent: 92,
    });
  });

  it('shows managers their own department’s outcome only; audits are the safety officer’s', async () => {
    const other = (await call(officer, 'GET', '/api/v1/audits'))
      .json()
      .audits.find((entry: TAudit) => entry.departmentName === 'Wonen');
    for (const sample of ((await call(officer, 'GET', `/api/v1/audits/${other.id}`)).json() as TAudit).samples) {
      await call(officer, 'PUT', `/api/v1/audits/${other.id}/samples/${sample.incidentId}`, allYes);
    }
    expect((await call(officer, 'POST', `/api/v1/audits/${other.id}/finish`, { conclusion: '' })).statusCode).toBe(204);
    const ids = (results: { auditId: string }[]) => results.map((result) => result.auditId);
    const all = (await call(director, 'GET', '/api/v1/audits/results')).json().results;
    expect(ids(all)).toEqual(expect.arrayContaining([audit.id, other.id]));
    const mine = (await call(manager, 'GET', '/api/v1/audits/results')).json().results;
    expect(ids(mine)).toContain(audit.id);
    expect(ids(mine)).not.toContain(other.id);
    expect(new Set(mine.map((result: { departmentName: string }) => result.departmentName))).toEqual(
      new Set(['Klantcontact']),
    );
    expect((await call(manager, 'GET', `/api/v1/audits/${audit.id}`)).statusCode).toBe(403);
    expect((await call(director, 'GET', `/api/v1/audits/${audit.id}`)).statusCode).toBe(200);
    expect(
      (await call(director, 'POST', '/api/v1/audits', { departmentId: customers, from, to: today, sampleSize: 2 }))
        .statusCode,
    ).toBe(403);
    expect((await call(employee, 'GET', '/api/v1/audits/results')).statusCode).toBe(403);
    const none = await call(officer, 'POST', '/api/v1/audits', {
      departmentId: housing,
      from: addCalendarDays(today, -400),
      to: addCalendarDays(today, -300),
      sampleSize: 2,
    });
    expect(none.json().code).toBe('audit_no_reports');
  });

  it('completes the month-3 item of the department’s 90-day plans in their third month', async () => {
    const [team] = await t.ctx.db.select().from(teams).where(eq(teams.name, 'Frontoffice Eindhoven'));
    if (!team) throw new Error('team missing');
    const started = await call(officer, 'POST', '/api/v1/coaching-plans', {
      teamId: team.id,
      startDate: addCalendarDays(today, -60),
    });
    expect(started.statusCode, started.body).toBe(201);
    const next = (
      await call(officer, 'POST', '/api/v1/audits', { departmentId: customers, from, to: today, sampleSize: 1 })
    ).json() as TAudit;
    await call(officer, 'PUT', `/api/v1/audits/${next.id}/samples/${next.samples[0]?.incidentId}`, allYes);
    expect((await call(officer, 'POST', `/api/v1/audits/${next.id}/finish`, { conclusion: '' })).statusCode).toBe(204);
    const [item] = await t.ctx.db
      .select()
      .from(coachingPlanItems)
      .innerJoin(coachingPlans, eq(coachingPlans.id, coachingPlanItems.planId))
      .where(and(eq(coachingPlans.teamId, team.id), eq(coachingPlanItems.stage, 'audit')));
    expect(item?.coaching_plan_items.auditId).toBe(next.id);
    expect(item?.coaching_plan_items.doneAt).not.toBeNull();
  });
});
