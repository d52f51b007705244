import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/db/orm-config.js';
import { databaseUrlForScripts } from './script-database.js';

/** Applies pending migrations (`pnpm db:migrate`). */
const { url, stop } = await databaseUrlForScripts();
const orm = await MikroORM.init(ormConfig(url));
try {
  const applied = await orm.getMigrator().up();
  process.stderr.write(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}\n` : 'Up to date.\n');
} finally {
  await orm.close(true);
  await stop();
}
