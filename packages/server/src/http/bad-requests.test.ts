import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { makePerson } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/http-app.js';

/**
 * Requests that are wrong before GraphQL runs — broken JSON, the wrong content type, a body too
 * large, a batch, a mutation over GET, a path under /graphql — each answered as GraphQL JSON with
 * a code and the right status, without writing anything and without the body reaching the client
 * or the log (Express's default handler printed a malformed body, names and all, to stderr).
 */

const db = setupTestDatabase();
let server: TestServer;
let token: string;

const NAME = 'Jan de Vries';
const PHONE = '0612345678';
const DESCRIPTION = 'Mevrouw Pietersen van balie 3 gaf mij de verkeerde formulieren.';
const SUBMIT = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { registrationNumber } }`;
const submitBody = JSON.stringify({
  query: SUBMIT,
  variables: { input: { kind: 'COMPLAINT', description: DESCRIPTION, phone: PHONE, submitterName: NAME } },
});

beforeAll(async () => {
  // Development mode: Express's own handler would answer with a stack trace here.
  server = await startTestServer(db, {
    logLevel: 'debug',
    now: () => new Date('2026-03-02T09:00:00Z'),
    env: { NODE_ENV: 'development' },
  });
  token = await server.tokenFor((await makePerson(db.orm.em.fork(), ['SUBMITTER'])).id);
});

afterAll(async () => {
  await server?.stop();
});

const caseCount = async () =>
  Number(
    (
      await db.orm.em.fork().getConnection().execute<Array<{ n: string }>>('select count(*) as n from feedback_case')
    )[0]!.n,
  );

interface Refusal {
  name: string;
  path?: string;
  init: () => RequestInit;
  status: number;
  code: string;
  reason?: string;
}

const json = { 'content-type': 'application/json' };
const REFUSALS: Refusal[] = [
  {
    name: 'malformed JSON',
    init: () => ({ method: 'POST', headers: json, body: submitBody.slice(0, -20) }),
    status: 400,
    code: 'BAD_REQUEST',
    reason: 'MALFORMED_JSON',
  },
  {
    name: 'a JSON string instead of an object',
    init: () => ({ method: 'POST', headers: json, body: JSON.stringify(DESCRIPTION) }),
    status: 400,
    code: 'BAD_REQUEST',
    reason: 'MALFORMED_JSON',
  },
  {
    name: 'a body over the size limit',
    init: () => ({
      method: 'POST',
      headers: json,
      body: JSON.stringify({ query: SUBMIT, variables: { input: { description: `${DESCRIPTION} `.repeat(40_000) } } }),
    }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    reason: 'BODY_TOO_LARGE',
  },
  {
    name: 'an empty body',
    init: () => ({ method: 'POST', headers: json, body: '' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an object without a query',
    init: () => ({ method: 'POST', headers: json, body: JSON.stringify({ variables: { name: NAME } }) }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a batch (an array of operations)',
    init: () => ({ method: 'POST', headers: json, body: `[${submitBody},${submitBody}]` }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'XML',
    init: () => ({ method: 'POST', headers: { 'content-type': 'application/xml' }, body: `<q>${NAME}</q>` }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    reason: 'NOT_JSON',
  },
  {
    name: 'a form post',
    init: () => ({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent(SUBMIT)}&name=${encodeURIComponent(NAME)}`,
    }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    reason: 'NOT_JSON',
  },
  {
    name: 'no content type',
    init: () => ({ method: 'POST', body: new Blob([submitBody]) }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    reason: 'NO_CONTENT_TYPE',
  },
  {
    name: 'an unknown content encoding',
    init: () => ({ method: 'POST', headers: { ...json, 'content-encoding': 'zstd-9' }, body: submitBody }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    reason: 'UNSUPPORTED_ENCODING',
  },
  {
    name: 'an unknown charset',
    init: () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=klingon' },
      body: submitBody,
    }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    reason: 'UNSUPPORTED_CHARSET',
  },
  {
    name: 'a mutation over GET',
    path: `/graphql?query=${encodeURIComponent('mutation { submitFeedback(input: { kind: COMPLIMENT, description: "Heel vriendelijk geholpen door Jan de Vries." }) { registrationNumber } }')}`,
    init: () => ({ method: 'GET', headers: { 'apollo-require-preflight': 'true' } }),
    status: 405,
    code: 'BAD_REQUEST',
  },
  {
    name: 'variables that are not JSON (GET)',
    path: `/graphql?query=${encodeURIComponent('{ __typename }')}&variables=${encodeURIComponent(`{"name":"${NAME}"`)}`,
    init: () => ({ method: 'GET', headers: { 'apollo-require-preflight': 'true' } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a path under /graphql',
    path: '/graphql/v2',
    init: () => ({ method: 'POST', headers: json, body: submitBody }),
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    name: 'an unknown route',
    path: '/api/people',
    init: () => ({ method: 'POST', headers: json, body: submitBody }),
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    name: 'PUT',
    init: () => ({ method: 'PUT', headers: json, body: submitBody }),
    status: 405,
    code: 'BAD_REQUEST',
  },
];

describe('requests refused before GraphQL runs', () => {
  it.each(REFUSALS)('$name: $status $code, in JSON, nothing written, nothing echoed', async (refusal) => {
    const before = await caseCount();
    const logFrom = server.logLines.length;
    const init = refusal.init();
    const response = await fetch(`${server.url}${refusal.path ?? '/graphql'}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
    });
    const text = await response.text();

    expect(response.status).toBe(refusal.status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, string> }> };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe(refusal.code);
    if (refusal.reason) expect(body.errors[0]!.extensions.reason).toBe(refusal.reason);
    expect(await caseCount()).toBe(before);

    const logged = server.logLines.slice(logFrom).join('\n');
    for (const [where, seen] of [
      ['response', text],
      ['log', logged],
    ] as const) {
      for (const secret of [NAME, PHONE, 'Pietersen', '/work/', 'node_modules', '    at ', '<pre>', 'SyntaxError'])
        expect({ where, secret, found: seen.includes(secret) }).toEqual({ where, secret, found: false });
    }
  });

  it('CSRF: a GET without a preflight-forcing header is refused and not run', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('CSRF: a simple-request POST (text/plain, as a cross-site form or fetch may send it) is refused and writes nothing', async () => {
    const before = await caseCount();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({
        query:
          'mutation { submitFeedback(input: { kind: COMPLIMENT, description: "Heel vriendelijk geholpen." }) { registrationNumber } }',
      }),
    });
    expect(response.status).toBe(415);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await caseCount()).toBe(before);
  });

  it('still answers a good request (the refusals above are not refusing everything)', async () => {
    const before = await caseCount();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: SUBMIT,
        variables: { input: { kind: 'COMPLIMENT', description: 'Quick and friendly help.' } },
      }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await caseCount()).toBe(before + 1);
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('logs the operation name the document declares, never the free-text operationName a client sends', async () => {
    const from = server.logLines.length;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query Probe { __typename }', operationName: `${NAME} ${PHONE}` }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }],
    });
    const named = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query Probe { __typename }', operationName: 'Probe' }),
    });
    expect(await named.json()).toEqual({ data: { __typename: 'Query' } });
    const logged = server.logLines.slice(from).join('\n');
    expect(logged).toContain('"operation":"Probe"');
    for (const secret of [NAME, PHONE])
      expect({ secret, logged: logged.includes(secret) }).toEqual({ secret, logged: false });
  });
});
