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

  it('lists only the role asked for, active, by name, at most `first`, chosen in the database', async () => {
    const em = orm.em.fork();
    const names = ['Zeno Zorg', 'Bea Behandel', 'Cas Casus'];
    for (const displayName of names) await makePerson(em, ['HANDLER', 'MANAGEMENT'], { displayName });
    const inactive = await makePerson(em, ['HANDLER'], { displayName: 'Abe Afwezig' });
    inactive.active = false;
    await em.flush();
    for (let i = 0; i < 5; i += 1) await makePerson(em, ['SUBMITTER'], { displayName: `Aaron Melder ${i}` });

    const all = await app.execute<{ people: Array<{ displayName: string; roles: string[] }> }>(
      `{ people(role: HANDLER) { displayName roles } }`,
      {},
      manager,
    );
    const listed = all.data!.people.map((p) => p.displayName);
    expect(all.data!.people.every((p) => p.roles.includes('HANDLER'))).toBe(true);
    expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b)));
    expect(listed).toEqual(expect.arrayContaining(names));
    expect(listed).not.toContain('Abe Afwezig');

    const two = await app.execute<{ people: Array<{ displayName: string }> }>(
      `{ people(role: HANDLER, first: 2) { displayName } }`,
      {},
      manager,
    );
    expect(two.data!.people.map((p) => p.displayName)).toEqual(listed.slice(0, 2));

    const tooMany = await app.execute(`{ people(role: HANDLER, first: 501) { id } }`, {}, manager);
    expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
