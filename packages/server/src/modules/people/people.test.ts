import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-05-11T08:00:00Z'));
let orm: MikroORM;
let manager: Viewer;

beforeAll(async () => {
  orm = db.orm;
  manager = viewerOf(await makePerson(orm.em.fork(), ['RELATIONSHIP_MANAGER']));
});

describe('the people register', () => {
  it('lists handlers for assignment to relationship managers, but not submitters', async () => {
    const handler = await makePerson(orm.em.fork(), ['HANDLER'], { displayName: 'Aad Afhandelaar' });
    const listed = await app.execute<{ people: Array<{ id: string; displayName: string }> }>(
      `{ people(role: HANDLER) { id displayName } }`,
      {},
      manager,
    );
    expect(listed.data!.people).toContainEqual({ id: handler.id, displayName: 'Aad Afhandelaar' });
    expect(
      (await app.execute(`{ people(role: SUBMITTER) { id } }`, {}, manager)).errors?.[0]?.extensions?.['code'],
    ).toBe('FORBIDDEN');
  });
});
