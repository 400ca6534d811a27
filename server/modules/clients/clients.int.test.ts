import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';

let t: TestContext;
let employee: Caller;
let colleague: Caller;
let manager: Caller;
let hr: Caller;
let admin: Caller;

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  colleague = await loginAs(t.app, 'interventie@wonenzuid.example');
  manager = await loginAs(t.app, demoEmailFor('manager'));
  hr = await loginAs(t.app, demoEmailFor('hr'));
  admin = await loginAs(t.app, demoEmailFor('admin'));
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

describe('client records', () => {
  it('records a client and finds it by name, client number or phone number however it is typed', async () => {
    const created = await call(employee, 'POST', '/api/v1/clients', {
      name: 'Fatima el Amrani',
      clientNumber: 'H-20931',
      phone: '06-12 34 56 78',
      address: 'Kruisstraat 4, Eindhoven',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Fatima el Amrani', activeMeasures: [], canOpenIncidents: false });
    const find = async (q: string) =>
      (await call(colleague, 'GET', `/api/v1/clients?q=${encodeURIComponent(q)}`))
        .json()
        .clients.map((client: { name: string }) => client.name);
    expect(await find('amrani')).toEqual(['Fatima el Amrani']);
    expect(await find('h-2093')).toEqual(['Fatima el Amrani']);
    expect(await find('0612345678')).toEqual(['Fatima el Amrani']);
    expect(await find('+31 6 1234')).toEqual(['Fatima el Amrani']);
    expect(await find('0031612')).toEqual(['Fatima el Amrani']);
    expect(await find('%')).toEqual([]);

    const duplicate = await call(manager, 'POST', '/api/v1/clients', {
      name: 'Iemand anders',
      clientNumber: 'h-20931',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('client_number_taken');

    const id = created.json().id as string;
    const updated = await call(manager, 'PATCH', `/api/v1/clients/${id}`, {
      notes: '<i>Spreekt weinig Nederlands</i>',
    });
    expect(updated.json()).toMatchObject({ notes: '<i>Spreekt weinig Nederlands</i>', canOpenIncidents: true });

    // The append-only audit log says what changed, never the client's personal data (it could not be erased there).
    const logged = await queryRows<{ action: string; changes: unknown }>(
      t.ctx.db,
      sql`select action, changes from audit_log where entity_type = 'client' and entity_id = ${id} order by seq`,
    );
    expect(logged.map((row) => row.action)).toEqual(['client.created', 'client.updated']);
    expect(logged[1]?.changes).toEqual({ notes: { changed: true } });
    const text = JSON.stringify(logged);
    for (const personal of ['Fatima', 'H-20931', '612345678', 'Kruisstraat', 'Nederlands'])
      expect(text).not.toContain(personal);
  });

  it('keeps client records from roles without a task with them, and refuses bad input', async () => {
    for (const outsider of [hr, admin]) {
      expect((await call(outsider, 'GET', '/api/v1/clients?q=a')).statusCode).toBe(403);
      expect((await call(outsider, 'POST', '/api/v1/clients', { name: 'X' })).statusCode).toBe(403);
    }
    for (const payload of [
      {},
      { name: '' },
      { name: 'A', phone: 'bel me' },
      { name: 'A', extra: 1 },
      { name: 'x'.repeat(201) },
    ]) {
      const response = await call(employee, 'POST', '/api/v1/clients', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await call(employee, 'GET', '/api/v1/clients/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('links a client to a live handling: only the person handling it, and the handling shows the client', async () => {
    const client = (
      await call(employee, 'POST', '/api/v1/clients', { name: 'Kees Bellen', phone: '040 123 4567' })
    ).json();
    const handling = (await call(employee, 'POST', '/api/v1/handlings', { procedure: 'telephone' })).json();
    expect((await call(employee, 'GET', `/api/v1/handlings/${handling.id}/client`)).json().client).toBeNull();
    expect(
      (await call(colleague, 'PUT', `/api/v1/handlings/${handling.id}/client`, { clientId: client.id })).statusCode,
    ).toBe(403);
    expect((await call(colleague, 'GET', `/api/v1/handlings/${handling.id}/client`)).statusCode).toBe(404);
    const linked = await call(employee, 'PUT', `/api/v1/handlings/${handling.id}/client`, { clientId: client.id });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().client).toMatchObject({ name: 'Kees Bellen', activeMeasures: [] });
    const unknown = await call(employee, 'PUT', `/api/v1/handlings/${handling.id}/client`, {
      clientId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.json().code).toBe('unknown_reference');
    expect((await call(employee, 'GET', `/api/v1/handlings/${handling.id}/client`)).json().client.name).toBe(
      'Kees Bellen',
    );
    const page = (await call(employee, 'GET', `/api/v1/clients/${client.id}`)).json();
    expect(page.handlings.map((row: { id: string }) => row.id)).toEqual([handling.id]);
    const unlinked = await call(employee, 'PUT', `/api/v1/handlings/${handling.id}/client`, { clientId: null });
    expect(unlinked.json().client).toBeNull();
  });

  it('shows on a new handling that the client called before in recent weeks ("the client calls again")', async () => {
    const client = (
      await call(employee, 'POST', '/api/v1/clients', { name: 'Ria Terugbel', phone: '040 765 4321' })
    ).json();
    const first = (await call(employee, 'POST', '/api/v1/handlings', { procedure: 'telephone' })).json();
    const fresh = await call(employee, 'PUT', `/api/v1/handlings/${first.id}/client`, { clientId: client.id });
    expect(fresh.json().client.recent).toMatchObject({ days: 42, handlings: 0, incidents: 0, lastContactAt: null });
    await call(employee, 'POST', `/api/v1/handlings/${first.id}/close`, {});
    const again = (await call(employee, 'POST', '/api/v1/handlings', { procedure: 'telephone' })).json();
    const linked = await call(employee, 'PUT', `/api/v1/handlings/${again.id}/client`, { clientId: client.id });
    expect(linked.json().client.recent).toMatchObject({ handlings: 1, incidents: 0 });
    expect(linked.json().client.recent.lastContactAt).toBe(first.startedAt);
  });
});
