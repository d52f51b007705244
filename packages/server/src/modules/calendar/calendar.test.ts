import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { fileCase } from '../../../test/case-steps.js';
import { makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { ClosureDay } from './closure-day.entity.js';

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-05-11T08:00:00Z'));
let orm: MikroORM;
let admin: Viewer;
let manager: Viewer;

beforeAll(async () => {
  orm = db.orm;
  admin = viewerOf(await makePerson(orm.em.fork(), ['ADMINISTRATOR']));
  manager = viewerOf(await makePerson(orm.em.fork(), ['RELATIONSHIP_MANAGER']));
});

describe('the working-day calendar', () => {
  it('a closure day moves deadlines computed afterwards', async () => {
    const submitter = viewerOf(await makePerson(orm.em.fork(), ['SUBMITTER']));
    const normal = await fileCase(app, submitter, 'SUGGESTION');
    expect(normal.acknowledgementDueAt.toISOString()).toBe('2026-05-12T21:59:59.999Z');
    const saved = await app.execute(
      `mutation { saveClosureDay(input: { date: "2026-05-12", name: "Office move" }) { date } }`,
      {},
      admin,
    );
    expect(saved.errors).toBeUndefined();
    const later = await fileCase(app, submitter, 'SUGGESTION');
    expect(later.acknowledgementDueAt.toISOString()).toBe('2026-05-13T21:59:59.999Z');
    const days = await app.execute<{ daysOff: Array<{ date: string; kind: string }> }>(
      `{ daysOff(year: 2026) { date kind } }`,
    );
    expect(days.data!.daysOff).toContainEqual({ date: '2026-05-12', kind: 'CLOSURE' });
    expect(days.data!.daysOff).toContainEqual({ date: '2026-04-27', kind: 'HOLIDAY' });
  });

  it('a closure day is removed by administrators only, and once', async () => {
    await app.execute(
      `mutation { saveClosureDay(input: { date: "2026-12-24", name: "Christmas Eve" }) { date } }`,
      {},
      admin,
    );
    const remove = `mutation { removeClosureDay(date: "2026-12-24") }`;
    expect((await app.execute(remove, {}, manager)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await orm.em.fork().count(ClosureDay, { date: '2026-12-24' })).toBe(1);
    expect((await app.execute(remove, {}, admin)).data).toEqual({ removeClosureDay: true });
    expect((await app.execute(remove, {}, admin)).data).toEqual({ removeClosureDay: false });
    expect(await orm.em.fork().count(ClosureDay, { date: '2026-12-24' })).toBe(0);
  });
});
