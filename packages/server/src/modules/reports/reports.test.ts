import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makeComplaintType, makePerson, makeService, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { apiKeyViewer, type Viewer } from '../auth/viewer.js';
import type { ComplaintType } from '../catalog/complaint-type.entity.js';
import type { Service } from '../catalog/service.entity.js';
import { DeadlineExtension } from '../cases/deadline-extension.entity.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-04-15T10:00:00Z'));
let orm: MikroORM;
let management: Viewer;
let typeA: ComplaintType;
let typeB: ComplaintType;
let service: Service;

const at = (date: string) => `${date}T10:00:00Z`;

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  management = viewerOf(await makePerson(em, ['MANAGEMENT']));
  typeA = await makeComplaintType(em);
  typeB = await makeComplaintType(em);
  service = await makeService(em);
  const make = (
    date: string,
    type: ComplaintType | null,
    kind: 'COMPLAINT' | 'SUGGESTION' | 'COMPLIMENT' = 'COMPLAINT',
  ) => makeCase(em, { receivedAt: at(date), complaintType: type, service, kind });
  // A year earlier: 2. The previous quarter: 4. This quarter (Jan–Mar 2026): 3 in January, none in February, 7 in March.
  for (const date of ['2025-01-10', '2025-02-10']) await make(date, typeA);
  for (const date of ['2025-10-05', '2025-11-05', '2025-12-05', '2025-12-06']) await make(date, typeA);
  for (const date of ['2026-01-05', '2026-01-06', '2026-01-07']) await make(date, typeA);
  for (const date of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09'])
    await make(date, typeA);
  await make('2026-03-10', typeB);
});

const FILTER = { from: '2026-01-01', to: '2026-03-31', bucket: 'MONTH', kind: 'COMPLAINT' };

describe('volumeTrend', () => {
  const QUERY = `query($filter: ReportFilter!) { volumeTrend(filter: $filter) {
    buckets received total previousPeriodTotal previousYearTotal changeVsPreviousPeriod changeVsPreviousYear suppressedCells csv
    byComplaintType { key counts total } byService { key counts total } } }`;
  type Data = {
    volumeTrend: {
      buckets: string[];
      received: number[];
      total: number;
      previousPeriodTotal: number;
      previousYearTotal: number;
      changeVsPreviousPeriod: number;
      changeVsPreviousYear: number;
      suppressedCells: number;
      csv: string;
      byComplaintType: Array<{ key: string; counts: Array<number | null>; total: number }>;
      byService: Array<{ key: string; counts: Array<number | null>; total: number }>;
    };
  };

  it('counts per month with empty months as zeros, changes against earlier periods, and suppresses small cells', async () => {
    const result = await app.execute<Data>(QUERY, { filter: FILTER }, management);
    expect(result.errors).toBeUndefined();
    const trend = result.data!.volumeTrend;
    expect(trend.buckets).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(trend.received).toEqual([3, 0, 7]);
    expect([trend.total, trend.previousPeriodTotal, trend.previousYearTotal]).toEqual([10, 4, 2]);
    expect(trend.changeVsPreviousPeriod).toBeCloseTo(1.5);
    expect(trend.changeVsPreviousYear).toBeCloseTo(4);
    // k = 5: a cell of 1 to 4 cases is hidden (null): January's 3 and typeB's single March case; zeros and
    // larger cells stay. Row totals are deliberately not asserted: next to one hidden cell they give it away.
    const cells = (series: Array<{ key: string; counts: Array<number | null> }>) =>
      series.map(({ key, counts }) => ({ key, counts }));
    expect(cells(trend.byComplaintType)).toEqual([
      { key: typeA.id, counts: [null, 0, 6] },
      { key: typeB.id, counts: [0, 0, null] },
    ]);
    expect(cells(trend.byService)).toEqual([{ key: service.id, counts: [null, 0, 7] }]);
    expect(trend.suppressedCells).toBe(3);
    expect(trend.csv.split('\r\n')[0]).toBe('dimension,name,2026-01-01,2026-02-01,2026-03-01,total');
  });

  it('counts a period that starts and ends mid-month, per month and per ISO week, from the day rows at its edges', async () => {
    // 6 January to 4 March 2026: 6 and 7 January, then 2, 3 and 4 March (5 January and 5 March fall outside).
    const midMonth = { ...FILTER, from: '2026-01-06', to: '2026-03-04' };
    const monthly = (await app.execute<Data>(QUERY, { filter: midMonth }, management)).data!.volumeTrend;
    expect([monthly.buckets, monthly.received, monthly.total]).toEqual([
      ['2026-01-01', '2026-02-01', '2026-03-01'],
      [2, 0, 3],
      5,
    ]);
    const weekly = (await app.execute<Data>(QUERY, { filter: { ...midMonth, bucket: 'WEEK' } }, management)).data!
      .volumeTrend;
    expect(weekly.buckets).toHaveLength(9);
    expect([weekly.buckets[0], weekly.buckets[8]]).toEqual(['2026-01-05', '2026-03-02']);
    expect(weekly.received).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 3]);
  });

  it('counts each case once whether it is read from a day, a week or a month row', async () => {
    const em = orm.em.fork();
    const own = await makeService(em);
    // Mon 4 May (a whole week), Wed 13 May (a whole week), Sun 31 May (a day: its week runs into June), Mon 1 June 2026.
    for (const date of ['2026-05-04', '2026-05-13', '2026-05-31', '2026-06-01'])
      await makeCase(em, { receivedAt: at(date), service: own });
    const filter = { from: '2026-05-02', to: '2026-06-01', bucket: 'MONTH', serviceIds: [own.id] };
    const monthly = (await app.execute<Data>(QUERY, { filter }, management)).data!.volumeTrend;
    expect([monthly.buckets, monthly.received, monthly.total]).toEqual([['2026-05-01', '2026-06-01'], [3, 1], 4]);
    const weekly = (await app.execute<Data>(QUERY, { filter: { ...filter, bucket: 'WEEK' } }, management)).data!
      .volumeTrend;
    expect(weekly.buckets).toEqual([
      '2026-04-27',
      '2026-05-04',
      '2026-05-11',
      '2026-05-18',
      '2026-05-25',
      '2026-06-01',
    ]);
    expect(weekly.received).toEqual([0, 1, 1, 0, 1, 1]);
  });

  it('counts the open backlog by whole days since receipt, leaving out closed and resolved cases', async () => {
    const em = orm.em.fork();
    const own = await makeService(em);
    // Today is Wednesday 15 April 2026 in the test clock.
    for (const date of ['2026-04-14', '2026-04-08', '2026-04-07', '2026-01-15', '2026-01-14'])
      await makeCase(em, { receivedAt: at(date), service: own });
    await makeCase(em, { receivedAt: at('2026-04-10'), service: own, status: 'CLOSED' });
    await makeCase(em, { receivedAt: at('2026-04-09'), service: own, resolvedAt: at('2026-04-10') });
    const filter = { from: '2026-01-01', to: '2026-04-15', bucket: 'MONTH', serviceIds: [own.id] };
    const result = await app.execute<{ volumeTrend: { backlog: Array<{ label: string; count: number }> } }>(
      `query($filter: ReportFilter!) { volumeTrend(filter: $filter) { backlog { label count } } }`,
      { filter },
      management,
    );
    expect(result.data!.volumeTrend.backlog).toEqual([
      { label: '0-7', count: 2 }, // 1 and 7 days old
      { label: '8-30', count: 1 },
      { label: '31-90', count: 1 }, // 90 days old
      { label: '90+', count: 1 },
    ]);
    // A period that ends before the youngest band counts only what it received.
    const older = await app.execute<{ volumeTrend: { backlog: Array<{ label: string; count: number }> } }>(
      `query($filter: ReportFilter!) { volumeTrend(filter: $filter) { backlog { label count } } }`,
      { filter: { ...filter, to: '2026-03-31' } },
      management,
    );
    expect(older.data!.volumeTrend.backlog.map((b) => b.count)).toEqual([0, 0, 1, 1]);
  });

  it('is refused to submitters and to API keys without reports:read, and never mentions names', async () => {
    const submitter = viewerOf(await makePerson(orm.em.fork(), ['SUBMITTER']));
    expect((await app.execute(QUERY, { filter: FILTER }, submitter)).errors?.[0]?.extensions?.['code']).toBe(
      'FORBIDDEN',
    );
    const reader = apiKeyViewer({ id: 'r', name: 'r', scopes: ['cases:read'] });
    expect((await app.execute(QUERY, { filter: FILTER }, reader)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const bi = apiKeyViewer({ id: 'b', name: 'bi', scopes: ['reports:read'] });
    const ok = await app.execute(QUERY, { filter: FILTER }, bi);
    expect(ok.errors).toBeUndefined();
    expect(JSON.stringify(ok)).not.toContain('Test Submitter');
  });

  it('refuses a period that ends before it starts', async () => {
    const result = await app.execute(QUERY, { filter: { ...FILTER, from: '2026-04-01' } }, management);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('leadTimePerformance', () => {
  it('computes shares, extensions informed late, median and p90 working days, and open past deadline', async () => {
    const em = orm.em.fork();
    const type = await makeComplaintType(em);
    const rm = await makePerson(em, ['RELATIONSHIP_MANAGER'], { displayName: 'Rita Relatie' });
    const base = {
      complaintType: type,
      relationshipManager: rm,
      resolutionDueAt: '2025-06-10T21:59:59.999Z',
      acknowledgementDueAt: '2025-06-03T21:59:59.999Z',
    };
    await makeCase(em, {
      ...base,
      receivedAt: '2025-06-02T08:00:00Z',
      resolvedAt: '2025-06-04T10:00:00Z',
      resolutionWorkingDays: 2,
    });
    await makeCase(em, {
      ...base,
      receivedAt: '2025-06-02T08:00:00Z',
      resolvedAt: '2025-06-06T10:00:00Z',
      resolutionWorkingDays: 4,
    });
    await makeCase(em, {
      ...base,
      receivedAt: '2025-06-02T08:00:00Z',
      resolvedAt: '2025-06-10T10:00:00Z',
      resolutionWorkingDays: 6,
      acknowledgedAt: '2025-06-05T10:00:00Z',
    });
    // Resolved after the original deadline but within the agreed one; the submitter was told late.
    const late = await makeCase(em, {
      ...base,
      receivedAt: '2025-06-02T08:00:00Z',
      resolvedAt: '2025-06-12T10:00:00Z',
      resolutionWorkingDays: 8,
      resolutionDueAt: '2025-06-13T21:59:59.999Z',
    });
    late.originalResolutionDueAt = new Date('2025-06-10T21:59:59.999Z');
    em.persist(
      new DeadlineExtension({
        case: em.getReference(FeedbackCase, late.id, { wrapped: true }),
        previousDueAt: new Date('2025-06-10T21:59:59.999Z'),
        newDueAt: new Date('2025-06-13T21:59:59.999Z'),
        reason: 'Parts',
        submitterInformedAt: new Date('2025-06-11T09:00:00Z'),
        createdBy: null,
        createdAt: new Date('2025-06-11T09:00:00Z'),
      }),
    );
    await em.flush();
    // Open and past its deadline (now is 15 April 2026).
    await makeCase(em, { ...base, receivedAt: '2025-06-03T08:00:00Z' });

    const result = await app.execute<{
      leadTimePerformance: { total: Record<string, number | null>; rows: Array<Record<string, unknown>> };
    }>(
      `query($filter: ReportFilter!) { leadTimePerformance(filter: $filter, groupBy: RELATIONSHIP_MANAGER) {
        total { cases acknowledgedInTime resolvedWithinOriginalDeadline resolvedWithinAgreedDeadline extensions extensionsInformedInTime medianWorkingDays p90WorkingDays openPastDeadline openPastThreeTimesLeadTime }
        rows { key label cases } } }`,
      { filter: { from: '2025-06-01', to: '2025-06-30', complaintTypeIds: [type.id] } },
      management,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.leadTimePerformance.total).toEqual({
      cases: 5,
      acknowledgedInTime: 0.8,
      resolvedWithinOriginalDeadline: 0.75,
      resolvedWithinAgreedDeadline: 1,
      extensions: 1,
      extensionsInformedInTime: 0,
      medianWorkingDays: 5,
      p90WorkingDays: expect.closeTo(7.4, 5),
      openPastDeadline: 1,
      openPastThreeTimesLeadTime: 1,
    });
    expect(result.data!.leadTimePerformance.rows).toEqual([{ key: rm.id, label: 'Rita Relatie', cases: 5 }]);
  });

  it('filtered on an organisation unit (not in the rollup key) sums the same facts per case', async () => {
    const em = orm.em.fork();
    const type = await makeComplaintType(em);
    const unit = await makeUnit(em);
    const resolved = (receivedAt: string, days: number, withUnit: boolean) =>
      makeCase(em, {
        complaintType: type,
        unit: withUnit ? unit : null,
        receivedAt,
        resolvedAt: '2024-06-20T10:00:00Z',
        resolutionWorkingDays: days,
      });
    await resolved('2024-06-03T08:00:00Z', 3, true);
    await resolved('2024-06-04T08:00:00Z', 5, true);
    await resolved('2024-06-05T08:00:00Z', 9, false);
    const total = async (organisationUnitIds?: string[]) =>
      (
        await app.execute<{
          leadTimePerformance: { total: { cases: number; medianWorkingDays: number; p90WorkingDays: number } };
        }>(
          `query($filter: ReportFilter!) { leadTimePerformance(filter: $filter, groupBy: COMPLAINT_TYPE) { total { cases medianWorkingDays p90WorkingDays } } }`,
          { filter: { from: '2024-06-01', to: '2024-06-30', complaintTypeIds: [type.id], organisationUnitIds } },
          management,
        )
      ).data!.leadTimePerformance.total;
    expect(await total()).toEqual({ cases: 3, medianWorkingDays: 5, p90WorkingDays: expect.closeTo(8.2, 5) });
    expect(await total([unit.id])).toEqual({ cases: 2, medianWorkingDays: 4, p90WorkingDays: expect.closeTo(4.8, 5) });
  });
});

describe('outcomes and compliments', () => {
  it('counts outcomes per kind', async () => {
    const em = orm.em.fork();
    const svc = await makeService(em);
    const day = '2024-05-06';
    for (const outcome of ['JUSTIFIED', 'JUSTIFIED', 'UNJUSTIFIED'] as const)
      await makeCase(em, { receivedAt: at(day), service: svc, outcome, status: 'CLOSED' });
    await makeCase(em, { receivedAt: at(day), service: svc });
    await makeCase(em, {
      receivedAt: at(day),
      service: svc,
      kind: 'SUGGESTION',
      outcome: 'ADOPTED',
      status: 'ADOPTED',
    });
    const result = await app.execute<{
      outcomes: {
        complaints: Array<{ outcome: string; count: number }>;
        complaintsUndecided: number;
        suggestionsAdopted: number;
      };
    }>(
      `query($f: ReportFilter!) { outcomes(filter: $f) { complaints { outcome count } complaintsUndecided suggestionsAdopted } }`,
      { f: { from: day, to: day, serviceIds: [svc.id] } },
      management,
    );
    expect(result.data!.outcomes.complaints).toContainEqual({ outcome: 'JUSTIFIED', count: 2 });
    expect(result.data!.outcomes.complaints).toContainEqual({ outcome: 'UNJUSTIFIED', count: 1 });
    expect(result.data!.outcomes.complaintsUndecided).toBe(1);
    expect(result.data!.outcomes.suggestionsAdopted).toBe(1);
  });

  it('sets compliments against complaints per service', async () => {
    const em = orm.em.fork();
    const svc = await makeService(em);
    const unit = await makeUnit(em);
    for (let i = 0; i < 10; i++)
      await makeCase(em, { receivedAt: at('2024-08-05'), service: svc, unit, kind: 'COMPLIMENT' });
    for (let i = 0; i < 5; i++) await makeCase(em, { receivedAt: at('2024-08-06'), service: svc, unit });
    const result = await app.execute<{
      compliments: {
        total: number[];
        byService: Array<{ key: string; compliments: number; complaints: number; complimentsPerComplaint: number }>;
      };
    }>(
      `query($f: ReportFilter!) { compliments(filter: $f) { total byService { key compliments complaints complimentsPerComplaint } } }`,
      { f: { from: '2024-08-01', to: '2024-08-31', serviceIds: [svc.id] } },
      management,
    );
    expect(result.data!.compliments.total).toEqual([10]);
    expect(result.data!.compliments.byService).toEqual([
      { key: svc.id, compliments: 10, complaints: 5, complimentsPerComplaint: 2 },
    ]);
  });
});
