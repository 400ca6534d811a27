import { describe, expect, it } from 'vitest';
import { pairUp, planItems } from './template.js';

const base = {
  startDate: '2026-03-23',
  members: ['a', 'b', 'c', 'd', 'e'],
  coordinatorId: 'manager',
  auditorId: 'officer',
  sentenceCount: 3,
  basicScenarioIds: ['basic-1', 'basic-2'],
  harderScenarioIds: ['hard-1', 'hard-2', 'hard-3'],
};

describe('the 90-day plan template', () => {
  it('counts due dates in calendar days from day 1, across the change to summer time', () => {
    const items = planItems(base);
    expect(items.map((item) => [item.stage, item.dueDate])).toEqual([
      ['micro_exercise', '2026-03-25'],
      ['micro_exercise', '2026-03-29'],
      ['micro_exercise', '2026-04-01'],
      ['micro_exercise', '2026-04-05'],
      ['duo_coaching', '2026-04-19'],
      ['duo_coaching', '2026-04-19'],
      ['repetition', '2026-05-06'],
      ['repetition', '2026-05-20'],
      ['audit', '2026-06-20'],
    ]);
    expect(items.map((item) => item.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('walks through the boundary sentences and basic scenarios, and gives the harder ones to month 2', () => {
    const items = planItems(base);
    expect(items.slice(0, 4).map((item) => item.content)).toEqual([
      { sentenceIndexes: [0, 1], scenarioIds: ['basic-1'] },
      { sentenceIndexes: [2, 0], scenarioIds: ['basic-2'] },
      { sentenceIndexes: [1, 2], scenarioIds: ['basic-1'] },
      { sentenceIndexes: [0, 1], scenarioIds: ['basic-2'] },
    ]);
    expect(items.filter((item) => item.stage === 'repetition').map((item) => item.content.scenarioIds)).toEqual([
      ['hard-1', 'hard-3'],
      ['hard-2'],
    ]);
  });

  it('gives owners: the manager for meetings and repetition, the duo itself, the safety officer for the audit', () => {
    const items = planItems(base);
    expect(
      items.filter((item) => item.stage === 'duo_coaching').map((item) => [item.ownerId, item.content.pair]),
    ).toEqual([
      ['a', ['a', 'b']],
      ['c', ['c', 'd', 'e']],
    ]);
    expect(items.find((item) => item.stage === 'audit')?.ownerId).toBe('officer');
    expect(items.filter((item) => item.stage === 'micro_exercise').every((item) => item.ownerId === 'manager')).toBe(
      true,
    );
  });

  it('pairs a lone member with the manager and copes with a protocol without boundary sentences', () => {
    const items = planItems({ ...base, members: ['a'], sentenceCount: 0, basicScenarioIds: [] });
    expect(items.find((item) => item.stage === 'duo_coaching')?.content.pair).toEqual(['a', 'manager']);
    expect(items[0]?.content).toEqual({ sentenceIndexes: [], scenarioIds: [] });
  });

  it('pairs up members so nobody is alone', () => {
    expect(pairUp([])).toEqual([]);
    expect(pairUp(['a', 'b'])).toEqual([['a', 'b']]);
    expect(pairUp(['a', 'b', 'c'])).toEqual([['a', 'b', 'c']]);
  });
});
