import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Env } from '../env.js';
import type * as EmbeddedPostgresModule from './embedded-postgres.js';
import type { EmbeddedDatabase } from './embedded-postgres.js';

/** Why no database could be reached or started, in words the operator can act on. */
export class LocalDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalDatabaseError';
  }
}

/**
 * Starts the embedded PostgreSQL. Its binaries are a development convenience (a devDependency):
 * production installs (`pnpm deploy --prod`, the image) do not have them and must set DATABASE_URL,
 * so the module is loaded only here, when it is needed.
 */
export async function startLocalDatabase(env: Env): Promise<EmbeddedDatabase> {
  let embedded: typeof EmbeddedPostgresModule;
  try {
    embedded = await import('./embedded-postgres.js');
  } catch (error) {
    if (isModuleNotFound(error)) {
      throw new LocalDatabaseError(
        'DATABASE_URL is not set, and this installation has no embedded PostgreSQL (it is a development ' +
          'dependency, left out of production installs). Set DATABASE_URL to a PostgreSQL 15+ server.',
      );
    }
    throw error;
  }
  try {
    return await embedded.startEmbeddedPostgres({
      dataDir: env.EMBEDDED_PG_DIR,
      port: env.EMBEDDED_PG_PORT,
      database: 'klankbord',
    });
  } catch (error) {
    if (error instanceof embedded.EmbeddedPostgresError) throw new LocalDatabaseError(error.message);
    throw error;
  }
}

/** What a running server tells the command line about its embedded database. */
export interface InstanceState {
  pid: number;
  /** Connection string of the embedded database (it holds the local password). */
  databaseUrl: string;
  dataDir: string;
  startedAt: string;
}

/**
 * The state file sits beside the data folder (`.data/postgres` → `.data/postgres.instance.json`):
 * the data folder itself belongs to the `postgres` OS user when we run as root.
 */
export function instanceStatePath(env: Pick<Env, 'EMBEDDED_PG_DIR'>): string {
  const dataDir = path.resolve(env.EMBEDDED_PG_DIR);
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.instance.json`);
}

/** Written by the server once its embedded database runs; readable by the owner only (mode 0600). */
export function writeInstanceState(env: Pick<Env, 'EMBEDDED_PG_DIR'>, databaseUrl: string): void {
  const file = instanceStatePath(env);
  mkdirSync(path.dirname(file), { recursive: true });
  const state: InstanceState = {
    pid: process.pid,
    databaseUrl,
    dataDir: path.resolve(env.EMBEDDED_PG_DIR),
    startedAt: new Date().toISOString(),
  };
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  // writeFileSync keeps the mode of a file that already exists.
  chmodSync(file, 0o600);
}

/** Removed on shutdown, before the database stops. */
export function removeInstanceState(env: Pick<Env, 'EMBEDDED_PG_DIR'>): void {
  const file = instanceStatePath(env);
  const state = readState(file);
  // A second server that failed to start must not remove the file of the one that runs.
  if (state?.pid === process.pid) rmSync(file, { force: true });
}

/** The state of a server that is running now; null when there is none (or only a stale file). */
export function runningInstance(env: Pick<Env, 'EMBEDDED_PG_DIR'>): InstanceState | null {
  const state = readState(instanceStatePath(env));
  return state && isAlive(state.pid) ? state : null;
}

function readState(file: string): InstanceState | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<InstanceState>;
    if (typeof parsed.pid !== 'number' || typeof parsed.databaseUrl !== 'string') return null;
    return parsed as InstanceState;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The database a command works on: DATABASE_URL when set; else the embedded database of the
 * Klankbord running on this data folder (from its state file); else the embedded database started
 * for the command alone (which refuses when another PostgreSQL holds the folder).
 */
export async function databaseForCommand(
  env: Env,
): Promise<{ url: string; source: 'DATABASE_URL' | 'running instance' | 'embedded'; stop: () => Promise<void> }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, source: 'DATABASE_URL', stop: async () => undefined };
  const running = runningInstance(env);
  if (running) return { url: running.databaseUrl, source: 'running instance', stop: async () => undefined };
  const embedded = await startLocalDatabase(env);
  return { url: embedded.url, source: 'embedded', stop: () => embedded.stop() };
}

function isModuleNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}
