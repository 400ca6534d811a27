import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from './test-client.js';
import { countRows } from './test-helpers.js';

let t: TestContext;
let sanne: Caller;
let mehmet: Caller;

beforeAll(async () => {
  t = await createTestContext({ config: { writeRateLimitPerMinute: 3 } });
  sanne = await loginAs(t.app, demoEmailFor('employee'));
  mehmet = await loginAs(t.app, 'interventie@wonenzuid.example');
});
afterAll(() => t.close());

const draft = (caller: Caller) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/incidents',
    headers: { ...as(caller), 'accept-language': 'nl' },
    payload: { channel: 'desk', facts: 'De klant schreeuwde.' },
  });

describe('the write limit per user', () => {
  it('refuses writes past the limit with a problem in the user language, storing nothing, and per user', async () => {
    for (let index = 0; index < 3; index++) expect((await draft(sanne)).statusCode).toBe(201);
    const before = await countRows(t, 'incidents');
    const refused = await draft(sanne);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'too_many_requests', title: expect.stringContaining('Te veel') });
    expect(await countRows(t, 'incidents')).toBe(before);
    // Another user (from the same address) is not held back by Sanne's writes; reads are not limited.
    expect((await draft(mehmet)).statusCode).toBe(201);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/incidents/mine', headers: as(sanne) });
    expect(list.statusCode).toBe(200);
  });
});
