import { describe, expect, it } from 'vitest';
import { defaultFilter, parseFilter, serializeFilter } from './filters';
import { downsample, topSeries } from './transforms';

describe('dashboard filter in the URL', () => {
  it('defaults to twelve months up to today, by month', () => {
    expect(defaultFilter('2026-11-24')).toMatchObject({ from: '2025-12-01', to: '2026-11-24', bucket: 'MONTH' });
    expect(defaultFilter('2026-12-05').from).toBe('2026-01-01');
  });

  it('round-trips and ignores what it does not understand', () => {
    const id = '3f1e2d3c-1111-4222-8333-444455556666';
    const filter = parseFilter(new URLSearchParams(`from=2026-01-01&to=2026-03-31&bucket=WEEK&kind=COMPLAINT&types=${id},evil&services=`), '2026-11-24');
    expect(filter).toEqual({ from: '2026-01-01', to: '2026-03-31', bucket: 'WEEK', kind: 'COMPLAINT', serviceIds: [], complaintTypeIds: [id], organisationUnitIds: [] });
    expect(parseFilter(serializeFilter(filter), '2026-11-24')).toEqual(filter);
    expect(parseFilter(new URLSearchParams('from=2027-01-01&to=2026-01-01&bucket=DAY&kind=X'), '2026-11-24')).toEqual(defaultFilter('2026-11-24'));
  });
});

describe('chart transforms', () => {
  const s = (key: string, counts: Array<number | null>) => ({ key, label: key, counts, total: counts.reduce<number>((a, c) => a + (c ?? 0), 0) });

  it('keeps the top N series and folds the rest into "other"', () => {
    const result = topSeries([s('a', [5, 5]), s('b', [1, 0]), s('c', [9, 9]), s('d', [null, 2]), s('e', [3, 3])], 2, 'Other');
    expect(result.map((r) => r.key)).toEqual(['c', 'a', 'other']);
    expect(result[2]).toMatchObject({ counts: [4, 5], total: 9 });
  });

  it('merges buckets so long ranges draw at most max points', () => {
    const labels = Array.from({ length: 10 }, (_, i) => `w${i}`);
    const { labels: merged, series } = downsample(labels, [s('a', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), s('b', [null, null, 2, null, null, null, null, null, null, null])], 4);
    expect(merged).toEqual(['w0', 'w3', 'w6', 'w9']);
    expect(series[0]!.counts).toEqual([3, 3, 3, 1]);
    expect(series[1]!.counts).toEqual([2, null, null, null]);
  });
});
