import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makeComplaintType, makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { ComplaintType } from '../catalog/complaint-type.entity.js';
import { PreventiveMeasure } from '../measures/preventive-measure.entity.js';
import { Person } from '../people/person.entity.js';

// A hand-built history with exact answers. Known answers come from SciPy 1.10.1 (python3-scipy,
// Debian 12, /usr/bin/python3); each comment gives the call. Amsterdam is UTC+1 until 29 March 2026
// and UTC+2 after it, so 22:30Z on 31 May or 31 March is already the next day there, 21:30Z is not.
//
// The report period is June 2026 (30 days). Its windows, in Amsterdam days (window 0 is June):
//   w0 06-01…06-30   w1 05-02…05-31   w2 04-02…05-01   w3 03-03…04-01
//   w4 02-01…03-02   w5 01-02…01-31   w6 2025-12-03…2026-01-01

const db = setupTestDatabase();
let orm: MikroORM;
let management: Viewer;
type TypeName = 'spiking' | 'stable' | 'overdispersed' | 'measured' | 'history';
// Filled in beforeAll, before any test reads them.
const types = {} as Record<TypeName, ComplaintType>;
const measures = {} as Record<'measured' | 'recent' | 'proposed', PreventiveMeasure>;
const NOW = new Date('2026-07-01T10:00:00Z');
const app = setupTestApp(db, NOW);

/** Instants and how many complaints of the type arrive at each. Times are UTC; the comment says where they fall. */
const HISTORY: Record<TypeName, Array<[string, number]>> = {
  // Counts w0…w6 = 12 | 4, 5, 4, 5, 4, 5.
  spiking: [
    ['2026-05-31T22:30:00Z', 1], // 1 June 00:30 in Amsterdam: w0, not w1
    ['2026-06-15T10:00:00Z', 11], // w0
    ['2026-05-01T22:30:00Z', 1], // 2 May 00:30 in Amsterdam: w1, not w2
    ['2026-05-15T10:00:00Z', 3], // w1
    ['2026-04-15T10:00:00Z', 5], // w2
    ['2026-03-15T10:00:00Z', 4], // w3
    ['2026-02-15T10:00:00Z', 5], // w4
    ['2026-01-15T10:00:00Z', 4], // w5
    ['2025-12-15T10:00:00Z', 5], // w6
  ],
  // Counts w0…w6 = 5 | 5, 5, 5, 5, 5, 5.
  stable: [
    ['2026-06-10T10:00:00Z', 5], // w0
    ['2026-06-30T22:30:00Z', 1], // 1 July 00:30 in Amsterdam: after the period, in no window
    ['2026-05-31T21:30:00Z', 1], // 31 May 23:30 in Amsterdam: w1
    ['2026-05-10T10:00:00Z', 4], // w1
    ['2026-04-10T10:00:00Z', 5], // w2
    ['2026-03-10T10:00:00Z', 5], // w3
    ['2026-02-10T10:00:00Z', 5], // w4
    ['2026-01-10T10:00:00Z', 5], // w5
    ['2025-12-10T10:00:00Z', 5], // w6
  ],
  // Counts w0…w6 = 9 | 1, 9, 2, 10, 0, 8.
  overdispersed: [
    ['2026-06-20T10:00:00Z', 9],
    ['2026-05-20T10:00:00Z', 1],
    ['2026-04-20T10:00:00Z', 9],
    ['2026-03-20T10:00:00Z', 2],
    ['2026-02-20T10:00:00Z', 10],
    ['2025-12-20T10:00:00Z', 8],
  ],
  // The measure's type, implemented 1 April 2026. Counts w0…w6 = 3 | 3, 3, 8, 6, 6, 2.
  // Effect windows (91 days each, Amsterdam): before 2025-12-31…2026-03-31, after 2026-04-01…2026-06-30.
  measured: [
    ['2025-12-30T22:30:00Z', 1], // 30 Dec 23:30 in Amsterdam: w6; before the effect's before-window
    ['2025-12-30T23:30:00Z', 1], // 31 Dec 00:30 in Amsterdam: w6; first day of the before-window
    ['2026-01-20T10:00:00Z', 6], // w5; before
    ['2026-02-20T10:00:00Z', 6], // w4; before
    ['2026-03-20T10:00:00Z', 5], // w3; before
    ['2026-03-31T21:30:00Z', 1], // 31 Mar 23:30 in Amsterdam: w3; before (last day)
    ['2026-03-31T22:30:00Z', 2], // 1 Apr 00:30 in Amsterdam: w3; after (first day)
    ['2026-04-20T10:00:00Z', 3], // w2; after
    ['2026-05-20T10:00:00Z', 3], // w1; after
    ['2026-06-20T10:00:00Z', 2], // w0; after
    ['2026-06-30T21:30:00Z', 1], // 30 June 23:30 in Amsterdam: w0; after (last day)
    ['2026-06-30T22:30:00Z', 1], // 1 July 00:30 in Amsterdam: in no window, after the after-window
  ],
  // The first complaint on record, long before every window: so all six baseline windows are data.
  history: [['2025-06-02T10:00:00Z', 1]],
};

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  management = viewerOf(await makePerson(em, ['MANAGEMENT']));
  for (const name of Object.keys(HISTORY) as TypeName[]) {
    types[name] = await makeComplaintType(em);
    for (const [receivedAt, count] of HISTORY[name])
      for (let n = 0; n < count; n++) await makeCase(em, { receivedAt, complaintType: types[name] });
  }
  const owner = await makePerson(em, ['HANDLER']);
  const measure = (type: ComplaintType, implementedOn: string | null) => {
    const m = new PreventiveMeasure({
      title: 'Planted',
      description: 'A measure with a known effect.',
      targetComplaintType: em.getReference(ComplaintType, type.id, { wrapped: true }),
      owner: em.getReference(Person, owner.id, { wrapped: true }),
      proposedAt: new Date('2026-03-01T10:00:00Z'),
    });
    if (implementedOn) {
      m.implementedOn = implementedOn;
      m.status = 'IMPLEMENTED';
    }
    return m;
  };
  measures.measured = measure(types.measured, '2026-04-01');
  measures.recent = measure(types.stable, '2026-06-20');
  measures.proposed = measure(types.overdispersed, null);
  await em.persistAndFlush(Object.values(measures));
});

describe('recurring complaint types (hand-built history)', () => {
  type Row = {
    complaintTypeId: string;
    serviceId: string | null;
    flagged: boolean;
    currentCount: number | null;
    baselineRate: number;
    statistic: number;
    pValue: number;
    qValue: number;
    model: string;
    hasMeasure: boolean;
  };
  const FIELDS = 'complaintTypeId serviceId flagged currentCount baselineRate statistic pValue qValue model hasMeasure';

  // p-values:
  //   spiking        baseline mean 4.5, sample variance 0.3 → Poisson: scipy.stats.poisson.sf(11, 4.5) = 0.0024042835731014948
  //   stable         mean 5, variance 0 → Poisson: scipy.stats.poisson.sf(4, 5) = 0.5595067149347879
  //   overdispersed  mean 5, variance 20 > 5·1.05 → NB with r = 25/15: scipy.stats.nbinom.sf(8, 5/3, (5/3)/(5/3+5)) = 0.17969365742983326
  //   measured       mean 28/6, variance 82/15 → NB with r = (28/6)²/(82/15 − 28/6) = 27.2222…:
  //                  scipy.stats.nbinom.sf(2, 27.222222222222232, r/(r+4.666666666666667)) = 0.822042468581646
  // Statistic: (current − mean)/√variance of the model: 7.5/√4.5, 0, 4/√(5 + 25·3/5) = 4/√20, (3 − 28/6)/√(28/6 + (28/6)²/r).
  // q-values: Benjamini–Hochberg over the report's 8 tests (each type once, and again as type × "no service",
  // since these complaints have no service): sorted p = 0.0024, 0.0024, 0.1797, 0.1797, 0.5595, 0.5595, 0.8220, 0.8220;
  // q = min over higher ranks of p·8/rank: 0.0024·8/2 = 0.009617…, 0.1797·8/4 = 0.359387…, 0.5595·8/6 = 0.746009…, 0.8220.
  const EXPECTED = {
    spiking: {
      currentCount: 12,
      baselineRate: 4.5,
      model: 'poisson',
      pValue: 0.0024042835731014948,
      qValue: 0.009617134292405979,
      statistic: 3.5355339059327378,
      flagged: true,
      hasMeasure: false,
    },
    overdispersed: {
      currentCount: 9,
      baselineRate: 5,
      model: 'negative-binomial',
      pValue: 0.17969365742983326,
      qValue: 0.3593873148596665,
      statistic: 0.8944271909999159,
      flagged: false,
      hasMeasure: false,
    },
    stable: {
      currentCount: 5,
      baselineRate: 5,
      model: 'poisson',
      pValue: 0.5595067149347879,
      qValue: 0.7460089532463838,
      statistic: 0,
      flagged: false,
      hasMeasure: true,
    },
    // 3 complaints is below the smallest cell shown (5): the count is hidden, the test still runs on it.
    measured: {
      currentCount: null,
      baselineRate: 28 / 6,
      model: 'negative-binomial',
      pValue: 0.822042468581646,
      qValue: 0.822042468581646,
      statistic: -0.7128324356402513,
      flagged: false,
      hasMeasure: true,
    },
  } as const;

  it('counts each Amsterdam day in its window and gives the exact baseline, p, q and statistic per type', async () => {
    const result = await app.execute<{
      recurringComplaintTypes: {
        types: Row[];
        typeByService: Row[];
        recurringWithoutMeasure: Array<{ complaintTypeId: string }>;
        baselinePeriods: number;
        suppressedCells: number;
      };
    }>(
      `query($f: ReportFilter!) { recurringComplaintTypes(filter: $f) { types { ${FIELDS} } typeByService { ${FIELDS} } recurringWithoutMeasure { complaintTypeId } baselinePeriods suppressedCells } }`,
      { f: { from: '2026-06-01', to: '2026-06-30', kind: 'COMPLAINT' } },
      management,
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.recurringComplaintTypes;
    expect(report.baselinePeriods).toBe(6);
    // The history type has no complaint in any window and is not tested; the order is flagged first, then by q.
    const order = ['spiking', 'overdispersed', 'stable', 'measured'] as const;
    expect(report.types.map((t) => t.complaintTypeId)).toEqual(order.map((name) => types[name].id));
    expect(report.typeByService.map((t) => [t.complaintTypeId, t.serviceId])).toEqual(
      order.map((name) => [types[name].id, null]),
    );
    for (const rows of [report.types, report.typeByService]) {
      for (const [i, name] of order.entries()) {
        const { pValue, qValue, statistic, baselineRate, ...exact } = EXPECTED[name];
        const row = rows[i]!;
        expect({
          name,
          flagged: row.flagged,
          currentCount: row.currentCount,
          model: row.model,
          hasMeasure: row.hasMeasure,
        }).toEqual({ name, ...exact });
        for (const [field, expected] of Object.entries({ pValue, qValue, statistic, baselineRate })) {
          const actual = row[field as keyof Row] as number;
          expect(Math.abs(actual - expected), `${name} ${field}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
            1e-9 * Math.max(Math.abs(expected), 1e-3),
          );
        }
      }
    }
    expect(report.recurringWithoutMeasure).toEqual([{ complaintTypeId: types.spiking.id }]);
    expect(report.suppressedCells).toBe(2); // the measured type's 3, once per row
  });
});

describe('effect of a preventive measure (hand-built history)', () => {
  const EFFECT = `query($id: ID!) { measure(id: $id) { effect { enoughData reason windowDays beforeFrom afterTo countBefore countAfter rateRatio lower95 upper95 interpretation } } }`;
  type Effect = {
    enoughData: boolean;
    reason: string | null;
    windowDays: number;
    beforeFrom: string | null;
    afterTo: string | null;
    countBefore: number;
    countAfter: number;
    rateRatio: number | null;
    lower95: number | null;
    upper95: number | null;
    interpretation: string;
  };
  const effectOf = async (measure: PreventiveMeasure) => {
    const result = await app.execute<{ measure: { effect: Effect } }>(EFFECT, { id: measure.id }, management);
    expect(result.errors).toBeUndefined();
    return result.data!.measure.effect;
  };

  it('counts the Amsterdam days on each side of implementation and gives the exact rate ratio and interval', async () => {
    const effect = await effectOf(measures.measured);
    // 1 April to 1 July 2026 is 91 days; before: 1 + 6 + 6 + 5 + 1 = 19, after: 2 + 3 + 3 + 2 + 1 = 11.
    expect(effect).toMatchObject({
      enoughData: true,
      reason: null,
      windowDays: 91,
      beforeFrom: '2025-12-31',
      afterTo: '2026-06-30',
      countBefore: 19,
      countAfter: 11,
    });
    // Equal windows: 11/19. z = scipy.stats.norm.ppf(0.975) = 1.959963984540054;
    // (11/19)·exp(∓z·sqrt(1/19 + 1/11)) = 0.27551572138685365 … 1.2165550978887092 (the code's z = 1.959964, hence 1e-6).
    expect(effect.rateRatio).toBeCloseTo(0.5789473684210527, 12);
    expect(Math.abs(effect.lower95! - 0.27551572138685365)).toBeLessThan(1e-6 * 0.2755);
    expect(Math.abs(effect.upper95! - 1.2165550978887092)).toBeLessThan(1e-6 * 1.2166);
    expect(effect.interpretation).toBe(
      'In the 91 days after implementation the rate of these complaints was 0.58× the rate in the 91 days before (95% interval 0.28–1.22). ' +
        'The difference may be chance; this shows what changed after the measure, not that the measure caused it.',
    );
  });

  it('says "not enough data yet" while the after-window is short, still counting both sides, and nothing before implementation', async () => {
    // Implemented 20 June, today 1 July: 11 days. Before 9–19 June: the 5 of 10 June. After 20–30 June: none
    // (the one at 22:30Z on 30 June is 1 July in Amsterdam).
    expect(await effectOf(measures.recent)).toMatchObject({
      enoughData: false,
      windowDays: 11,
      beforeFrom: '2026-06-09',
      afterTo: '2026-06-30',
      countBefore: 5,
      countAfter: 0,
      rateRatio: null,
      reason: 'Not enough data yet: 11 of at least 28 days since implementation.',
    });
    expect(await effectOf(measures.proposed)).toMatchObject({
      enoughData: false,
      windowDays: 0,
      countBefore: 0,
      countAfter: 0,
      rateRatio: null,
      reason: 'The measure has not been implemented yet.',
    });
  });
});
