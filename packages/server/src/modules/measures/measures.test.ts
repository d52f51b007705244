import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makeComplaintType, makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { MeasureEvent } from './measure-event.entity.js';
import { PreventiveMeasure } from './preventive-measure.entity.js';

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-05-04T10:00:00Z'));
let orm: MikroORM;
let handler: Viewer;
let otherHandler: Viewer;
let management: Viewer;
let typeId: string;
let caseId: string;

const PROPOSE = `mutation($input: ProposeMeasureInput!) { proposeMeasure(input: $input) { measure { id version status owner { id } linkedCases { id } viewerCan { implement evaluate } } } }`;
const IMPLEMENT = `mutation($input: ImplementMeasureInput!) { implementMeasure(input: $input) { measure { id version status implementedOn } } }`;
const EVALUATE = `mutation($input: EvaluateMeasureInput!) { evaluateMeasure(input: $input) { measure { id version status } } }`;
type Measure = {
  id: string;
  version: number;
  status: string;
  owner: { id: string };
  linkedCases: Array<{ id: string }>;
  viewerCan: { implement: boolean; evaluate: boolean };
};

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  const handlerPerson = await makePerson(em, ['HANDLER']);
  handler = viewerOf(handlerPerson);
  otherHandler = viewerOf(await makePerson(em, ['HANDLER']));
  management = viewerOf(await makePerson(em, ['MANAGEMENT']));
  const type = await makeComplaintType(em);
  typeId = type.id;
  // A handler links complaints they may read: this one is assigned to them.
  caseId = (await makeCase(em, { receivedAt: '2026-04-20T10:00:00Z', complaintType: type, handler: handlerPerson })).id;
});

const propose = (viewer: Viewer) =>
  app.execute<{ proposeMeasure: { measure: Measure } }>(
    PROPOSE,
    {
      input: {
        title: 'Callback service',
        description: 'Offer a callback after five minutes.',
        targetComplaintTypeId: typeId,
        caseIds: [caseId],
      },
    },
    viewer,
  );

describe('preventive measure register', () => {
  it('a handler proposes a measure and owns it; management may not propose', async () => {
    expect((await propose(management)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const result = await propose(handler);
    expect(result.errors).toBeUndefined();
    const measure = result.data!.proposeMeasure.measure;
    expect(measure).toMatchObject({
      status: 'PROPOSED',
      owner: { id: handler.personId },
      viewerCan: { implement: true, evaluate: false },
    });
    expect(measure.linkedCases).toEqual([{ id: caseId }]);
    // Linked cases are shown only to those who may read them (the other handler is not assigned to it).
    const seen = await app.execute<{ measure: { linkedCases: Array<{ id: string }> } }>(
      `query($id: ID!) { measure(id: $id) { linkedCases { id } } }`,
      { id: measure.id },
      otherHandler,
    );
    expect(seen.data!.measure.linkedCases).toEqual([]);
    const stored = await orm.em.fork().findOneOrFail(PreventiveMeasure, measure.id, { populate: ['linkedCases'] });
    expect(stored.linkedCases.getItems().map((c) => c.id)).toEqual([caseId]);
  });

  it('only the owner moves it on; illegal moves and stale versions are refused with nothing written', async () => {
    const measure = (await propose(handler)).data!.proposeMeasure.measure;
    const events = () => orm.em.fork().count(MeasureEvent, { measure: measure.id });
    const before = await events();
    const input = { measureId: measure.id, version: measure.version, implementedOn: '2026-05-01' };
    expect((await app.execute(IMPLEMENT, { input }, otherHandler)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(
      (
        await app.execute(
          EVALUATE,
          { input: { measureId: measure.id, version: measure.version, evaluationNote: 'Too early' } },
          handler,
        )
      ).errors?.[0]?.extensions?.['code'],
    ).toBe('ILLEGAL_TRANSITION');
    expect(await events()).toBe(before);

    const implemented = await app.execute<{
      implementMeasure: { measure: { version: number; status: string; implementedOn: string } };
    }>(IMPLEMENT, { input }, handler);
    expect(implemented.data!.implementMeasure.measure).toMatchObject({
      status: 'IMPLEMENTED',
      implementedOn: '2026-05-01',
    });
    expect((await app.execute(IMPLEMENT, { input }, handler)).errors?.[0]?.extensions?.['code']).toBe('CONFLICT');

    const evaluated = await app.execute<{ evaluateMeasure: { measure: { status: string } } }>(
      EVALUATE,
      {
        input: {
          measureId: measure.id,
          version: implemented.data!.implementMeasure.measure.version,
          evaluationNote: 'Fewer complaints.',
        },
      },
      handler,
    );
    expect(evaluated.data!.evaluateMeasure.measure.status).toBe('EVALUATED');
    const history = await orm.em.fork().find(MeasureEvent, { measure: measure.id }, { orderBy: { id: 'asc' } });
    expect(history.map((e) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ['PROPOSE', null, 'PROPOSED'],
      ['IMPLEMENT', 'PROPOSED', 'IMPLEMENTED'],
      ['EVALUATE', 'IMPLEMENTED', 'EVALUATED'],
    ]);
    expect((await orm.em.fork().findOneOrFail(PreventiveMeasure, measure.id)).evaluatedOn).toBe('2026-05-04');
  });

  it('management reads the register; submitters do not', async () => {
    const listed = await app.execute<{ measures: Array<{ id: string }> }>(`{ measures { id title } }`, {}, management);
    expect(listed.data!.measures.length).toBeGreaterThan(0);
    const submitter = viewerOf(await makePerson(orm.em.fork(), ['SUBMITTER']));
    expect((await app.execute(`{ measures { id } }`, {}, submitter)).errors?.[0]?.extensions?.['code']).toBe(
      'FORBIDDEN',
    );
  });
});
