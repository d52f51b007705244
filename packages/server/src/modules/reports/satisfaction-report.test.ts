import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makeComplaintType, makePerson, makeService, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import type { ComplaintType } from '../catalog/complaint-type.entity.js';
import type { Service } from '../catalog/service.entity.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { SatisfactionRequest } from '../satisfaction/satisfaction-request.entity.js';
import { OrganisationSettings } from '../settings/organisation-settings.entity.js';

/**
 * The satisfaction report on known answers, with cells of fewer than 3 suppressed:
 * service 1 / type A: January 6 asked, 5 answered (5, 5, 5, 4, 3); February 2 asked, 1 answered (1);
 * service 2 / type B: March 2 asked, 2 answered (2, 2); December 2025: 1 asked, outside the period.
 */

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-04-15T10:00:00Z'));
let management: Viewer;
let submitter: Viewer;
let service1: Service;
let service2: Service;
let typeA: ComplaintType;
let typeB: ComplaintType;

beforeAll(async () => {
  const em = db.orm.em.fork();
  management = viewerOf(await makePerson(em, ['MANAGEMENT']));
  submitter = viewerOf(await makePerson(em, ['SUBMITTER']));
  [service1, service2] = [await makeService(em), await makeService(em)];
  [typeA, typeB] = [await makeComplaintType(em), await makeComplaintType(em)];
  const settings = new OrganisationSettings();
  settings.minimumReportCellSize = 3;
  em.persist(settings);
  const ask = async (askedAt: string, service: Service, type: ComplaintType, score: number | null): Promise<void> => {
    const c = await makeCase(em, { receivedAt: askedAt, service, complaintType: type, status: 'CLOSED' });
    const request = new SatisfactionRequest({
      case: em.getReference(FeedbackCase, c.id, { wrapped: true }),
      tokenHash: `hash-${c.id}`,
      askedAt: new Date(askedAt),
      expiresAt: new Date(new Date(askedAt).getTime() + 30 * 86_400_000),
    });
    if (score !== null) Object.assign(request, { score, answeredAt: new Date(askedAt) });
    em.persist(request);
  };
  for (const score of [5, 5, 5, 4, 3, null]) await ask('2026-01-15T10:00:00Z', service1, typeA, score);
  for (const score of [1, null]) await ask('2026-02-10T10:00:00Z', service1, typeA, score);
  for (const score of [2, 2]) await ask('2026-03-10T10:00:00Z', service2, typeB, score);
  await ask('2025-12-10T10:00:00Z', service1, typeA, 5);
  await em.flush();
});

const QUERY = `query($filter: ReportFilter!) { satisfactionReport(filter: $filter) {
  buckets askedByBucket answeredByBucket averageByBucket asked answered responseRate averageScore scoreCounts suppressedCells csv
  byService { key asked answered responseRate averageScore averageByBucket }
  byComplaintType { key asked answered responseRate averageScore averageByBucket } } }`;
const FILTER = { from: '2026-01-01', to: '2026-03-31', bucket: 'MONTH' };

describe('satisfactionReport', () => {
  it('is refused to submitters and to anonymous callers', async () => {
    const asSubmitter = await app.execute(QUERY, { filter: FILTER }, submitter);
    expect(asSubmitter.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await app.execute(QUERY, { filter: FILTER })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('counts the questions and answers of the period, with the response rate, suppressing small cells', async () => {
    const result = await app.execute<{ satisfactionReport: Record<string, unknown> }>(
      QUERY,
      { filter: FILTER },
      management,
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.satisfactionReport;
    expect(report).toMatchObject({
      buckets: ['2026-01-01', '2026-02-01', '2026-03-01'],
      askedByBucket: [6, 2, 2],
      answeredByBucket: [5, 1, 2],
      // February's one answer and March's two would tell a person's score: hidden.
      averageByBucket: [4.4, null, null],
      asked: 10,
      answered: 8,
      responseRate: 0.8,
      averageScore: 27 / 8,
      scoreCounts: [null, null, null, null, 3],
    });
    const expectedRows = (first: string, second: string) => [
      {
        key: first,
        asked: 8,
        answered: 6,
        responseRate: 0.75,
        averageScore: 23 / 6,
        averageByBucket: [4.4, null, null],
      },
      // Two asked, two answered: every figure of the group is hidden.
      {
        key: second,
        asked: null,
        answered: null,
        responseRate: null,
        averageScore: null,
        averageByBucket: [null, null, null],
      },
    ];
    expect(report['byService']).toEqual(expectedRows(service1.id, service2.id));
    expect(report['byComplaintType']).toEqual(expectedRows(typeA.id, typeB.id));
    // 4 score counts; per service and per type: Feb's average, asked, answered, March's average (×2); totals' Feb and March.
    expect(report['suppressedCells']).toBe(4 + 2 * 4 + 2);
    expect(report['csv']).toContain('service,Workplace,8,6,0.75,');
  });

  it('narrows by service and bucket by quarter', async () => {
    const result = await app.execute<{ satisfactionReport: Record<string, unknown> }>(
      QUERY,
      { filter: { ...FILTER, bucket: 'QUARTER', serviceIds: [service1.id] } },
      management,
    );
    expect(result.data?.satisfactionReport).toMatchObject({
      buckets: ['2026-01-01'],
      askedByBucket: [8],
      answeredByBucket: [6],
      asked: 8,
      answered: 6,
      responseRate: 0.75,
    });
  });

  it('hides even the total mean when fewer than k answered', async () => {
    const result = await app.execute<{ satisfactionReport: Record<string, unknown> }>(
      QUERY,
      { filter: { ...FILTER, serviceIds: [service2.id] } },
      management,
    );
    expect(result.data?.satisfactionReport).toMatchObject({ asked: 2, answered: 2, averageScore: null });
  });

  it('is a section of the annual report', async () => {
    const result = await app.execute<{ annualReport: { satisfaction: { asked: number; answered: number } } }>(
      `query { annualReport(year: 2026) { year satisfaction { asked answered responseRate buckets } } }`,
      {},
      management,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.annualReport.satisfaction).toMatchObject({ asked: 10, answered: 8, responseRate: 0.8 });
  });

  it('is empty, not an error, on a database without questions', async () => {
    const result = await app.execute<{ satisfactionReport: Record<string, unknown> }>(
      QUERY,
      { filter: { from: '2024-01-01', to: '2024-02-29', bucket: 'MONTH' } },
      management,
    );
    expect(result.data?.satisfactionReport).toMatchObject({
      asked: 0,
      answered: 0,
      responseRate: null,
      averageScore: null,
      askedByBucket: [0, 0],
      byService: [],
    });
  });
});
