import { describe, expect, it } from 'vitest';
import { regularizedBeta } from './beta.js';
import { histogramQuantile, median, quantile } from './quantile.js';
import {
  benjaminiHochberg,
  negativeBinomialUpperTail,
  poissonUpperTail,
  rateRatio,
  recurrenceTest,
} from './rate-tests.js';

// Known answers below come from SciPy 1.10.1 (python3-scipy, Debian 12), run as /usr/bin/python3;
// each comment gives the exact call. A tail P(X ≥ k) is SciPy's survival function at k − 1.

/** |actual − expected| ≤ rel·|expected|: a relative check that means as much at 1e-15 as at 0.5. */
function expectRelativelyClose(actual: number, expected: number, rel: number, label = '') {
  expect(Math.abs(actual - expected), `${label} ${actual} vs ${expected}`).toBeLessThanOrEqual(
    rel * Math.abs(expected),
  );
}

describe('poissonUpperTail', () => {
  it.each([
    [1, 0.5, 0.3934693402873665], // scipy.stats.poisson.sf(0, 0.5)
    [3, 1, 0.08030139707139418], // scipy.stats.poisson.sf(2, 1)
    [10, 4, 0.008132242796933871], // scipy.stats.poisson.sf(9, 4)
    [25, 20, 0.1567726218262377], // scipy.stats.poisson.sf(24, 20)
    [60, 40, 0.0018796285686450743], // scipy.stats.poisson.sf(59, 40)
    [30, 4, 9.134135636972122e-17], // scipy.stats.poisson.sf(29, 4)
    [40, 3, 8.003095092522039e-31], // scipy.stats.poisson.sf(39, 3)
  ])('P(X ≥ %d | mean %d) matches SciPy', (k, mean, expected) => {
    expectRelativelyClose(poissonUpperTail(k, mean), expected, 1e-9);
  });

  it('stays accurate for a mean of a million, at the mean and five standard deviations above', () => {
    // scipy.stats.poisson.sf(999999, 1000000) = 0.5001329807608725
    expectRelativelyClose(poissonUpperTail(1_000_000, 1_000_000), 0.5001329807608725, 1e-7);
    // Here SciPy 1.10's poisson.sf(1004999, 1000000) = 2.934020548659542e-07 is itself off by 4.6e-6
    // (relative), so the answer is the pmf summed upwards in Python, each term from the previous one:
    // t = exp(-mu + k*log(mu) - math.lgamma(k+1)); while t > 1e-40: add t; x += 1; t *= mu/x; then
    // math.fsum(terms) = 2.9340340488105723e-07 (same sum at k = mu: 0.5001329804187366).
    expectRelativelyClose(poissonUpperTail(1_005_000, 1_000_000), 2.9340340488105723e-7, 1e-8);
  });

  it('knows P(X ≥ 0) = 1 and P(X ≥ 1 | mean 1) = 1 − e⁻¹', () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
  });
});

describe('regularizedBeta', () => {
  it.each([
    [0.4, 2, 3, 0.5247999999999999], // scipy.special.betainc(2, 3, 0.4)
    [0.1, 0.5, 0.5, 0.2048327646991335], // scipy.special.betainc(0.5, 0.5, 0.1)
    [0.9, 10, 4, 0.9658392790770001], // scipy.special.betainc(10, 4, 0.9)
    [3 / 7, 40, 4, 4.647156026564987e-12], // scipy.special.betainc(40, 4, 0.42857142857142855)
  ])('I_%d(%d, %d) matches SciPy', (x, a, b, expected) => {
    expectRelativelyClose(regularizedBeta(x, a, b), expected, 1e-9);
  });
});

describe('negativeBinomialUpperTail', () => {
  // SciPy's nbinom(n, p) has n = r and p = r / (r + mean), as the production code does.
  it.each([
    [8, 4, 2, 0.1430676218056192], // scipy.stats.nbinom.sf(7, 2, 2/(2+4))
    [18, 7, 2.5, 0.04343878347715828], // scipy.stats.nbinom.sf(17, 2.5, 2.5/(2.5+7))
    [40, 5, 3, 8.984765849445924e-7], // scipy.stats.nbinom.sf(39, 3, 3/(3+5))
    [2000, 1000, 50, 2.225187533506421e-8], // scipy.stats.nbinom.sf(1999, 50, 50/(50+1000))
  ])('P(X ≥ %d | mean %d, r %d) matches SciPy', (k, mean, r, expected) => {
    expectRelativelyClose(negativeBinomialUpperTail(k, mean, r), expected, 1e-9);
  });

  // Summing the pmf up to k − 1 and taking 1 − the sum gave 7.357e-12, 9.776e-13, 7.2e-15, 3.3e-15 and 0
  // for these: errors from 0.1% to a factor of 17, and a p-value of exactly zero.
  it.each([
    [52, 10, 20, 7.349821014590992e-12], // scipy.stats.nbinom.sf(51, 20, 20/(20+10))
    [42, 3, 4, 9.78906484329654e-13], // scipy.stats.nbinom.sf(41, 4, 4/(4+3))
    [28, 2, 10, 4.1834477140406175e-15], // scipy.stats.nbinom.sf(27, 10, 10/(10+2))
    [30, 2, 10, 1.9712770600499462e-16], // scipy.stats.nbinom.sf(29, 10, 10/(10+2))
    [60, 4, 5, 4.7212124260791295e-17], // scipy.stats.nbinom.sf(59, 5, 5/(5+4))
  ])('stays accurate in the far tail (≤ 1e-12): P(X ≥ %d | mean %d, r %d)', (k, mean, r, expected) => {
    expectRelativelyClose(negativeBinomialUpperTail(k, mean, r), expected, 1e-9);
  });

  it('approaches the Poisson tail as the dispersion grows', () => {
    expect(negativeBinomialUpperTail(8, 4, 1e6)).toBeCloseTo(poissonUpperTail(8, 4), 5);
    expect(negativeBinomialUpperTail(8, 4, 2)).toBeGreaterThan(poissonUpperTail(8, 4));
  });
});

describe('recurrenceTest', () => {
  it('tests a count against a stable baseline with a Poisson of the baseline mean', () => {
    // Baseline 5, 6, 4, 5, 5, 6: mean 31/6, sample variance 17/30 < mean, so Poisson(31/6).
    const high = recurrenceTest({ currentCount: 18, baselineCounts: [5, 6, 4, 5, 5, 6] });
    expect(high).toMatchObject({ model: 'poisson', currentCount: 18 });
    expect(high.baselineRate).toBeCloseTo(31 / 6, 12);
    expectRelativelyClose(high.pValue, 8.368020707601436e-6, 1e-9); // scipy.stats.poisson.sf(17, 31/6)
    expect(high.statistic).toBeCloseTo(5.645913928322101, 10); // (18 − 31/6) / √(31/6)
    const usual = recurrenceTest({ currentCount: 5, baselineCounts: [5, 6, 4, 5, 5, 6] });
    expectRelativelyClose(usual.pValue, 0.5882484680166316, 1e-9); // scipy.stats.poisson.sf(4, 31/6)
  });

  it('uses a negative binomial with the method-of-moments dispersion when the baseline varies more', () => {
    // Baseline 1, 12, 2, 14, 3, 10: mean 7, sample variance 32, r = 7² / (32 − 7) = 1.96.
    const result = recurrenceTest({ currentCount: 18, baselineCounts: [1, 12, 2, 14, 3, 10] });
    expect(result.model).toBe('negative-binomial');
    expect(result.baselineRate).toBe(7);
    expectRelativelyClose(result.pValue, 0.05527076678509071, 1e-9); // scipy.stats.nbinom.sf(17, 1.96, 1.96/(1.96+7))
    expect(result.statistic).toBeCloseTo(1.9445436482630056, 10); // (18 − 7) / √(7 + 7²/1.96) = 11 / √32
  });

  it('does not call one case a spike on an empty baseline: it assumes half a case per window', () => {
    const result = recurrenceTest({ currentCount: 1, baselineCounts: [0, 0, 0, 0] });
    expect([result.model, result.baselineRate]).toEqual(['poisson', 0]);
    expectRelativelyClose(result.pValue, 0.3934693402873665, 1e-9); // scipy.stats.poisson.sf(0, 0.5)
  });
});

describe('benjaminiHochberg', () => {
  // BH by hand: sort ascending, q(i) = min over j ≥ i of p(j)·m/j, capped at 1, returned in input order.
  // (SciPy 1.10 has no BH; statsmodels' multipletests(p, method='fdr_bh') gives the same numbers.)
  it('matches the textbook example (R p.adjust "BH")', () => {
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    expect(adjusted.map((q) => Number(q.toFixed(4)))).toEqual([0.02, 0.04, 0.04, 0.02]);
  });

  it('takes the step-up minimum: a smaller p-value never gets a larger q than a larger one', () => {
    // m = 5; p·m/rank = 0.05, 0.0275, 0.02, 1.125, 0.95. Step-up from the top: 0.95, min(1.125, 0.95) = 0.95,
    // 0.02, min(0.0275, 0.02) = 0.02, min(0.05, 0.02) = 0.02. Without the minimum the first three would
    // be 0.05, 0.0275 and 0.02, and the fourth 1.125 (or 1 with only the cap).
    const adjusted = benjaminiHochberg([0.9, 0.012, 0.95, 0.01, 0.011]);
    const expected = [0.95, 0.02, 0.95, 0.02, 0.02];
    adjusted.forEach((q, i) => expect(q, `q[${i}]`).toBeCloseTo(expected[i]!, 12));
  });

  it('never gives a q above 1, however far p·m/rank exceeds it', () => {
    // m = 3, p = 0.6, 0.8, 0.99 (ranks 1–3): p·m/rank = 1.8, 1.2, 0.99 → step-up 0.99, 0.99, 0.99.
    // m = 2, p = 0.7, 0.7 (a tie): 1.4 at rank 1, 0.7 at rank 2 → both 0.7.
    for (const q of benjaminiHochberg([0.99, 0.6, 0.8])) expect(q).toBeCloseTo(0.99, 12);
    for (const q of benjaminiHochberg([0.7, 0.7])) expect(q).toBeCloseTo(0.7, 12);
    // m = 4, p = 1, 1, 1, 0.999: 1·4/2 = 2 at rank 2 and 1·4/3 at rank 3 become 1; 0.999·4 becomes 1.
    expect(benjaminiHochberg([1, 1, 1, 0.999])).toEqual([1, 1, 1, 1]);
  });
});

describe('rateRatio', () => {
  // Expected values from SciPy: z = scipy.stats.norm.ppf(0.975) = 1.959963984540054; for counts a (before)
  // and b (after), with 0.5 added to both when either is 0: rr = (b/exposureAfter)/(a/exposureBefore),
  // interval rr·exp(∓z·sqrt(1/a + 1/b)). The code's z = 1.959964 differs by 1.5e-8, hence rel 1e-6.
  it.each([
    // before, exposure, after, exposure, ratio, lower95, upper95
    [100, 180, 50, 180, 0.5, 0.35607179369390296, 0.7021055990043189],
    [30, 90, 12, 60, 0.6000000000000001, 0.3071924753883399, 1.171903704818626],
  ])(
    '%d in %d days before, %d in %d days after',
    (countBefore, exposureBefore, countAfter, exposureAfter, ratio, lower95, upper95) => {
      const result = rateRatio({ countBefore, exposureBefore, countAfter, exposureAfter });
      expectRelativelyClose(result.ratio, ratio, 1e-12, 'ratio');
      expectRelativelyClose(result.lower95, lower95, 1e-6, 'lower95');
      expectRelativelyClose(result.upper95, upper95, 1e-6, 'upper95');
    },
  );

  it.each([
    // Nothing after: (0.5/30)/(10.5/90) = 1/7, SE = √(1/10.5 + 1/0.5).
    [10, 90, 0, 30, 0.14285714285714285, 0.008371303050207416, 2.4378717557955882],
    // Nothing before: 4.5/0.5 = 9, SE = √(1/0.5 + 1/4.5).
    [0, 91, 4, 91, 8.999999999999998, 0.4845584454001424, 167.16249766962818],
    // Nothing either side, the after-window twice as long: (0.5/60)/(0.5/30) = 0.5, SE = 2.
    [0, 30, 0, 60, 0.5, 0.00992126198407496, 25.198407259206103],
  ])(
    'a zero count gets 0.5 added to both sides (Haldane–Anscombe): %d/%d before, %d/%d after',
    (countBefore, exposureBefore, countAfter, exposureAfter, ratio, lower95, upper95) => {
      const result = rateRatio({ countBefore, exposureBefore, countAfter, exposureAfter });
      expectRelativelyClose(result.ratio, ratio, 1e-12, 'ratio');
      expectRelativelyClose(result.lower95, lower95, 1e-6, 'lower95');
      expectRelativelyClose(result.upper95, upper95, 1e-6, 'upper95');
    },
  );
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
    const histogram: Array<[number, number]> = [
      [7, 1],
      [2, 3],
      [4, 0],
      [3, 5],
      [12, 2],
    ];
    const expanded = histogram
      .flatMap(([value, count]) => Array.from({ length: count }, () => value))
      .sort((a, b) => a - b);
    for (const p of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1])
      expect(histogramQuantile(histogram, p)).toBeCloseTo(quantile(expanded, p), 12);
  });

  it('interpolates between two bins: lead times 2, 2, 5, 5 have median 3.5 and p90 5', () => {
    expect(
      histogramQuantile(
        [
          [5, 2],
          [2, 2],
        ],
        0.5,
      ),
    ).toBe(3.5);
    expect(
      histogramQuantile(
        [
          [5, 2],
          [2, 2],
        ],
        0.9,
      ),
    ).toBe(5);
  });

  it('is NaN without observations', () => {
    expect(histogramQuantile([[3, 0]], 0.5)).toBeNaN();
    expect(histogramQuantile([], 0.5)).toBeNaN();
  });
});
