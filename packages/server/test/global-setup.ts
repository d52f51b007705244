import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { adminQuery, startOnFreePort, withDatabase } from '@klankbord/test-support';
import { MikroORM } from '@mikro-orm/postgresql';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/orm-config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Maintenance connection string of the test server. */
    testAdminUrl: string;
    /** A database with every migration applied; each test file copies it. */
    testTemplateDatabase: string;
  }
}

/**
 * Once per `vitest run`: a PostgreSQL server (TEST_DATABASE_URL, or an embedded one on a free port)
 * and a template database with all migrations applied. Test files clone the template into a
 * database of their own, so files run in parallel without seeing each other's rows.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let dataDir: string | null = null;
  let adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    const folder = mkdtempSync(path.join(tmpdir(), 'klankbord-test-pg-'));
    dataDir = folder;
    embedded = await startOnFreePort((port) =>
      startEmbeddedPostgres({ dataDir: folder, port, database: 'postgres', ephemeral: true }),
    );
    adminUrl = embedded.adminUrl;
  }
  const template = `klankbord_template_${process.pid}`;
  await adminQuery(adminUrl, `drop database if exists ${template}`);
  await adminQuery(adminUrl, `create database ${template}`);
  const orm = await MikroORM.init(ormConfig(withDatabase(adminUrl, template)));
  await orm.getMigrator().up();
  await orm.close(true);

  project.provide('testAdminUrl', adminUrl);
  project.provide('testTemplateDatabase', template);

  return async () => {
    // Every file's database is named after this run's template (see test/database.ts). Dropped here
    // as well as after each file: an afterAll a file registers from inside its beforeAll is not
    // always run, and a killed run leaves its databases behind otherwise.
    const leftovers = await adminQuery<{ datname: string }>(
      adminUrl,
      `select datname from pg_database where datname like $1`,
      [`${testDatabasePrefix(template)}%`],
    );
    for (const { datname } of leftovers)
      await adminQuery(adminUrl, `drop database if exists ${datname} with (force)`).catch(() => undefined);
    await adminQuery(adminUrl, `drop database if exists ${template} with (force)`).catch(() => undefined);
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

/** The name every test database of the run that made `template` starts with. */
export const testDatabasePrefix = (template: string) =>
  `${template.replace('klankbord_template_', 'klankbord_test_')}_`;
