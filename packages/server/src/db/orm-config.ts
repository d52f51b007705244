import { DataloaderType } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
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

/**
 * PostgreSQL's `statement_timeout` on every connection of the pool: a statement running longer
 * than `milliseconds` is cancelled (SQLSTATE 57014) and its request answered SERVICE_UNAVAILABLE,
 * so one heavy request cannot hold the database. 0: no limit. For the server's pool only —
 * migrations and seeding may rightly run longer.
 */
export function statementTimeout(milliseconds: number): Partial<Options> {
  return milliseconds > 0 ? { driverOptions: { connection: { statement_timeout: milliseconds } } } : {};
}
