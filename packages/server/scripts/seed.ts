import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/db/orm-config.js';
import { seedOnFirstRun } from '../src/db/seeders/seed-on-first-run.js';
import { resolveEnv } from '../src/env.js';
import { databaseUrlForScripts } from './script-database.js';

/** `pnpm db:seed`: migrations, reference data, and demo history when there are no cases yet. */
const env = resolveEnv();
const { url, stop } = await databaseUrlForScripts();
const orm = await MikroORM.init(ormConfig(url));
try {
  await orm.getMigrator().up();
  await seedOnFirstRun(orm, {
    seed: env.DEMO_SEED,
    days: env.DEMO_HISTORY_DAYS,
    progress: (message) => process.stderr.write(`${message}\n`),
  });
} finally {
  await orm.close(true);
  await stop();
}
