import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/db/orm-config.js';
import { resolveEnv } from '../src/env.js';
import { createContext } from '../src/graphql/context.js';
import { apiKeyViewer } from '../src/modules/auth/viewer.js';
import { importCases } from '../src/modules/intake/import-cases.js';
import { createLogger } from '../src/shared/logger.js';
import { databaseUrlForScripts } from './script-database.js';

/**
 * `pnpm db:import FILE [--skip-invalid-rows] [--dry-run]`: imports historical cases from a CSV or
 * JSON file (format from the extension) through the same use case as the importCases mutation.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'skip-invalid-rows': { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
});
const file = positionals[0];
if (!file || !/\.(csv|json)$/i.test(file)) {
  process.stderr.write('Usage: pnpm db:import FILE.csv|FILE.json [--skip-invalid-rows] [--dry-run]\n');
  process.exit(2);
}
const env = resolveEnv();
const { url, stop } = await databaseUrlForScripts();
const orm = await MikroORM.init(ormConfig(url));
try {
  await orm.getMigrator().up();
  process.stderr.write(`Reading ${file}…\n`);
  const ctx = createContext(
    { orm, env, logger: createLogger(env.LOG_LEVEL), now: () => new Date(), devTokenSecret: null },
    apiKeyViewer({ id: 'command-line', name: 'pnpm db:import', scopes: ['cases:import'] }),
  );
  const result = await importCases({
    ctx,
    input: {
      format: file.toLowerCase().endsWith('.csv') ? 'CSV' : 'JSON',
      content: readFileSync(file, 'utf8'),
      skipInvalidRows: values['skip-invalid-rows'] ?? false,
      dryRun: values['dry-run'] ?? false,
    },
  });
  for (const p of result.problems) process.stderr.write(`  row ${p.row}, ${p.field}: ${p.message} (${p.reason})\n`);
  process.stderr.write(
    `${result.acceptedCount} row(s) accepted, ${result.refusedCount} refused; ${result.imported ? `imported ${result.registrationNumbers.length} case(s).` : 'nothing imported.'}\n`,
  );
  process.exitCode = result.imported || values['dry-run'] ? 0 : 1;
} finally {
  await orm.close(true);
  await stop();
}
