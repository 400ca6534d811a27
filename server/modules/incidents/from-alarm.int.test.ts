import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';

let t: TestContext;
let sanne: Caller;
let mehmet: Caller;
let admin: Caller;

beforeAll(async () => {
  t = await createTestContext();
  sanne = await loginAs(t.app, demoEmailFor('employee'));
  mehmet = await loginAs(t.app, demoEmailFor('responder'));
  admin = await loginAs(t.app, demoEmailFor('admin'));
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

async function deliveriesOf(type: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.ctx.db,
    sql`select count(*)::int as n from webhook_deliveries where event_type = ${type}`,
  );
  return Number(row?.n);
}

describe('from a resolved alarm to the incident report', () => {
  it('prefills a draft for the presser with the alarm timeline, once, and tells subscribed systems', async () => {
    const hook = await call(admin, 'POST', '/api/v1/webhooks', {
      name: 'Beveiligingsdienst',
      url: 'http://127.0.0.1:9/alarm',
      events: ['alarm.raised', 'alarm.resolved'],
    });
    expect(hook.statusCode).toBe(201);

    const raised = await call(sanne, 'POST', '/api/v1/alarms', { room: 'Spreekkamer 2', type: 'threat', phase: 4 });
    expect(raised.statusCode, raised.body).toBe(201);
    const alarmId = raised.json().id as string;
    expect(
      (await call(sanne, 'POST', `/api/v1/alarms/${alarmId}/resolve`, { note: 'Klant vertrokken' })).statusCode,
    ).toBeLessThan(300);
    expect(await deliveriesOf('alarm.raised')).toBe(1);
    expect(await deliveriesOf('alarm.resolved')).toBe(1);

    expect((await call(mehmet, 'POST', `/api/v1/alarms/${alarmId}/incident`)).statusCode).toBe(403);
    const started = await call(sanne, 'POST', `/api/v1/alarms/${alarmId}/incident`);
    expect(started.statusCode, started.body).toBe(201);
    const incidentId = started.json().id as string;
    const again = await call(sanne, 'POST', `/api/v1/alarms/${alarmId}/incident`);
    expect(again.json().id).toBe(incidentId);

    const draft = (await call(sanne, 'GET', `/api/v1/incidents/${incidentId}`)).json();
    expect(draft).toMatchObject({ status: 'draft', phase: 4, forms: ['threat'], locationDetail: 'Spreekkamer 2' });
    expect(draft.facts).toContain('Verloop (uit het alarm):');
    expect(draft.facts).toMatch(/alarm gegeven — Sanne de Vries/);
    expect(draft.facts).toMatch(/afgehandeld — Sanne de Vries/);
  });

  it('refuses drills and false alarms: they are no incident', async () => {
    const drill = (await call(sanne, 'POST', '/api/v1/alarms', { drill: true })).json().id as string;
    await call(sanne, 'POST', `/api/v1/alarms/${drill}/resolve`, {});
    const refused = await call(sanne, 'POST', `/api/v1/alarms/${drill}/incident`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('alarm_not_an_incident');
    const mistake = (await call(sanne, 'POST', '/api/v1/alarms', {})).json().id as string;
    await call(sanne, 'POST', `/api/v1/alarms/${mistake}/cancel`, { reason: 'Per ongeluk gedrukt', falseAlarm: true });
    expect((await call(sanne, 'POST', `/api/v1/alarms/${mistake}/incident`)).statusCode).toBe(409);
    expect((await call(sanne, 'POST', '/api/v1/alarms/00000000-0000-4000-8000-000000000000/incident')).statusCode).toBe(
      404,
    );
  });
});
