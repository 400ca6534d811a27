import { describe, expect, it } from 'vitest';
import { END, type ProcedureKey, type TProcedure } from './content.js';
import { DEFAULT_PROTOCOL } from './default-protocol.js';
import { nextStep, replay, StepEngineError, upcomingSteps, type Visit } from './engine.js';

function procedure(key: ProcedureKey): TProcedure {
  const found = DEFAULT_PROTOCOL.procedures.find((candidate) => candidate.key === key);
  if (!found) throw new Error(key);
  return found;
}

const done = (stepId: string, branch?: number): Visit => ({ stepId, outcome: { type: 'done', branch } });

/** Walks a path and returns the steps visited, asserting each move with the engine. */
function walk(p: TProcedure, path: Visit[]): string[] {
  const visited: string[] = [];
  let current = p.steps[0]?.id ?? END;
  for (const visit of path) {
    expect(visit.stepId).toBe(current);
    visited.push(current);
    current = nextStep(p, current, visit.outcome);
  }
  visited.push(current);
  return visited;
}

describe('telephone procedure', () => {
  const telephone = procedure('telephone');

  it('the client calms down after the warning: the handling ends', () => {
    expect(walk(telephone, [done('t1', 1)])).toEqual(['t1', END]);
  });

  it('warn, end the call, the client calls again and is calm: conversation continues, then the manager steps', () => {
    const path = [
      done('t1', 0),
      done('t2'),
      done('t3', 0),
      done('t4'),
      done('t7'),
      done('t8'),
      done('t9'),
      done('t10'),
    ];
    expect(walk(telephone, path)).toEqual(['t1', 't2', 't3', 't4', 't7', 't8', 't9', 't10', END]);
  });

  it('repeat contacts: not calm, warned again, calls again, transferred; every one of the 10 steps is reachable', () => {
    const path = [
      done('t1', 0),
      done('t2'),
      done('t3', 1),
      done('t5', 0),
      done('t6'),
      done('t7'),
      done('t8'),
      done('t9'),
      done('t10'),
    ];
    expect(walk(telephone, path)).toEqual(['t1', 't2', 't3', 't5', 't6', 't7', 't8', 't9', 't10', END]);
    expect(replay(telephone, path)).toBe(END);
  });

  it('the client does not call back: straight to the manager', () => {
    expect(walk(telephone, [done('t1', 0), done('t2'), done('t3', 2)])).toEqual(['t1', 't2', 't3', 't7']);
  });

  it('a conditional step can be marked not applicable; a plain step cannot', () => {
    expect(nextStep(telephone, 't6', { type: 'not_applicable' })).toBe('t7');
    expect(() => nextStep(telephone, 't2', { type: 'not_applicable' })).toThrow(StepEngineError);
  });

  it('a decision needs a chosen branch; a skipped decision follows the main line', () => {
    expect(() => nextStep(telephone, 't1', { type: 'done' })).toThrow('branch_required');
    expect(() => nextStep(telephone, 't1', { type: 'done', branch: 5 })).toThrow('unknown_branch');
    expect(nextStep(telephone, 't1', { type: 'skipped', reason: 'klant hing zelf op' })).toBe('t2');
  });

  it('replay refuses a step that is not the current one, and anything after the end', () => {
    expect(() => replay(telephone, [done('t2')])).toThrow('unknown_step');
    expect(() => replay(telephone, [done('t1', 1), done('t2')])).toThrow('finished');
  });

  it('shows what comes next on the main line', () => {
    expect(upcomingSteps(telephone, 't1').map((step) => step.id)).toEqual(['t2', 't3', 't4']);
    expect(upcomingSteps(telephone, 't10')).toEqual([]);
  });
});

describe('verbal procedure', () => {
  const verbal = procedure('verbal');
  it('escalates to the police and visits all 9 steps', () => {
    const path = [
      done('v1', 1),
      done('v2'),
      done('v3', 0),
      done('v4', 1),
      done('v5', 0),
      done('v6'),
      done('v7'),
      done('v8'),
      done('v9'),
    ];
    expect(walk(verbal, path)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', END]);
  });
  it('ends when the behaviour stops, and skips the police when security suffices', () => {
    expect(walk(verbal, [done('v1', 0)])).toEqual(['v1', END]);
    expect(walk(verbal, [done('v1', 1), done('v2'), done('v3', 0), done('v4', 1), done('v5', 1)])).toEqual([
      'v1',
      'v2',
      'v3',
      'v4',
      'v5',
      'v7',
    ]);
  });
});

describe('physical violence and written procedures', () => {
  it('physical violence walks its 5 steps in order', () => {
    const physical = procedure('physical');
    expect(
      walk(
        physical,
        ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => done(id)),
      ),
    ).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', END]);
  });
  it('written aggression: conditional steps may not apply', () => {
    const written = procedure('written');
    const path: Visit[] = [
      done('w1'),
      { stepId: 'w2', outcome: { type: 'not_applicable' } },
      { stepId: 'w3', outcome: { type: 'not_applicable' } },
      { stepId: 'w4', outcome: { type: 'not_applicable' } },
      done('w5'),
      done('w6'),
    ];
    expect(walk(written, path)).toEqual(['w1', 'w2', 'w3', 'w4', 'w5', 'w6', END]);
  });
});
