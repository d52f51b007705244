import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { databaseForCommand, LocalDatabaseError } from './db/local-database.js';
import { ormConfig } from './db/orm-config.js';
import { DemoDataUnavailableError, seedOnFirstRun } from './db/seeders/seed-on-first-run.js';
import { InvalidEnvironmentError, resolveEnv, type Env } from './env.js';
import { createContext } from './graphql/context.js';
import { API_KEY_SCOPES, ApiKey } from './modules/auth/api-key.entity.js';
import { COMMAND_LINE } from './modules/admin-events/admin-actor.js';
import { createApiKey } from './modules/api-keys/create-api-key.js';
import { listApiKeys } from './modules/api-keys/list-api-keys.js';
import { revokeApiKey } from './modules/api-keys/revoke-api-key.js';
import { apiKeyViewer } from './modules/auth/viewer.js';
import { importCases } from './modules/intake/import-cases.js';
import { startOutboxRelay } from './modules/outbox/start-outbox-relay.js';
import { grantAdministrator } from './modules/people/grant-administrator.js';
import { AppError, InputError } from './shared/errors.js';
import { createLogger } from './shared/logger.js';

/**
 * The operator's command line, compiled with the server: `node dist/cli.js <command>` in the image
 * and in a checkout (where the package scripts `pnpm db:migrate`, `pnpm db:import`, … call it).
 * It works on DATABASE_URL, else on the embedded database of the Klankbord running beside it (its
 * state file), else on the embedded database started for the command alone.
 */

/** A wrong command line: the usage is printed and the exit code is 2. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

interface Command {
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: { values: Record<string, string | boolean | undefined>; positionals: string[]; env: Env }): Promise<void>;
}

const COMMANDS: Record<string, Command> = {
  migrate: {
    usage: 'migrate',
    summary: 'Apply pending database migrations (the server also applies them when it starts).',
    options: {},
    run: ({ env }) =>
      withDatabase(env, { migrate: false }, async (orm) => {
        const applied = await orm.getMigrator().up();
        say(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'Up to date.');
      }),
  },
  import: {
    usage: 'import FILE.csv|FILE.json [--dry-run] [--skip-invalid-rows]',
    summary: 'Import historical cases (format from the extension; the README describes the columns).',
    options: { 'dry-run': { type: 'boolean' }, 'skip-invalid-rows': { type: 'boolean' } },
    run: async ({ values, positionals, env }) => {
      const [file, ...extra] = positionals;
      if (!file || extra.length > 0 || !/\.(csv|json)$/i.test(file)) {
        throw new UsageError('Give one .csv or .json file.', COMMANDS['import']!.usage);
      }
      const fullPath = path.resolve(invocationDirectory(), file);
      let content: string;
      try {
        content = readFileSync(fullPath, 'utf8');
      } catch {
        throw new CommandError(`Cannot read ${fullPath}.`);
      }
      const dryRun = values['dry-run'] === true;
      await withDatabase(env, { migrate: true }, async (orm) => {
        say(`Reading ${fullPath}…`);
        const ctx = createContext(
          { orm, env, logger: createLogger(env.LOG_LEVEL), now: () => new Date(), devTokenSecret: null },
          apiKeyViewer({ id: 'command-line', name: 'klankbord import', scopes: ['cases:import'] }),
        );
        const result = await importCases({
          ctx,
          input: {
            format: fullPath.toLowerCase().endsWith('.csv') ? 'CSV' : 'JSON',
            content,
            skipInvalidRows: values['skip-invalid-rows'] === true,
            dryRun,
          },
        });
        for (const p of result.problems) say(`  row ${p.row}, ${p.field}: ${p.message} (${p.reason})`);
        say(
          `${result.acceptedCount} row(s) accepted, ${result.refusedCount} refused; ` +
            (result.imported ? `imported ${result.registrationNumbers.length} case(s).` : 'nothing imported.'),
        );
        for (const number of result.registrationNumbers) process.stdout.write(`${number}\n`);
        if (!result.imported && !dryRun) process.exitCode = 1;
      });
    },
  },
  seed: {
    usage: 'seed',
    summary: 'Reference data and demo people, and demo history when there are no cases yet (development only).',
    options: {},
    run: ({ env }) =>
      withDatabase(env, { migrate: true }, (orm) =>
        seedOnFirstRun(orm, { seed: env.DEMO_SEED, days: env.DEMO_HISTORY_DAYS, progress: say }),
      ),
  },
  'api-key create': {
    usage: `api-key create --name NAME --scopes SCOPE[,SCOPE…] [--days N]   (scopes: ${API_KEY_SCOPES.join(', ')}; expires after N days, default 365)`,
    summary: 'Make an API key for an integration; prints the secret once, on standard output.',
    options: { name: { type: 'string' }, scopes: { type: 'string' }, days: { type: 'string' } },
    run: async ({ values, env }) => {
      const name = values['name'];
      const scopes = values['scopes'];
      const days = values['days'] === undefined ? 365 : Number(values['days']);
      if (typeof name !== 'string' || typeof scopes !== 'string') {
        throw new UsageError('Give --name and --scopes.', COMMANDS['api-key create']!.usage);
      }
      if (!Number.isInteger(days) || days < 1) {
        throw new UsageError('--days takes a whole number of days, 1 or more.', COMMANDS['api-key create']!.usage);
      }
      await withDatabase(env, { migrate: true }, async (orm) => {
        const now = new Date();
        const { apiKey: key, secret } = await createApiKey({
          em: orm.em.fork(),
          actor: COMMAND_LINE,
          now,
          input: {
            name,
            scopes: scopes.split(',').map((s) => s.trim()),
            expiresAt: new Date(now.getTime() + days * 86_400_000),
          },
        });
        say(
          `Created API key "${key.name}" (prefix ${key.prefix}) with scopes ${key.scopes.join(', ')}, ` +
            `expiring ${key.expiresAt.toISOString()}.\n` +
            'Secret (shown once; send as "Authorization: Bearer <secret>"):',
        );
        process.stdout.write(`${secret}\n`);
      });
    },
  },
  'api-key list': {
    usage: 'api-key list',
    summary: 'List API keys: prefix, name, scopes, created, last used, revoked (never the secret).',
    options: {},
    run: ({ env }) =>
      withDatabase(env, { migrate: true }, async (orm) => {
        const keys = await listApiKeys({ em: orm.em.fork(), actor: COMMAND_LINE });
        if (keys.length === 0) say('No API keys.');
        for (const key of keys) {
          const fields = [
            key.prefix,
            key.name,
            key.scopes.join(','),
            `created ${key.createdAt.toISOString()}`,
            `last used ${key.lastUsedAt?.toISOString() ?? 'never'}`,
            `expires ${key.expiresAt.toISOString()}`,
            key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active',
          ];
          process.stdout.write(`${fields.join('\t')}\n`);
        }
      }),
  },
  'api-key revoke': {
    usage: 'api-key revoke PREFIX|ID',
    summary: 'Revoke an API key at once: requests with it are refused from then on.',
    options: {},
    run: async ({ positionals, env }) => {
      const [which, ...extra] = positionals;
      if (!which || extra.length > 0)
        throw new UsageError('Give the key’s prefix or id.', COMMANDS['api-key revoke']!.usage);
      await withDatabase(env, { migrate: true }, async (orm) => {
        const em = orm.em.fork();
        const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(which);
        const found = await em.findOne(ApiKey, uuid ? { id: which } : { prefix: which });
        if (!found) throw new CommandError('No API key has that prefix or id (see `api-key list`).');
        const key = await revokeApiKey({ em, actor: COMMAND_LINE, now: new Date(), id: found.id });
        say(`Revoked API key "${key.name}" (prefix ${key.prefix}).`);
      });
    },
  },
  'admin grant': {
    usage: 'admin grant SUBJECT|EMAIL',
    summary: 'Give a person the ADMINISTRATOR role (by token subject or e-mail address).',
    options: {},
    run: async ({ positionals, env }) => {
      const [subjectOrEmail, ...extra] = positionals;
      if (!subjectOrEmail || extra.length > 0) {
        throw new UsageError('Give one subject or e-mail address.', COMMANDS['admin grant']!.usage);
      }
      await withDatabase(env, { migrate: true }, async (orm) => {
        const result = await grantAdministrator({ em: orm.em.fork(), subjectOrEmail });
        // The person's id, not their name: names stay out of logs and terminals' scrollback.
        const who = `person ${result.personId}${result.created ? ' (new register entry, taken over at their first sign-in)' : ''}`;
        say(result.granted ? `Granted ADMINISTRATOR to ${who}.` : `The ${who} is already an administrator.`);
      });
    },
  },
  relay: {
    usage: 'relay',
    summary:
      'Deliver the outbox (acknowledgements, notices, outcomes) and the webhooks until SIGTERM/SIGINT, beside or instead of the servers (OUTBOX_RELAY=off).',
    options: {},
    run: ({ env }) =>
      withDatabase(env, { migrate: false }, async (orm) => {
        const logger = createLogger(env.LOG_LEVEL);
        if (env.NODE_ENV === 'production' && !env.SMTP_URL)
          throw new CommandError('SMTP_URL is not set: there is nothing to deliver the mail with.');
        const relay = startOutboxRelay(
          { orm, env, logger, now: () => new Date(), devTokenSecret: null },
          { force: true },
        );
        say('Relaying the outbox; stop with Ctrl-C (the message in flight is finished first).');
        await new Promise<void>((resolve) => {
          process.once('SIGTERM', () => resolve());
          process.once('SIGINT', () => resolve());
        });
        await relay.stop();
      }),
  },
};

/** A command that ran into a state the operator must fix: the message is printed, exit code 1. */
class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

function overview(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.split(' ').slice(0, 2).join(' ').length));
  return [
    'Usage: node dist/cli.js <command> [options]   (in a checkout: pnpm cli <command>)',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Database: DATABASE_URL when set; else the embedded database of the Klankbord running on',
    'EMBEDDED_PG_DIR (found through its state file); else that embedded database, started for the command.',
    '`node dist/cli.js <command> --help` shows a command’s options.',
  ].join('\n');
}

/** A relative path means the folder the operator typed the command in, also through `pnpm db:import`. */
function invocationDirectory(): string {
  const viaPackageScript = process.env['npm_lifecycle_script']?.includes('dist/cli.js') ?? false;
  return (viaPackageScript ? process.env['INIT_CWD'] : undefined) ?? process.cwd();
}

async function withDatabase(
  env: Env,
  options: { migrate: boolean },
  work: (orm: MikroORM) => Promise<void>,
): Promise<void> {
  const database = await databaseForCommand(env);
  if (database.source === 'running instance') say('Using the database of the Klankbord running on this data folder.');
  try {
    const orm = await MikroORM.init(ormConfig(database.url)).catch((error: unknown) => {
      throw new CommandError(
        `Cannot connect to the database: ${error instanceof Error ? error.message : String(error)}. Check DATABASE_URL.`,
      );
    });
    try {
      if (options.migrate) await orm.getMigrator().up();
      await work(orm);
    } finally {
      await orm.close(true);
    }
  } finally {
    await database.stop();
  }
}

/** Finds the command (one or two words), parses its options strictly, and runs it. */
async function main(argv: string[]): Promise<void> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(`${overview()}\n`);
    if (argv.length === 0) process.exitCode = 2;
    return;
  }
  const twoWords = `${argv[0]} ${argv[1] ?? ''}`;
  const name = COMMANDS[twoWords] ? twoWords : argv[0]!;
  const command = COMMANDS[name];
  if (!command) {
    const group = Object.keys(COMMANDS).filter((key) => key.startsWith(`${argv[0]} `));
    throw new UsageError(
      group.length > 0 ? `Unknown "${argv[0]}" command.` : `Unknown command "${argv[0]}".`,
      group.length > 0 ? group.map((key) => COMMANDS[key]!.usage).join('\n       ') : '<command> (see --help)',
    );
  }
  const rest = argv.slice(name.split(' ').length);
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    });
    parsed = { values, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), command.usage);
  }
  if (parsed.values['help']) {
    process.stdout.write(`Usage: node dist/cli.js ${command.usage}\n\n${command.summary}\n`);
    return;
  }
  await command.run({ ...parsed, env: resolveEnv() });
}

function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    say(`${error.message}\nUsage: node dist/cli.js ${error.usage}`);
    process.exitCode = 2;
  } else if (error instanceof InputError) {
    say(error.problems.map((p) => p.message).join('\n'));
    process.exitCode = 1;
  } else if (
    error instanceof AppError ||
    error instanceof CommandError ||
    error instanceof LocalDatabaseError ||
    error instanceof DemoDataUnavailableError ||
    error instanceof InvalidEnvironmentError
  ) {
    say(error.message);
    process.exitCode = 1;
  } else {
    say(`Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
});
