import { describe, expect, it } from 'vitest';
import { stepDurations } from './step-durations';

describe('step durations in the handling timeline', () => {
  it('counts from the start or the previous step, through phase changes and handovers', () => {
    const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 9, 0, seconds)).toISOString();
    expect(
      stepDurations([
        { type: 'started', at: at(0) },
        { type: 'phase_changed', at: at(5) },
        { type: 'step_done', at: at(12) },
        { type: 'handed_over', at: at(20) },
        { type: 'step_skipped', at: at(42) },
        { type: 'closed', at: at(50) },
      ]),
    ).toEqual([undefined, undefined, 12, undefined, 30, undefined]);
  });
});
