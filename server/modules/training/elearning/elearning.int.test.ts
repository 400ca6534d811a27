import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../db/testing.js';
import { as, type Caller, demoEmailFor, loginAs } from '../../../http/test-client.js';
import { DEFAULT_PROTOCOL } from '../../protocols/default-protocol.js';
import { moduleFor } from './modules.js';

let t: TestContext;
let employee: Caller;
let manager: Caller;

beforeAll(async () => {
  t = await createTestContext();
  employee = await loginAs(t.app, demoEmailFor('employee'));
  manager = await loginAs(t.app, demoEmailFor('manager'));
});
afterAll(() => t.close());

function call(caller: Caller, method: 'GET' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: as(caller), ...(payload ? { payload } : {}) });
}

const rightAnswers = (id: string) =>
  moduleFor(id)
    ?.questions(DEFAULT_PROTOCOL)
    .map((question) => question.correct) ?? [];

describe('e-learning', () => {
  it('lists the modules for the role: the aftercare module is for managers', async () => {
    const mine = (await call(employee, 'GET', '/api/v1/training/modules')).json().modules as { id: string }[];
    expect(mine.map((module) => module.id)).not.toContain('nazorg-en-rugdekking');
    expect(mine).toHaveLength(6);
    const theirs = (await call(manager, 'GET', '/api/v1/training/modules')).json().modules as { id: string }[];
    expect(theirs.map((module) => module.id)).toContain('nazorg-en-rugdekking');
    expect((await call(employee, 'GET', '/api/v1/training/modules/nazorg-en-rugdekking')).statusCode).toBe(404);
  });

  it('shows a module without giving away the answers, built from the protocol', async () => {
    const module = (await call(employee, 'GET', '/api/v1/training/modules/alarm-en-interventieteam')).json();
    expect(module.content[0].nl).toContain('333');
    expect(module.questions[0]).not.toHaveProperty('correct');
    expect(module.questions[0]).not.toHaveProperty('explanation');
  });

  it('scores the quiz, explains every answer, and records a pass', async () => {
    const url = '/api/v1/training/modules/vier-fasen/quiz';
    const right = rightAnswers('vier-fasen');
    const wrong = right.map((answer) => (answer === 0 ? 1 : 0));
    const failed = (await call(employee, 'POST', url, { answers: wrong })).json();
    expect(failed).toMatchObject({ correct: 0, total: 3, passed: false });
    expect(failed.questions[1].explanation.nl).toContain('persoonlijk agressief');
    let list = (await call(employee, 'GET', '/api/v1/training/modules')).json().modules;
    expect(list.find((module: { id: string }) => module.id === 'vier-fasen').passed).toBe(false);

    const passed = (await call(employee, 'POST', url, { answers: right })).json();
    expect(passed).toMatchObject({ correct: 3, total: 3, passed: true });
    list = (await call(employee, 'GET', '/api/v1/training/modules')).json().modules;
    expect(list.find((module: { id: string }) => module.id === 'vier-fasen')).toMatchObject({ passed: true });
  });

  it('refuses an incomplete or impossible quiz in Dutch', async () => {
    const url = '/api/v1/training/modules/vier-fasen/quiz';
    const short = await call(employee, 'POST', url, { answers: [0] });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({
      code: 'quiz_incomplete',
      title: 'Beantwoord alle 3 vragen, elk met een van de gegeven antwoorden.',
    });
    expect((await call(employee, 'POST', url, { answers: [0, 9, 0] })).statusCode).toBe(400);
    expect((await call(employee, 'POST', url, { answers: [0, -1, 0] })).statusCode).toBe(400);
    expect((await call(employee, 'POST', url, { answers: [0, 0, 0], extra: 1 })).statusCode).toBe(400);
    expect(
      (await call(employee, 'POST', '/api/v1/training/modules/bestaat-niet/quiz', { answers: [0] })).statusCode,
    ).toBe(404);
  });
});
