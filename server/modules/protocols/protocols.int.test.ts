import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import type { TProtocolContent } from './content.js';
import { DEFAULT_PROTOCOL } from './default-protocol.js';

let t: TestContext;
let officer: Caller;
let employee: Caller;

beforeAll(async () => {
  t = await createTestContext();
  officer = await loginAs(t.app, demoEmailFor('safety_officer'));
  employee = await loginAs(t.app, demoEmailFor('employee'));
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: as(caller),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

async function countVersions(): Promise<number> {
  const result = (await t.ctx.db.execute(sql`select count(*)::int as count from protocol_versions`)) as unknown as {
    rows: { count: number }[];
  };
  return Number(result.rows[0]?.count);
}

describe('reading the protocol', () => {
  it('every employee gets the current version: the default of seed 003 as version 1', async () => {
    const response = await call(employee, 'GET', '/api/v1/protocol');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.version).toBe(1);
    expect(body.content.procedures.map((p: { steps: unknown[] }) => p.steps.length)).toEqual([10, 9, 5, 6]);
    expect(body.content.settings.alarmNumber).toBe('333');
  });

  it('an employee may not draft or publish', async () => {
    expect((await call(employee, 'GET', '/api/v1/protocol/draft')).statusCode).toBe(403);
    expect((await call(employee, 'PUT', '/api/v1/protocol/draft', { content: DEFAULT_PROTOCOL })).statusCode).toBe(403);
    expect((await call(employee, 'POST', '/api/v1/protocol/draft/publish')).statusCode).toBe(403);
    expect(await countVersions()).toBe(1);
  });
});

describe('drafting and publishing', () => {
  it('refuses malformed content and stores nothing', async () => {
    const withUnknownField = structuredClone(DEFAULT_PROTOCOL) as unknown as { procedures: { steps: object[] }[] };
    (withUnknownField.procedures[0]?.steps[0] as Record<string, unknown>).colour = 'red';
    const noProcedures = { ...DEFAULT_PROTOCOL, procedures: [] };
    const badNumber = { ...DEFAULT_PROTOCOL, settings: { alarmNumber: '<script>', emergencyNumber: '112' } };
    for (const content of [withUnknownField, noProcedures, badNumber, 'text', null]) {
      const response = await call(officer, 'PUT', '/api/v1/protocol/draft', { content });
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
    expect(await countVersions()).toBe(1);
  });

  it('saves an unfinished draft with its issues, refuses to publish it, and publishes once it is sound', async () => {
    const broken: TProtocolContent = structuredClone(DEFAULT_PROTOCOL);
    const telephone = broken.procedures[0];
    if (!telephone?.steps[8] || !telephone.steps[0]) throw new Error('fixture');
    telephone.steps[0].role = 'janitor';
    let response = await call(officer, 'PUT', '/api/v1/protocol/draft', { content: broken });
    expect(response.statusCode).toBe(200);
    const draft = response.json();
    expect(draft.basedOnVersion).toBe(1);
    expect(draft.issues.map((issue: { code: string; stepId: string }) => `${issue.code}:${issue.stepId}`)).toEqual([
      'unknown_role:t1',
    ]);
    expect(draft.issues[0].message).toBe('Telefonische agressie, stap t1: de rol „janitor” bestaat niet.');

    response = await call(officer, 'POST', '/api/v1/protocol/draft/publish');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'protocol_invalid' });
    expect(response.json().errors[0]).toEqual({
      path: 'procedures.telephone.steps.t1',
      message: 'Telefonische agressie, stap t1: de rol „janitor” bestaat niet.',
    });

    telephone.steps[0].role = 'manager';
    telephone.steps[8].next = 't8'; // t8 → t9 → t8: a loop without an exit; t10 is never reached
    response = await call(officer, 'PUT', '/api/v1/protocol/draft', { content: broken });
    const issues = response
      .json()
      .issues.map((issue: { code: string; stepId: string }) => `${issue.code}:${issue.stepId}`);
    expect(issues).toContain('unreachable_step:t10');
    expect(issues).toContain('no_exit:t8');
    expect(issues).toContain('no_exit:t9');
    expect(issues).not.toContain('no_exit:t1'); // the client who calms down after the warning still ends it
    expect((await call(officer, 'POST', '/api/v1/protocol/draft/publish')).statusCode).toBe(409);

    telephone.steps[8].next = null;
    telephone.steps[0].text = { nl: 'Waarschuw de klant rustig.', en: 'Warn the client calmly.' };
    broken.settings.alarmNumber = '444';
    response = await call(officer, 'PUT', '/api/v1/protocol/draft', { content: broken });
    expect(response.json().issues).toEqual([]);
    expect(response.json().changes).toContainEqual(
      expect.objectContaining({ area: 'step', change: 'changed', procedure: 'telephone', stepId: 't1' }),
    );

    response = await call(officer, 'POST', '/api/v1/protocol/draft/publish');
    expect(response.statusCode).toBe(200);
    expect(response.json().version).toBe(2);
    expect(response.json().publishedByName).toBe('Joyce Herzig');

    const current = (await call(employee, 'GET', '/api/v1/protocol')).json();
    expect(current.version).toBe(2);
    expect(current.content.procedures[0].steps[0].text.nl).toBe('Waarschuw de klant rustig.');
    // Version 1 is kept as it was.
    const first = (await call(employee, 'GET', '/api/v1/protocol/versions/1')).json();
    expect(first.content.procedures[0].steps[0].role).toBe('employee');
    expect((await call(employee, 'GET', '/api/v1/protocol/draft')).statusCode).toBe(403);
    expect((await call(officer, 'GET', '/api/v1/protocol/draft')).json().draft).toBeNull();
    // The home screen's alarm number follows the published protocol.
    expect((await call(employee, 'GET', '/api/v1/home')).json().safety.alarmNumber).toBe('444');
    const versions = (await call(employee, 'GET', '/api/v1/protocol/versions')).json();
    expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('keeps published versions immutable, also for direct SQL', async () => {
    await expect(
      t.ctx.db.execute(sql`update protocol_versions set content = '{}'::jsonb where version = 1`),
    ).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`delete from protocol_versions where version = 1`)).rejects.toThrow();
  });

  it('a discarded draft is gone; discarding twice is a 404', async () => {
    expect((await call(officer, 'PUT', '/api/v1/protocol/draft', { content: DEFAULT_PROTOCOL })).statusCode).toBe(200);
    expect((await call(officer, 'DELETE', '/api/v1/protocol/draft')).statusCode).toBe(204);
    expect((await call(officer, 'DELETE', '/api/v1/protocol/draft')).statusCode).toBe(404);
    expect((await call(officer, 'GET', '/api/v1/protocol/versions/99')).statusCode).toBe(404);
    expect((await call(officer, 'GET', '/api/v1/protocol/versions/abc')).statusCode).toBe(400);
  });

  it('records every step in the audit log', async () => {
    const result = (await t.ctx.db.execute(
      sql`select action from audit_log where entity_type = 'protocol' order by seq`,
    )) as unknown as { rows: { action: string }[] };
    const actions = result.rows.map((row) => row.action);
    expect(actions[0]).toBe('protocol.published'); // version 1 from the default template
    expect(actions).toContain('protocol.draft_created');
    expect(actions).toContain('protocol.draft_saved');
    expect(actions.filter((action) => action === 'protocol.published')).toHaveLength(2);
    expect(actions.at(-1)).toBe('protocol.draft_discarded');
  });
});
