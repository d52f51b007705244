import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { resolveEnv } from '../env.js';
import { createLogger } from '../shared/logger.js';
import { startHttpServer, type RunningServer } from './server.js';

/**
 * Whose address a request comes from, as the per-client rate limits count it: behind a configured
 * proxy (TRUST_PROXY) the address X-Forwarded-For names, so two people behind one TLS proxy do not
 * share one allowance; without it the connection's own address, so a client cannot choose its
 * address by sending the header. Observed through the failed-authentication limit (one per client).
 */

const db = setupTestDatabase();
let direct: RunningServer;
let behindProxy: RunningServer;

const start = (extra: Record<string, string>) =>
  startHttpServer({
    orm: db.orm,
    env: resolveEnv({
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      WEB_DIST_DIR: '/nonexistent',
      RATE_LIMIT_FAILED_AUTH_PER_CLIENT: '1',
      ...extra,
    }),
    logger: createLogger('silent'),
    now: () => new Date('2026-03-02T09:00:00Z'),
    devTokenSecret: new TextEncoder().encode('client-address-test-secret-client!!'),
  });

beforeAll(async () => {
  direct = await start({});
  behindProxy = await start({ TRUST_PROXY: '1' });
});

afterAll(async () => {
  await direct?.stop();
  await behindProxy?.stop();
});

/** A request with a bad token, as if forwarded for `forwardedFor`: the HTTP status it gets. */
async function badTokenStatus(server: RunningServer, forwardedFor: string): Promise<number> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: 'Bearer not-a-token',
      'x-forwarded-for': forwardedFor,
    },
    body: JSON.stringify({ query: '{ viewer { id } }' }),
  });
  return response.status;
}

describe('the client address behind a proxy', () => {
  it('with TRUST_PROXY=1 counts each forwarded client on its own', async () => {
    expect(await badTokenStatus(behindProxy, '203.0.113.10')).toBe(401);
    expect(await badTokenStatus(behindProxy, '203.0.113.11')).toBe(401);
    expect(await badTokenStatus(behindProxy, '203.0.113.10')).toBe(429);
  });

  it('without it ignores X-Forwarded-For: a client cannot escape its limit by naming another address', async () => {
    expect(await badTokenStatus(direct, '198.51.100.20')).toBe(401);
    expect(await badTokenStatus(direct, '198.51.100.21')).toBe(429);
  });
});
