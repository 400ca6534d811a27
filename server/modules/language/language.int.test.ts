import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { message } from '../../http/messages.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { ANALYSE_RATE_PER_MINUTE } from './routes.js';
import { MAX_ITEMS, MAX_TEXT_LENGTH } from './schema.js';

let t: TestContext;
let employee: Caller;
let hr: Caller;

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  hr = await loginAs(t.app, demoEmailFor('hr'));
});
afterAll(() => t.close());

const URL = '/api/v1/language/analyse';
const analyse = (caller: Caller, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: URL, headers: { ...as(caller), ...headers }, payload: payload as object });

describe('POST /api/v1/language/analyse', () => {
  it('analyses a batch in order for any signed-in role', async () => {
    const response = await analyse(hr, {
      items: [
        { id: 'u1', kind: 'utterance', text: 'Ik weet waar je woont.' },
        { id: 'r1', kind: 'report', text: 'Hij noemde mij "trut" en was duidelijk onder invloed.' },
        { id: 'a1', kind: 'response', text: 'U bent agressief.' },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const { results } = response.json();
    expect(results.map((r: { id: string }) => r.id)).toEqual(['u1', 'r1', 'a1']);
    expect(results[0]).toMatchObject({ kind: 'utterance', phase: 4, threat: true });
    expect(results[1].judgements.map((j: { text: string }) => j.text)).toEqual(['duidelijk onder invloed']);
    expect(results[2].advice[0]).toMatchObject({ rule: 'label_person', suggestion: 'u schreeuwt' });
  });

  it("explains judgements in the user's own language", async () => {
    const english = await loginAs(t.app, demoEmailFor('safety_officer'));
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: as(english),
      payload: { language: 'en' },
    });
    expect(patched.statusCode, patched.body).toBe(204);
    const response = await analyse(english, { items: [{ id: 'r', kind: 'report', text: 'Hij was dronken.' }] });
    expect(response.json().results[0].judgements[0]).toMatchObject({
      text: 'was dronken',
      reason: "Interpretation of someone's state: name the observations you base it on.",
      suggestion: '[wat nam u waar? bijv. rook naar alcohol, liep onvast, sprak met dubbele tong]',
    });
  });

  it('accepts 1,000 items', async () => {
    const items = Array.from({ length: MAX_ITEMS }, (_, i) => ({
      id: `i${i}`,
      kind: 'utterance',
      text: 'Jullie zijn traag.',
    }));
    const response = await analyse(employee, { items });
    expect(response.statusCode).toBe(200);
    expect(response.json().results).toHaveLength(MAX_ITEMS);
  });

  it('refuses anonymous callers', async () => {
    const response = await t.app.inject({ method: 'POST', url: URL, payload: { items: [] } });
    expect(response.statusCode).toBe(401);
  });

  const bad: [string, unknown][] = [
    [
      'too many items',
      { items: Array.from({ length: MAX_ITEMS + 1 }, (_, i) => ({ id: `${i}`, kind: 'report', text: '' })) },
    ],
    ['no items', { items: [] }],
    ['unknown kind', { items: [{ id: '1', kind: 'gedicht', text: 'x' }] }],
    ['oversized text', { items: [{ id: '1', kind: 'report', text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }] }],
    ['missing id', { items: [{ kind: 'report', text: 'x' }] }],
    ['unknown field', { items: [{ id: '1', kind: 'report', text: 'x', extra: true }] }],
    ['not a list', { items: 'Ik weet waar je woont' }],
  ];
  for (const [name, payload] of bad) {
    it(`answers ${name} with a 400 problem in the user's language`, async () => {
      const response = await analyse(employee, payload, { 'accept-language': 'en' });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      const problem = response.json();
      expect(problem.code).toBe('validation_failed');
      // The demo employee's account language is Dutch, which wins over Accept-Language.
      expect(problem.title).toBe(message('nl', 'validation_failed'));
    });
  }

  it('answers malformed JSON with a problem', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: URL,
      headers: { ...as(employee), 'content-type': 'application/json' },
      payload: '{"items": [',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('malformed_json');
  });

  it('limits requests per user, not per address', async () => {
    const manager = await loginAs(t.app, demoEmailFor('manager'));
    const one = { items: [{ id: '1', kind: 'utterance', text: 'hallo' }] };
    let last = 0;
    for (let i = 0; i <= ANALYSE_RATE_PER_MINUTE; i++) last = (await analyse(manager, one)).statusCode;
    expect(last).toBe(429);
    const limited = await analyse(manager, one);
    expect(limited.json().code).toBe('too_many_requests');
    // Another user from the same address still gets through.
    const other = await loginAs(t.app, demoEmailFor('director'));
    expect((await analyse(other, one)).statusCode).toBe(200);
  });
});
