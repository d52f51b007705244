import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makeComplaintType, makePerson, makeService, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { caseRollupFor } from './report-sql.js';

/**
 * Unfiltered, the reports read the compact rollups (keyed only by what they group by); filtered on
 * every service or every unit — the same cases — they read `case_rollup`, `lead_time_rollup` or the
 * facts per case. Both must give the same answer, to the last cell.
 */
const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-04-20T10:00:00Z'));
let management: Viewer;
let serviceIds: string[];
let unitIds: string[];

const OUTCOMES = ['JUSTIFIED', 'UNJUSTIFIED', 'PARTLY_JUSTIFIED', null] as const;

beforeAll(async () => {
  const em = db.orm.em.fork();
  management = viewerOf(await makePerson(em, ['MANAGEMENT']));
  const services = [await makeService(em), await makeService(em)];
  const types = [await makeComplaintType(em), await makeComplaintType(em, 8)];
  const units = [await makeUnit(em), await makeUnit(em)];
  const managers = [await makePerson(em, ['RELATIONSHIP_MANAGER']), await makePerson(em, ['RELATIONSHIP_MANAGER'])];
  serviceIds = services.map((s) => s.id);
  unitIds = units.map((u) => u.id);
  // 60 cases over a period that starts and ends mid-month (day, week and month rows), every one
  // with a service and a unit, so a filter on all of them selects every case.
  for (let i = 0; i < 60; i++) {
    const received = new Date(Date.parse('2025-12-03T09:00:00Z') + i * 2.3 * 86_400_000);
    const kind = i % 5 === 0 ? 'COMPLIMENT' : i % 7 === 0 ? 'SUGGESTION' : 'COMPLAINT';
    const open = i % 4 === 0;
    const outcome = kind === 'COMPLAINT' ? OUTCOMES[i % 4]! : kind === 'SUGGESTION' ? 'ADOPTED' : 'PASSED_ON';
    await makeCase(em, {
      kind,
      receivedAt: received.toISOString(),
      service: services[i % 2]!,
      complaintType: kind === 'COMPLAINT' ? types[(i >> 1) % 2]! : null,
      unit: units[(i >> 2) % 2]!,
      relationshipManager: managers[i % 3 === 0 ? 0 : 1]!,
      acknowledgedAt: new Date(received.getTime() + (i % 3) * 20 * 3_600_000).toISOString(),
      ...(open
        ? { status: 'IN_PROGRESS' as const }
        : {
            status: 'CLOSED' as const,
            outcome: outcome === null ? null : outcome,
            resolvedAt: new Date(received.getTime() + (i % 9) * 86_400_000).toISOString(),
            resolutionWorkingDays: i % 9,
          }),
    });
  }
});

const REPORTS = `query($filter: ReportFilter!, $complaints: ReportFilter!) {
  volumeTrend(filter: $filter) {
    buckets received resolved total previousPeriodTotal previousYearTotal suppressedCells csv
    byComplaintType { key counts total } byService { key counts total } backlog { label count } }
  recurringComplaintTypes(filter: $complaints) {
    types { complaintTypeId currentCount baselineRate qValue flagged hasMeasure }
    typeByService { complaintTypeId serviceId currentCount qValue flagged } baselinePeriods csv }
  byType: leadTimePerformance(filter: $complaints, groupBy: COMPLAINT_TYPE) { csv }
  byService: leadTimePerformance(filter: $complaints, groupBy: SERVICE) { csv }
  byManager: leadTimePerformance(filter: $complaints, groupBy: RELATIONSHIP_MANAGER) { csv }
  compliments(filter: $filter) { buckets total csv byService { key counts compliments complaints } byOrganisationUnit { key counts compliments complaints } }
  outcomes(filter: $filter) { csv }
}`;

async function reports(bucket: string, narrow: Record<string, string[]>) {
  const filter = { from: '2026-01-14', to: '2026-04-17', bucket, ...narrow };
  const result = await app.execute<Record<string, unknown>>(
    REPORTS,
    { filter, complaints: { ...filter, kind: 'COMPLAINT' } },
    management,
  );
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('the compact rollups', () => {
  it('are what an unfiltered report reads, and a filter on a classification they leave out is not', () => {
    const period = { from: '2026-01-01', to: '2026-01-31' };
    expect(caseRollupFor(period, [])).toBe('case_kind_rollup');
    expect(caseRollupFor(period, ['organisation_unit_id'])).toBe('case_unit_rollup');
    expect(caseRollupFor(period, ['service_id', 'complaint_type_id'])).toBe('case_class_rollup');
    expect(caseRollupFor({ ...period, organisationUnitIds: ['x'] }, ['service_id'])).toBe('case_rollup');
    expect(caseRollupFor({ ...period, serviceIds: ['x'] }, [])).toBe('case_class_rollup');
  });

  it.each(['MONTH', 'WEEK'])('answer every report as the full rollups do (%s buckets)', async (bucket) => {
    const compact = await reports(bucket, {});
    expect(compact['volumeTrend']).toMatchObject({ total: expect.any(Number) });
    expect((compact['volumeTrend'] as { total: number }).total).toBeGreaterThan(30);
    expect(await reports(bucket, { serviceIds })).toEqual(compact);
    expect(await reports(bucket, { organisationUnitIds: unitIds })).toEqual(compact);
  });
});
