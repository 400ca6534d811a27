import { describe, expect, it } from 'vitest';
import { compareMeans, effectSizeOf } from './stats.js';

describe('compareMeans', () => {
  it('matches a hand computation with equal variances (then Welch has n1 + n2 − 2 degrees of freedom)', () => {
    // Baseline 1..5 and re-measurement 2..6: means 3 and 4, both variances 2.5, difference 1, SE = √(0.5 + 0.5) = 1,
    // df = 8, t(0.975; 8) = 2.306 (any t table), so the interval is 1 ± 2.306. Pooled SD √2.5 gives d = 0.6325;
    // Hedges' correction 1 − 3/(4·10 − 9) = 0.90323 gives g = 0.5713.
    const result = compareMeans([1, 2, 3, 4, 5], [2, 3, 4, 5, 6]);
    expect(result).not.toBeNull();
    if (!result) return;
    expect(result.baselineMean).toBe(3);
    expect(result.mean).toBe(4);
    expect(result.difference).toBe(1);
    expect(result.ciLow).toBeCloseTo(1 - 2.306, 3);
    expect(result.ciHigh).toBeCloseTo(1 + 2.306, 3);
    expect(result.hedgesG).toBeCloseTo(0.5713, 4);
    expect(result.effect).toBe('medium');
  });

  it('matches a hand computation with unequal variances and sizes (Welch–Satterthwaite)', () => {
    // Baseline [2, 3, 3, 4]: mean 3, variance 2/3. Re-measurement [3, 4, 5, 5, 6, 7]: mean 5, variance 2.
    // SE² = (2/3)/4 + 2/6 = 0.5, SE = 0.70711. df = 0.25 / ((1/6)²/3 + (1/3)²/5) = 0.25 / 0.031481 = 7.941.
    // t(0.975; 7.941) ≈ 2.309 (a t table gives 2.306 at df 8 and 2.365 at df 7; df 7.94 lies just above 2.306):
    // interval 2 ± 0.70711 · 2.309 = [0.367, 3.633].
    // Pooled SD: √((3·2/3 + 5·2) / 8) = √1.5 = 1.2247, d = 1.633, J = 1 − 3/(4·10 − 9) = 0.90323, g = 1.4750.
    const result = compareMeans([2, 3, 3, 4], [3, 4, 5, 5, 6, 7]);
    expect(result).not.toBeNull();
    if (!result) return;
    expect(result.difference).toBe(2);
    expect(result.ciLow).toBeCloseTo(0.367, 2);
    expect(result.ciHigh).toBeCloseTo(3.633, 2);
    expect(result.hedgesG).toBeCloseTo(1.475, 3);
    expect(result.effect).toBe('large');
  });

  it('has no interval width when every answer is the same, and needs two answers on each side', () => {
    const same = compareMeans([3, 3, 3], [4, 4, 4]);
    expect(same?.ciLow).toBe(1);
    expect(same?.ciHigh).toBe(1);
    expect(same?.hedgesG).toBe(0);
    expect(compareMeans([3], [4, 5])).toBeNull();
  });
});

describe('effectSizeOf', () => {
  it('uses Cohen’s bands in both directions', () => {
    expect(effectSizeOf(0.19)).toBe('negligible');
    expect(effectSizeOf(-0.2)).toBe('small');
    expect(effectSizeOf(0.5)).toBe('medium');
    expect(effectSizeOf(-0.81)).toBe('large');
  });
});
