import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { auditRows } from '../../http/test-helpers.js';
import { dispatchDue, RETRY_DELAYS_SECONDS } from './dispatcher.js';
import { emitEvent } from './emit.js';
import { verifySignature } from './signature.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

let t: TestContext;
let admin: Caller;
let employee: Caller;
let receiver: Server;
let receiverUrl: string;
let received: Received[] = [];
/** What the receiver answers next; a queue of status codes, then 200. */
let answers: number[] = [];

beforeAll(async () => {
  t = await createTestContext();
  admin = await loginAs(t.app, demoEmailFor('admin'));
  employee = await loginAs(t.app, demoEmailFor('employee'));
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.statusCode = answers.shift() ?? 200;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/regie`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await t.close();
});
beforeEach(async () => {
  received = [];
  answers = [];
  await t.ctx.db.execute(sql`delete from webhooks`);
});

function call(caller: Caller, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

async function subscribe(events: string[], scope = 'minimal') {
  const response = await call(admin, 'POST', '/api/v1/webhooks', {
    name: 'Zaaksysteem',
    url: receiverUrl,
    events,
    scope,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; secret: string };
}

async function closeAHandling(): Promise<string> {
  const started = (await call(employee, 'POST', '/api/v1/handlings', { procedure: 'telephone' })).json();
  await call(employee, 'POST', `/api/v1/handlings/${started.id}/phase`, { phase: 3 });
  expect(
    (
      await call(employee, 'POST', `/api/v1/handlings/${started.id}/close`, {
        summary: 'Sanne kreeg de wind van voren',
      })
    ).statusCode,
  ).toBe(200);
  return started.id;
}

describe('webhooks', () => {
  it("sends a committed event once, signed, with no more than the subscriber's scope allows", async () => {
    const minimal = await subscribe(['handling.closed']);
    const handlingId = await closeAHandling();
    expect(received).toHaveLength(0); // queued in the transaction, sent by the dispatcher
    expect(await dispatchDue(t.ctx.db)).toBe(1);
    expect(received).toHaveLength(1);
    const [call1] = received as [Received];
    const timestamp = String(call1.headers['x-regie-timestamp']);
    expect(verifySignature(minimal.secret, timestamp, call1.body, String(call1.headers['x-regie-signature']))).toBe(
      true,
    );
    expect(verifySignature('wrong', timestamp, call1.body, String(call1.headers['x-regie-signature']))).toBe(false);
    expect(call1.headers['x-regie-event']).toBe('handling.closed');
    const payload = JSON.parse(call1.body);
    expect(payload).toMatchObject({ type: 'handling.closed', data: { handlingId } });
    expect(payload.data).not.toHaveProperty('phase');
    // Names and free text about people never leave, whatever the scope.
    expect(call1.body).not.toContain('Sanne');
    expect(await dispatchDue(t.ctx.db)).toBe(0);

    await call(admin, 'PATCH', `/api/v1/webhooks/${minimal.id}`, { scope: 'standard' });
    await closeAHandling();
    await dispatchDue(t.ctx.db);
    const standard = JSON.parse((received[1] as Received).body);
    expect(standard.data).toMatchObject({ procedure: 'telephone', phase: 3, channel: 'telephone' });
    expect((received[1] as Received).body).not.toContain('Sanne');
  });

  it('retries with back-off until the receiver answers, and gives up after the last attempt', async () => {
    const hook = await subscribe(['handling.closed']);
    answers = [500, 503];
    await closeAHandling();
    const start = Date.now();
    expect(await dispatchDue(t.ctx.db, new Date(start))).toBe(1);
    // Not due again before its back-off has passed.
    expect(await dispatchDue(t.ctx.db, new Date(start + 5_000))).toBe(0);
    expect(await dispatchDue(t.ctx.db, new Date(start + (RETRY_DELAYS_SECONDS[0] as number) * 1000 + 1))).toBe(1);
    expect(await dispatchDue(t.ctx.db, new Date(start + 3600_000))).toBe(1);
    const log = (await call(admin, 'GET', `/api/v1/webhooks/${hook.id}/deliveries`)).json().deliveries;
    expect(log[0]).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200 });
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.headers['x-regie-delivery'])).size).toBe(1);

    answers = Array(RETRY_DELAYS_SECONDS.length + 1).fill(500);
    await closeAHandling();
    let moment = Date.now();
    for (let attempt = 0; attempt <= RETRY_DELAYS_SECONDS.length; attempt++) {
      expect(await dispatchDue(t.ctx.db, new Date(moment))).toBe(1);
      moment += 2 * 24 * 3600_000;
    }
    expect(await dispatchDue(t.ctx.db, new Date(moment))).toBe(0);
    const dead = (await call(admin, 'GET', `/api/v1/webhooks/${hook.id}/deliveries`)).json().deliveries[0];
    expect(dead).toMatchObject({ status: 'dead', attempts: RETRY_DELAYS_SECONDS.length + 1, lastError: 'HTTP 500' });
  });

  it('sends nothing for a change that was rolled back', async () => {
    await subscribe(['handling.closed']);
    await t.ctx.db
      .transaction(async (tx) => {
        await emitEvent(tx, 'handling.closed', { ids: { handlingId: 'x' } });
        throw new Error('rolled back');
      })
      .catch(() => {});
    expect(await dispatchDue(t.ctx.db)).toBe(0);
    expect(received).toHaveLength(0);
  });

  it('lets the admin test a webhook, see the answer, rotate the secret and remove it; all audited', async () => {
    const hook = await subscribe(['alarm.raised']);
    const tested = await call(admin, 'POST', `/api/v1/webhooks/${hook.id}/test`);
    expect(tested.json()).toEqual({ status: 'delivered', statusCode: 200, error: null });
    expect(JSON.parse((received[0] as Received).body).type).toBe('webhook.test');
    answers = [404];
    expect((await call(admin, 'POST', `/api/v1/webhooks/${hook.id}/test`)).json()).toMatchObject({
      status: 'failed',
      statusCode: 404,
    });
    const listed = (await call(admin, 'GET', '/api/v1/webhooks')).json().webhooks[0];
    expect(listed).toMatchObject({ delivered: 1, failing: 1 });
    expect(listed).not.toHaveProperty('secret');
    const rotated = (await call(admin, 'POST', `/api/v1/webhooks/${hook.id}/secret`)).json();
    expect(rotated.secret).not.toBe(hook.secret);
    await call(admin, 'POST', `/api/v1/webhooks/${hook.id}/test`);
    const last = received.at(-1) as Received;
    expect(
      verifySignature(
        rotated.secret,
        String(last.headers['x-regie-timestamp']),
        last.body,
        String(last.headers['x-regie-signature']),
      ),
    ).toBe(true);
    const [created] = await auditRows(t, 'webhook.created', hook.id);
    expect(JSON.stringify(created)).not.toContain(hook.secret);
    expect((await call(admin, 'DELETE', `/api/v1/webhooks/${hook.id}`)).statusCode).toBe(204);
    expect((await call(admin, 'POST', `/api/v1/webhooks/${hook.id}/test`)).statusCode).toBe(404);
    const [count] = await queryRows<{ n: number }>(t.ctx.db, sql`select count(*)::int as n from webhook_deliveries`);
    expect(Number(count?.n)).toBe(0);
  });

  it('refuses a wrong address, unknown events and plain http in production, storing nothing', async () => {
    for (const payload of [
      { name: 'x', url: 'ftp://example.org', events: ['alarm.raised'] },
      { name: 'x', url: 'javascript:alert(1)', events: ['alarm.raised'] },
      { name: 'x', url: receiverUrl, events: ['incident.deleted'] },
      { name: 'x', url: receiverUrl, events: [] },
      { name: 'x', url: receiverUrl, events: ['alarm.raised'], scope: 'everything' },
      { name: 'x', url: receiverUrl, events: ['alarm.raised'], secret: 'mine' },
    ]) {
      const response = await call(admin, 'POST', '/api/v1/webhooks', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await call(admin, 'GET', '/api/v1/webhooks')).json().webhooks).toHaveLength(0);
    const production = await createTestContext({ config: { production: true }, demo: false });
    try {
      const { createWebhook } = await import('./service.js');
      const refused = await createWebhook(
        production.ctx,
        {
          id: '00000000-0000-4000-8000-000000000000',
          email: 'a@b.c',
          name: 'a',
          roles: ['admin'],
          language: 'nl',
          officeId: null,
          departmentId: null,
          teamId: null,
          mustChangePassword: false,
          secondFactor: 'ok',
        },
        { name: 'x', url: receiverUrl, events: ['alarm.raised'], scope: 'minimal' },
      ).catch((error) => error);
      expect(refused.code).toBe('webhook_https_required');
    } finally {
      await production.close();
    }
  });
});
