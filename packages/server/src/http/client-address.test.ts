import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { startTestServer, type TestServer } from '../../test/http-app.js';

/**
 * Whose address a request comes from, as the per-client rate limits count it: behind a configured
 * proxy (TRUST_PROXY) the address X-Forwarded-For names, so two people behind one TLS proxy do not
 * share one allowance; without it the connection's own address, so a client cannot choose its
 * address by sending the header. Observed through the failed-authentication limit (one per client).
 */

const db = setupTestDatabase();
let direct: TestServer;
let behindProxy: TestServer;

const start = (env: Record<string, string>) =>
  startTestServer(db, { env: { RATE_LIMIT_FAILED_AUTH_PER_CLIENT: '1', ...env } });

beforeAll(async () => {
  direct = await start({});
  behindProxy = await start({ TRUST_PROXY: '1' });
});

afterAll(async () => {
  await direct?.stop();
  await behindProxy?.stop();
});

/** A request with a bad token, as if forwarded for `forwardedFor`: the HTTP status it gets. */
async function badTokenStatus(server: TestServer, forwardedFor: string): Promise<number> {
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
