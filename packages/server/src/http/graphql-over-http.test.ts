import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { startTestServer, type TestServer } from '../../test/http-app.js';

/**
 * graphql-http's server audits (GraphQL-over-HTTP conformance) against the server in production
 * mode: introspection off, trusted documents required, security headers and CSRF prevention on.
 */

const db = setupTestDatabase();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(db, { env: { NODE_ENV: 'production' }, devTokens: false });
});

afterAll(async () => {
  await server?.stop();
});

/** Audits that cannot pass here, and why. Every other audit must pass outright (not merely warn). */
const NOT_APPLICABLE: Record<string, string> = {
  // They query `__type(name: …)`, i.e. introspection, which is off in production.
  BF61: 'needs introspection (__type)',
  '2EA1': 'needs introspection (__type)',
  '28B9': 'needs introspection (__type)',
  D6D5: 'needs introspection (__type)',
  '6A70': 'needs introspection (__type)',
  // SHOULD answer 200 to a document that fails to parse, validate or coerce when the client accepts
  // only application/json (the spec's legacy watershed). Apollo Server answers 400, which the web
  // app's media type (application/graphql-response+json) asks for anyway, and which the limits'
  // refusals (depth, aliases, cost: validation failures) rely on to show up as client errors.
  '572B': 'a request error is answered 400, not 200, under application/json',
  FDE2: 'a request error is answered 400, not 200, under application/json',
  '7B9B': 'a request error is answered 400, not 200, under application/json',
};

/**
 * Apollo's CSRF prevention refuses a GET without a header a cross-site form cannot send
 * (bad-requests.test.ts shows it); a non-browser client like this one sends it, as documented.
 */
const fetchWithPreflightHeader: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('apollo-require-preflight', 'true');
  return fetch(input, { ...init, headers });
};

const audits = serverAudits({ url: () => `${server.url}/graphql`, fetchFn: fetchWithPreflightHeader });

describe('GraphQL over HTTP: graphql-http server audits, in production mode', () => {
  it('lists only audits that exist as not applicable', () => {
    const ids = new Set(audits.map((audit) => audit.id));
    expect(Object.keys(NOT_APPLICABLE).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(
    audits.filter((audit) => !(audit.id in NOT_APPLICABLE)).map((audit) => [audit.id, audit.name, audit] as const),
  )('%s %s', async (_id, _name, audit) => {
    const result = await audit.fn();
    expect({ status: result.status, reason: result.status === 'ok' ? undefined : result.reason }).toEqual({
      status: 'ok',
      reason: undefined,
    });
  });
});
