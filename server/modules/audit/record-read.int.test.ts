import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { auditRows } from '../../http/test-helpers.js';

let t: TestContext;
let manager: Caller;
let admin: Caller;
let employee: Caller;

beforeAll(async () => {
  t = await createTestContext();
  manager = await loginAs(t.app, demoEmailFor('manager'));
  admin = await loginAs(t.app, demoEmailFor('admin'));
  employee = await loginAs(t.app, demoEmailFor('employee'));
});
afterAll(() => t.close());

function get(caller: Caller, url: string) {
  return t.app.inject({ method: 'GET', url, headers: as(caller) });
}

describe('reads of sensitive records', () => {
  it('logs who viewed a case and a client, not a writer reading their own report, and the admin can review them', async () => {
    const cases = (await get(manager, '/api/v1/incidents')).json();
    const incident = (cases.incidents ?? cases.items ?? cases)[0] as { id: string };
    expect(incident?.id).toBeDefined();
    expect((await get(manager, `/api/v1/incidents/${incident.id}`)).statusCode).toBe(200);
    const [read] = await auditRows(t, 'read.incident', incident.id);
    expect(read?.actor_label).toBe(demoEmailFor('manager'));

    const mine = (await get(employee, '/api/v1/incidents/mine')).json();
    const own = (mine.incidents ?? mine.items ?? mine)[0] as { id: string };
    expect(own?.id).toBeDefined();
    const before = (await auditRows(t, 'read.incident', own.id)).length;
    expect((await get(employee, `/api/v1/incidents/${own.id}`)).statusCode).toBe(200);
    expect(await auditRows(t, 'read.incident', own.id)).toHaveLength(before);

    const clients = (await get(employee, '/api/v1/clients?q=a')).json();
    const client = (clients.clients ?? clients.items ?? clients)[0] as { id: string };
    expect((await get(employee, `/api/v1/clients/${client.id}`)).statusCode).toBe(200);
    expect(await auditRows(t, 'read.client', client.id)).toHaveLength(1);

    const reads = (await get(admin, '/api/v1/audit?kind=reads&limit=200')).json().entries as { action: string }[];
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.every((entry) => entry.action.startsWith('read.'))).toBe(true);
    const changes = (await get(admin, '/api/v1/audit?kind=changes&limit=200')).json().entries as { action: string }[];
    expect(changes.some((entry) => entry.action.startsWith('read.'))).toBe(false);
    expect((await get(admin, '/api/v1/audit?kind=everything')).statusCode).toBe(400);
  });
});
