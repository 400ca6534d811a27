import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestContext, type TestContext } from '../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../http/test-client.js';
import { LIBRARY } from './library/index.js';

let t: TestContext;
let employee: Caller;
let colleague: Caller;
let manager: Caller;
let officer: Caller;

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  colleague = await loginAs(t.app, demoEmailFor('responder'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
  officer = await loginAs(t.app, demoEmailFor('safety_officer'));
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

async function start(caller: Caller, scenarioId: string) {
  const response = await call(caller, 'POST', '/api/v1/training/attempts', { scenarioId });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function answer(caller: Caller, id: string, payload: object) {
  const response = await call(caller, 'POST', `/api/v1/training/attempts/${id}/answers`, payload);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('practising a scenario', () => {
  it('lists the twelve shipped scenarios with no record yet', async () => {
    const response = await call(await loginAs(t.app, demoEmailFor('hr')), 'GET', '/api/v1/training/scenarios');
    expect(response.statusCode).toBe(200);
    const scenarios = response.json().scenarios as { id: string; completed: number; bestPercent: number | null }[];
    expect(scenarios).toHaveLength(LIBRARY.length);
    expect(scenarios.every((scenario) => scenario.completed === 0 && scenario.bestPercent === null)).toBe(true);
  });

  it('plays a telephone scenario: a poor option escalates, a typed warning calms, the record is kept', async () => {
    const attempt = await start(employee, 'telefoon-aanmaning');
    expect(attempt).toMatchObject({ status: 'active', channel: 'telephone', current: { id: 'start', freeText: true } });
    // The protocol's own script is shown beside the practice, read from the current protocol.
    expect(attempt.reference.script.acknowledge.nl).toBe('Ik zie dat u boos bent.');
    // What an option leads to is not given away.
    expect(attempt.current.options[0]).not.toHaveProperty('next');

    const poor = await answer(employee, attempt.id, { nodeId: 'start', option: 1 });
    expect(poor.current.id).toBe('hot');
    const poorScore = poor.answers[0].score;
    expect(poorScore.good).toBe(false);
    expect(poorScore.checks.find((check: { rule: string }) => check.rule === 'no_absolutes').passed).toBe(false);
    expect(poor.answers[0].feedback.nl).toContain('Altijd');

    const good = await answer(employee, attempt.id, {
      nodeId: 'hot',
      text: 'U scheldt nu. Als u zo doorgaat, beëindig ik het gesprek. U kiest.',
      decision: 'warn',
    });
    expect(good.answers[1]).toMatchObject({ source: 'text', decision: 'warn', score: { good: true } });
    expect(good).toMatchObject({ status: 'finished', current: { id: 'calmed', ending: { outcome: 'calmed' } } });
    expect(good.finishedAt).not.toBeNull();
    expect(good.points).toBe(poorScore.points + good.answers[1].score.points);

    const list = (await call(employee, 'GET', '/api/v1/training/scenarios')).json().scenarios;
    const mine = list.find((scenario: { id: string }) => scenario.id === 'telefoon-aanmaning');
    expect(mine).toMatchObject({ attempts: 1, completed: 1 });
    expect(mine.bestPercent).toBe(Math.round((100 * good.points) / good.maxPoints));
    // Progress is per user: a colleague starts with a clean record.
    const theirs = (await call(colleague, 'GET', '/api/v1/training/scenarios')).json().scenarios;
    expect(theirs.find((scenario: { id: string }) => scenario.id === 'telefoon-aanmaning').attempts).toBe(0);

    const audit = await queryRows<{ action: string }>(
      t.ctx.db,
      sql`select action from audit_log where entity_id = ${attempt.id} order by seq`,
    );
    expect(audit.map((row) => row.action)).toEqual([
      'training.attempt_started',
      'training.answer_recorded',
      'training.attempt_completed',
    ]);
  });

  it('escalates a typed answer that labels the person, and names the heroic reflex', async () => {
    const attempt = await start(employee, 'telefoon-aanmaning');
    const labelled = await answer(employee, attempt.id, {
      nodeId: 'start',
      text: 'U bent onredelijk, meneer.',
      decision: 'continue',
    });
    expect(labelled.current.id).toBe('hot');
    const heroic = await answer(employee, attempt.id, {
      nodeId: 'hot',
      text: 'Ik zie dat u boos bent. Ik wil u helpen.',
      decision: 'continue',
    });
    expect(heroic.current.id).toBe('peak');
    const stay = await answer(employee, attempt.id, { nodeId: 'peak', option: 1 });
    const decision = stay.answers[2].score.checks.find((check: { rule: string }) => check.rule === 'decision');
    expect(decision.explanation.nl).toContain('Heldhaftige reflex');
    expect(stay).toMatchObject({ status: 'finished', current: { ending: { outcome: 'escalated' } } });
  });

  it('refuses bad input with a problem in the user’s language, and stores nothing', async () => {
    const attempt = await start(employee, 'balie-sleutels');
    const id = attempt.id as string;
    const cases: [object, number, string][] = [
      [{ nodeId: 'start' }, 400, 'training_answer_incomplete'],
      [{ nodeId: 'start', text: 'Ik help u.' }, 400, 'training_answer_incomplete'],
      [{ nodeId: 'start', option: 0, text: 'Ik help u.', decision: 'continue' }, 400, 'training_answer_incomplete'],
      [{ nodeId: 'start', option: 7 }, 400, 'training_unknown_option'],
      [{ nodeId: 'start', text: '   ', decision: 'continue' }, 400, 'validation_failed'],
      [{ nodeId: 'start', text: 'x'.repeat(601), decision: 'continue' }, 400, 'validation_failed'],
      [{ nodeId: 'start', text: 'Hallo', decision: 'karate' }, 400, 'validation_failed'],
      [{ nodeId: 'start', option: 0, extra: true }, 400, 'validation_failed'],
      [{ nodeId: 'peak', option: 0 }, 409, 'training_out_of_date'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await call(employee, 'POST', `/api/v1/training/attempts/${id}/answers`, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().code).toBe(code);
    }
    const nul = await call(employee, 'POST', `/api/v1/training/attempts/${id}/answers`, {
      nodeId: 'start',
      text: 'Ik\u0000help',
      decision: 'continue',
    });
    expect(nul.statusCode).toBe(400);
    const incomplete = await call(employee, 'POST', `/api/v1/training/attempts/${id}/answers`, { nodeId: 'start' });
    expect(incomplete.json().title).toBe('Kies een antwoord, of typ uw eigen zin en kies wat u doet.');
    const unchanged = (await call(employee, 'GET', `/api/v1/training/attempts/${id}`)).json();
    expect(unchanged).toMatchObject({ current: { id: 'start' }, answers: [], points: 0 });

    expect((await call(employee, 'POST', '/api/v1/training/attempts', { scenarioId: 'bestaat-niet' })).statusCode).toBe(
      404,
    );
    expect((await call(employee, 'POST', '/api/v1/training/attempts', {})).statusCode).toBe(400);
  });

  it('refuses answers after the end and keeps attempts private', async () => {
    const attempt = await start(employee, 'email-bedreiging-maand2');
    await answer(employee, attempt.id, { nodeId: 'start', option: 0 });
    const done = await answer(employee, attempt.id, { nodeId: 'second', option: 0 });
    expect(done.current.ending.outcome).toBe('alarm_raised');
    const again = await call(employee, 'POST', `/api/v1/training/attempts/${attempt.id}/answers`, {
      nodeId: 'alarm',
      option: 0,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('training_finished');
    // A colleague, or a manager, cannot open someone else's practice.
    expect((await call(colleague, 'GET', `/api/v1/training/attempts/${attempt.id}`)).statusCode).toBe(404);
    expect((await call(manager, 'GET', `/api/v1/training/attempts/${attempt.id}`)).statusCode).toBe(404);
    const foreign = await call(colleague, 'POST', `/api/v1/training/attempts/${attempt.id}/answers`, {
      nodeId: 'second',
      option: 0,
    });
    expect(foreign.statusCode).toBe(404);
  });
});

/** A small scenario as an author would write it in the editor. */
function written(overrides: { deadEnd?: boolean } = {}) {
  const t2 = (nl: string, en = '') => ({ nl, en });
  return {
    title: t2('Balie: parkeerboete bij het kantoor', 'Desk: a parking fine at the office'),
    channel: 'desk',
    level: 'basic',
    situation: t2('Een klant is boos over een parkeerboete voor de deur.'),
    start: 'start',
    nodes: [
      {
        id: 'start',
        phase: 1,
        client: t2('Ik kreeg een bon omdat ik hier moest zijn!'),
        turn: {
          expect: { script: ['acknowledge', 'goal'], routeStep: 2, decisions: ['continue'] },
          options: [
            {
              text: t2('Ik hoor dat u een bon kreeg. Ik wil kijken wat ik kan doen.'),
              decision: 'continue',
              next: 'calm',
              feedback: t2('Erkenning en doel.'),
            },
            {
              text: t2('Daar gaan wij niet over.'),
              decision: 'continue',
              next: overrides.deadEnd ? 'stuck' : 'calm',
              feedback: t2('Afschepen.'),
            },
          ],
          freeText: null,
        },
        ending: null,
      },
      { id: 'calm', phase: 1, client: t2('Oké.'), turn: null, ending: { outcome: 'calmed', debrief: t2('Goed.') } },
      ...(overrides.deadEnd ? [{ id: 'stuck', phase: 2, client: t2('En nu?'), turn: null, ending: null }] : []),
    ],
  };
}

describe('writing scenarios', () => {
  it('is the safety officer’s: employees and managers are refused', async () => {
    for (const caller of [employee, manager]) {
      const response = await call(caller, 'POST', '/api/v1/training/authoring/scenarios', { content: written() });
      expect(response.statusCode).toBe(403);
    }
  });

  it('lets the author test-play a draft with scoring, and records nothing', async () => {
    const count = async () => {
      const result = (await t.ctx.db.execute(
        sql`select (select count(*) from training_attempts) + (select count(*) from audit_log) as n`,
      )) as unknown as { rows: { n: string | number }[] };
      return result.rows[0] as { n: string | number };
    };
    const before = Number((await count()).n);
    const play = (answers: object[], content = written({ deadEnd: true })) =>
      call(officer, 'POST', '/api/v1/training/authoring/test-play', { content, answers });
    const opening = await play([]);
    expect(opening.statusCode, opening.body).toBe(200);
    expect(opening.json()).toMatchObject({ status: 'active', current: { id: 'start' }, answers: [], points: 0 });
    expect(opening.json().current.options).toHaveLength(2);
    const good = (await play([{ option: 0 }])).json();
    expect(good).toMatchObject({ status: 'finished', current: { id: 'calm', ending: { outcome: 'calmed' } } });
    expect(good.answers[0]).toMatchObject({ source: 'option', feedback: { nl: 'Erkenning en doel.' } });
    expect(good.answers[0].score.checks.length).toBeGreaterThan(0);
    expect(good.points).toBe(good.answers[0].score.points);
    // The author's own sentence is scored like a trainee's: this moment takes no free text, so it is refused.
    expect((await play([{ text: 'Rustig aan.', decision: 'continue' }])).statusCode).toBe(400);
    // The draft's dead end shows up while playing, in Dutch, instead of breaking the page.
    const stuck = (await play([{ option: 1 }])).json();
    expect(stuck).toMatchObject({ status: 'active', current: { id: 'stuck', options: [], ending: null } });
    const further = await play([{ option: 1 }, { option: 0 }]);
    expect(further.statusCode).toBe(409);
    expect(further.json()).toMatchObject({ code: 'training_dead_end' });
    // Playing past an ending is refused.
    expect((await play([{ option: 0 }, { option: 0 }])).statusCode).toBe(409);
    // Nothing of it was stored: no attempt, no audit row.
    expect(Number((await count()).n)).toBe(before);
    for (const caller of [employee, manager])
      expect(
        (await call(caller, 'POST', '/api/v1/training/authoring/test-play', { content: written(), answers: [] }))
          .statusCode,
      ).toBe(403);
  });

  it('previews issues in Dutch, keeps a draft, refuses to publish until sound, then everyone can play it', async () => {
    const preview = await call(officer, 'POST', '/api/v1/training/authoring/preview', {
      content: written({ deadEnd: true }),
    });
    expect(preview.json().issues).toEqual([
      {
        code: 'dead_end',
        path: 'nodes.stuck',
        message: 'Moment stuck: hier loopt het gesprek dood. Geef antwoorden of maak er een einde van.',
      },
    ]);

    const created = await call(officer, 'POST', '/api/v1/training/authoring/scenarios', {
      content: written({ deadEnd: true }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ status: 'draft' });
    expect(draft.issues).toHaveLength(1);
    // A draft is not playable.
    expect((await call(employee, 'POST', '/api/v1/training/attempts', { scenarioId: draft.id })).statusCode).toBe(404);

    const refused = await call(officer, 'POST', `/api/v1/training/authoring/scenarios/${draft.id}/publish`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'scenario_invalid',
      title: 'Het scenario kan zo niet worden gepubliceerd: los eerst de 1 gemelde punten op.',
      errors: [{ path: 'nodes.stuck' }],
    });

    const fixed = await call(officer, 'PUT', `/api/v1/training/authoring/scenarios/${draft.id}`, {
      content: written(),
    });
    expect(fixed.json().issues).toEqual([]);
    const published = await call(officer, 'POST', `/api/v1/training/authoring/scenarios/${draft.id}/publish`);
    expect(published.json()).toMatchObject({ status: 'published' });

    // A published scenario stays sound: a broken save is refused and the published version is kept.
    const broken = await call(officer, 'PUT', `/api/v1/training/authoring/scenarios/${draft.id}`, {
      content: written({ deadEnd: true }),
    });
    expect(broken.statusCode).toBe(409);
    const kept = (await call(officer, 'GET', `/api/v1/training/authoring/scenarios/${draft.id}`)).json();
    expect(kept.issues).toEqual([]);

    const list = (await call(employee, 'GET', '/api/v1/training/scenarios')).json().scenarios;
    expect(list.find((scenario: { id: string }) => scenario.id === draft.id)).toMatchObject({
      source: 'organisation',
      channel: 'desk',
    });
    const attempt = await start(employee, draft.id);
    const finished = await answer(employee, attempt.id, { nodeId: 'start', option: 0 });
    expect(finished.status).toBe('finished');
  });

  it('refuses malformed scenarios at the door', async () => {
    const content = written();
    const response = await call(officer, 'POST', '/api/v1/training/authoring/scenarios', {
      content: { ...content, channel: 'telegraaf', nodes: [] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
    expect(response.json().errors.length).toBeGreaterThan(0);
  });
});
