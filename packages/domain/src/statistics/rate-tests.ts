import { regularizedBeta } from './beta.js';
import { regularizedGammaP } from './gamma.js';

/**
 * P(X ≥ k) for X ~ Poisson(mean). Uses P(X ≥ k) = P(k, mean) (regularized lower incomplete gamma),
 * stable for means up to 1e6 and beyond.
 */
export function poissonUpperTail(k: number, mean: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  return Math.min(1, Math.max(0, regularizedGammaP(k, mean)));
}

/**
 * P(X ≥ k) for a negative binomial with the given mean and dispersion r (variance = μ + μ²/r).
 * With success probability p = r / (r + μ), P(X ≥ k) = I_{1−p}(k, r) (regularized incomplete beta),
 * computed directly rather than as 1 − P(X ≤ k − 1), so tails of 1e-12 and far below stay accurate.
 */
export function negativeBinomialUpperTail(k: number, mean: number, r: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  return Math.min(1, Math.max(0, regularizedBeta(mean / (r + mean), k, r)));
}

/** When a type has no complaints at all in its baseline, assume this many per window (a weak prior). */
export const ZERO_BASELINE_RATE = 0.5;

export interface RecurrenceTestResult {
  /** Mean count per window over the baseline windows. */
  baselineRate: number;
  currentCount: number;
  /** (current − expected) / √variance under the model: how many standard deviations above baseline. */
  statistic: number;
  /** One-sided p-value: the chance of a count this high or higher if nothing changed. */
  pValue: number;
  model: 'poisson' | 'negative-binomial';
}

/**
 * Is the current window's count above what this type's own baseline predicts? H0: the count
 * follows the baseline's distribution — Poisson with the baseline mean, or a negative binomial
 * (method-of-moments dispersion) when the baseline windows vary more than a Poisson would.
 */
export function recurrenceTest(input: {
  currentCount: number;
  baselineCounts: readonly number[];
}): RecurrenceTestResult {
  const { currentCount, baselineCounts } = input;
  const n = baselineCounts.length;
  const mean = n > 0 ? baselineCounts.reduce((s, c) => s + c, 0) / n : 0;
  const variance = n > 1 ? baselineCounts.reduce((s, c) => s + (c - mean) ** 2, 0) / (n - 1) : mean;
  const expected = mean > 0 ? mean : ZERO_BASELINE_RATE;
  if (mean > 0 && variance > mean * 1.05) {
    const r = (mean * mean) / (variance - mean);
    const modelVariance = expected + (expected * expected) / r;
    return {
      baselineRate: mean,
      currentCount,
      statistic: (currentCount - expected) / Math.sqrt(modelVariance),
      pValue: negativeBinomialUpperTail(currentCount, expected, r),
      model: 'negative-binomial',
    };
  }
  return {
    baselineRate: mean,
    currentCount,
    statistic: (currentCount - expected) / Math.sqrt(expected),
    pValue: poissonUpperTail(currentCount, expected),
    model: 'poisson',
  };
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values), in the input's order: controls the false
 * discovery rate across the many types tested at once.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const [p, index] = order[rank - 1]!;
    running = Math.min(running, (p * m) / rank);
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}

export interface RateRatio {
  ratio: number;
  lower95: number;
  upper95: number;
}

/**
 * Rate after ÷ rate before with a 95% confidence interval on the log scale:
 * SE(ln RR) = √(1/a + 1/b). A zero count gets 0.5 added to both counts (Haldane–Anscombe), so the
 * interval stays finite. Says nothing about cause: it is a before/after comparison.
 */
export function rateRatio(input: {
  countBefore: number;
  exposureBefore: number;
  countAfter: number;
  exposureAfter: number;
}): RateRatio {
  const correction = input.countBefore === 0 || input.countAfter === 0 ? 0.5 : 0;
  const before = input.countBefore + correction;
  const after = input.countAfter + correction;
  const ratio = after / input.exposureAfter / (before / input.exposureBefore);
  const se = Math.sqrt(1 / before + 1 / after);
  return { ratio, lower95: ratio * Math.exp(-1.959964 * se), upper95: ratio * Math.exp(1.959964 * se) };
}
