import { exportSPKI, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { startTestServer, type TestServer } from '../../../test/http-app.js';
import { grantAdministrator } from './grant-administrator.js';
import { Person } from './person.entity.js';

// An empty production database: no demo people, nobody holds any role yet.
const ISSUER = 'https://login.example.org';
const db = setupTestDatabase();
let orm: MikroORM;
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let server: TestServer;

beforeAll(async () => {
  orm = db.orm;
  const keys = await generateKeyPair('RS256');
  privateKey = keys.privateKey;
  server = await startTestServer(db, {
    devTokens: false,
    env: {
      NODE_ENV: 'production',
      JWT_ISSUER: ISSUER,
      JWT_PUBLIC_KEY: await exportSPKI(keys.publicKey),
      INITIAL_ADMINISTRATORS: 'f3c1a2b4-first-admin, Security.Officer@Example.org',
      // These tests send their own documents as people; trusted documents are tested on their own.
      TRUSTED_DOCUMENTS: 'allowed',
    },
  });
});

afterAll(async () => {
  await server?.stop();
});

const token = (subject: string, claims: JWTPayload = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer(ISSUER)
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);

async function rolesOf(bearer: string): Promise<string[] | undefined> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query: '{ viewer { roles } }' }),
  });
  return ((await response.json()) as { data?: { viewer: { roles: string[] } } }).data?.viewer.roles;
}

describe('the first administrator', () => {
  it('comes from INITIAL_ADMINISTRATORS: a configured subject signs in as administrator, others as submitters', async () => {
    expect(await orm.em.fork().count(Person, {})).toBe(0);
    expect(await rolesOf(await token('f3c1a2b4-first-admin'))).toEqual(['SUBMITTER', 'ADMINISTRATOR']);
    expect(await rolesOf(await token('someone-else'))).toEqual(['SUBMITTER']);
    const stored = await orm.em.fork().findOneOrFail(Person, { externalSubject: 'f3c1a2b4-first-admin' });
    expect(stored.roles).toContain('ADMINISTRATOR');

    // Granted at every sign-in: an administrator who lost the role in the register gets it back
    // (to take it away for good, remove the entry from the list).
    // Through the ORM, as the people screen does, so this instance's viewer cache hears of it.
    const em = orm.em.fork();
    (await em.findOneOrFail(Person, stored.id)).roles = ['SUBMITTER'];
    await em.flush();
    expect(await rolesOf(await token('f3c1a2b4-first-admin'))).toEqual(['SUBMITTER', 'ADMINISTRATOR']);
  });

  it('matches a configured e-mail address in any case, but not when the provider says it is unverified', async () => {
    expect(
      await rolesOf(
        await token('officer-unverified', { email: 'security.officer@example.org', email_verified: false }),
      ),
    ).toEqual(['SUBMITTER']);
    expect(
      await rolesOf(await token('officer', { email: 'SECURITY.OFFICER@example.org', email_verified: true })),
    ).toEqual(['SUBMITTER', 'ADMINISTRATOR']);
  });
});

describe('grantAdministrator (for the CLI)', () => {
  it('makes someone who signed in before an administrator, once', async () => {
    await rolesOf(await token('cli-subject'));
    const first = await grantAdministrator({ em: orm.em.fork(), subjectOrEmail: ' cli-subject ' });
    expect(first).toMatchObject({ created: false, granted: true });
    expect(await rolesOf(await token('cli-subject'))).toEqual(['SUBMITTER', 'ADMINISTRATOR']);
    expect(await grantAdministrator({ em: orm.em.fork(), subjectOrEmail: 'cli-subject' })).toEqual({
      personId: first.personId,
      created: false,
      granted: false,
    });
  });

  it('registers an e-mail address nobody has yet; the first sign-in with it takes the entry over', async () => {
    const granted = await grantAdministrator({ em: orm.em.fork(), subjectOrEmail: 'New.Admin@Example.org' });
    expect(granted).toMatchObject({ created: true, granted: true });
    expect(await rolesOf(await token('new-admin-subject', { email: 'new.admin@example.org' }))).toEqual([
      'ADMINISTRATOR',
    ]);
    const person = await orm.em.fork().findOneOrFail(Person, { externalSubject: 'new-admin-subject' });
    expect(person.id).toBe(granted.personId);
  });

  it('registers a subject nobody has yet', async () => {
    const granted = await grantAdministrator({ em: orm.em.fork(), subjectOrEmail: 'future-subject' });
    expect(granted).toMatchObject({ created: true });
    expect(await rolesOf(await token('future-subject'))).toEqual(['ADMINISTRATOR']);
  });

  it('refuses an empty subject with a coded input error', async () => {
    await expect(grantAdministrator({ em: orm.em.fork(), subjectOrEmail: '  ' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});
