import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/db/orm-config.js';
import { API_KEY_SCOPES } from '../src/modules/auth/api-key.entity.js';
import { COMMAND_LINE } from '../src/modules/admin-events/admin-actor.js';
import { createApiKey, MAX_API_KEY_LIFETIME_DAYS } from '../src/modules/api-keys/create-api-key.js';
import { databaseUrlForScripts } from './script-database.js';

/**
 * `pnpm api-key:create --name "BI dashboard" --scopes reports:read,cases:read [--days 365]`: prints
 * the secret once. The key expires after `--days` (default 365).
 */
const { values } = parseArgs({
  options: { name: { type: 'string' }, scopes: { type: 'string' }, days: { type: 'string', default: '365' } },
});
if (!values.name || !values.scopes) {
  process.stderr.write(
    `Usage: pnpm api-key:create --name NAME --scopes ${API_KEY_SCOPES.join(',')} [--days 1..${MAX_API_KEY_LIFETIME_DAYS}]\n`,
  );
  process.exit(2);
}
const { url, stop } = await databaseUrlForScripts();
const orm = await MikroORM.init(ormConfig(url));
try {
  await orm.getMigrator().up();
  const now = new Date();
  const { apiKey: key, secret } = await createApiKey({
    em: orm.em.fork(),
    actor: COMMAND_LINE,
    now,
    input: {
      name: values.name,
      scopes: values.scopes.split(',').map((s) => s.trim()),
      expiresAt: new Date(now.getTime() + Number(values.days) * 86_400_000),
    },
  });
  process.stderr.write(
    `Created API key "${key.name}" (prefix ${key.prefix}) with scopes ${key.scopes.join(', ')}.\nSecret (shown once; send as "Authorization: Bearer <secret>"):\n`,
  );
  process.stdout.write(`${secret}\n`);
} finally {
  await orm.close(true);
  await stop();
}
