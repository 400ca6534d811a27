import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { auditRows } from '../../http/test-helpers.js';
import { WEBHOOK_EVENTS } from '../webhooks/events.js';

let t: TestContext;
let employee: Caller;
let colleague: Caller;
let manager: Caller;
let safety: Caller;
let director: Caller;
let hr: Caller;
let admin: Caller;
let confidant: Caller;
let employeeId: string;

function call(caller: Caller, method: 'GET' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

const SECRET_TEXT = 'Mijn teamleider maakt elke week <b>grappen</b> over mijn afkomst waar het team bij is.';

async function file(caller: Caller, extra: object = {}) {
  const response = await call(caller, 'POST', '/api/v1/confidential/reports', {
    category: 'discrimination',
    anonymous: true,
    description: SECRET_TEXT,
    involved: 'Mijn teamleider',
    wish: 'advice',
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { reference: string; code: string };
}

async function reportIdOf(reference: string): Promise<string> {
  const list = (await call(confidant, 'GET', '/api/v1/confidential/reports')).json().reports;
  return list.find((report: { reference: string }) => report.reference === reference).id;
}

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  colleague = await loginAs(t.app, 'interventie@wonenzuid.example');
  manager = await loginAs(t.app, demoEmailFor('manager'));
  safety = await loginAs(t.app, demoEmailFor('safety_officer'));
  director = await loginAs(t.app, demoEmailFor('director'));
  hr = await loginAs(t.app, demoEmailFor('hr'));
  admin = await loginAs(t.app, demoEmailFor('admin'));
  confidant = await loginAs(t.app, demoEmailFor('confidant'));
  employeeId = (await call(employee, 'GET', '/api/v1/auth/session')).json().user.id;
}, 180_000);
afterAll(() => t.close());

describe('an anonymous confidential report', () => {
  it('stores no link to the reporter, not in the report and not in the audit log', async () => {
    const receipt = await file(employee);
    expect(receipt.reference).toMatch(/^VM-[A-Z2-9]{6}$/);
    expect(receipt.code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
    const [row] = await queryRows<{ id: string; reporter_id: string | null; contact: string; code_hash: string }>(
      t.ctx.db,
      sql`select id, reporter_id, contact, code_hash from confidential_reports where reference = ${receipt.reference}`,
    );
    expect(row?.reporter_id).toBeNull();
    expect(row?.contact).toBe('');
    // Only a hash of the code is kept.
    expect(row?.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.code_hash).not.toContain(receipt.code.replace(/-/g, ''));
    const audit = await auditRows(t, 'confidential_report.filed', row?.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: null, actor_label: 'confidential reporter' });
    expect(JSON.stringify(audit[0]?.changes)).not.toContain(SECRET_TEXT.slice(0, 20));
    const anywhere = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from audit_log where entity_id = ${row?.id ?? ''} and actor_id = ${employeeId}`,
    );
    expect(Number(anywhere[0]?.n)).toBe(0);
    // The database refuses an anonymous report with a reporter, whatever the code does.
    await expect(
      t.ctx.db.execute(sql`update confidential_reports set reporter_id = ${employeeId} where id = ${row?.id ?? ''}`),
    ).rejects.toThrow();
  });

  it('is followed with its code: status and messages with the counsellor, in both directions', async () => {
    const receipt = await file(employee);
    const id = await reportIdOf(receipt.reference);
    // The code works with spaces and lower case, as it is typed from a note.
    const followed = await call(employee, 'POST', '/api/v1/confidential/follow', {
      code: receipt.code.toLowerCase().replace(/-/g, ' '),
    });
    expect(followed.statusCode, followed.body).toBe(200);
    expect(followed.json()).toMatchObject({ reference: receipt.reference, status: 'new', messages: [] });

    const answered = await call(confidant, 'POST', `/api/v1/confidential/reports/${id}/messages`, {
      body: 'Dank voor uw melding. Wilt u een gesprek?',
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json().status).toBe('in_conversation');

    const reply = await call(employee, 'POST', '/api/v1/confidential/follow/messages', {
      code: receipt.code,
      body: 'Ja graag, liefst buiten kantoortijd.',
    });
    expect(reply.statusCode, reply.body).toBe(200);
    expect(reply.json().messages.map((message: { author: string }) => message.author)).toEqual([
      'confidant',
      'reporter',
    ]);
    expect(reply.json().messages[0].authorName).toBe('Karin Smit');
    expect(reply.json().messages[1].authorName).toBeNull();
    const [message] = await queryRows<{ confidant_id: string | null }>(
      t.ctx.db,
      sql`select confidant_id from confidential_messages where report_id = ${id} and author = 'reporter'`,
    );
    expect(message?.confidant_id).toBeNull();
    const list = (await call(confidant, 'GET', '/api/v1/confidential/reports')).json().reports;
    expect(list.find((report: { id: string }) => report.id === id)).toMatchObject({
      messageCount: 2,
      awaitingReply: true,
    });

    // Notes are the counsellor's own: never in the reporter's view.
    await call(confidant, 'POST', `/api/v1/confidential/reports/${id}/notes`, { body: 'Eerste indruk: ernstig.' });
    const again = await call(employee, 'POST', '/api/v1/confidential/follow', { code: receipt.code });
    expect(JSON.stringify(again.json())).not.toContain('Eerste indruk');

    const closed = await call(confidant, 'POST', `/api/v1/confidential/reports/${id}/status`, { status: 'closed' });
    expect(closed.json().status).toBe('closed');
    const late = await call(employee, 'POST', '/api/v1/confidential/follow/messages', {
      code: receipt.code,
      body: 'Nog een vraag.',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('confidential_closed');
    expect((await auditRows(t, 'confidential_report.status_changed', id))[0]?.changes).toMatchObject({
      status: { from: 'in_conversation', to: 'closed' },
    });
  });

  it('does not open with a wrong code', async () => {
    const response = await call(colleague, 'POST', '/api/v1/confidential/follow', { code: 'AAAA-BBBB-CCCC-DDDD-EEEE' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('confidential_code_invalid');
  });
});

describe('a named confidential report', () => {
  it('shows the reporter to the counsellor only, and logs every read', async () => {
    const receipt = await file(employee, { anonymous: false, contact: 'Bel mij op 06-12345678 na 17 uur' });
    const id = await reportIdOf(receipt.reference);
    const detail = await call(confidant, 'GET', `/api/v1/confidential/reports/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      anonymous: false,
      reporter: { name: 'Sanne de Vries', contact: 'Bel mij op 06-12345678 na 17 uur' },
      // HTML is kept as the text that was typed; the screen shows it as text.
      description: SECRET_TEXT,
    });
    const reads = await auditRows(t, 'read.confidential_report', id);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.actor_label).toBe(demoEmailFor('confidant'));
    // Even a named report is filed without naming the reporter in the audit log the administrator reads.
    expect((await auditRows(t, 'confidential_report.filed', id))[0]?.actor_id).toBeNull();
  });

  it('refuses contact details on an anonymous report and other bad input, storing nothing', async () => {
    const count = async () =>
      Number(
        (await queryRows<{ n: number }>(t.ctx.db, sql`select count(*)::int as n from confidential_reports`))[0]?.n,
      );
    const before = await count();
    const bad = [
      { category: 'discrimination', anonymous: true, description: SECRET_TEXT, contact: 'x' },
      { category: 'gossip', anonymous: true, description: SECRET_TEXT },
      { category: 'bullying', anonymous: true, description: 'kort' },
      { category: 'bullying', anonymous: 'yes', description: SECRET_TEXT },
      { category: 'bullying', anonymous: true, description: SECRET_TEXT, reporterId: employeeId },
      { category: 'bullying', anonymous: true, description: SECRET_TEXT, occurredOn: '2026-02-30' },
      { category: 'bullying', anonymous: true, description: 'x'.repeat(10_001) },
    ];
    for (const payload of bad) {
      const response = await call(employee, 'POST', '/api/v1/confidential/reports', payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 100)).toBe(400);
    }
    expect(await count()).toBe(before);
  });
});

describe('who sees confidential reports', () => {
  it('only the confidential counsellor: 403 for every other role, managers and the administrator included', async () => {
    const receipt = await file(employee);
    const id = await reportIdOf(receipt.reference);
    for (const caller of [employee, colleague, manager, safety, director, hr, admin]) {
      expect((await call(caller, 'GET', '/api/v1/confidential/reports')).statusCode).toBe(403);
      expect((await call(caller, 'GET', `/api/v1/confidential/reports/${id}`)).statusCode).toBe(403);
      expect(
        (await call(caller, 'POST', `/api/v1/confidential/reports/${id}/messages`, { body: 'Hallo' })).statusCode,
      ).toBe(403);
    }
    expect((await call(confidant, 'GET', `/api/v1/confidential/reports/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  it('never appear in incident lists, exports, my reports, the client register or webhooks', async () => {
    const subscribed = await call(admin, 'POST', '/api/v1/webhooks', {
      name: 'Zaaksysteem',
      url: 'http://127.0.0.1:9/regie',
      events: WEBHOOK_EVENTS.filter((event) => event !== 'webhook.test'),
      scope: 'standard',
    });
    expect(subscribed.statusCode, subscribed.body).toBe(201);
    const outboxBefore = Number(
      (await queryRows<{ n: number }>(t.ctx.db, sql`select count(*)::int as n from webhook_deliveries`))[0]?.n,
    );
    const receipt = await file(employee, { anonymous: false, category: 'sexual_intimidation' });
    const id = await reportIdOf(receipt.reference);
    const marker = SECRET_TEXT.slice(0, 30);

    for (const [caller, url] of [
      [manager, '/api/v1/incidents'],
      [safety, '/api/v1/incidents'],
      [manager, '/api/v1/incidents/export.csv'],
      [safety, '/api/v1/incidents/export.csv'],
      [employee, '/api/v1/incidents/mine'],
      [manager, '/api/v1/home'],
      [safety, '/api/v1/home'],
      [employee, '/api/v1/home'],
    ] as const) {
      const response = await call(caller, 'GET', url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toContain(marker);
      expect(response.body, url).not.toContain(receipt.reference);
      expect(response.body, url).not.toContain(id);
    }
    const xlsx = await call(safety, 'GET', '/api/v1/incidents/export.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = (workbook.getWorksheet('Meldingen')?.getSheetValues() ?? []).flat().map(String).join(' ');
    expect(cells).not.toContain(marker);
    expect(cells).not.toContain(id);

    const deliveries = await queryRows<{ payload: unknown }>(t.ctx.db, sql`select payload from webhook_deliveries`);
    expect(deliveries).toHaveLength(outboxBefore);
    for (const delivery of deliveries) expect(JSON.stringify(delivery.payload)).not.toContain(id);
  });
});
