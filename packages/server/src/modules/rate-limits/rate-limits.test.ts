import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/http-app.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { Person } from '../people/person.entity.js';

/**
 * The rate limits over HTTP, against two server instances on one database: the count is shared
 * (a client cannot double its allowance by alternating instances), the request over the limit is
 * answered TOO_MANY_REQUESTS with HTTP 429 and Retry-After and changes nothing, and a failed
 * authentication is logged without any part of the credential.
 */

const db = setupTestDatabase();
const logLines: string[] = [];
let first: TestServer;
let second: TestServer;
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

const LIMITS = {
  RATE_LIMIT_INTAKE_PER_IDENTITY: '3',
  RATE_LIMIT_INTAKE_PER_CLIENT: '5',
  RATE_LIMIT_SIGN_IN_PER_CLIENT: '2',
  RATE_LIMIT_FAILED_AUTH_PER_CLIENT: '3',
};

beforeAll(async () => {
  const keys = await generateKeyPair('RS256');
  privateKey = keys.privateKey;
  const identityProvider = { JWT_ISSUER: 'https://idp.example', JWT_PUBLIC_KEY: await exportSPKI(keys.publicKey) };
  // One log for both instances, in the order written.
  const start = () =>
    startTestServer(db, {
      logLevel: 'info',
      logLines,
      now: () => new Date('2026-03-02T09:00:00Z'),
      env: { ...identityProvider, ...LIMITS },
    });
  first = await start();
  second = await start();
});

afterAll(async () => {
  await first?.stop();
  await second?.stop();
});

interface Answer {
  status: number;
  retryAfter: string | null;
  codes: string[];
  data: Record<string, unknown> | null;
}

async function post(server: TestServer, query: string, token?: string): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '(none)'),
    data: body.data ?? null,
  };
}

const SUBMIT =
  'mutation { submitFeedback(input: { kind: COMPLIMENT, description: "Quick and friendly help at the desk." }) { registrationNumber } }';

const storedCases = () => db.orm.em.fork().count(FeedbackCase, {});

async function submitterToken(): Promise<string> {
  return first.tokenFor((await makePerson(db.orm.em.fork(), ['SUBMITTER'])).id);
}

function expectRefused(answer: Answer): void {
  expect(answer.status).toBe(429);
  expect(answer.codes).toEqual(['TOO_MANY_REQUESTS']);
  expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(answer.retryAfter)).toBeLessThanOrEqual(60);
}

describe('rate limits kept in PostgreSQL', () => {
  it('refuses a person’s fourth submission in a minute, counted across both instances, and files nothing', async () => {
    const token = await submitterToken();
    for (const server of [first, second, first]) {
      const answer = await post(server, SUBMIT, token);
      expect(answer.codes).toEqual([]);
    }
    const before = await storedCases();
    expectRefused(await post(second, SUBMIT, token));
    expect(await storedCases()).toBe(before);
  });

  it('refuses a client’s sixth submission in a minute, whoever sends it', async () => {
    // The first test's client sent three (and one refused before it was counted per client).
    const token = await submitterToken();
    for (const server of [second, first]) expect((await post(server, SUBMIT, token)).codes).toEqual([]);
    const before = await storedCases();
    // This person's third submission is within their own limit: the client's limit refuses it.
    expectRefused(await post(second, SUBMIT, token));
    expect(await storedCases()).toBe(before);
  });

  it('counts dev sign-ins and first sign-ins with a token per client: the third is refused, a known person’s token is not counted', async () => {
    const person = await makePerson(db.orm.em.fork(), ['HANDLER']);
    // Dev sign-in is for the demo people only, known by their e-mail domain.
    await db.orm.em
      .fork()
      .nativeUpdate(Person, { id: person.id }, { email: `handler-${person.id}@demo.klankbord.example` });
    const signIn = `mutation { devSignIn(personId: "${person.id}") { token } }`;
    const tokenFor = (subject: string) =>
      new SignJWT({ email: `${subject}@example.org` })
        .setProtectedHeader({ alg: 'RS256' })
        .setIssuer('https://idp.example')
        .setSubject(subject)
        .setExpirationTime('5m')
        .sign(privateKey);
    expect((await post(first, signIn)).codes).toEqual([]);
    const known = await tokenFor('portal-user-1');
    expect((await post(second, '{ viewer { id } }', known)).codes).toEqual([]);
    const before = await db.orm.em.fork().count(Person, {});
    expectRefused(await post(first, '{ viewer { id } }', await tokenFor('portal-user-2')));
    expectRefused(await post(second, signIn));
    expect(await db.orm.em.fork().count(Person, {})).toBe(before);
    // Signing in again is no registration: the person already known is served.
    expect((await post(first, '{ viewer { id } }', known)).codes).toEqual([]);
  });

  it('refuses a client after three failed authentications, even with a good token, and logs none of the token', async () => {
    const good = await submitterToken();
    const bad = `${good.slice(0, -6)}AAAAAA`;
    const apiKey = 'kb_thisIsNotAKeyAtAll0123456789abcdef';
    const failures = [await post(first, '{ __typename }', bad), await post(second, '{ __typename }', apiKey)];
    failures.push(await post(first, '{ __typename }', 'garbage'));
    expect(failures.map((f) => [f.status, f.codes])).toEqual([
      [401, ['UNAUTHENTICATED']],
      [401, ['UNAUTHENTICATED']],
      [401, ['UNAUTHENTICATED']],
    ]);
    expectRefused(await post(second, '{ __typename }', good));

    const logged = logLines.filter((line) => line.includes('authentication failed'));
    expect(logged).toHaveLength(3);
    for (const line of logged) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry['level']).toBe(40);
      expect(entry['clientIp']).toMatch(/127\.0\.0\.1|::1/);
      expect(typeof entry['reason']).toBe('string');
    }
    expect(logged.map((line) => (JSON.parse(line) as { credential: string }).credential)).toEqual([
      'TOKEN',
      'API_KEY',
      'TOKEN',
    ]);
    const everything = logLines.join('\n');
    for (const secret of [bad, apiKey, 'garbage', ...bad.split('.'), apiKey.slice(3, 15)]) {
      expect(everything).not.toContain(secret);
    }
  });
});
