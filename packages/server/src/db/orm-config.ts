import { DataloaderType } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import { QueueWebhookDeliveries } from '../modules/webhooks/queue-webhook-deliveries.js';
import { ReferenceCacheAdapter } from '../shared/cached-reference.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

/**
 * The one MikroORM configuration: HTTP server, CLI scripts, seeders and tests all use it.
 * Migrations are listed in code, so the built server and the TypeScript sources find the same set.
 */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    // Webhook deliveries are written in the flush of the case or measure event they carry.
    subscribers: [new QueueWebhookDeliveries()],
    discovery: { requireEntitiesArray: true },
    forceUtcTimezone: true,
    // References and collections of many parents load in one query (no N+1).
    dataloader: DataloaderType.ALL,
    extensions: [Migrator, SeedManager],
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    pool: { min: 0, max: 10 },
    // MikroORM's in-memory result cache, which also holds the settings and calendar cache and closes
    // its listening connection with the ORM (src/shared/cached-reference.ts).
    resultCache: { adapter: ReferenceCacheAdapter },
    // Off, and to stay off outside a developer's own machine: MikroORM's query log prints each
    // statement with its bound values (names, e-mail addresses, phone numbers, descriptions).
    debug: false,
    ...overrides,
  });
}

/** The settings of env.ts that shape the server's pool. */
export interface ServerPoolSettings {
  DATABASE_STATEMENT_TIMEOUT_MS: number;
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
  DATABASE_POOL_MAX: number;
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS: number;
  DATABASE_CONNECT_TIMEOUT_MS: number;
}

/**
 * The server's pool (for requests; migrations and seeding run on a pool of their own without these
 * limits): every wait is bounded, so a request whose database is away or overloaded is answered
 * SERVICE_UNAVAILABLE (503, Retry-After) in bounded time instead of hanging — waiting for a free
 * connection (acquire timeout), opening one (connect timeout), one statement (statement timeout),
 * and a transaction left idle (ended by PostgreSQL, so it cannot hold the registration counter).
 * Connections that broke (PostgreSQL restarted, a session terminated) are dropped by the pool and
 * replaced on the next request: the server reconnects by itself.
 */
export function serverPool(settings: ServerPoolSettings): Partial<Options> {
  return {
    pool: { min: 0, max: settings.DATABASE_POOL_MAX, acquireTimeoutMillis: settings.DATABASE_POOL_ACQUIRE_TIMEOUT_MS },
    driverOptions: {
      connection: {
        ...statementTimeoutSetting(settings.DATABASE_STATEMENT_TIMEOUT_MS),
        ...(settings.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS > 0
          ? { idle_in_transaction_session_timeout: settings.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS }
          : {}),
        connectionTimeoutMillis: settings.DATABASE_CONNECT_TIMEOUT_MS,
      },
    },
  };
}

/**
 * PostgreSQL's `statement_timeout` on every connection of the pool: a statement running longer
 * than `milliseconds` is cancelled (SQLSTATE 57014) and its request answered SERVICE_UNAVAILABLE,
 * so one heavy request cannot hold the database. 0: no limit. For the server's pool only —
 * migrations and seeding may rightly run longer.
 */
export function statementTimeout(milliseconds: number): Partial<Options> {
  return milliseconds > 0 ? { driverOptions: { connection: statementTimeoutSetting(milliseconds) } } : {};
}

const statementTimeoutSetting = (milliseconds: number) => (milliseconds > 0 ? { statement_timeout: milliseconds } : {});
