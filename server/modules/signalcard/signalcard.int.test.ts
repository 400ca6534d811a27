import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { DEFAULT_SIGNAL_CARD } from './content.js';

let t: TestContext;
let employee: Caller;
let manager: Caller;
let officer: Caller;

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
  officer = await loginAs(t.app, demoEmailFor('safety_officer'));
});
afterAll(() => t.close());

const get = (caller: Caller, url: string) => t.app.inject({ method: 'GET', url, headers: as(caller) });
const put = (caller: Caller, payload: object) =>
  t.app.inject({ method: 'PUT', url: '/api/v1/signal-card', headers: as(caller), payload });

describe('signal card', () => {
  it('combines its own part with the current protocol', async () => {
    const card = (await get(employee, '/api/v1/signal-card')).json();
    expect(card.content).toEqual(DEFAULT_SIGNAL_CARD);
    expect(card.protocolVersion).toBe(1);
    expect(card.alarmNumber).toBe('333');
    expect(card.phases.map((phase: { phase: number }) => phase.phase)).toEqual([1, 2, 3, 4]);
    expect(card.phases[2].sentences[1].nl).toBe('Als u zo doorgaat, beëindig ik het gesprek.');
    expect(card.phases[3].action.nl).toContain('Uw veiligheid gaat voor');
    expect(card.script.acknowledge.nl).toBe('Ik zie dat u boos bent.');
    expect(card.boundarySentences.length).toBeGreaterThan(0);
  });

  it('is edited by the safety officer only, validated, and audited', async () => {
    const content = structuredClone(DEFAULT_SIGNAL_CARD);
    content.watch.push({ nl: 'Handen: wijzen of slaan op de balie.', en: 'Hands: pointing or hitting the desk.' });
    expect((await put(employee, { content })).statusCode).toBe(403);
    expect((await put(manager, { content })).statusCode).toBe(403);
    const bad = await put(officer, { content: { ...content, actions: content.actions.slice(0, 3) } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await put(officer, { content: { ...content, extra: 1 } })).statusCode).toBe(400);
    expect((await get(employee, '/api/v1/signal-card')).json().content).toEqual(DEFAULT_SIGNAL_CARD);

    const saved = await put(officer, { content });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await get(employee, '/api/v1/signal-card')).json().content.watch).toHaveLength(7);
    const audit = (await get(await loginAs(t.app, demoEmailFor('admin')), '/api/v1/audit')).json();
    expect(JSON.stringify(audit)).toContain('signal_card.saved');
  });

  it('prints as A4 and as pocket-size PDF', async () => {
    const a4 = await get(employee, '/api/v1/signal-card/pdf?size=a4');
    expect(a4.statusCode).toBe(200);
    expect(a4.headers['content-type']).toBe('application/pdf');
    expect(a4.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 is 595.28 × 841.89 points, A7 is 209.76 × 297.64.
    expect(a4.rawPayload.toString('latin1')).toMatch(/MediaBox \[0 0 595\.28 841\.89\]/);
    const pocket = await get(employee, '/api/v1/signal-card/pdf?size=pocket&lang=en');
    expect(pocket.rawPayload.toString('latin1')).toMatch(/MediaBox \[0 0 209\.76 297\.64\]/);
    expect(pocket.headers['content-disposition']).toContain('signal-card-pocket.pdf');
    expect((await get(employee, '/api/v1/signal-card/pdf?size=poster')).statusCode).toBe(400);
  });

  it('has a plain offline page with every text escaped', async () => {
    const content = structuredClone(DEFAULT_SIGNAL_CARD);
    content.watch[0] = { nl: 'Let op <script>alert(1)</script> & „jullie”', en: '' };
    expect((await put(officer, { content })).statusCode).toBe(200);
    const page = await get(employee, '/api/v1/signal-card/offline');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<h1>Signaalkaart</h1>');
    expect(page.body).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; „jullie”');
    expect(page.body).not.toContain('<script>');
    expect(page.body).toContain('href="tel:333"');
  });
});
