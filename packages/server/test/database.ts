import { randomBytes } from 'node:crypto';
import { adminQuery, withDatabase } from '@klankbord/test-support';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, inject } from 'vitest';
import { ormConfig } from '../src/db/orm-config.js';
import { testDatabasePrefix } from './global-setup.js';

/** A test file's own database, available once the file's first `beforeAll` has run. */
export interface TestDatabase {
  /** Connection string of the database (for a server started as a child process). */
  readonly url: string;
  /** A MikroORM instance connected to it (not available with `{ connect: false }`). */
  readonly orm: MikroORM;
}

/**
 * A fresh database for the calling test file, copied from the migrated template. Call it at the top
 * level of the file, before any other hook: it registers its own `beforeAll` (create, connect) and
 * `afterAll` (disconnect, drop), so the drop runs even when a later `beforeAll` fails.
 */
export function setupTestDatabase(
  overrides: Partial<Options> = {},
  { connect = true }: { connect?: boolean } = {},
): TestDatabase {
  let url: string | null = null;
  let orm: MikroORM | null = null;
  let drop: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    const created = await createTestDatabase();
    url = created.url;
    drop = created.drop;
    if (connect) orm = await MikroORM.init(ormConfig(url, overrides));
  });
  afterAll(async () => {
    await orm?.close(true);
    await drop?.();
  });

  return {
    get url() {
      if (!url) throw new Error('The test database is made in beforeAll: read it inside a hook or a test.');
      return url;
    },
    get orm() {
      if (!orm)
        throw new Error(
          connect
            ? 'The test database is made in beforeAll: read it inside a hook or a test.'
            : 'This test database was set up without a connection.',
        );
      return orm;
    },
  };
}

/** A copy of the run's template database, named after the run so its teardown can sweep leftovers. */
async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('testAdminUrl');
  const template = inject('testTemplateDatabase');
  const name = `${testDatabasePrefix(template)}${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name} template ${template}`);
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
