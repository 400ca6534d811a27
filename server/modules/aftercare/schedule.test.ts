import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE, daysInclusive, planCheckins } from './schedule.js';

describe('the aftercare schedule in Dutch calendar days', () => {
  it('plans 72 hours, about 2 weeks and 6–8 weeks from the day of the incident', () => {
    expect(planCheckins(DEFAULT_SCHEDULE, '2026-03-27', '2026-03-27', false)).toEqual([
      { sequence: 1, opensOn: '2026-03-27', dueOn: '2026-03-30' },
      { sequence: 2, opensOn: '2026-04-10', dueOn: '2026-04-13' },
      { sequence: 3, opensOn: '2026-05-08', dueOn: '2026-05-22' },
    ]);
  });

  it('counts a moment already past from the day the report arrived', () => {
    const plan = planCheckins(DEFAULT_SCHEDULE, '2026-01-05', '2026-01-20', false);
    expect(plan[0]).toEqual({ sequence: 1, opensOn: '2026-01-20', dueOn: '2026-01-23' });
    expect(plan[1]).toEqual({ sequence: 2, opensOn: '2026-01-19', dueOn: '2026-01-22' });
  });

  it('makes the first conversation due the next day when the employee asked for aftercare', () => {
    expect(planCheckins(DEFAULT_SCHEDULE, '2026-10-24', '2026-10-24', true)[0]).toEqual({
      sequence: 1,
      opensOn: '2026-10-24',
      dueOn: '2026-10-25',
    });
  });

  it('counts absence days inclusively across a clock change', () => {
    expect(daysInclusive('2026-10-24', '2026-10-27')).toBe(4);
    expect(daysInclusive('2026-03-29', '2026-03-29')).toBe(1);
  });
});
