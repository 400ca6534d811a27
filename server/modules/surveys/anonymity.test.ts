import { describe, expect, it } from 'vitest';
import { disclosure, MIN_GROUP_SIZE } from './anonymity.js';

function shownPeople(counts: Map<string | null, number>): number[] {
  // Every group whose size a viewer can learn by subtraction: the organisation minus any set of shown teams.
  const result = disclosure(counts);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const shownSizes = [...result.teams].map((team) => counts.get(team) ?? 0);
  const sizes: number[] = [...shownSizes];
  if (result.organisation) {
    for (let mask = 0; mask < 1 << shownSizes.length; mask++) {
      let subtracted = 0;
      shownSizes.forEach((n, index) => {
        if (mask & (1 << index)) subtracted += n;
      });
      sizes.push(total - subtracted);
    }
  }
  return sizes.filter((n) => n > 0);
}

describe('disclosure', () => {
  it('shows nothing for a campaign of four', () => {
    const result = disclosure(new Map([['a', 4]]));
    expect(result.organisation).toBe(false);
    expect(result.teams.size).toBe(0);
  });

  it('never shows a team of four, and holds back a large team when the small ones add up to 1–4', () => {
    const counts = new Map<string | null, number>([
      ['a', 6],
      ['b', 5],
      ['small', 4],
    ]);
    const result = disclosure(counts);
    expect(result.organisation).toBe(true);
    expect(result.teams.has('small')).toBe(false);
    // Otherwise organisation − a − b would be the four of 'small'.
    expect([...result.teams]).toEqual(['a']);
    expect(Math.min(...shownPeople(counts))).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
  });

  it('keeps every derivable group at five or more, for many team layouts', () => {
    for (let seed = 1; seed < 400; seed++) {
      const counts = new Map<string | null, number>();
      let value = seed;
      for (let team = 0; team < 5; team++) {
        value = (value * 1103515245 + 12345) % 2147483648;
        counts.set(team === 4 ? null : `t${team}`, value % 9);
      }
      for (const n of shownPeople(counts)) expect(n).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
    }
  });
});
