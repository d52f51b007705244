import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { MeasureAction, MeasureEventType } from '@klankbord/domain';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makeComplaintType, makePerson, makeService, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { ComplaintType } from '../catalog/complaint-type.entity.js';
import { Service } from '../catalog/service.entity.js';
import { Person } from '../people/person.entity.js';
import { MeasureEvent } from './measure-event.entity.js';
import { PreventiveMeasure } from './preventive-measure.entity.js';

// Every SQL statement the test database runs is counted; each count below is reset right before
// the request it measures.
let statements = 0;
const db = setupTestDatabase({ debug: ['query'], logger: () => void statements++ });
let orm: MikroORM;
let management: Viewer;
let owner: Person;
let typeA: ComplaintType;
let typeB: ComplaintType;
let service: Service;

/** "Today" is Monday 15 June 2026 in Amsterdam. */
const NOW = new Date('2026-06-15T10:00:00Z');
const app = setupTestApp(db, NOW);

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  management = viewerOf(await makePerson(em, ['MANAGEMENT']));
  owner = await makePerson(em, ['HANDLER']);
  typeA = await makeComplaintType(em);
  typeB = await makeComplaintType(em);
  service = await makeService(em);
  // Complaints of type A around 16 May (Amsterdam days; CEST is UTC+2).
  for (const [receivedAt, withService] of [
    ['2026-04-15T21:59:00Z', false], // 15 April 23:59: a day before the 30-day before-window
    ['2026-04-16T08:00:00Z', false], // before
    ['2026-05-01T08:00:00Z', true], // before, with the service
    ['2026-05-15T21:00:00Z', false], // 15 May 23:00: before
    ['2026-05-15T22:30:00Z', false], // already 16 May 00:30 in Amsterdam: after
    ['2026-06-01T08:00:00Z', true], // after, with the service
  ] as const) {
    await makeCase(em, { receivedAt, complaintType: typeA, service: withService ? service : null });
  }
  await makeCase(em, { kind: 'SUGGESTION', receivedAt: '2026-05-20T08:00:00Z', complaintType: typeA }); // no complaint: never counted
  // Complaints of type B around 5 June.
  for (const receivedAt of ['2026-05-28T08:00:00Z', '2026-05-29T08:00:00Z', '2026-06-10T08:00:00Z']) {
    await makeCase(em, { receivedAt, complaintType: typeB });
  }
});

const REGISTER = /* GraphQL */ `
  query Register {
    measures(first: 20) {
      id
      title
      status
      implementedOn
      targetComplaintType {
        id
        name
      }
      targetService {
        id
        name
      }
      effect {
        enoughData
        reason
        windowDays
        beforeFrom
        afterTo
        countBefore
        countAfter
        rateRatio
        lower95
        upper95
        interpretation
      }
      history(first: 10) {
        id
        type
        fromStatus
        toStatus
        note
        occurredAt
      }
      messageDeliveries {
        id
        status
      }
    }
  }
`;
const ONE = REGISTER.replace(
  'query Register {\n    measures(first: 20) {',
  'query One($id: ID!) {\n    measure(id: $id) {',
);

type Effect = {
  enoughData: boolean;
  windowDays: number;
  beforeFrom: string | null;
  afterTo: string | null;
  countBefore: number;
  countAfter: number;
  rateRatio: number | null;
};
type MeasureRow = {
  id: string;
  title: string;
  effect: Effect;
  history: Array<{ id: string; type: string; fromStatus: string | null; toStatus: string; note: string | null }>;
  messageDeliveries: Array<{ id: string; status: string }>;
};

/**
 * A measure written directly with a history of `actions` (one event a day from 1 March), so each
 * measure has its own number of events.
 */
async function makeMeasure(
  em: EntityManager,
  title: string,
  props: { type: ComplaintType; service?: Service; actions: MeasureAction[]; implementedOn?: string },
) {
  const measure = new PreventiveMeasure({
    title,
    description: 'A measure made by a test.',
    targetComplaintType: em.getReference(ComplaintType, props.type.id, { wrapped: true }),
    owner: em.getReference(Person, owner.id, { wrapped: true }),
    proposedAt: new Date('2026-03-01T09:00:00Z'),
  });
  measure.targetService = props.service ? em.getReference(Service, props.service.id, { wrapped: true }) : null;
  em.persist(measure);
  const event = (type: MeasureEventType, from: PreventiveMeasure['status'] | null, day: number) =>
    em.persist(
      new MeasureEvent({
        measure: em.getReference(PreventiveMeasure, measure.id, { wrapped: true }),
        actor: em.getReference(Person, owner.id, { wrapped: true }),
        type,
        fromStatus: from,
        toStatus: measure.status,
        note: `${title}: ${type}`,
        occurredAt: new Date(Date.UTC(2026, 2, 1 + day, 9)),
      }),
    );
  event('PROPOSE', null, 0);
  props.actions.forEach((action, index) => {
    const from = measure.status;
    measure.perform(action);
    event(action, from, index + 1);
  });
  measure.implementedOn = props.implementedOn ?? null;
  await em.flush();
  return measure;
}

async function register(): Promise<{ rows: MeasureRow[]; statements: number }> {
  statements = 0;
  const result = await app.execute<{ measures: MeasureRow[] }>(REGISTER, {}, management);
  const counted = statements;
  expect(result.errors).toBeUndefined();
  return { rows: result.data!.measures, statements: counted };
}

describe('the measure register with effects and history', () => {
  it('costs the same few statements for 4 measures as for 16, and batching changes no value', async () => {
    const em = orm.em.fork();
    const m1 = await makeMeasure(em, 'Type A', { type: typeA, actions: ['IMPLEMENT'], implementedOn: '2026-05-16' });
    const m2 = await makeMeasure(em, 'Type A, service', {
      type: typeA,
      service,
      actions: ['IMPLEMENT', 'EVALUATE'],
      implementedOn: '2026-05-16',
    });
    const m3 = await makeMeasure(em, 'Type B, early', {
      type: typeB,
      actions: ['IMPLEMENT'],
      implementedOn: '2026-06-05',
    });
    const m4 = await makeMeasure(em, 'Proposed', { type: typeB, actions: [] });

    const small = await register();
    expect(small.rows).toHaveLength(4);
    const byId = new Map(small.rows.map((row) => [row.id, row]));

    // Known answers: 30-day windows around 16 May (15 April 23:59 falls outside; 15 May 22:30Z is
    // Amsterdam's 16th, so after; the suggestion never counts).
    expect(byId.get(m1.id)!.effect).toMatchObject({
      enoughData: true,
      windowDays: 30,
      beforeFrom: '2026-04-16',
      afterTo: '2026-06-14',
      countBefore: 3,
      countAfter: 2,
    });
    expect(byId.get(m1.id)!.effect.rateRatio).toBeCloseTo(2 / 3, 10);
    expect(byId.get(m2.id)!.effect).toMatchObject({
      enoughData: true,
      windowDays: 30,
      countBefore: 1,
      countAfter: 1,
      rateRatio: 1,
    });
    expect(byId.get(m3.id)!.effect).toMatchObject({
      enoughData: false,
      windowDays: 10,
      beforeFrom: '2026-05-26',
      afterTo: '2026-06-14',
      countBefore: 2,
      countAfter: 1,
      rateRatio: null,
    });
    expect(byId.get(m4.id)!.effect).toMatchObject({
      enoughData: false,
      windowDays: 0,
      beforeFrom: null,
      countBefore: 0,
      countAfter: 0,
    });
    expect(byId.get(m1.id)!.history.map((e) => [e.type, e.fromStatus, e.toStatus, e.note])).toEqual([
      ['PROPOSE', null, 'PROPOSED', 'Type A: PROPOSE'],
      ['IMPLEMENT', 'PROPOSED', 'IMPLEMENTED', 'Type A: IMPLEMENT'],
    ]);
    expect(byId.get(m2.id)!.history.map((e) => e.type)).toEqual(['PROPOSE', 'IMPLEMENT', 'EVALUATE']);
    expect(byId.get(m4.id)!.history.map((e) => e.type)).toEqual(['PROPOSE']);

    // Twelve more measures of every kind: the register now holds 16, the statement count stays.
    for (let i = 0; i < 12; i++) {
      const actions: MeasureAction[][] = [[], ['IMPLEMENT'], ['IMPLEMENT', 'EVALUATE'], ['CANCEL']];
      const chosen = actions[i % actions.length]!;
      await makeMeasure(em, `Filler ${i}`, {
        type: i % 2 ? typeA : typeB,
        ...(i % 3 === 0 ? { service } : {}),
        actions: chosen,
        ...(chosen[0] === 'IMPLEMENT' ? { implementedOn: `2026-0${3 + (i % 3)}-1${i % 10}` } : {}),
      });
    }
    const large = await register();
    expect(large.rows).toHaveLength(16);
    expect(large.statements).toBe(small.statements);
    // The measures, their targets, one effect statement, one history statement, one for the messages.
    expect(large.statements).toBeLessThanOrEqual(6);

    // Each measure read on its own (a batch of one) answers exactly what the register answered,
    // and its history is what a plain per-measure read of the events gives.
    for (const row of large.rows) {
      const one = await app.execute<{ measure: MeasureRow }>(ONE, { id: row.id }, management);
      expect(one.errors).toBeUndefined();
      expect(one.data!.measure).toEqual(row);
      const events = await orm.em
        .fork()
        .find(MeasureEvent, { measure: row.id }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
      expect(row.history.map((e) => e.id)).toEqual(events.map((e) => e.id));
    }
  });
});
