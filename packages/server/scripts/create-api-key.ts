import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/db/orm-config.js';
import { API_KEY_SCOPES } from '../src/modules/auth/api-key.entity.js';
import { createApiKey } from '../src/modules/auth/create-api-key.js';
import { databaseUrlForScripts } from './script-database.js';

/** `pnpm api-key:create --name "BI dashboard" --scopes reports:read,cases:read`: prints the secret once. */
const { values } = parseArgs({ options: { name: { type: 'string' }, scopes: { type: 'string' } } });
if (!values.name || !values.scopes) {
  process.stderr.write(`Usage: pnpm api-key:create --name NAME --scopes ${API_KEY_SCOPES.join(',')}\n`);
  process.exit(2);
}
const { url, stop } = await databaseUrlForScripts();
const orm = await MikroORM.init(ormConfig(url));
try {
  await orm.getMigrator().up();
  const { key, secret } = await createApiKey(orm.em.fork(), {
    name: values.name,
    scopes: values.scopes.split(',').map((s) => s.trim()),
  });
  process.stderr.write(
    `Created API key "${key.name}" (prefix ${key.prefix}) with scopes ${key.scopes.join(', ')}.\nSecret (shown once; send as "Authorization: Bearer <secret>"):\n`,
  );
  process.stdout.write(`${secret}\n`);
} finally {
  await orm.close(true);
  await stop();
}
