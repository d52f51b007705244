import 'reflect-metadata';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { configurationWarnings, resolveEnv, InvalidEnvironmentError, type Env } from './env.js';
import type { EmbeddedDatabase } from './db/embedded-postgres.js';
import {
  LocalDatabaseError,
  removeInstanceState,
  startLocalDatabase,
  writeInstanceState,
} from './db/local-database.js';
import { ormConfig, serverPool } from './db/orm-config.js';
import { readReplicas } from './db/replicas.js';
import { seedOnFirstRun } from './db/seeders/seed-on-first-run.js';
import { assertPortFree, ListenError } from './http/listen.js';
import { devTokenSecret } from './modules/auth/dev-token-secret.js';
import { startHttpServer } from './http/server.js';
import { startOutboxRelay } from './modules/outbox/start-outbox-relay.js';
import { createLogger, safeErrorFields, type Logger } from './shared/logger.js';

/**
 * `pnpm start`: configuration, database (embedded unless DATABASE_URL is set), migrations, demo
 * data on first run, HTTP server; and a graceful stop on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  let env: Env;
  try {
    env = resolveEnv();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) fail(error.message);
    throw error;
  }
  const logger = createLogger(env.LOG_LEVEL);
  const shutdown = installShutdown(logger, env);
  for (const warning of configurationWarnings(env)) {
    logger.warn(warning);
    say(`Warning: ${warning}`);
  }

  // Before the database: a second `pnpm start` should say so at once, not after the migrations.
  await assertPortFree(env.PORT, env.HOST).catch(failOnListenError);

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    say(`Starting the embedded PostgreSQL (data in ${env.EMBEDDED_PG_DIR}, port ${env.EMBEDDED_PG_PORT})…`);
    let embedded: EmbeddedDatabase;
    try {
      embedded = await startLocalDatabase(env);
    } catch (error) {
      if (error instanceof LocalDatabaseError) fail(error.message);
      throw error;
    }
    shutdown.add(() => embedded.stop());
    // The command line (`node dist/cli.js …`) finds this database through the state file instead
    // of starting a second server on the same folder; it goes before the database stops.
    writeInstanceState(env, embedded.url);
    shutdown.add(async () => removeInstanceState(env));
    databaseUrl = embedded.url;
  }

  const connect = (overrides: Partial<Options> = {}) =>
    MikroORM.init(ormConfig(databaseUrl, overrides)).catch((error: unknown) =>
      fail(
        `Cannot connect to the database: ${error instanceof Error ? error.message : String(error)}. Check DATABASE_URL.`,
      ),
    );
  // Migrations and demo data on a pool of their own, without the requests' statement timeout.
  const setup = await connect();
  try {
    const applied = await setup.getMigrator().up();
    if (applied.length > 0) say(`Applied ${applied.length} migration(s).`);
    if (env.DEMO_DATA === 'auto')
      await seedOnFirstRun(setup, { seed: env.DEMO_SEED, days: env.DEMO_HISTORY_DAYS, progress: say });
  } finally {
    await setup.close(true);
  }
  const orm = await connect({ ...serverPool(env), ...readReplicas(env) });
  shutdown.add(() => orm.close(true));

  const server = await startHttpServer({
    orm,
    env,
    logger,
    now: () => new Date(),
    devTokenSecret: devTokenSecret(env),
  }).catch(failOnListenError);
  shutdown.add(() => server.stop());
  // Stopped first on a signal: it finishes the message in flight and hands the rest back.
  const relay = startOutboxRelay({ orm, env, logger, now: () => new Date(), devTokenSecret: null });
  shutdown.add(() => relay.stop());
  logger.info({ url: server.url }, 'klankbord started');
  const lines = [
    `Klankbord is running at ${server.url}`,
    `  Web app:  ${server.url}/${env.DEV_AUTH ? ' (sign in as a demo person)' : ''}`,
    `  GraphQL:  ${server.url}/graphql`,
    ...(env.GRAPHQL_EXPLORER ? [`  Explorer: ${server.url}/explorer`] : []),
  ];
  say(`\n${lines.join('\n')}\n`);
}

interface Shutdown {
  /** Registers a step; on a signal the steps run last-added first (HTTP, then the pool, then the database). */
  add(step: () => Promise<void>): void;
}

/**
 * Installed before anything starts, so a SIGTERM during start-up (migrations, demo data) still
 * closes what is already open — above all the embedded PostgreSQL, which would otherwise outlive
 * us and hold its data folder's lock.
 */
function installShutdown(logger: Logger, env: Env): Shutdown {
  const steps: Array<() => Promise<void>> = [];
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const hardStop = setTimeout(() => {
      logger.error({ timeoutMs: env.SHUTDOWN_TIMEOUT_MS + 5_000 }, 'shutdown timed out');
      process.exit(1);
    }, env.SHUTDOWN_TIMEOUT_MS + 5_000);
    hardStop.unref();
    runInOrder([...steps].reverse())
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: safeErrorFields(error) }, 'unclean shutdown');
        process.exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return { add: (step) => void steps.push(step) };
}

/** Runs every step even when one fails (the database must stop even if draining threw), then reports the first failure. */
async function runInOrder(steps: Array<() => Promise<void>>): Promise<void> {
  const failures: unknown[] = [];
  for (const step of steps) await step().catch((error: unknown) => void failures.push(error));
  if (failures.length > 0) throw failures[0];
}

function failOnListenError(error: unknown): never {
  if (error instanceof ListenError) fail(error.message);
  throw error;
}

function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

function fail(message: string): never {
  process.stderr.write(`\nKlankbord cannot start.\n${message}\n\n`);
  process.exit(1);
}

main().catch((error: unknown) => {
  fail(`Unexpected start-up failure: ${error instanceof Error ? error.message : String(error)}`);
});
