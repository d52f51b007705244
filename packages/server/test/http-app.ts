import { Writable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { resolveEnv } from '../src/env.js';
import { issueDevToken } from '../src/modules/auth/dev-tokens.js';
import { startHttpServer, type RunningServer } from '../src/http/server.js';
import { createLogger } from '../src/shared/logger.js';
import type { TestDatabase } from './database.js';
import type { GraphQLResult } from './harness.js';

/** Who sends a request: a person (by a dev token), an API key (by its secret), or nobody. */
export type Caller = { personId: string } | { apiKeySecret: string } | null;

/** One answered GraphQL request: the HTTP status and the parsed body. */
export interface HttpAnswer<T = Record<string, unknown>> {
  status: number;
  body: GraphQLResult<T>;
  /** The body as sent, for "the value is not in the response" checks. */
  text: string;
}

/** The real HTTP app (Express, Apollo, error formatting, limits) around a test database. */
export interface HttpTestApp {
  readonly url: string;
  /** POSTs one operation to /graphql as `caller`. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
  ): Promise<HttpAnswer<T>>;
  /** Everything the app logged so far (trace level: request lines, errors, all of it). */
  log(): string;
}

const DEV_SECRET = new TextEncoder().encode('http-app-secret-http-app-secret!!!');

/**
 * Starts the HTTP app for the calling test file, logging at trace level into memory, so a test can
 * assert what reached the log. Call it at the top level after `setupTestDatabase()`; it registers
 * its own `beforeAll` and `afterAll`. The app runs on the real clock.
 */
export function setupHttpApp(db: TestDatabase): HttpTestApp {
  let server: RunningServer | null = null;
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  beforeAll(async () => {
    server = await startHttpServer({
      orm: db.orm,
      env: resolveEnv({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'trace' }),
      logger: createLogger('trace', sink),
      now: () => new Date(),
      devTokenSecret: DEV_SECRET,
    });
  });
  afterAll(async () => {
    await server?.stop();
  });
  const running = (): RunningServer => {
    if (!server) throw new Error('The HTTP app starts in beforeAll: use it inside a hook or a test.');
    return server;
  };
  return {
    get url() {
      return running().url;
    },
    async graphql<T>(query: string, variables: Record<string, unknown> = {}, caller: Caller = null) {
      const authorization =
        caller === null
          ? null
          : 'personId' in caller
            ? `Bearer ${await issueDevToken(caller.personId, DEV_SECRET)}`
            : `Bearer ${caller.apiKeySecret}`;
      const response = await fetch(`${running().url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { status: response.status, body: JSON.parse(text) as GraphQLResult<T>, text };
    },
    log: () => lines.join(''),
  };
}
