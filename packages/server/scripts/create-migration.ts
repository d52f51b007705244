import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { migrationsList } from '../src/db/migrations/index.js';
import { ormConfig } from '../src/db/orm-config.js';
import { databaseUrlForScripts } from './script-database.js';

/**
 * Writes a migration with the difference between the entities and the database's schema into
 * src/db/migrations (then add it to migrations/index.ts). Uses DATABASE_URL, or the embedded database.
 */
const { url, stop } = await databaseUrlForScripts();
const orm = await MikroORM.init(
  ormConfig(url, { migrations: { migrationsList, path: 'src/db/migrations', emit: 'ts', snapshot: false } }),
);
try {
  await orm.getMigrator().up();
  const result = await orm.getMigrator().createMigration('src/db/migrations', false, false, process.argv[2]);
  process.stderr.write(
    result.fileName ? `Created ${result.fileName}\n` : 'No changes: the schema matches the entities.\n',
  );
} finally {
  await orm.close(true);
  await stop();
}
