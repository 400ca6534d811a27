import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { auditRows, countRows } from '../../http/test-helpers.js';

let t: TestContext;
let admin: Caller;
let adminId: string;

beforeAll(async () => {
  t = await createTestContext();
  admin = await loginAs(t.app, demoEmailFor('admin'));
  adminId = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: as(admin) })).json().user.id;
});
afterAll(() => t.close());

function api(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(admin), ...(payload === undefined ? {} : { payload }) });
}

interface Structure {
  organisation: { name: string };
  offices: { id: string; name: string; address: string; active: boolean }[];
  departments: { id: string; name: string; active: boolean }[];
  teams: { id: string; name: string; departmentId: string; officeId: string | null; active: boolean }[];
}

async function structure(): Promise<Structure> {
  const response = await api('GET', '/api/v1/org');
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe('offices', () => {
  it('creates an office, audited', async () => {
    const response = await api('POST', '/api/v1/org/offices', { name: '  Kantoor Tilburg ', address: 'Spoorlaan 1' });
    expect(response.statusCode).toBe(201);
    const office = response.json();
    expect(office).toMatchObject({ name: 'Kantoor Tilburg', address: 'Spoorlaan 1', active: true });
    expect((await structure()).offices).toContainEqual(office);
    const [audit] = await auditRows(t, 'office.created', office.id);
    expect(audit).toMatchObject({ actor_id: adminId, entity_type: 'office' });
    expect(audit?.changes).toMatchObject({ name: { from: null, to: 'Kantoor Tilburg' } });
  });

  it('refuses a name that exists in another letter case with 409 name_taken', async () => {
    const before = await countRows(t, 'offices');
    const audit = await countRows(t, 'audit_log');
    const response = await api('POST', '/api/v1/org/offices', { name: 'KANTOOR eindhoven' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('name_taken');
    expect(await countRows(t, 'offices')).toBe(before);
    expect(await countRows(t, 'audit_log')).toBe(audit);

    // Renaming onto a taken name is refused too, and the office keeps its name.
    const helmond = (await structure()).offices.find((office) => office.name === 'Kantoor Helmond');
    const rename = await api('PATCH', `/api/v1/org/offices/${helmond?.id}`, { name: 'kantoor eindhoven' });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().code).toBe('name_taken');
    expect((await structure()).offices.find((office) => office.id === helmond?.id)?.name).toBe('Kantoor Helmond');
  });

  it('deactivates an office with PATCH {active:false}, recording from/to', async () => {
    const created = (await api('POST', '/api/v1/org/offices', { name: 'Kantoor Oss' })).json();
    const response = await api('PATCH', `/api/v1/org/offices/${created.id}`, { active: false });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: created.id, name: 'Kantoor Oss', active: false });
    expect((await structure()).offices.find((office) => office.id === created.id)?.active).toBe(false);
    const [audit] = await auditRows(t, 'office.updated', created.id);
    expect(audit?.changes).toEqual({ active: { from: true, to: false } });
  });

  it('answers 404 for an unknown office and 400 for an update without fields', async () => {
    const missing = await api('PATCH', `/api/v1/org/offices/${randomUUID()}`, { active: false });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
    const office = (await structure()).offices[0];
    const empty = await api('PATCH', `/api/v1/org/offices/${office?.id}`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('validation_failed');
  });
});

describe('departments', () => {
  it('creates a department, refuses a duplicate name and deactivates one', async () => {
    const response = await api('POST', '/api/v1/org/departments', { name: 'Juridische Zaken' });
    expect(response.statusCode).toBe(201);
    const department = response.json();
    expect(department).toMatchObject({ name: 'Juridische Zaken', active: true });
    expect(await auditRows(t, 'department.created', department.id)).toHaveLength(1);

    const before = await countRows(t, 'departments');
    const duplicate = await api('POST', '/api/v1/org/departments', { name: 'juridische zaken' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('name_taken');
    expect(await countRows(t, 'departments')).toBe(before);

    const deactivated = await api('PATCH', `/api/v1/org/departments/${department.id}`, { active: false });
    expect(deactivated.statusCode).toBe(200);
    expect(deactivated.json().active).toBe(false);
    const [audit] = await auditRows(t, 'department.updated', department.id);
    expect(audit?.changes).toEqual({ active: { from: true, to: false } });

    const empty = await api('PATCH', `/api/v1/org/departments/${department.id}`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('validation_failed');
  });
});

describe('teams', () => {
  it('creates a team in a department and office; the same name is taken only within one department', async () => {
    const { departments, offices } = await structure();
    const [first, second] = departments;
    const office = offices[0];
    const response = await api('POST', '/api/v1/org/teams', {
      name: 'Wijkteam Noord',
      departmentId: first?.id,
      officeId: office?.id,
    });
    expect(response.statusCode).toBe(201);
    const team = response.json();
    expect(team).toMatchObject({ name: 'Wijkteam Noord', departmentId: first?.id, officeId: office?.id, active: true });
    expect(await auditRows(t, 'team.created', team.id)).toHaveLength(1);

    const before = await countRows(t, 'teams');
    const duplicate = await api('POST', '/api/v1/org/teams', { name: 'WIJKTEAM NOORD', departmentId: first?.id });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('name_taken');
    expect(await countRows(t, 'teams')).toBe(before);

    const elsewhere = await api('POST', '/api/v1/org/teams', { name: 'Wijkteam Noord', departmentId: second?.id });
    expect(elsewhere.statusCode).toBe(201);
    expect(elsewhere.json().officeId).toBeNull();
  });

  it('refuses a team with an unknown department or office with 400 unknown_reference', async () => {
    const { departments } = await structure();
    const before = await countRows(t, 'teams');
    const unknownDepartment = await api('POST', '/api/v1/org/teams', { name: 'Spookteam', departmentId: randomUUID() });
    expect(unknownDepartment.statusCode).toBe(400);
    expect(unknownDepartment.json()).toMatchObject({
      code: 'unknown_reference',
      title: expect.stringContaining('afdeling'),
    });
    const unknownOffice = await api('POST', '/api/v1/org/teams', {
      name: 'Spookteam',
      departmentId: departments[0]?.id,
      officeId: randomUUID(),
    });
    expect(unknownOffice.statusCode).toBe(400);
    expect(unknownOffice.json().code).toBe('unknown_reference');
    const noDepartment = await api('POST', '/api/v1/org/teams', { name: 'Spookteam' });
    expect(noDepartment.statusCode).toBe(400);
    expect(noDepartment.json().code).toBe('validation_failed');
    expect(await countRows(t, 'teams')).toBe(before);
  });

  it('moves and deactivates a team', async () => {
    const { departments, teams } = await structure();
    const team = teams.find((candidate) => candidate.name === 'Huurincasso');
    const target = departments.find((department) => department.id !== team?.departmentId);
    const moved = await api('PATCH', `/api/v1/org/teams/${team?.id}`, { departmentId: target?.id, active: false });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ departmentId: target?.id, active: false });
    const [audit] = await auditRows(t, 'team.updated', team?.id);
    expect(audit?.changes).toEqual({
      departmentId: { from: team?.departmentId, to: target?.id },
      active: { from: true, to: false },
    });
    const unknown = await api('PATCH', `/api/v1/org/teams/${team?.id}`, { officeId: randomUUID() });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('unknown_reference');
    const empty = await api('PATCH', `/api/v1/org/teams/${team?.id}`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('validation_failed');
  });
});

describe('organisation settings', () => {
  it('renames the organisation, validating the name and refusing fields it does not know', async () => {
    const audit = await countRows(t, 'audit_log');
    for (const payload of [{}, { name: '' }, { name: '   ' }, { name: 'x'.repeat(201) }, { name: 42 }]) {
      const response = await api('PATCH', '/api/v1/org', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
    // The alarm number moved to the protocol; the organisation no longer accepts it.
    const alarm = await api('PATCH', '/api/v1/org', { name: 'Wonen Zuid', alarmNumber: '112' });
    expect(alarm.statusCode).toBe(400);
    expect(alarm.json().errors).toContainEqual({ path: 'body', message: expect.stringContaining('alarmNumber') });
    expect(await countRows(t, 'audit_log')).toBe(audit);
    expect((await structure()).organisation.name).toBe('Wonen Zuid');

    const response = await api('PATCH', '/api/v1/org', { name: '  Wonen Zuid-Oost ' });
    expect(response.statusCode).toBe(204);
    expect((await structure()).organisation.name).toBe('Wonen Zuid-Oost');
    expect((await api('GET', '/api/v1/home')).json().organisationName).toBe('Wonen Zuid-Oost');
    const audits = await auditRows(t, 'organisation.updated', '1');
    expect(audits.at(-1)?.changes).toMatchObject({ name: { from: 'Wonen Zuid', to: 'Wonen Zuid-Oost' } });
  });
});
