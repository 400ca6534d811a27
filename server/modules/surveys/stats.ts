import jStat from 'jstat';

/** Effect size bands after Cohen (1988): below 0.2 negligible, then small, medium (from 0.5) and large (from 0.8). */
export type EffectSize = 'negligible' | 'small' | 'medium' | 'large';

export interface Comparison {
  baselineN: number;
  n: number;
  baselineMean: number;
  mean: number;
  /** Re-measurement minus baseline. */
  difference: number;
  /** 95 % confidence interval of the difference (Welch: the groups are independent, variances may differ). */
  ciLow: number;
  ciHigh: number;
  /** Hedges' g: Cohen's d with the pooled standard deviation, corrected for small samples. */
  hedgesG: number;
  effect: EffectSize;
}

export function effectSizeOf(g: number): EffectSize {
  const size = Math.abs(g);
  if (size < 0.2) return 'negligible';
  if (size < 0.5) return 'small';
  if (size < 0.8) return 'medium';
  return 'large';
}

/**
 * Compares the scores of a baseline and a re-measurement. Answers are anonymous, so the two rounds are two
 * independent samples (nobody's answers can be paired): Welch's interval for the difference in means, and Hedges'
 * g as the effect size. Needs at least two scores on each side; null otherwise.
 */
export function compareMeans(baseline: number[], remeasurement: number[]): Comparison | null {
  const n1 = baseline.length;
  const n2 = remeasurement.length;
  if (n1 < 2 || n2 < 2) return null;
  const mean1 = jStat.mean(baseline);
  const mean2 = jStat.mean(remeasurement);
  const var1 = jStat.variance(baseline, true);
  const var2 = jStat.variance(remeasurement, true);
  const difference = mean2 - mean1;
  const se1 = var1 / n1;
  const se2 = var2 / n2;
  const standardError = Math.sqrt(se1 + se2);
  let ciLow = difference;
  let ciHigh = difference;
  if (standardError > 0) {
    // Welch–Satterthwaite degrees of freedom.
    const df = (se1 + se2) ** 2 / (se1 ** 2 / (n1 - 1) + se2 ** 2 / (n2 - 1));
    const t = jStat.studentt.inv(0.975, df);
    ciLow = difference - t * standardError;
    ciHigh = difference + t * standardError;
  }
  const pooledSd = Math.sqrt(((n1 - 1) * var1 + (n2 - 1) * var2) / (n1 + n2 - 2));
  const d = pooledSd > 0 ? difference / pooledSd : 0;
  const hedgesG = d * (1 - 3 / (4 * (n1 + n2) - 9));
  return {
    baselineN: n1,
    n: n2,
    baselineMean: mean1,
    mean: mean2,
    difference,
    ciLow,
    ciHigh,
    hedgesG,
    effect: effectSizeOf(hedgesG),
  };
}

export function mean(values: number[]): number | null {
  return values.length === 0 ? null : jStat.mean(values);
}
