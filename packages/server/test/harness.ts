import type { MikroORM } from '@mikro-orm/postgresql';
import type { ApolloServer } from '@apollo/server';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resolveEnv } from '../src/env.js';
import { createApollo } from '../src/graphql/apollo.js';
import { createContext, type AppServices, type RequestContext } from '../src/graphql/context.js';
import { buildAppSchema } from '../src/graphql/schema.js';
import { ANONYMOUS, type Viewer } from '../src/modules/auth/viewer.js';
import { createLogger, type Logger } from '../src/shared/logger.js';
import type { TestDatabase } from './database.js';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  services: AppServices;
  apollo: ApolloServer<RequestContext>;
  /** A request context as HTTP would build it, for calling use cases directly. */
  context(viewer?: Viewer): RequestContext;
  /** Runs an operation through the real Apollo server (error formatting and limits included). */
  execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ): Promise<GraphQLResult<T>>;
  /** Moves the clock the use cases see (back to the start after each test, see `setupTestApp`). */
  setNow(instant: Date): void;
  /** Puts the clock back where the app started. */
  resetNow(): void;
}

/**
 * The application for the calling test file, around `db`. Call it at the top level, after
 * `setupTestDatabase()`: it registers its own hooks, among them an `afterEach` that puts the clock
 * back to `now`, so a test that moves the clock and fails half-way does not move it for the next.
 */
export function setupTestApp(
  db: TestDatabase,
  now = new Date('2026-04-24T10:00:00Z'),
  options: { logger?: Logger; env?: Record<string, string> } = {},
): TestApp {
  let app: TestApp | null = null;
  const current = (): TestApp => {
    if (!app) throw new Error('The test app is made in beforeAll: use it inside a hook or a test.');
    return app;
  };
  beforeAll(async () => {
    app = await createTestApp(db.orm, now, options);
  });
  afterEach(() => app?.resetNow());
  afterAll(async () => {
    await app?.apollo.stop();
  });
  return {
    get services() {
      return current().services;
    },
    get apollo() {
      return current().apollo;
    },
    context: (viewer) => current().context(viewer),
    execute: <T>(query: string, variables?: Record<string, unknown>, viewer?: Viewer) =>
      current().execute<T>(query, variables, viewer),
    setNow: (instant) => current().setNow(instant),
    resetNow: () => current().resetNow(),
  };
}

/**
 * Limits no test reaches by accident (tests file dozens of cases as one person in a second);
 * the tests of the limits themselves set their own through `options.env`.
 */
export const UNTHROTTLED: Record<string, string> = {
  GRAPHQL_MAX_IN_FLIGHT_PER_VIEWER: '1000',
  RATE_LIMIT_INTAKE_PER_IDENTITY: '1000000',
  RATE_LIMIT_INTAKE_PER_CLIENT: '1000000',
  RATE_LIMIT_SIGN_IN_PER_CLIENT: '1000000',
  RATE_LIMIT_FAILED_AUTH_PER_CLIENT: '1000000',
  RATE_LIMIT_SATISFACTION_PER_CLIENT: '1000000',
};

/**
 * The application around a test database: same schema, Apollo config and context factory as HTTP.
 * Test files use `setupTestApp`; this is for a second app inside a test (another logger, say).
 */
export async function createTestApp(
  orm: MikroORM,
  now = new Date('2026-04-24T10:00:00Z'),
  options: { logger?: Logger; devSignIn?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  let current = now;
  const env = resolveEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...UNTHROTTLED, ...options.env });
  const services: AppServices = {
    orm,
    env,
    // TEST_LOG_LEVEL=error shows what an INTERNAL_SERVER_ERROR hid.
    logger: options.logger ?? createLogger(process.env['TEST_LOG_LEVEL'] ?? 'silent'),
    now: () => current,
    devTokenSecret:
      options.devSignIn === false ? null : new TextEncoder().encode('test-secret-test-secret-test-secret!'),
  };
  const apollo = createApollo(await buildAppSchema(), services);
  await apollo.start();
  return {
    services,
    apollo,
    context: (viewer = ANONYMOUS) => createContext(services, viewer),
    async execute(query, variables, viewer = ANONYMOUS) {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(services, viewer) },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
      return response.body.singleResult as GraphQLResult<never>;
    },
    setNow(instant) {
      current = instant;
    },
    resetNow() {
      current = now;
    },
  };
}
