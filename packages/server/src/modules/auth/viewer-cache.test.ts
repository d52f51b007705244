import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/http-app.js';
import { ApiKey } from './api-key.entity.js';
import { createViewerCache } from './viewer-cache.js';
import { personViewer } from './viewer.js';

const db = setupTestDatabase();
/** Long enough that no entry expires during a test unless the test waits for it. */
let server: TestServer;
/** A second instance on the same database: changes made elsewhere reach it by the database's notification. */
let other: TestServer;
let adminToken: string;

beforeAll(async () => {
  server = await startTestServer(db, { env: { VIEWER_CACHE_TTL_MS: '60000' } });
  other = await startTestServer(db, { env: { VIEWER_CACHE_TTL_MS: '60000' } });
  adminToken = await server.tokenFor((await makePerson(db.orm.em.fork(), ['ADMINISTRATOR'])).id);
});
afterAll(async () => {
  await server?.stop();
  await other?.stop();
});

async function ask(on: TestServer, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${on.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code ?? null, data: body.data };
}

const CASES = `{ cases(first: 1) { hasNextPage } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`;
const REVOKE_KEY = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id } }`;
const SAVE_PERSON = `mutation($input: SavePersonInput!) { savePerson(input: $input) { id active } }`;

async function newKey() {
  const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const created = await ask(server, adminToken, CREATE_KEY, {
    input: { name: `key ${Math.random()}`, scopes: ['cases:read'], expiresAt },
  });
  expect(created.code).toBeNull();
  return created.data!['createApiKey'] as { secret: string; apiKey: { id: string } };
}

describe('the viewer cache', () => {
  it('refuses a key revoked through this instance at once, though it had just been accepted', async () => {
    const { secret, apiKey } = await newKey();
    expect(await ask(server, secret, CASES)).toMatchObject({ status: 200, code: null });
    expect(await ask(server, secret, CASES)).toMatchObject({ status: 200, code: null });
    expect((await ask(server, adminToken, REVOKE_KEY, { input: { id: apiKey.id } })).code).toBeNull();
    expect(await ask(server, secret, CASES)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('refuses a person deactivated through this instance at once', async () => {
    const person = await makePerson(db.orm.em.fork(), ['RELATIONSHIP_MANAGER']);
    const token = await server.tokenFor(person.id);
    expect(await ask(server, token, CASES)).toMatchObject({ status: 200, code: null });
    const saved = await ask(server, adminToken, SAVE_PERSON, {
      input: {
        id: person.id,
        displayName: person.displayName,
        email: person.email,
        roles: person.roles,
        active: false,
      },
    });
    expect(saved.code).toBeNull();
    expect(await ask(server, token, CASES)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('follows a change of roles made through this instance at once', async () => {
    const person = await makePerson(db.orm.em.fork(), ['RELATIONSHIP_MANAGER']);
    const token = await server.tokenFor(person.id);
    expect(await ask(server, token, CASES)).toMatchObject({ status: 200, code: null });
    await ask(server, adminToken, SAVE_PERSON, {
      input: { id: person.id, displayName: person.displayName, email: person.email, roles: ['MANAGEMENT'] },
    });
    // Management may list cases but not search descriptions: the new roles apply.
    const search = await ask(server, token, `{ cases(first: 1, filter: { text: "printer" }) { hasNextPage } }`);
    expect(search.code).toBe('FORBIDDEN');
  });

  it('refuses a key revoked elsewhere (another instance, the CLI, SQL) as soon as the database says so, long before the TTL', async () => {
    const { secret, apiKey } = await newKey();
    expect(await ask(other, secret, CASES)).toMatchObject({ status: 200, code: null });
    expect(await ask(other, secret, CASES)).toMatchObject({ status: 200, code: null });
    // Revoked behind this instance's back: no ORM event reaches it, only the notification.
    await db.orm.em.fork().nativeUpdate(ApiKey, { id: apiKey.id }, { revokedAt: new Date() });
    await expect.poll(async () => (await ask(other, secret, CASES)).status, { timeout: 5_000 }).toBe(401);
  });

  it('keeps caching a key whose last use is noted (bookkeeping notifies no one)', async () => {
    const { secret, apiKey } = await newKey();
    expect(await ask(other, secret, CASES)).toMatchObject({ status: 200, code: null });
    await db.orm.em.fork().nativeUpdate(ApiKey, { id: apiKey.id }, { lastUsedAt: new Date() });
    // With the notification switched off, a revocation behind its back goes unheard: the entry is
    // still there, so the last-use update before it dropped nothing.
    await db.orm.em.fork().getConnection().execute(`alter table api_key disable trigger api_key_credential_notify`);
    try {
      await db.orm.em.fork().nativeUpdate(ApiKey, { id: apiKey.id }, { revokedAt: new Date() });
      expect(await ask(other, secret, CASES)).toMatchObject({ status: 200, code: null });
    } finally {
      await db.orm.em.fork().getConnection().execute(`alter table api_key enable trigger api_key_credential_notify`);
    }
  });

  it('does not keep a viewer whose lookup a change overtook', () => {
    const cache = createViewerCache({ ttlMs: 60_000, maxEntries: 10 });
    const since = cache.mark();
    cache.forget('p');
    cache.set('token', personViewer('p', ['HANDLER']), null, since);
    expect(cache.get('token')).toBeUndefined();
    cache.set('token', personViewer('p', ['HANDLER']), null, cache.mark());
    expect(cache.get('token')?.personId).toBe('p');
  });

  it('is bounded: the least recently used credential goes first', () => {
    const cache = createViewerCache({ ttlMs: 60_000, maxEntries: 2 });
    cache.set('a', personViewer('p-a', ['HANDLER']), null, cache.mark());
    cache.set('b', personViewer('p-b', ['HANDLER']), null, cache.mark());
    expect(cache.get('a')?.personId).toBe('p-a');
    cache.set('c', personViewer('p-c', ['HANDLER']), null, cache.mark());
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.personId).toBe('p-a');
    expect(cache.get('c')?.personId).toBe('p-c');
  });

  it('keeps nothing past the credential’s own expiry', () => {
    const cache = createViewerCache({ ttlMs: 60_000, maxEntries: 10 });
    cache.set('expired', personViewer('p', ['HANDLER']), new Date(Date.now() - 1), cache.mark());
    expect(cache.get('expired')).toBeUndefined();
  });
});
