import { randomBytes } from 'node:crypto';
import { adminQuery, withDatabase } from '@klankbord/test-support';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { afterAll, inject } from 'vitest';
import { ormConfig } from '../src/db/orm-config.js';
import { testDatabasePrefix } from './global-setup.js';

/**
 * A fresh database for the calling test file, copied from the migrated template, dropped after
 * the file's tests. Returns a MikroORM instance connected to it.
 */
export async function useTestDatabase(overrides: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(await useTestDatabaseUrl(), overrides));
  // Registered after the drop (below), so it runs first: vitest runs afterAll hooks in reverse.
  afterAll(() => orm.close(true));
  return orm;
}

/**
 * A fresh migrated database for the calling test file, as a connection string (for a server
 * started as a child process); dropped, connections and all, after the file's tests.
 */
export async function useTestDatabaseUrl(): Promise<string> {
  const adminUrl = inject('testAdminUrl');
  const template = inject('testTemplateDatabase');
  const name = `${testDatabasePrefix(template)}${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name} template ${template}`);
  afterAll(() => adminQuery(adminUrl, `drop database if exists ${name} with (force)`));
  return withDatabase(adminUrl, name);
}
