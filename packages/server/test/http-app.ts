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

/** How a test wants its HTTP server: settings over the test defaults, its clock and its log. */
export interface TestServerOptions {
  /** Settings over NODE_ENV=test, PORT=0 and no web build (WEB_DIST_DIR=/nonexistent). */
  env?: Record<string, string>;
  /** The server's clock (default: the real one). */
  now?: () => Date;
  /** The log level; the lines are kept in `logLines` (default: silent). */
  logLevel?: 'silent' | 'warn' | 'info' | 'debug' | 'trace';
  /** Whether the server accepts dev tokens (`tokenFor`); off for identity-provider tests. */
  devTokens?: boolean;
  /** Where the log lines go: several servers given one array log into it in the order written. */
  logLines?: string[];
}

/** A started test server, what it logged, and dev tokens it accepts. */
export interface TestServer {
  readonly server: RunningServer;
  readonly url: string;
  /** Every log line so far, one JSON line each. */
  readonly logLines: string[];
  /** A dev token of `personId` that this server accepts. */
  tokenFor(personId: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts the real HTTP app (Express, Apollo, limits, error formatting) on a test database: the one
 * way every HTTP test builds its server, so a new setting or service reaches all of them.
 */
export async function startTestServer(db: TestDatabase, options: TestServerOptions = {}): Promise<TestServer> {
  const { env = {}, now = () => new Date(), logLevel = 'silent', devTokens = true, logLines = [] } = options;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const server = await startHttpServer({
    orm: db.orm,
    env: resolveEnv({ NODE_ENV: 'test', PORT: '0', WEB_DIST_DIR: '/nonexistent', LOG_LEVEL: logLevel, ...env }),
    logger: createLogger(logLevel, sink),
    now,
    devTokenSecret: devTokens ? DEV_SECRET : null,
  });
  return {
    server,
    url: server.url,
    logLines,
    tokenFor: (personId) => issueDevToken(personId, DEV_SECRET),
    stop: () => server.stop(),
  };
}

/**
 * Starts the HTTP app for the calling test file, logging at trace level into memory, so a test can
 * assert what reached the log. Call it at the top level after `setupTestDatabase()`; it registers
 * its own `beforeAll` and `afterAll`. The app runs on the real clock.
 */
export function setupHttpApp(db: TestDatabase): HttpTestApp {
  let started: TestServer | null = null;
  beforeAll(async () => {
    started = await startTestServer(db, { logLevel: 'trace' });
  });
  afterAll(async () => {
    await started?.stop();
  });
  const running = (): TestServer => {
    if (!started) throw new Error('The HTTP app starts in beforeAll: use it inside a hook or a test.');
    return started;
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
            ? `Bearer ${await running().tokenFor(caller.personId)}`
            : `Bearer ${caller.apiKeySecret}`;
      const response = await fetch(`${running().url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { status: response.status, body: JSON.parse(text) as GraphQLResult<T>, text };
    },
    log: () => running().logLines.join('\n'),
  };
}
