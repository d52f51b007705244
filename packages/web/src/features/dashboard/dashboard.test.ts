import { describe, expect, it } from 'vitest';
import { parseCaseListFilter } from '../cases/case-list-filter';
import { dashboardCasesHref, defaultFilter, parseFilter, previousPeriod, serializeFilter } from './filters';
import {
  downsample,
  estimateOf,
  measuresForEffect,
  nameRowsById,
  pointsChange,
  relativeChange,
  tileFigures,
  tilePeriod,
  topRows,
  topSeries,
  type CategoryRow,
  type MeasureForEffect,
  type TilePeriod,
} from './transforms';
import { widgetState } from './widgets/widget-data';

describe('dashboard filter in the URL', () => {
  it('defaults to twelve months up to today, by month', () => {
    expect(defaultFilter('2026-11-24')).toMatchObject({ from: '2025-12-01', to: '2026-11-24', bucket: 'MONTH' });
    expect(defaultFilter('2026-12-05').from).toBe('2026-01-01');
  });

  it('round-trips and ignores what it does not understand', () => {
    const id = '3f1e2d3c-1111-4222-8333-444455556666';
    const filter = parseFilter(
      new URLSearchParams(`from=2026-01-01&to=2026-03-31&bucket=WEEK&kind=COMPLAINT&types=${id},evil&services=`),
      '2026-11-24',
    );
    expect(filter).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      bucket: 'WEEK',
      kind: 'COMPLAINT',
      serviceIds: [],
      complaintTypeIds: [id],
      organisationUnitIds: [],
    });
    expect(parseFilter(serializeFilter(filter), '2026-11-24')).toEqual(filter);
    expect(parseFilter(new URLSearchParams('from=2027-01-01&to=2026-01-01&bucket=DAY&kind=X'), '2026-11-24')).toEqual(
      defaultFilter('2026-11-24'),
    );
  });
});

describe('chart transforms', () => {
  const s = (key: string, counts: Array<number | null>) => ({
    key,
    label: key,
    counts,
    total: counts.reduce<number>((a, c) => a + (c ?? 0), 0),
  });

  it('keeps the top N series and folds the rest into "other"', () => {
    const result = topSeries(
      [s('a', [5, 5]), s('b', [1, 0]), s('c', [9, 9]), s('d', [null, 2]), s('e', [3, 3])],
      2,
      'Other',
    );
    expect(result.map((r) => r.key)).toEqual(['c', 'a', 'other']);
    expect(result[2]).toMatchObject({ counts: [4, 5], total: 9 });
  });

  it('merges buckets so long ranges draw at most max points', () => {
    const labels = Array.from({ length: 10 }, (_, i) => `w${i}`);
    const { labels: merged, series } = downsample(
      labels,
      [s('a', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), s('b', [null, null, 2, null, null, null, null, null, null, null])],
      4,
    );
    expect(merged).toEqual(['w0', 'w3', 'w6', 'w9']);
    expect(series[0]!.counts).toEqual([3, 3, 3, 1]);
    expect(series[1]!.counts).toEqual([2, null, null, null]);
  });
});

describe('the previous period', () => {
  it('is the period of equal length just before', () => {
    const filter = defaultFilter('2026-11-24');
    expect(previousPeriod({ ...filter, from: '2026-04-01', to: '2026-04-30' })).toMatchObject({
      from: '2026-03-02',
      to: '2026-03-31',
    });
    // A leap day inside the earlier window: still 60 days.
    expect(previousPeriod({ ...filter, from: '2024-04-01', to: '2024-05-30' })).toMatchObject({
      from: '2024-02-01',
      to: '2024-03-31',
    });
    expect(previousPeriod({ ...filter, from: '2026-01-05', to: '2026-01-05' })).toMatchObject({
      from: '2026-01-04',
      to: '2026-01-04',
    });
  });

  it('keeps the rest of the filter', () => {
    const filter = {
      ...defaultFilter('2026-11-24'),
      kind: 'COMPLAINT' as const,
      serviceIds: ['3f1e2d3c-1111-4222-8333-444455556666'],
    };
    expect(previousPeriod(filter)).toMatchObject({ kind: 'COMPLAINT', serviceIds: filter.serviceIds, bucket: 'MONTH' });
  });

  it('is never asked of a date that does not exist: the URL parser refuses those', () => {
    expect(parseFilter(new URLSearchParams('from=2026-02-30&to=2026-03-31'), '2026-11-24').from).toBe('2025-12-01');
  });
});

describe('tiles', () => {
  const period = (over: Partial<TilePeriod> = {}): TilePeriod => ({
    received: 100,
    open: 20,
    pastDeadline: 5,
    onTimeShare: 0.8,
    compliments: 10,
    ...over,
  });

  it('compare every figure with the previous period: counts relatively, the on-time share in points', () => {
    const tiles = tileFigures(
      period(),
      period({ received: 80, open: 25, pastDeadline: 4, onTimeShare: 0.9, compliments: 8 }),
      0.25,
    );
    expect(tiles.map((t) => [t.id, t.value, t.change])).toEqual([
      ['received', 100, { kind: 'relative', value: 0.25 }],
      ['open', 20, { kind: 'relative', value: -0.2 }],
      ['pastDeadline', 5, { kind: 'relative', value: 0.25 }],
      ['onTime', 0.8, { kind: 'points', value: expect.closeTo(-0.1, 10) }],
      ['compliments', 10, { kind: 'relative', value: 0.25 }],
    ]);
  });

  it('give no change against nothing, or where a figure was suppressed', () => {
    const tiles = tileFigures(
      period({ pastDeadline: null }),
      period({ open: 0, onTimeShare: null, compliments: 0 }),
      null,
    );
    expect(Object.fromEntries(tiles.map((t) => [t.id, t.change]))).toEqual({
      received: null,
      open: null,
      pastDeadline: null,
      onTime: null,
      compliments: null,
    });
    expect(tiles.find((t) => t.id === 'pastDeadline')?.value).toBeNull();
    // Against 0 there is no percentage, but the earlier figure is still there to show.
    expect(tiles.find((t) => t.id === 'open')?.previous).toBe(0);
  });

  it('read one period from its reports: the whole backlog is open, compliments summed over the buckets', () => {
    const volume = { total: 42, backlog: [{ count: 3 }, { count: 4 }] };
    expect(
      tilePeriod(volume, { total: { openPastDeadline: 2, resolvedWithinAgreedDeadline: 0.75 } }, { total: [1, 0, 5] }),
    ).toEqual({ received: 42, open: 7, pastDeadline: 2, onTimeShare: 0.75, compliments: 6 });
    // Suppressed or not applicable: no figure rather than 0.
    expect(tilePeriod(volume, { total: { openPastDeadline: null } }, { total: [] })).toMatchObject({
      pastDeadline: null,
      onTimeShare: null,
      compliments: 0,
    });
  });

  it('helpers', () => {
    expect(relativeChange(0, 4)).toEqual({ kind: 'relative', value: -1 });
    expect(relativeChange(3, 0)).toBeNull();
    expect(pointsChange(0.5, 0.5)).toEqual({ kind: 'points', value: 0 });
  });
});

describe('bars per category', () => {
  const row = (key: string | null, compliments: number | null, complaints: number | null): CategoryRow => ({
    key,
    label: key ?? 'not set',
    values: { compliments, complaints },
  });

  it('keep the largest N categories and fold the rest into "other"', () => {
    const rows = [row('a', 1, 2), row('b', 10, 10), row(null, 0, 1), row('c', null, 5), row('d', 4, 4)];
    const result = topRows(rows, 2, 'Other');
    expect(result.map((r) => r.key)).toEqual(['b', 'd', 'other']);
    expect(result[2]).toEqual({ key: 'other', label: 'Other', values: { compliments: 1, complaints: 8 } });
  });

  it('fold nothing when one more row would fit anyway', () => {
    expect(topRows([row('a', 1, 1), row('b', 2, 2), row('c', 3, 3)], 2, 'Other').map((r) => r.key)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });
});

describe('lead-time rows', () => {
  it('take the name in the interface language by id, keep the report’s own where there is none, and leave "not set" unnamed', () => {
    const rows = [
      { key: 'a', label: 'Lead time', cases: 3 },
      { key: 'b', label: 'Quality', cases: 2 },
      { key: null, label: 'Not set', cases: 1 },
    ];
    expect(nameRowsById(rows, new Map([['a', 'Doorlooptijd']]))).toEqual([
      { key: 'a', label: 'Doorlooptijd', cases: 3 },
      { key: 'b', label: 'Quality', cases: 2 },
      { key: null, label: null, cases: 1 },
    ]);
  });
});

describe('measures on the dashboard', () => {
  const typeA = '3f1e2d3c-1111-4222-8333-44445555aaaa';
  const typeB = '3f1e2d3c-1111-4222-8333-44445555bbbb';
  const estimate = { enoughData: true, rateRatio: 0.6, lower95: 0.4, upper95: 0.9 };
  const measure = (
    id: string,
    status: string,
    implementedOn: string | null,
    type: string,
    effect: MeasureForEffect['effect'] = estimate,
    service: string | null = null,
  ): MeasureForEffect => ({
    id,
    title: id,
    status,
    implementedOn,
    targetComplaintType: { id: type },
    targetService: service ? { id: service } : null,
    effect,
  });
  const none = { complaintTypeIds: [], serviceIds: [] };

  it('show implemented and evaluated ones, estimates first, newest first, at most max', () => {
    const measures = [
      measure('old', 'EVALUATED', '2025-01-10', typeA),
      measure('proposed', 'PROPOSED', null, typeA),
      measure('new', 'IMPLEMENTED', '2026-06-01', typeA),
      measure('too-new', 'IMPLEMENTED', '2026-11-20', typeA, { enoughData: false }),
      measure('cancelled', 'CANCELLED', '2026-01-01', typeA),
      measure('mid', 'IMPLEMENTED', '2025-09-01', typeB),
    ];
    expect(measuresForEffect(measures, none, 10).map((m) => m.id)).toEqual(['new', 'mid', 'old', 'too-new']);
    expect(measuresForEffect(measures, none, 2).map((m) => m.id)).toEqual(['new', 'mid']);
  });

  it('follow the complaint type and service filter', () => {
    const service = '3f1e2d3c-1111-4222-8333-44445555cccc';
    const measures = [
      measure('a', 'IMPLEMENTED', '2026-01-01', typeA),
      measure('b', 'IMPLEMENTED', '2026-01-01', typeB, estimate, service),
      measure('b-other', 'IMPLEMENTED', '2026-01-01', typeB, estimate, typeA),
    ];
    expect(measuresForEffect(measures, { complaintTypeIds: [typeB], serviceIds: [] }, 10).map((m) => m.id)).toEqual([
      'b',
      'b-other',
    ]);
    // A measure for every service of its type stays in when a service is chosen.
    expect(measuresForEffect(measures, { complaintTypeIds: [], serviceIds: [service] }, 10).map((m) => m.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('have an estimate only with a ratio and both bounds', () => {
    expect(estimateOf(measure('x', 'IMPLEMENTED', '2026-01-01', typeA))).toEqual({
      ratio: 0.6,
      lower: 0.4,
      upper: 0.9,
    });
    expect(
      estimateOf(
        measure('x', 'IMPLEMENTED', '2026-01-01', typeA, {
          enoughData: true,
          rateRatio: 0.6,
          lower95: 0.4,
          upper95: null,
        }),
      ),
    ).toBeNull();
    expect(
      estimateOf(
        measure('x', 'IMPLEMENTED', '2026-01-01', typeA, {
          enoughData: false,
          rateRatio: 0.6,
          lower95: 0.4,
          upper95: 0.9,
        }),
      ),
    ).toBeNull();
  });
});

describe('widget states', () => {
  const query = (over: { loading?: boolean; error?: { message: string } } = {}) => ({
    loading: false,
    refetch: async () => undefined,
    ...over,
  });

  it('load until the first answer, then show figures, nothing, or the error', () => {
    expect(widgetState(query({ loading: true }), false, false)).toEqual({ status: 'loading' });
    // A refetch keeps the figures on screen.
    expect(widgetState(query({ loading: true }), true, false)).toEqual({ status: 'ready' });
    expect(widgetState(query(), true, true)).toEqual({ status: 'empty' });
    expect(widgetState(query({ error: { message: 'boom' } }), true, false)).toMatchObject({
      status: 'error',
      error: { message: 'boom' },
    });
  });
});

describe('drill-down links', () => {
  const service = '3f1e2d3c-1111-4222-8333-44445555cccc';
  const type = '3f1e2d3c-1111-4222-8333-44445555aaaa';
  const unit = '3f1e2d3c-1111-4222-8333-44445555dddd';
  const filter = {
    ...defaultFilter('2026-11-24'),
    kind: 'COMPLAINT' as const,
    serviceIds: [service],
    complaintTypeIds: [type],
    organisationUnitIds: [unit],
  };
  const linkFilter = (href: string) => parseCaseListFilter(new URLSearchParams(href.split('?')[1]));

  it('carry every dashboard filter the case list understands, and /cases reads them all back', () => {
    expect(linkFilter(dashboardCasesHref(filter, { overdue: true, statuses: ['IN_PROGRESS', 'ASSIGNED'] }))).toEqual({
      receivedFrom: '2025-12-01',
      receivedTo: '2026-11-24',
      kind: 'COMPLAINT',
      serviceId: service,
      complaintTypeId: type,
      organisationUnitId: unit,
      overdue: true,
      statuses: ['IN_PROGRESS', 'ASSIGNED'],
    });
  });

  it('let the figure narrow or override the dashboard filter', () => {
    expect(linkFilter(dashboardCasesHref(filter, { kind: 'COMPLIMENT', serviceId: type }))).toMatchObject({
      kind: 'COMPLIMENT',
      serviceId: type,
    });
  });

  it('leave out a classification the case list cannot take (several ids): wider, never wrong', () => {
    const several = { ...filter, serviceIds: [service, type] };
    expect(linkFilter(dashboardCasesHref(several)).serviceId).toBeUndefined();
  });
});
