import { describe, expect, it } from 'vitest';
import { drawSample } from './sample.js';

const ids = Array.from({ length: 40 }, (_, n) => `report-${String(n).padStart(2, '0')}`);

describe('drawing an audit sample', () => {
  it('is reproducible: the same seed over the same reports gives the same sample, whatever their order', () => {
    const first = drawSample(ids, 'seed-a', 8);
    expect(drawSample([...ids].reverse(), 'seed-a', 8)).toEqual(first);
    expect(first).toHaveLength(8);
    expect(new Set(first).size).toBe(8);
    expect(first.every((id) => ids.includes(id))).toBe(true);
  });

  it('differs with another seed and is not simply the first reports', () => {
    expect(drawSample(ids, 'seed-b', 8)).not.toEqual(drawSample(ids, 'seed-a', 8));
    expect(drawSample(ids, 'seed-a', 8)).not.toEqual(ids.slice(0, 8));
  });

  it('takes everything when fewer reports were sent than asked for', () => {
    expect(drawSample(ids.slice(0, 3), 'seed-a', 10).sort()).toEqual(ids.slice(0, 3));
    expect(drawSample([], 'seed-a', 5)).toEqual([]);
  });

  it('gives every report a fair chance over many draws', () => {
    const counts = new Map<string, number>();
    for (let draw = 0; draw < 4000; draw++) {
      for (const id of drawSample(ids.slice(0, 10), `seed-${draw}`, 2)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    // Expected 800 each (4000 draws × 2 of 10); allow for chance.
    for (const id of ids.slice(0, 10)) expect(counts.get(id)).toBeGreaterThan(650);
    for (const id of ids.slice(0, 10)) expect(counts.get(id)).toBeLessThan(950);
  });
});
