import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { fileCase, stepOk } from '../../../test/case-steps.js';
import { makePerson, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';

const db = setupTestDatabase();
// The tests look from Wed 11 March; the cases are filed earlier (below).
const app = setupTestApp(db, new Date('2026-03-11T09:00:00Z'));
let orm: MikroORM;
let manager: Viewer;
let otherManager: Viewer;
let handler: Viewer;
let handlerId: string;
let submitter: Viewer;
let otherSubmitter: Viewer;
const ids: Record<string, string> = {};

const LIST = `query($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String) {
  cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount hasNextPage endCursor nodes { id registrationNumber } }
}`;
type ListData = {
  cases: { totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: Array<{ id: string }> };
};
const QUEUE = `{ myQueue { totalCount nodes { id resolutionDueAt } } }`;

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  const rm = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  const otherRm = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  const unit = await makeUnit(em, rm);
  const h = await makePerson(em, ['HANDLER']);
  handlerId = h.id;
  manager = viewerOf(rm);
  otherManager = viewerOf(otherRm);
  handler = viewerOf(h);
  submitter = viewerOf(await makePerson(em, ['SUBMITTER'], { unit }));
  otherSubmitter = viewerOf(await makePerson(em, ['SUBMITTER']));

  // Received Mon 2 March: due Mon 9 March.
  app.setNow(new Date('2026-03-02T09:00:00Z'));
  ids['early'] = (
    await fileCase(app, submitter, 'COMPLAINT', { description: 'The printer on the fifth floor jams.' })
  ).id;
  app.setNow(new Date('2026-03-05T09:00:00Z'));
  const assigned = await fileCase(app, submitter, 'COMPLAINT', { description: 'Nobody answers the phone line.' });
  ids['assigned'] = assigned.id;
  let c = await stepOk(app, manager, 'takeTriage', { caseId: assigned.id, version: assigned.version });
  c = await stepOk(app, manager, 'decideComplaint', {
    caseId: c.id,
    version: c.version,
    outcome: 'JUSTIFIED',
    reason: 'Yes.',
  });
  await stepOk(app, manager, 'assignHandler', { caseId: c.id, version: c.version, handlerId });
  ids['compliment'] = (
    await fileCase(app, otherSubmitter, 'COMPLIMENT', { description: 'Great printer fix, thanks!' })
  ).id;
  app.resetNow();
});

const list = (viewer: Viewer, variables: Record<string, unknown> = {}) =>
  app.execute<ListData>(LIST, variables, viewer);
const idsOf = (result: { data?: ListData | null }) => result.data!.cases.nodes.map((n) => n.id).sort();

describe('cases', () => {
  it('shows each role only what it may read', async () => {
    expect(idsOf(await list(submitter))).toEqual([ids['early'], ids['assigned']].sort());
    expect(idsOf(await list(otherSubmitter))).toEqual([ids['compliment']]);
    expect(idsOf(await list(handler))).toEqual([ids['assigned']]);
    expect((await list(manager)).data!.cases.totalCount).toBe(3);
  });

  it('filters by kind, overdue and free text', async () => {
    expect(idsOf(await list(manager, { filter: { kind: 'COMPLIMENT' } }))).toEqual([ids['compliment']]);
    // On Wed 11 March the early complaint (due Mon 9 March) is overdue.
    expect(idsOf(await list(manager, { filter: { overdue: true } }))).toEqual([ids['early']]);
    expect(idsOf(await list(manager, { filter: { text: 'printer' } }))).toEqual(
      [ids['early'], ids['compliment']].sort(),
    );
  });

  it('refuses free text search to management (descriptions hold personal details)', async () => {
    const management = viewerOf(await makePerson(orm.em.fork(), ['MANAGEMENT']));
    expect((await list(management, { filter: { text: 'printer' } })).errors?.[0]?.extensions?.['code']).toBe(
      'FORBIDDEN',
    );
  });

  it('pages with a cursor', async () => {
    const first = await list(manager, { first: 2, orderBy: 'DUE_AT_ASC' });
    expect(first.data!.cases).toMatchObject({ hasNextPage: true, totalCount: 3 });
    const second = await list(manager, { first: 2, orderBy: 'DUE_AT_ASC', after: first.data!.cases.endCursor });
    expect(second.data!.cases.hasNextPage).toBe(false);
    const all = [...first.data!.cases.nodes, ...second.data!.cases.nodes].map((n) => n.id);
    expect(new Set(all).size).toBe(3);
    expect((await list(manager, { after: 'garbage' })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('myQueue', () => {
  it('gives the relationship manager their open cases, overdue first', async () => {
    const queue = await app.execute<{ myQueue: { nodes: Array<{ id: string }> } }>(QUEUE, {}, manager);
    // The compliment's submitter has no unit: it went to the least-loaded relationship manager (the other one).
    expect(queue.data!.myQueue.nodes.map((n) => n.id)).toEqual([ids['early'], ids['assigned']]);
  });

  it('gives a handler only the cases assigned to them, and other relationship managers none of these', async () => {
    const queue = await app.execute<{ myQueue: { nodes: Array<{ id: string }> } }>(QUEUE, {}, handler);
    expect(queue.data!.myQueue.nodes.map((n) => n.id)).toEqual([ids['assigned']]);
    const other = await app.execute<{ myQueue: { nodes: Array<{ id: string }> } }>(QUEUE, {}, otherManager);
    expect(other.data!.myQueue.nodes.map((n) => n.id)).toEqual([ids['compliment']]);
  });

  it('is refused to submitters', async () => {
    expect((await app.execute(QUEUE, {}, submitter)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
