import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { makePerson } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/http-app.js';

/**
 * Documents built to hurt, over HTTP as an attacker sends them, in production mode: each is refused
 * before any resolver runs, with a code and a 4xx status — never a 500, never a stack overflow —
 * and the server stays ready for everyone else.
 */

const db = setupTestDatabase();
let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer(db, {
    now: () => new Date('2026-03-02T09:00:00Z'),
    env: {
      NODE_ENV: 'production',
      // These are the limits every client that may send its own documents meets (API keys, anonymous
      // requests). In production a person's token may send only the web app's documents, so these
      // would be refused even earlier as FORBIDDEN_DOCUMENT (trusted-documents.test.ts): allow any
      // document here to reach the limits themselves with a token that can read everything asked.
      TRUSTED_DOCUMENTS: 'allowed',
    },
  });
  token = await server.tokenFor((await makePerson(db.orm.em.fork(), ['MANAGEMENT', 'HANDLER'])).id);
});

afterAll(async () => {
  await server?.stop();
});

interface Answer {
  status: number;
  codes: string[];
  messages: string[];
  data: unknown;
}

async function post(body: unknown): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return {
    status: response.status,
    codes: (json.errors ?? []).map((e) => e.extensions?.code ?? '(none)'),
    messages: (json.errors ?? []).map((e) => e.message),
    data: json.data ?? null,
  };
}

const REPORT_FILTER = '{ from: "2026-01-01", to: "2026-02-28", bucket: MONTH }';

describe('documents built to hurt', () => {
  it('refuses 2,400 aliased report calls before running one', async () => {
    const aliases = Array.from(
      { length: 2400 },
      (_, i) => `r${i}: volumeTrend(filter: ${REPORT_FILTER}) { buckets }`,
    ).join(' ');
    const answer = await post({ query: `{ ${aliases} }` });
    expect(answer.status).toBe(400);
    expect(answer.data).toBeNull();
    expect(answer.codes.length).toBeGreaterThan(0);
    expect(answer.codes.every((c) => c === 'GRAPHQL_PARSE_FAILED' || c === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });

  it('refuses more aliases than allowed even in a short document', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: services { id }`).join(' ');
    const answer = await post({ query: `{ ${aliases} }` });
    expect(answer).toMatchObject({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], data: null });
  });

  it('refuses a fragment cycle with a validation error, not a stack overflow', async () => {
    const query = `
      query Cycle { cases(first: 1) { nodes { ...A } } }
      fragment A on Case { id measures { linkedCases { ...B } } }
      fragment B on Case { id measures { linkedCases { ...A } } }`;
    const answer = await post({ query });
    expect(answer.status).toBe(400);
    expect(answer.data).toBeNull();
    expect(new Set(answer.codes)).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
  });

  it('refuses a self-spreading fragment nested a thousand times', async () => {
    const spreads = '{ ...F '.repeat(1000) + '}'.repeat(1000);
    const answer = await post({ query: `{ __typename } fragment F on Query ${spreads}` });
    expect(answer.status).toBe(400);
    expect(answer.codes.length).toBeGreaterThan(0);
  });

  it('refuses a very wide document while parsing', async () => {
    const wide = Array.from({ length: 20_000 }, () => '__typename').join(' ');
    const answer = await post({ query: `{ ${wide} }` });
    expect(answer).toMatchObject({ status: 400, codes: ['GRAPHQL_PARSE_FAILED'], data: null });
  });

  it('refuses nesting deeper than allowed', async () => {
    const deep = 'measures { linkedCases { '.repeat(8) + 'id' + ' } }'.repeat(8);
    const answer = await post({ query: `{ ${deep} }` });
    expect(answer).toMatchObject({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], data: null });
  });

  it('refuses a flood of directives', async () => {
    const flood = Array.from({ length: 200 }, () => '@include(if: true)').join(' ');
    const answer = await post({ query: `{ __typename ${flood} }` });
    expect(answer.status).toBe(400);
    expect(answer.codes).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a huge list of arguments', async () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `"${i}"`).join(', ');
    const answer = await post({ query: `{ cases(filter: { serviceIds: [${ids}] }) { totalCount } }` });
    expect(answer).toMatchObject({ status: 400, codes: ['GRAPHQL_PARSE_FAILED'], data: null });
  });

  it('refuses a batch of operations in one request', async () => {
    const answer = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(answer.status).toBe(400);
    expect(answer.data).toBeNull();
  });

  it('answers a wrong enum in the variables as the client’s mistake (400), without the value', async () => {
    const answer = await post({
      query: 'query Trend($filter: ReportFilter!) { volumeTrend(filter: $filter) { buckets } }',
      variables: { filter: { from: '2026-01-01', to: '2026-02-28', bucket: 'FORTNIGHT_SECRET' } },
    });
    expect(answer).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'], data: null });
    expect(answer.messages.join(' ')).not.toContain('FORTNIGHT_SECRET');
  });

  it('answers a value of the wrong type in the variables with 400', async () => {
    const answer = await post({
      query: 'query Page($first: Int) { cases(first: $first) { totalCount } }',
      variables: { first: 'many' },
    });
    expect(answer).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'], data: null });
  });

  it('refuses lists nested into a fan-out by their cost', async () => {
    const answer = await post({ query: '{ measures { linkedCases { measures { linkedCases { id } } } } }' });
    expect(answer).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'], data: null });
  });

  it('refuses all of them at once, quickly, while /readyz keeps answering', async () => {
    const reports = Array.from({ length: 2400 }, (_, i) => `r${i}: volumeTrend(filter: ${REPORT_FILTER}) { buckets }`);
    const bodies: unknown[] = [
      { query: `{ ${reports.join(' ')} }` },
      { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: services { id }`).join(' ')} }` },
      { query: '{ __typename } fragment A on Query { ...B } fragment B on Query { ...A }' },
      { query: `{ ${Array.from({ length: 20_000 }, () => '__typename').join(' ')} }` },
      { query: `{ ${'measures { linkedCases { '.repeat(8)}id${' } }'.repeat(8)} }` },
      { query: `{ __typename ${'@include(if: true) '.repeat(200)}}` },
      { query: '{ measures { linkedCases { measures { linkedCases { id } } } } }' },
      [{ query: '{ __typename }' }, { query: '{ __typename }' }],
    ];
    const started = performance.now();
    const abuse = Promise.all(bodies.map((body) => post(body)));
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    const answers = await abuse;
    expect(answers.map((a) => a.status)).toEqual(bodies.map(() => 400));
    expect(answers.every((a) => a.data === null)).toBe(true);
    // Refused while reading the document, not after running it: far from the 10 s the aliases took.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('does not suggest field names in production', async () => {
    const answer = await post({ query: '{ casez { totalCount } }' });
    expect(answer).toMatchObject({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] });
    expect(answer.messages.join(' ')).not.toMatch(/did you mean|"cases"/i);
  });
});
