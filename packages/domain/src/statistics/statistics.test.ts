import { describe, expect, it } from 'vitest';
import { logGamma } from './gamma.js';
import { histogramQuantile, median, quantile } from './quantile.js';
import { benjaminiHochberg, negativeBinomialUpperTail, poissonUpperTail, rateRatio, recurrenceTest } from './rate-tests.js';

describe('poissonUpperTail', () => {
  it('matches exact sums of the Poisson pmf', () => {
    const exact = (k: number, mean: number) => {
      let cdf = 0;
      for (let x = 0; x < k; x++) cdf += Math.exp(-mean + x * Math.log(mean) - logGamma(x + 1));
      return 1 - cdf;
    };
    for (const [k, mean] of [[1, 0.5], [3, 1], [10, 4], [25, 20], [60, 40]] as const) {
      expect(poissonUpperTail(k, mean)).toBeCloseTo(exact(k, mean), 10);
    }
  });

  it('knows P(X ≥ 0) = 1 and P(X ≥ 1 | mean 1) = 1 − e⁻¹', () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
  });

  it('stays finite and monotone for large means', () => {
    const mean = 1_000_000;
    const atMean = poissonUpperTail(mean, mean);
    expect(atMean).toBeGreaterThan(0.49);
    expect(atMean).toBeLessThan(0.51);
    expect(poissonUpperTail(mean + 5000, mean)).toBeLessThan(1e-5);
  });
});

describe('negativeBinomialUpperTail', () => {
  it('approaches the Poisson tail as the dispersion grows', () => {
    expect(negativeBinomialUpperTail(8, 4, 1e6)).toBeCloseTo(poissonUpperTail(8, 4), 5);
    expect(negativeBinomialUpperTail(8, 4, 2)).toBeGreaterThan(poissonUpperTail(8, 4));
  });
});

describe('recurrenceTest', () => {
  it('flags a count far above a stable baseline and not one at the baseline', () => {
    const baseline = [5, 6, 4, 5, 5, 6];
    expect(recurrenceTest({ currentCount: 18, baselineCounts: baseline }).pValue).toBeLessThan(1e-4);
    expect(recurrenceTest({ currentCount: 5, baselineCounts: baseline }).pValue).toBeGreaterThan(0.3);
  });

  it('uses a negative binomial when the baseline varies more than a Poisson would', () => {
    const result = recurrenceTest({ currentCount: 18, baselineCounts: [1, 12, 2, 14, 3, 10] });
    expect(result.model).toBe('negative-binomial');
    expect(result.pValue).toBeGreaterThan(recurrenceTest({ currentCount: 18, baselineCounts: [7, 7, 7, 7, 7, 7] }).pValue);
  });

  it('does not call one case a spike on an empty baseline', () => {
    expect(recurrenceTest({ currentCount: 1, baselineCounts: [0, 0, 0, 0] }).pValue).toBeGreaterThan(0.3);
  });
});

describe('benjaminiHochberg', () => {
  it('matches the textbook example (R p.adjust "BH")', () => {
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    expect(adjusted.map((q) => Number(q.toFixed(4)))).toEqual([0.02, 0.04, 0.04, 0.02]);
  });
});

describe('rateRatio', () => {
  it('halving the rate gives a ratio of 0.5 with a confidence interval around it', () => {
    const result = rateRatio({ countBefore: 100, exposureBefore: 180, countAfter: 50, exposureAfter: 180 });
    expect(result.ratio).toBeCloseTo(0.5, 10);
    // SE = √(1/100 + 1/50) = 0.1732; 0.5·e^(±1.96·0.1732) = 0.356 … 0.702
    expect(result.lower95).toBeCloseTo(0.356, 3);
    expect(result.upper95).toBeCloseTo(0.702, 3);
  });

  it('stays finite when nothing happened after', () => {
    const result = rateRatio({ countBefore: 10, exposureBefore: 90, countAfter: 0, exposureAfter: 30 });
    expect(Number.isFinite(result.upper95)).toBe(true);
    expect(result.lower95).toBeGreaterThan(0);
  });
});

describe('quantile', () => {
  it('interpolates like R type 7', () => {
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});

describe('histogramQuantile', () => {
  it('gives what quantile gives on the expanded values, for any p', () => {
    const histogram: Array<[number, number]> = [[7, 1], [2, 3], [4, 0], [3, 5], [12, 2]];
    const expanded = histogram.flatMap(([value, count]) => Array.from({ length: count }, () => value)).sort((a, b) => a - b);
    for (const p of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1]) expect(histogramQuantile(histogram, p)).toBeCloseTo(quantile(expanded, p), 12);
  });

  it('interpolates between two bins: lead times 2, 2, 5, 5 have median 3.5 and p90 5', () => {
    expect(histogramQuantile([[5, 2], [2, 2]], 0.5)).toBe(3.5);
    expect(histogramQuantile([[5, 2], [2, 2]], 0.9)).toBe(5);
  });

  it('is NaN without observations', () => {
    expect(histogramQuantile([[3, 0]], 0.5)).toBeNaN();
    expect(histogramQuantile([], 0.5)).toBeNaN();
  });
});
