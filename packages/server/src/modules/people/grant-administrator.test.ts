import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson } from '../../../test/factories.js';
import { Person } from './person.entity.js';
import { grantAdministrator } from './grant-administrator.js';

const db = setupTestDatabase();

describe('granting the administrator role from the command line', () => {
  it('adds ADMINISTRATOR to a person found by e-mail (any case), keeping their roles', async () => {
    const person = await makePerson(db.orm.em.fork(), ['HANDLER']);
    const result = await grantAdministrator({ em: db.orm.em.fork(), subjectOrEmail: person.email.toUpperCase() });
    expect(result.granted).toBe(true);
    const stored = await db.orm.em.fork().findOneOrFail(Person, person.id);
    expect(stored.roles).toEqual(['HANDLER', 'ADMINISTRATOR']);
  });

  it('finds a person by the subject of their tokens, and says when they already were one', async () => {
    const em = db.orm.em.fork();
    const person = await makePerson(em, ['SUBMITTER']);
    person.externalSubject = 'sub-0001';
    await em.flush();
    expect((await grantAdministrator({ em: db.orm.em.fork(), subjectOrEmail: 'sub-0001' })).granted).toBe(true);
    expect((await grantAdministrator({ em: db.orm.em.fork(), subjectOrEmail: 'sub-0001' })).granted).toBe(false);
  });

  it('refuses an unknown person and creates nobody', async () => {
    const before = await db.orm.em.fork().count(Person, {});
    await expect(
      grantAdministrator({ em: db.orm.em.fork(), subjectOrEmail: 'nobody@example.org' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(grantAdministrator({ em: db.orm.em.fork(), subjectOrEmail: '_%@%' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await db.orm.em.fork().count(Person, {})).toBe(before);
  });
});
