import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { resolveEnv } from '../../env.js';
import { AppError } from '../../shared/errors.js';
import { createLogger } from '../../shared/logger.js';
import { AdminEvent } from '../admin-events/admin-event.entity.js';
import { ApiKey } from '../auth/api-key.entity.js';
import { createAuthenticator, type Authenticate } from '../auth/authenticate.js';
import { apiKeyViewer, type Viewer } from '../auth/viewer.js';

const db = setupTestDatabase();
const NOW = new Date('2026-04-24T10:00:00Z');
const app = setupTestApp(db, NOW);
let orm: MikroORM;
let admin: Viewer;
let authenticate: Authenticate;

beforeAll(async () => {
  orm = db.orm;
  admin = viewerOf(await makePerson(orm.em.fork(), ['ADMINISTRATOR']));
  authenticate = await createAuthenticator(
    resolveEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    null,
    createLogger('silent'),
  );
});

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name prefix scopes createdAt expiresAt lastUsedAt revokedAt } }
}`;
const LIST = `{ apiKeys { id prefix scopes lastUsedAt revokedAt expiresAt } }`;
const REVOKE = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id revokedAt } }`;
const CASES = `{ cases(first: 1) { totalCount } }`;

interface Created {
  createApiKey: { secret: string; apiKey: { id: string; prefix: string; scopes: string[]; lastUsedAt: string | null } };
}
interface Listed {
  apiKeys: Array<{ id: string; prefix: string; lastUsedAt: string | null; revokedAt: string | null }>;
}

/** Two years less a day after the app's clock: in the future for the app and for the real clock. */
const laterExpiry = () => new Date(NOW.getTime() + 729 * 86_400_000).toISOString();

async function create(name = 'BI dashboard', scopes = ['cases:read']) {
  const result = await app.execute<Created>(CREATE, { input: { name, scopes, expiresAt: laterExpiry() } }, admin);
  expect(result.errors).toBeUndefined();
  return result.data!.createApiKey;
}

/** What the server answers a request carrying the secret: the viewer, or the error code. */
async function signInWith(secret: string): Promise<Viewer | string> {
  try {
    return await authenticate(`Bearer ${secret}`, orm.em.fork());
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('API keys', () => {
  it('are kept by administrators only: others are refused and nothing is written', async () => {
    const keysBefore = await orm.em.fork().count(ApiKey);
    const eventsBefore = await orm.em.fork().count(AdminEvent);
    const input = { name: 'Sneaky', scopes: ['pii:read'], expiresAt: laterExpiry() };
    for (const role of ['SUBMITTER', 'RELATIONSHIP_MANAGER', 'HANDLER', 'MANAGEMENT'] as const) {
      const viewer = viewerOf(await makePerson(orm.em.fork(), [role]));
      expect((await app.execute(CREATE, { input }, viewer)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect((await app.execute(LIST, {}, viewer)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    const key = apiKeyViewer({ id: 'k', name: 'k', scopes: ['cases:read', 'cases:import'] });
    expect((await app.execute(CREATE, { input }, key)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await app.execute(CREATE, { input })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(await orm.em.fork().count(ApiKey)).toBe(keysBefore);
    expect(await orm.em.fork().count(AdminEvent)).toBe(eventsBefore);
  });

  it('refuses an expiry in the past or more than two years ahead, and unknown scopes', async () => {
    const tooLate = new Date(NOW.getTime() + 731 * 86_400_000).toISOString();
    for (const input of [
      { name: 'Past', scopes: ['cases:read'], expiresAt: '2026-04-23T10:00:00Z' },
      { name: 'Forever', scopes: ['cases:read'], expiresAt: tooLate },
      { name: 'Admin', scopes: ['admin:all'], expiresAt: laterExpiry() },
    ]) {
      const result = await app.execute(CREATE, { input }, admin);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });

  it('create → use → the list shows its last use → revoke → refused', async () => {
    const created = await create();
    expect(created.secret).toMatch(new RegExp(`^kb_${created.apiKey.prefix}_`));
    expect(created.apiKey.lastUsedAt).toBeNull();
    const stored = await orm.em.fork().findOneOrFail(ApiKey, created.apiKey.id);
    expect(stored.secretHash).not.toContain(created.secret);

    const viewer = await signInWith(created.secret);
    expect(typeof viewer).not.toBe('string');
    const read = await app.execute<{ cases: { totalCount: number } }>(CASES, {}, viewer as Viewer);
    expect(read.errors).toBeUndefined();

    const listed = (await app.execute<Listed>(LIST, {}, admin)).data!.apiKeys.find((k) => k.id === created.apiKey.id);
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(listed?.revokedAt).toBeNull();

    const revoked = await app.execute<{ revokeApiKey: { revokedAt: string | null } }>(
      REVOKE,
      { input: { id: created.apiKey.id } },
      admin,
    );
    expect(revoked.data?.revokeApiKey.revokedAt).toBe(NOW.toISOString());
    expect(await signInWith(created.secret)).toBe('UNAUTHENTICATED');

    const events = await orm.em
      .fork()
      .find(AdminEvent, { entityType: 'API_KEY', entityId: created.apiKey.id }, { orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.actor?.id])).toEqual([
      ['CREATED', admin.personId],
      ['REVOKED', admin.personId],
    ]);
    expect(JSON.stringify(events.map((e) => e.changes))).not.toContain(created.secret);
    expect(JSON.stringify(events.map((e) => e.changes))).not.toContain(stored.secretHash);
  });

  it('refuses an expired key', async () => {
    const created = await create('Expiring');
    expect(typeof (await signInWith(created.secret))).not.toBe('string');
    await orm.em.fork().nativeUpdate(ApiKey, { id: created.apiKey.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await signInWith(created.secret)).toBe('UNAUTHENTICATED');
  });

  it('notes a use at most once a minute per key', async () => {
    const created = await create('Busy');
    const recent = new Date(Date.now() - 10_000);
    await orm.em.fork().nativeUpdate(ApiKey, { id: created.apiKey.id }, { lastUsedAt: recent });
    await signInWith(created.secret);
    expect((await orm.em.fork().findOneOrFail(ApiKey, created.apiKey.id)).lastUsedAt).toEqual(recent);

    const longAgo = new Date(Date.now() - 120_000);
    await orm.em.fork().nativeUpdate(ApiKey, { id: created.apiKey.id }, { lastUsedAt: longAgo });
    await signInWith(created.secret);
    expect((await orm.em.fork().findOneOrFail(ApiKey, created.apiKey.id)).lastUsedAt!.getTime()).toBeGreaterThan(
      longAgo.getTime(),
    );
  });

  it('revoking an unknown key is NOT_FOUND; revoking twice records one revocation', async () => {
    const unknown = await app.execute(REVOKE, { input: { id: '00000000-0000-4000-8000-000000000000' } }, admin);
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const created = await create('Twice');
    await app.execute(REVOKE, { input: { id: created.apiKey.id } }, admin);
    await app.execute(REVOKE, { input: { id: created.apiKey.id } }, admin);
    expect(await orm.em.fork().count(AdminEvent, { entityId: created.apiKey.id, action: 'REVOKED' })).toBe(1);
  });
});
