import { randomBytes } from 'node:crypto';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { afterAll, inject } from 'vitest';
import { ormConfig } from '../src/db/orm-config.js';
import { adminQuery, withDatabase } from './global-setup.js';

/**
 * A fresh database for the calling test file, copied from the migrated template, dropped after
 * the file's tests. Returns a MikroORM instance connected to it.
 */
export async function useTestDatabase(overrides: Partial<Options> = {}): Promise<MikroORM> {
  const adminUrl = inject('testAdminUrl');
  const name = `klankbord_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name} template ${inject('testTemplateDatabase')}`);
  const orm = await MikroORM.init(ormConfig(withDatabase(adminUrl, name), overrides));
  afterAll(async () => {
    await orm.close(true);
    await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  });
  return orm;
}
