import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';

let t: TestContext;
let safetyOfficer: Caller;
let manager: Caller;

async function report(departmentId: string | null, facts: string, submittedAt: string): Promise<void> {
  await t.ctx.db.execute(sql`
    insert into incidents (reported_by, employee_id, department_id, status, occurred_at, channel, submitted_at,
                           case_status, facts)
    select id, id, ${departmentId}, 'submitted', ${submittedAt}::timestamptz, 'desk', ${submittedAt}::timestamptz,
           'new', ${facts}
    from users where email = ${demoEmailFor('employee')}`);
}

beforeAll(async () => {
  t = await createTestContext();
  safetyOfficer = await loginAs(t.app, demoEmailFor('safety_officer'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
  const departments = await queryRows<{ id: string; name: string }>(
    t.ctx.db,
    sql`select id, name from departments order by name`,
  );
  const byName = new Map(departments.map((d) => [d.name, d.id]));
  const customers = byName.get('Klantcontact') as string;
  const housing = byName.get('Wonen') as string;
  await report(customers, 'De klant was agressief en deed onbeschoft.', '2025-02-03T10:00:00Z');
  await report(
    customers,
    'De klant sloeg met zijn vuist op de balie en zei: "ik weet waar je woont".',
    '2025-02-04T10:00:00Z',
  );
  await report(customers, 'Hij noemde mij "trut" en liep weg.', '2025-02-05T10:00:00Z');
  await report(housing, 'Mevrouw was duidelijk onder invloed en agressief.', '2025-02-06T10:00:00Z');
  await report(housing, 'Buiten de periode: de klant was agressief.', '2025-03-06T10:00:00Z');
});
afterAll(() => t.close());

describe('audit of language in reports', () => {
  it('shows per department how many reports judge instead of describing, and the common judging words', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/language/report-audit?from=2025-02-01&to=2025-02-28',
      headers: as(safetyOfficer),
    });
    expect(response.statusCode, response.body).toBe(200);
    const audit = response.json();
    expect(audit).toMatchObject({ from: '2025-02-01', to: '2025-02-28', reports: 4, withJudgements: 2 });
    const customers = audit.departments.find((d: { name: string }) => d.name === 'Klantcontact');
    expect(customers).toMatchObject({ reports: 3, withJudgements: 1 });
    const housing = audit.departments.find((d: { name: string }) => d.name === 'Wonen');
    expect(housing).toMatchObject({ reports: 1, withJudgements: 1 });
    expect(audit.commonPhrases.map((p: { text: string }) => p.text).join(' ')).toContain('agressief');
    // Counts and judging words only: no report text leaves.
    expect(response.body).not.toContain('vuist');
  });

  it("is the safety officer's, and refuses a reversed period", async () => {
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/language/report-audit', headers: as(manager) });
    expect(refused.statusCode).toBe(403);
    const reversed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/language/report-audit?from=2025-03-01&to=2025-02-01',
      headers: as(safetyOfficer),
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().code).toBe('period_invalid');
  });
});
