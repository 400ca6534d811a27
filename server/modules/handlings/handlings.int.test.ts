import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';

let t: TestContext;
let employee: Caller;
let manager: Caller;
let director: Caller;
let hr: Caller;

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
  director = await loginAs(t.app, demoEmailFor('director'));
  hr = await loginAs(t.app, demoEmailFor('hr'));
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

async function start(procedure = 'telephone') {
  const response = await call(employee, 'POST', '/api/v1/handlings', { procedure });
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe('guided handling of a telephone aggression', () => {
  it('walks warn → end call → calls again, not calm → warned again → transfer, hands over, closes with follow-up tasks', async () => {
    const handling = await start();
    expect(handling).toMatchObject({
      status: 'active',
      protocolVersion: 1,
      currentStepId: 't1',
      channel: 'telephone',
      canAct: true,
    });
    const id = handling.id as string;
    const step = async (stepId: string, outcome: string, extra: object = {}) => {
      const response = await call(employee, 'POST', `/api/v1/handlings/${id}/steps`, { stepId, outcome, ...extra });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    await step('t1', 'done', { branch: 0 });
    expect((await call(employee, 'POST', `/api/v1/handlings/${id}/phase`, { phase: 3 })).json().phase).toBe(3);
    await step('t2', 'done');
    await step('t3', 'done', { branch: 1 });
    await step('t5', 'done', { branch: 0 });
    const atTransfer = await step('t6', 'done');
    expect(atTransfer.currentStepId).toBe('t7');

    // A stale screen on a second device is told, not obeyed.
    const stale = await call(employee, 'POST', `/api/v1/handlings/${id}/steps`, { stepId: 't6', outcome: 'done' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('step_out_of_date');

    const candidates = (await call(employee, 'GET', `/api/v1/handlings/${id}/handover-candidates`)).json().candidates;
    const joost = candidates.find((c: { name: string }) => c.name === 'Joost Bakker');
    expect(joost).toMatchObject({ isManager: true });
    const handed = await call(employee, 'POST', `/api/v1/handlings/${id}/handover`, { toUserId: joost.id });
    expect(handed.statusCode).toBe(200);
    expect(handed.json()).toMatchObject({ canAct: false, handler: { name: 'Joost Bakker' } });

    // The employee can no longer act; the manager sees it at once with its history and can close it.
    const refused = await call(employee, 'POST', `/api/v1/handlings/${id}/alarm`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('not_handler');
    const mine = (await call(manager, 'GET', '/api/v1/handlings')).json().handlings;
    expect(mine.map((h: { id: string }) => h.id)).toContain(id);
    const seen = (await call(manager, 'GET', `/api/v1/handlings/${id}`)).json();
    expect(seen.canAct).toBe(true);
    expect(seen.events.map((e: { type: string }) => e.type)).toEqual([
      'started',
      'step_done',
      'phase_changed',
      'step_done',
      'step_done',
      'step_done',
      'step_done',
      'handed_over',
    ]);
    expect((await call(manager, 'POST', `/api/v1/handlings/${id}/alarm`)).statusCode).toBe(200);
    const closed = await call(manager, 'POST', `/api/v1/handlings/${id}/close`, { summary: 'Klant drie keer gebeld.' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().status).toBe('closed');

    const tasks = (await call(manager, 'GET', '/api/v1/tasks')).json().tasks;
    expect(tasks.map((task: { kind: string }) => task.kind).sort()).toEqual([
      'decide_measures',
      'inform_director',
      'plan_ordegesprek',
      'register_incident',
    ]);
    const register = tasks.find((task: { kind: string }) => task.kind === 'register_incident');
    expect(register).toMatchObject({ employeeName: 'Sanne de Vries', procedureKey: 'telephone', overdue: false });
    expect((await call(manager, 'POST', `/api/v1/tasks/${register.id}/done`)).statusCode).toBe(204);
    expect((await call(manager, 'GET', '/api/v1/tasks')).json().tasks).toHaveLength(3);
    expect((await call(manager, 'POST', `/api/v1/handlings/${id}/phase`, { phase: 1 })).statusCode).toBe(409);
  });

  it("shows the boundary sentences for the contact's channel only, with the route", async () => {
    const telephone = await start('telephone');
    const telephoneSentences = telephone.guidance.boundarySentences as { channels: string[] }[];
    expect(telephoneSentences.length).toBeGreaterThan(0);
    expect(telephoneSentences.every((s) => s.channels.length === 0 || s.channels.includes('telephone'))).toBe(true);
    expect(telephone.guidance.route).toHaveLength(5);
    const written = await start('written');
    const writtenSentences = written.guidance.boundarySentences as { channels: string[] }[];
    expect(writtenSentences.every((s) => s.channels.length === 0 || s.channels.includes('written'))).toBe(true);
    expect(writtenSentences).not.toEqual(telephoneSentences);
    for (const id of [telephone.id, written.id]) {
      expect((await call(employee, 'POST', `/api/v1/handlings/${id}/close`, {})).statusCode).toBe(200);
    }
  });

  it('a client who calms down after the warning: closed without follow-up tasks', async () => {
    const before = (await call(manager, 'GET', '/api/v1/tasks')).json().tasks.length;
    const handling = await start();
    await call(employee, 'POST', `/api/v1/handlings/${handling.id}/steps`, {
      stepId: 't1',
      outcome: 'done',
      branch: 1,
    });
    const closed = await call(employee, 'POST', `/api/v1/handlings/${handling.id}/close`, {});
    expect(closed.json()).toMatchObject({ status: 'closed', currentStepId: 'end' });
    expect((await call(manager, 'GET', '/api/v1/tasks')).json().tasks).toHaveLength(before);
  });

  it('refuses wrong input without changing anything', async () => {
    const handling = await start('written');
    const id = handling.id as string;
    const cases: [object, number, string][] = [
      [{ stepId: 'w1', outcome: 'skipped' }, 400, 'skip_reason_required'],
      [{ stepId: 'w1', outcome: 'not_applicable' }, 400, 'step_not_conditional'],
      [{ stepId: 'w1', outcome: 'maybe' }, 400, 'validation_failed'],
      [{ stepId: 'w1', outcome: 'done', extra: true }, 400, 'validation_failed'],
      [{ stepId: 'w9', outcome: 'done' }, 409, 'step_out_of_date'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await call(employee, 'POST', `/api/v1/handlings/${id}/steps`, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json().code).toBe(code);
    }
    expect((await call(employee, 'POST', '/api/v1/handlings', { procedure: 'karate' })).statusCode).toBe(400);
    expect((await call(employee, 'POST', `/api/v1/handlings/${id}/phase`, { phase: 5 })).statusCode).toBe(400);
    const skipped = await call(employee, 'POST', `/api/v1/handlings/${id}/steps`, {
      stepId: 'w1',
      outcome: 'skipped',
      reason: 'Brief was al door collega beantwoord',
    });
    expect(skipped.json().currentStepId).toBe('w2');
    const rows = await queryRows<{ type: string }>(
      t.ctx.db,
      sql`select type from handling_events where handling_id = ${id} order by id`,
    );
    expect(rows.map((row) => row.type)).toEqual(['started', 'step_skipped']);
  });

  it('keeps handlings private: other roles and strangers do not see them', async () => {
    const handling = await start('verbal');
    expect((await call(director, 'GET', `/api/v1/handlings/${handling.id}`)).statusCode).toBe(403);
    expect((await call(hr, 'POST', '/api/v1/handlings', { procedure: 'verbal' })).statusCode).toBe(403);
    const responder = await loginAs(t.app, demoEmailFor('responder'));
    // A colleague who never had it: as if it does not exist.
    expect((await call(responder, 'GET', `/api/v1/handlings/${handling.id}`)).statusCode).toBe(404);
    expect((await call(hr, 'GET', '/api/v1/tasks')).statusCode).toBe(403);
  });

  it('a handling keeps the protocol version it started with', async () => {
    const handling = await start();
    const officer = await loginAs(t.app, demoEmailFor('safety_officer'));
    const protocol = (await call(officer, 'GET', '/api/v1/protocol')).json();
    protocol.content.procedures[0].steps[0].text.nl = 'Nieuwe eerste stap.';
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/protocol/draft',
      headers: as(officer),
      payload: { content: protocol.content },
    });
    expect((await call(officer, 'POST', '/api/v1/protocol/draft/publish')).json().version).toBe(2);
    const old = (await call(employee, 'GET', `/api/v1/handlings/${handling.id}`)).json();
    expect(old.protocolVersion).toBe(1);
    expect(old.procedure.steps[0].text.nl).not.toBe('Nieuwe eerste stap.');
    const fresh = await start();
    expect(fresh.protocolVersion).toBe(2);
    expect(fresh.procedure.steps[0].text.nl).toBe('Nieuwe eerste stap.');
  });
});
