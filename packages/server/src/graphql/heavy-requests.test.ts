import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { makePerson } from '../../test/factories.js';
import { statementTimeout } from '../db/orm-config.js';
import { startTestServer, type TestServer } from '../../test/http-app.js';

/**
 * Requests that would hold the database: a statement running past the statement timeout is
 * cancelled and answered SERVICE_UNAVAILABLE (503), a viewer with too many operations in flight
 * is refused TOO_MANY_REQUESTS (429) while others are served, and /readyz answers throughout.
 * A statement is made slow for sure by a lock another connection holds on the cases table.
 */

const TIMEOUT_MS = 1500;
const db = setupTestDatabase(statementTimeout(TIMEOUT_MS));
let server: TestServer;
let manager: string;
let other: string;
let locker: pg.Client | null = null;

beforeAll(async () => {
  server = await startTestServer(db, {
    now: () => new Date('2026-03-02T09:00:00Z'),
    env: { GRAPHQL_MAX_IN_FLIGHT_PER_VIEWER: '2', DATABASE_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS) },
  });
  manager = await server.tokenFor((await makePerson(db.orm.em.fork(), ['MANAGEMENT'])).id);
  other = await server.tokenFor((await makePerson(db.orm.em.fork(), ['MANAGEMENT'])).id);
});

afterEach(async () => {
  await locker?.end();
  locker = null;
});

afterAll(async () => {
  await server?.stop();
});

/** Holds an exclusive lock on the cases table until the test ends: every read of it waits. */
async function lockCases(): Promise<void> {
  locker = new pg.Client({ connectionString: db.url });
  await locker.connect();
  await locker.query('begin');
  await locker.query('lock table "feedback_case" in access exclusive mode');
}

/** Waits until `count` statements of the app wait for the lock. */
async function waitForBlocked(count: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rows } = await locker!.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
       where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
    );
    if ((rows[0]?.n ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`fewer than ${count} statements waited for the lock`);
}

interface Answer {
  status: number;
  retryAfter: string | null;
  codes: string[];
  finishedAt: number;
}

async function post(query: string, token: string): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '(none)'),
    finishedAt: performance.now(),
  };
}

const HEAVY = '{ cases(first: 5) { totalCount } }';

describe('heavy requests', () => {
  it('cancels a statement past the timeout with SERVICE_UNAVAILABLE (503), while /readyz answers before it', async () => {
    await lockCases();
    const heavy = post(HEAVY, manager);
    await waitForBlocked(1);
    const ready = await fetch(`${server.url}/readyz`);
    const readyAt = performance.now();
    expect(ready.status).toBe(200);
    const answer = await heavy;
    expect(answer).toMatchObject({ status: 503, codes: ['SERVICE_UNAVAILABLE'] });
    expect(readyAt).toBeLessThan(answer.finishedAt);
  });

  it('refuses a viewer’s third operation in flight with TOO_MANY_REQUESTS (429), serves another viewer, then the first again', async () => {
    await lockCases();
    const running = [post(HEAVY, manager), post(HEAVY, manager)];
    await waitForBlocked(2);
    const third = await post('{ settings { defaultLanguage } }', manager);
    expect(third).toMatchObject({ status: 429, codes: ['TOO_MANY_REQUESTS'], retryAfter: '1' });
    const someoneElse = await post('{ settings { defaultLanguage } }', other);
    expect(someoneElse).toMatchObject({ status: 200, codes: [] });
    await locker!.query('commit');
    expect((await Promise.all(running)).map((a) => a.status)).toEqual([200, 200]);
    expect(await post('{ settings { defaultLanguage } }', manager)).toMatchObject({ status: 200, codes: [] });
  });
});
