import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Faker, base } from '@faker-js/faker';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makeComplaintType, makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { ComplaintType } from '../catalog/complaint-type.entity.js';
import { PreventiveMeasure } from '../measures/preventive-measure.entity.js';
import { Person } from '../people/person.entity.js';

let orm: MikroORM;
let management: Viewer;
const types: Record<string, ComplaintType> = {};
const DAY = 86_400_000;
const NOW = new Date('2026-07-01T10:00:00Z');
const db = setupTestDatabase();
const app = setupTestApp(db, NOW);

/** Poisson draws from a fixed seed, so the history is the same every run. */
const faker = new Faker({ locale: [base] });
faker.seed(42);
function poisson(mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = faker.number.float({ min: 0, max: 1 }); p > limit; p *= faker.number.float({ min: 0, max: 1 })) k++;
  return k;
}

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  management = viewerOf(await makePerson(em, ['MANAGEMENT']));
  for (const name of ['stable1', 'stable2', 'stable3', 'stable4', 'spiking', 'measured']) types[name] = await makeComplaintType(em);
  // Seven 30-day windows ending 30 June 2026: about 10 complaints per window for every type;
  // `spiking` triples in the last window; `measured` halves after its measure (implemented 1 April).
  const end = new Date('2026-07-01T00:00:00+02:00').getTime();
  for (let day = 1; day <= 210; day++) {
    const when = new Date(end - day * DAY + 9 * 3_600_000);
    for (const [name, type] of Object.entries(types)) {
      let rate = 10 / 30;
      if (name === 'spiking' && day <= 30) rate *= 3;
      if (name === 'measured') rate = when < new Date('2026-04-01T00:00:00+02:00') ? 12 / 30 : 6 / 30;
      for (let n = poisson(rate); n > 0; n--) await makeCase(em, { receivedAt: when.toISOString(), complaintType: type });
    }
  }
});

describe('recurring complaint types (planted signal)', () => {
  it('flags the spiking type and none of the stable ones, explaining why', async () => {
    const result = await app.execute<{ recurringComplaintTypes: { types: Array<{ complaintTypeId: string; flagged: boolean; currentCount: number; baselineRate: number; pValue: number; qValue: number; model: string }>; recurringWithoutMeasure: Array<{ complaintTypeId: string }> } }>(
      `query($f: ReportFilter!) { recurringComplaintTypes(filter: $f) { types { complaintTypeId flagged currentCount baselineRate pValue qValue model } recurringWithoutMeasure { complaintTypeId } } }`,
      { f: { from: '2026-06-01', to: '2026-06-30', kind: 'COMPLAINT' } },
      management,
    );
    expect(result.errors).toBeUndefined();
    const byId = new Map(result.data!.recurringComplaintTypes.types.map((t) => [t.complaintTypeId, t]));
    const spiking = byId.get(types['spiking']!.id)!;
    expect(spiking.flagged).toBe(true);
    expect(spiking.qValue).toBeLessThan(0.05);
    expect(spiking.currentCount).toBeGreaterThan(2 * spiking.baselineRate);
    for (const name of ['stable1', 'stable2', 'stable3', 'stable4', 'measured']) expect({ name, flagged: byId.get(types[name]!.id)!.flagged }).toEqual({ name, flagged: false });
    expect(result.data!.recurringComplaintTypes.recurringWithoutMeasure.map((t) => t.complaintTypeId)).toEqual([types['spiking']!.id]);
  });
});

describe('effect of a preventive measure', () => {
  const EFFECT = `query($id: ID!) { measure(id: $id) { effect { enoughData reason windowDays countBefore countAfter rateRatio lower95 upper95 interpretation } } }`;
  type Effect = { measure: { effect: { enoughData: boolean; reason: string | null; windowDays: number; countBefore: number; countAfter: number; rateRatio: number; lower95: number; upper95: number; interpretation: string } } };

  async function measureFor(type: ComplaintType, implementedOn: string | null) {
    const em = orm.em.fork();
    const owner = await makePerson(em, ['HANDLER']);
    const measure = new PreventiveMeasure({
      title: 'Planted',
      description: 'A measure with a known effect.',
      targetComplaintType: em.getReference(ComplaintType, type.id, { wrapped: true }),
      owner: em.getReference(Person, owner.id, { wrapped: true }),
      proposedAt: new Date('2026-03-01T10:00:00Z'),
    });
    if (implementedOn) {
      measure.implementedOn = implementedOn;
      measure.status = 'IMPLEMENTED';
    }
    await em.persistAndFlush(measure);
    return measure;
  }

  it('finds the planted halving inside its 95% interval, in correlational words', async () => {
    const measure = await measureFor(types['measured']!, '2026-04-01');
    const result = await app.execute<Effect>(EFFECT, { id: measure.id }, management);
    const effect = result.data!.measure.effect;
    expect(effect).toMatchObject({ enoughData: true, windowDays: 91 });
    expect(effect.lower95).toBeLessThan(0.5);
    expect(effect.upper95).toBeGreaterThan(0.5);
    expect(effect.upper95).toBeLessThan(1);
    expect(effect.interpretation).toMatch(/not that the measure caused it/);
  });

  it('says "not enough data yet" while the after-window is short, and nothing before implementation', async () => {
    const recent = await measureFor(types['stable1']!, '2026-06-20');
    const early = (await app.execute<Effect>(EFFECT, { id: recent.id }, management)).data!.measure.effect;
    expect(early).toMatchObject({ enoughData: false, windowDays: 11, rateRatio: null });
    expect(early.reason).toMatch(/Not enough data yet/);
    const proposed = await measureFor(types['stable2']!, null);
    expect((await app.execute<Effect>(EFFECT, { id: proposed.id }, management)).data!.measure.effect.enoughData).toBe(false);
  });
});
