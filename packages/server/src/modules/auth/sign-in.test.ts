import { exportSPKI, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson, makeUnit } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/http-app.js';
import { Person } from '../people/person.entity.js';

const ISSUER = 'https://idp.example/realms/klankbord';
const db = setupTestDatabase();
let orm: MikroORM;
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let publicKeyPem: string;
const servers: TestServer[] = [];
let registerMode: TestServer;
let tokenMode: TestServer;

async function start(variables: Record<string, string>): Promise<TestServer> {
  const server = await startTestServer(db, {
    logLevel: 'info',
    devTokens: false,
    env: { JWT_ISSUER: ISSUER, JWT_PUBLIC_KEY: publicKeyPem, ...variables },
  });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  orm = db.orm;
  const keys = await generateKeyPair('RS256');
  privateKey = keys.privateKey;
  publicKeyPem = await exportSPKI(keys.publicKey);
  registerMode = await start({});
  tokenMode = await start({
    ROLES_SOURCE: 'token',
    JWT_ROLES_CLAIM: 'realm_access.roles',
    JWT_ROLE_MAP: 'klankbord-admins=ADMINISTRATOR,klankbord-handlers=HANDLER,klankbord-rm=RELATIONSHIP_MANAGER',
  });
});

afterAll(async () => {
  for (const server of servers) await server.stop();
});

let subjects = 0;
const newSubject = () => `subject-${process.pid}-${Date.now()}-${++subjects}`;

/** A token from the test identity provider; `lifetime` in seconds (null: no `exp` at all). */
async function token(subject: string, claims: JWTPayload = {}, lifetime: number | null = 300): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer(ISSUER)
    .setSubject(subject)
    .setIssuedAt();
  if (lifetime !== null) jwt.setExpirationTime(Math.floor(Date.now() / 1000) + lifetime);
  return jwt.sign(privateKey);
}

interface ViewerResponse {
  status: number;
  viewer?: { id: string; roles: string[] } | null;
  code?: string;
}

/**
 * Deactivates the person as the register does, through the ORM of the running server: the server
 * drops its cached viewer at once (a change made behind its back counts within VIEWER_CACHE_TTL_MS,
 * viewer-cache.test.ts).
 */
async function deactivate(subject: string): Promise<void> {
  const em = orm.em.fork();
  const person = await em.findOneOrFail(Person, { externalSubject: subject });
  person.active = false;
  await em.flush();
}

async function whoAmI(server: TestServer, bearer: string): Promise<ViewerResponse> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query: '{ viewer { id roles } }' }),
  });
  const body = (await response.json()) as {
    data?: { viewer: { id: string; roles: string[] } | null };
    errors?: Array<{ extensions: { code: string } }>;
  };
  return { status: response.status, viewer: body.data?.viewer, code: body.errors?.[0]?.extensions.code };
}

const personWithSubject = (subject: string) => orm.em.fork().findOneOrFail(Person, { externalSubject: subject });

describe('identity-provider tokens must expire, and soon', () => {
  it('accepts a token that lives 5 minutes', async () => {
    expect((await whoAmI(registerMode, await token(newSubject()))).status).toBe(200);
  });

  it.each([
    ['without exp', null],
    ['valid for 100 years', 100 * 365 * 24 * 3600],
    ['valid for 2 hours and a minute (JWT_MAX_TOKEN_AGE is 2 hours)', 7260],
  ])('refuses a token %s with 401 UNAUTHENTICATED, logging why but not the token', async (_label, lifetime) => {
    const subject = newSubject();
    const bearer = await token(subject, {}, lifetime);
    const from = registerMode.logLines.length;
    expect(await whoAmI(registerMode, bearer)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    const log = registerMode.logLines.slice(from).join('\n');
    expect(log).toMatch(/"reason":"(ERR_JWT_CLAIM_VALIDATION_FAILED|TOKEN_TOO_LONG_LIVED)"/);
    expect(log).toContain('identity-provider token refused');
    expect(log).not.toContain(bearer.split('.')[2]);
    expect(await orm.em.fork().count(Person, { externalSubject: subject })).toBe(0);
  });

  it('honours a shorter JWT_MAX_TOKEN_AGE', async () => {
    const strict = await start({ JWT_MAX_TOKEN_AGE: '10m' });
    expect((await whoAmI(strict, await token(newSubject(), {}, 600))).status).toBe(200);
    expect((await whoAmI(strict, await token(newSubject(), {}, 601))).status).toBe(401);
  });
});

describe('the first sign-in of a new person', () => {
  it('does not race: 8 parallel first requests with one new token all succeed, as one person', async () => {
    const subject = newSubject();
    const bearer = await token(subject, { name: 'Parallel Person', email: `${subject}@example.org` });
    const answers = await Promise.all(Array.from({ length: 8 }, () => whoAmI(registerMode, bearer)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    const person = await personWithSubject(subject);
    expect(new Set(answers.map((answer) => answer.viewer?.id))).toEqual(new Set([person.id]));
    expect(await orm.em.fork().count(Person, { externalSubject: subject })).toBe(1);
  });

  it('does not race in token mode either, and every answer carries the mapped roles', async () => {
    const subject = newSubject();
    const bearer = await token(subject, { realm_access: { roles: ['klankbord-handlers'] } });
    const answers = await Promise.all(Array.from({ length: 8 }, () => whoAmI(tokenMode, bearer)));
    expect(answers.map((answer) => [answer.status, answer.viewer?.roles])).toEqual(Array(8).fill([200, ['HANDLER']]));
    expect(await orm.em.fork().count(Person, { externalSubject: subject })).toBe(1);
  });

  it('takes over the register entry an administrator made with the same verified e-mail address', async () => {
    const unit = await makeUnit(orm.em.fork());
    const registered = await makePerson(orm.em.fork(), ['HANDLER'], { unit });
    const subject = newSubject();
    const answer = await whoAmI(registerMode, await token(subject, { email: registered.email.toUpperCase() }));
    expect(answer.viewer).toEqual({ id: registered.id, roles: ['HANDLER'] });
    expect((await personWithSubject(subject)).organisationUnit?.id).toBe(unit.id);
  });

  it('does not take over a register entry on an unverified e-mail address', async () => {
    const registered = await makePerson(orm.em.fork(), ['HANDLER']);
    const subject = newSubject();
    const answer = await whoAmI(registerMode, await token(subject, { email: registered.email, email_verified: false }));
    expect(answer.status).toBe(200);
    expect(answer.viewer).toMatchObject({ roles: ['SUBMITTER'] });
    expect(answer.viewer?.id).not.toBe(registered.id);
  });
});

describe('ROLES_SOURCE=register: the people register keeps the roles', () => {
  it('ignores roles in the token: a new person is a submitter until an administrator says otherwise', async () => {
    const subject = newSubject();
    const bearer = await token(subject, { roles: ['ADMINISTRATOR'] });
    expect((await whoAmI(registerMode, bearer)).viewer?.roles).toEqual(['SUBMITTER']);

    const em = orm.em.fork();
    const person = await em.findOneOrFail(Person, { externalSubject: subject });
    person.roles = ['RELATIONSHIP_MANAGER'];
    await em.flush();
    expect((await whoAmI(registerMode, bearer)).viewer?.roles).toEqual(['RELATIONSHIP_MANAGER']);
  });

  it('refuses an inactive person', async () => {
    const subject = newSubject();
    const bearer = await token(subject);
    expect((await whoAmI(registerMode, bearer)).status).toBe(200);
    await deactivate(subject);
    expect(await whoAmI(registerMode, bearer)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });
});

describe('ROLES_SOURCE=token: the mapped claim decides the roles, refreshed on every sign-in', () => {
  it('maps Keycloak realm roles through JWT_ROLE_MAP and ignores the ones it does not know', async () => {
    const subject = newSubject();
    const bearer = await token(subject, {
      realm_access: { roles: ['klankbord-rm', 'klankbord-handlers', 'offline_access', 'ADMINISTRATOR'] },
    });
    expect((await whoAmI(tokenMode, bearer)).viewer?.roles.sort()).toEqual(['HANDLER', 'RELATIONSHIP_MANAGER']);
    expect((await personWithSubject(subject)).roles.sort()).toEqual(['HANDLER', 'RELATIONSHIP_MANAGER']);
  });

  it('takes a role away when the next token no longer carries it, but keeps the unit from the register', async () => {
    const subject = newSubject();
    const admin = await token(subject, { realm_access: { roles: ['klankbord-admins'] } });
    const { viewer } = await whoAmI(tokenMode, admin);
    expect(viewer?.roles).toEqual(['ADMINISTRATOR']);
    const unit = await makeUnit(orm.em.fork());
    await orm.em.fork().nativeUpdate(Person, { id: viewer!.id }, { organisationUnit: unit.id });

    const plain = await token(subject, { realm_access: { roles: [] } });
    expect((await whoAmI(tokenMode, plain)).viewer).toEqual({ id: viewer!.id, roles: ['SUBMITTER'] });
    const stored = await personWithSubject(subject);
    expect(stored.roles).toEqual(['SUBMITTER']);
    expect(stored.organisationUnit?.id).toBe(unit.id);
  });

  it('refuses an inactive person whatever roles the token carries', async () => {
    const subject = newSubject();
    const bearer = await token(subject, { realm_access: { roles: ['klankbord-admins'] } });
    expect((await whoAmI(tokenMode, bearer)).status).toBe(200);
    await deactivate(subject);
    expect(await whoAmI(tokenMode, bearer)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('without JWT_ROLE_MAP, takes claim values that are role names (groups claim)', async () => {
    const identity = await start({ ROLES_SOURCE: 'token', JWT_ROLES_CLAIM: 'groups' });
    const bearer = await token(newSubject(), { groups: ['MANAGEMENT', 'klankbord-admins', 'INTEGRATION'] });
    expect((await whoAmI(identity, bearer)).viewer?.roles).toEqual(['MANAGEMENT']);
  });
});
