import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makeComplaintType, makePerson, makeService, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { ComplaintType } from '../catalog/complaint-type.entity.js';
import type { Service } from '../catalog/service.entity.js';
import { DeadlineExtension } from '../cases/deadline-extension.entity.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { PreventiveMeasure } from '../measures/preventive-measure.entity.js';
import { Person } from '../people/person.entity.js';

// The annual report of 2025 over a hand-built year; every figure below is counted by hand from the
// list in beforeAll. Amsterdam is UTC+1 in winter, UTC+2 in summer: 23:30Z on 31 December is already
// 1 January there (the next year), 21:30Z or 22:30Z on 30 September is 23:30 or 00:30 (the next day).
// The factory's deadlines: acknowledgement receipt + 1 day, resolution receipt + 7 days; acknowledged at receipt.

const db = setupTestDatabase();
let orm: MikroORM;
let management: Viewer;
let measured: ComplaintType; // T1
let other: ComplaintType; // T2
let s1: Service;
let s2: Service;
const NOW = new Date('2026-01-01T10:00:00Z');
const app = setupTestApp(db, NOW);

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  management = viewerOf(await makePerson(em, ['MANAGEMENT']));
  measured = await makeComplaintType(em);
  other = await makeComplaintType(em);
  s1 = await makeService(em);
  s2 = await makeService(em);
  const complaint = (
    receivedAt: string,
    complaintType: ComplaintType,
    service: Service,
    rest: Omit<Parameters<typeof makeCase>[1], 'receivedAt'> = {},
  ) => makeCase(em, { receivedAt, complaintType, service, ...rest });

  // 2024: one complaint on 1 January (in the year before, not in the 365 days before: 2024 is a leap year),
  // one at 22:30Z on 31 December (still 2024 in Amsterdam: in both).
  await complaint('2024-01-01T10:00:00Z', other, s1, { status: 'CLOSED', outcome: 'UNJUSTIFIED' });
  await complaint('2024-12-31T22:30:00Z', other, s1, { status: 'CLOSED', outcome: 'UNJUSTIFIED' });

  // Complaints received in 2025 (Amsterdam): 15.
  await complaint('2024-12-31T23:30:00Z', other, s1); // c1: 1 Jan 2025 in Amsterdam; open, due 7 Jan 2025
  await complaint('2025-01-15T10:00:00Z', other, s1, { status: 'CLOSED', outcome: 'UNJUSTIFIED' }); // c2
  await complaint('2025-03-05T10:00:00Z', measured, s1, {
    status: 'RESOLVED',
    outcome: 'JUSTIFIED',
    resolvedAt: '2025-03-07T10:00:00Z',
    resolutionWorkingDays: 2,
  }); // c3
  // c4: extended from 12 to 17 March, the submitter told on the 11th (in time); resolved on the 14th (late by the original deadline).
  const c4 = await complaint('2025-03-05T10:00:00Z', measured, s1, {
    status: 'CLOSED',
    outcome: 'PARTLY_JUSTIFIED',
    resolvedAt: '2025-03-14T10:00:00Z',
    resolutionWorkingDays: 7,
    resolutionDueAt: '2025-03-17T10:00:00Z',
  });
  c4.originalResolutionDueAt = new Date('2025-03-12T10:00:00Z');
  em.persist(
    new DeadlineExtension({
      case: em.getReference(FeedbackCase, c4.id, { wrapped: true }),
      previousDueAt: new Date('2025-03-12T10:00:00Z'),
      newDueAt: new Date('2025-03-17T10:00:00Z'),
      reason: 'Waiting for a supplier',
      submitterInformedAt: new Date('2025-03-11T09:00:00Z'),
      createdBy: null,
      createdAt: new Date('2025-03-11T09:00:00Z'),
    }),
  );
  await em.flush();
  await complaint('2025-05-20T10:00:00Z', other, s2, { status: 'WITHDRAWN', outcome: 'WITHDRAWN' }); // c5
  await complaint('2025-06-02T10:00:00Z', other, s2, { status: 'CLOSED', outcome: 'NOT_HANDLED' }); // c6
  // c7: acknowledged on the 12th, a day after its acknowledgement deadline (11 July 10:00Z).
  await complaint('2025-07-10T10:00:00Z', measured, s1, {
    status: 'RESOLVED',
    outcome: 'JUSTIFIED',
    resolvedAt: '2025-07-14T10:00:00Z',
    resolutionWorkingDays: 2,
    acknowledgedAt: '2025-07-12T10:00:00Z',
  });
  await complaint('2025-07-20T10:00:00Z', measured, s1, {
    status: 'RESOLVED',
    outcome: 'JUSTIFIED',
    resolvedAt: '2025-07-25T10:00:00Z',
    resolutionWorkingDays: 5,
  }); // c8
  await complaint('2025-08-10T10:00:00Z', measured, s1, {
    status: 'RESOLVED',
    outcome: 'JUSTIFIED',
    resolvedAt: '2025-08-13T10:00:00Z',
    resolutionWorkingDays: 3,
  }); // c9
  await complaint('2025-08-20T10:00:00Z', measured, s1, {
    status: 'RESOLVED',
    outcome: 'JUSTIFIED',
    resolvedAt: '2025-08-22T10:00:00Z',
    resolutionWorkingDays: 2,
  }); // c10
  await complaint('2025-09-10T10:00:00Z', measured, s1, { status: 'CLOSED', outcome: 'UNJUSTIFIED' }); // c11
  // c12: 30 September 23:30 in Amsterdam (September; before the measure), resolved 3 October.
  await complaint('2025-09-30T21:30:00Z', measured, s1, {
    status: 'RESOLVED',
    outcome: 'JUSTIFIED',
    resolvedAt: '2025-10-03T10:00:00Z',
    resolutionWorkingDays: 3,
  });
  // c13: 1 October 00:30 in Amsterdam (October; after the measure); in progress, due 7 October: past its deadline.
  await complaint('2025-09-30T22:30:00Z', measured, s1, { status: 'IN_PROGRESS', outcome: 'JUSTIFIED' });
  await complaint('2025-11-10T10:00:00Z', measured, s1, {
    status: 'RESOLVED',
    outcome: 'JUSTIFIED',
    resolvedAt: '2025-11-12T10:00:00Z',
    resolutionWorkingDays: 2,
  }); // c14
  await complaint('2025-12-31T21:30:00Z', other, s2); // c16: 31 Dec 22:30 in Amsterdam (2025); open, due 7 Jan 2026: not late yet
  // c15: 1 January 2026 00:30 in Amsterdam: not in 2025, nor in the measure's after-window (which ends 31 December).
  await complaint('2025-12-31T23:30:00Z', measured, s1);
  // Another of 2026's (two at the year's end against one at its start: a year cut at UTC midnight cannot balance out).
  await complaint('2025-12-31T23:30:00Z', other, s2);

  // Suggestions in 2025: 4 (adopted, declined, open, withdrawn).
  await makeCase(em, { kind: 'SUGGESTION', receivedAt: '2025-02-10T10:00:00Z', status: 'ADOPTED', outcome: 'ADOPTED' });
  await makeCase(em, {
    kind: 'SUGGESTION',
    receivedAt: '2025-04-10T10:00:00Z',
    status: 'DECLINED',
    outcome: 'DECLINED',
  });
  await makeCase(em, { kind: 'SUGGESTION', receivedAt: '2025-06-10T10:00:00Z', status: 'UNDER_CONSIDERATION' });
  await makeCase(em, {
    kind: 'SUGGESTION',
    receivedAt: '2025-08-10T10:00:00Z',
    status: 'WITHDRAWN',
    outcome: 'WITHDRAWN',
  });

  // Compliments: 3 in 2025 (one at 23:30Z on 31 Dec 2024, i.e. 1 January 2025); the two at 23:30Z on 31 Dec 2025 are 2026's.
  await makeCase(em, { kind: 'COMPLIMENT', receivedAt: '2024-12-31T23:30:00Z', service: s1 });
  await makeCase(em, {
    kind: 'COMPLIMENT',
    receivedAt: '2025-04-01T10:00:00Z',
    service: s1,
    status: 'PASSED_ON',
    outcome: 'PASSED_ON',
  });
  await makeCase(em, { kind: 'COMPLIMENT', receivedAt: '2025-10-15T10:00:00Z', service: s2 });
  await makeCase(em, { kind: 'COMPLIMENT', receivedAt: '2025-12-31T23:30:00Z', service: s2 });
  await makeCase(em, { kind: 'COMPLIMENT', receivedAt: '2025-12-31T23:30:00Z', service: s1 });

  // Measures: listed when proposed (in Amsterdam) or implemented in 2025.
  const owner = await makePerson(em, ['HANDLER']);
  const measure = (title: string, type: ComplaintType, proposedAt: string, implementedOn: string | null) => {
    const m = new PreventiveMeasure({
      title,
      description: 'A measure with a known effect.',
      targetComplaintType: em.getReference(ComplaintType, type.id, { wrapped: true }),
      owner: em.getReference(Person, owner.id, { wrapped: true }),
      proposedAt: new Date(proposedAt),
    });
    if (implementedOn) {
      m.implementedOn = implementedOn;
      m.status = 'IMPLEMENTED';
    }
    return m;
  };
  await em.persistAndFlush([
    measure('Implemented in October', measured, '2025-08-15T10:00:00Z', '2025-10-01'),
    measure('Proposed on New Year’s Day 2025', other, '2024-12-31T23:30:00Z', null), // 1 Jan 2025 in Amsterdam: listed
    measure('Proposed on New Year’s Day 2026', other, '2025-12-31T23:30:00Z', null), // 1 Jan 2026 in Amsterdam: not listed
    measure('Proposed in 2024', other, '2024-11-01T10:00:00Z', null), // neither proposed nor implemented in 2025
  ]);
});

describe('annualReport (hand-built 2025)', () => {
  const QUERY = `{ annualReport(year: 2025) {
    year complaints suggestions compliments
    volumes { buckets received resolved total previousPeriodTotal previousYearTotal }
    outcomes { complaints { outcome count } complaintsUndecided suggestionsAdopted suggestionsDeclined suggestionsOpen }
    timeliness {
      total { cases acknowledgedInTime resolvedWithinOriginalDeadline resolvedWithinAgreedDeadline extensions extensionsInformedInTime
              medianWorkingDays p90WorkingDays openPastDeadline openPastThreeTimesLeadTime }
      rows { key cases } }
    recurrence { baselinePeriods types { complaintTypeId flagged } }
    complimentsByService { total byService { key compliments complaints } }
    measures { title complaintType status implementedOn effect } } }`;
  type Report = {
    year: number;
    complaints: number;
    suggestions: number;
    compliments: number;
    volumes: {
      buckets: string[];
      received: number[];
      resolved: number[];
      total: number;
      previousPeriodTotal: number;
      previousYearTotal: number;
    };
    outcomes: {
      complaints: Array<{ outcome: string; count: number }>;
      complaintsUndecided: number;
      suggestionsAdopted: number;
      suggestionsDeclined: number;
      suggestionsOpen: number;
    };
    timeliness: { total: Record<string, number | null>; rows: Array<{ key: string; cases: number | null }> };
    recurrence: { baselinePeriods: number; types: Array<{ complaintTypeId: string; flagged: boolean }> };
    complimentsByService: {
      total: number[];
      byService: Array<{ key: string; compliments: number | null; complaints: number | null }>;
    };
    measures: Array<{
      title: string;
      complaintType: string;
      status: string;
      implementedOn: string | null;
      effect: string | null;
    }>;
  };
  let report: Report;

  beforeAll(async () => {
    const result = await app.execute<{ annualReport: Report }>(QUERY, {}, management);
    expect(result.errors).toBeUndefined();
    report = result.data!.annualReport;
  });

  it('counts each kind by its Amsterdam day of receipt: 31 December 23:30Z belongs to the next year', () => {
    // Complaints c1–c14 and c16 (c1 from 23:30Z on 31 Dec 2024; the two at 23:30Z on 31 Dec 2025 are 2026's).
    expect([report.year, report.complaints, report.suggestions, report.compliments]).toEqual([2025, 15, 4, 3]);
  });

  it('gives the volumes per month of all kinds, the resolutions per month, and the earlier totals', () => {
    expect(report.volumes.buckets).toEqual(
      Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}-01`),
    );
    // Jan c1 c2 + compliment; Feb suggestion; Mar c3 c4; Apr suggestion + compliment; May c5; Jun c6 + suggestion;
    // Jul c7 c8; Aug c9 c10 + suggestion; Sep c11 c12; Oct c13 + compliment; Nov c14; Dec c16.
    expect(report.volumes.received).toEqual([3, 1, 2, 2, 1, 2, 2, 3, 2, 2, 1, 1]);
    expect(report.volumes.total).toBe(22); // 15 + 4 + 3
    // Resolved on: 7 and 14 Mar, 14 and 25 Jul, 13 and 22 Aug, 3 Oct, 12 Nov.
    expect(report.volumes.resolved).toEqual([0, 0, 2, 0, 0, 0, 2, 2, 0, 1, 1, 0]);
    // The 365 days before are 2 Jan – 31 Dec 2024 (2024 has 366 days): only the one at 22:30Z on 31 Dec; the calendar year 2024 has both.
    expect([report.volumes.previousPeriodTotal, report.volumes.previousYearTotal]).toEqual([1, 2]);
  });

  it('counts outcomes of complaints and suggestions', () => {
    expect(report.outcomes).toEqual({
      // Justified: c3 c7 c8 c9 c10 c12 c13 c14; partly: c4; unjustified: c2 c11; withdrawn: c5; not handled: c6.
      complaints: [
        { outcome: 'JUSTIFIED', count: 8 },
        { outcome: 'PARTLY_JUSTIFIED', count: 1 },
        { outcome: 'UNJUSTIFIED', count: 2 },
        { outcome: 'WITHDRAWN', count: 1 },
        { outcome: 'NOT_HANDLED', count: 1 },
      ],
      complaintsUndecided: 2, // c1, c16
      suggestionsAdopted: 1,
      suggestionsDeclined: 1,
      suggestionsOpen: 1, // the withdrawn one has an outcome (WITHDRAWN) and is not open
    });
  });

  it('gives the timeliness of the year’s complaints', () => {
    expect(report.timeliness.total).toEqual({
      cases: 15,
      acknowledgedInTime: 14 / 15, // all but c7
      resolvedWithinOriginalDeadline: 7 / 8, // resolved: c3 c4 c7 c8 c9 c10 c12 c14; c4 late by its original deadline
      resolvedWithinAgreedDeadline: 1, // c4 within its extended one
      extensions: 1,
      extensionsInformedInTime: 1,
      // Working days 2, 2, 2, 2, 3, 3, 5, 7: numpy.quantile(v, 0.5) = 2.5, numpy.quantile(v, 0.9) = 5.6 (type 7).
      medianWorkingDays: 2.5,
      p90WorkingDays: expect.closeTo(5.6, 10),
      openPastDeadline: 2, // c1 (due 7 Jan 2025), c13 (due 7 Oct 2025); c16 is due 7 Jan 2026
      openPastThreeTimesLeadTime: 2, // received more than 21 days before 1 Jan 2026: c1, c13
    });
    expect(report.timeliness.rows).toEqual([
      { key: measured.id, cases: 10 }, // c3 c4 c7–c14
      { key: other.id, cases: 5 }, // c1 c2 c5 c6 c16
    ]);
  });

  it('tests recurrence against the years before only where there is a history: here one year, too few to flag', () => {
    // First case 1 Jan 2024, the period starts 1 Jan 2025: one whole 365-day window before it.
    expect(report.recurrence.baselinePeriods).toBe(1);
    expect(report.recurrence.types.filter((t) => t.flagged)).toEqual([]);
  });

  it('sets compliments against complaints per service, hiding small counts', () => {
    // Compliments per month: 1 Jan (23:30Z on 31 Dec 2024), 1 Apr, 15 Oct.
    expect(report.complimentsByService.total).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0]);
    // S1: 2 compliments (hidden, < 5) and 12 complaints (c1–c4, c7–c14); S2: 1 and 3 (c5 c6 c16), both hidden.
    expect(report.complimentsByService.byService).toEqual([
      { key: s1.id, compliments: null, complaints: 12 },
      { key: s2.id, compliments: null, complaints: null },
    ]);
  });

  it('lists the measures proposed (in Amsterdam) or implemented in the year, with the measured effect', () => {
    // Effect of the October measure on T1, windows of 92 days: before 1 Jul – 30 Sep (c7–c12: 6), after
    // 1 Oct – 31 Dec (c13, c14: 2; c15 is 1 January). Ratio 2/6; z = scipy.stats.norm.ppf(0.975);
    // (1/3)·exp(∓z·sqrt(1/6 + 1/2)) = 0.06727839085192226 … 1.6515126135472435.
    expect(report.measures).toEqual([
      {
        title: 'Proposed on New Year’s Day 2025',
        complaintType: 'Lead time',
        status: 'PROPOSED',
        implementedOn: null,
        effect: null,
      },
      {
        title: 'Implemented in October',
        complaintType: 'Lead time',
        status: 'IMPLEMENTED',
        implementedOn: '2025-10-01',
        effect:
          'In the 92 days after implementation the rate of these complaints was 0.33× the rate in the 92 days before (95% interval 0.07–1.65). ' +
          'The difference may be chance; this shows what changed after the measure, not that the measure caused it.',
      },
    ]);
  });
});
