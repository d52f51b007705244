import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminQuery, startOnFreePort, withDatabase } from '@klankbord/test-support';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the built server lives; `pnpm --filter @klankbord/server build` writes it. */
export const SERVER_MAIN = path.resolve(here, '../../server/dist/main.js');
/** Where the built web app lives; `vite build` writes it. */
export const WEB_DIST = path.resolve(here, '../dist');

/** A running product: its address and how to stop it (and drop its database). */
export interface RunningProduct {
  baseUrl: string;
  stop: () => Promise<void>;
}

/**
 * Starts the real, built product: the server from packages/server/dist serving packages/web/dist
 * on 127.0.0.1, on a database of its own — a fresh one on TEST_DATABASE_URL's server when set,
 * otherwise the embedded PostgreSQL in a temporary folder — with `demoHistoryDays` of demo data.
 * The browser tests and the dashboard benchmark share it, so both measure the same thing.
 * `env` adds or overrides server settings (e.g. production mode with an identity provider).
 */
export async function startProduct({
  demoHistoryDays,
  readyTimeoutMs = 150_000,
  env: overrides = {},
}: {
  demoHistoryDays: number;
  readyTimeoutMs?: number;
  env?: Record<string, string>;
}): Promise<RunningProduct> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    // Any free port, read back from what the server prints: a port probed here and bound by the
    // server later could be taken in between.
    PORT: '0',
    DEMO_HISTORY_DAYS: String(demoHistoryDays),
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: WEB_DIST,
    // Every test person signs in and files from 127.0.0.1, far faster than people do: the rate
    // limits (tested in the server suite) would throttle the suite, not protect anything.
    RATE_LIMIT_SIGN_IN_PER_CLIENT: '100000',
    RATE_LIMIT_INTAKE_PER_CLIENT: '100000',
    RATE_LIMIT_INTAKE_PER_IDENTITY: '100000',
    RATE_LIMIT_FAILED_AUTH_PER_CLIENT: '100000',
    ...overrides,
  };
  let dataDir: string | null = null;
  let database: { adminUrl: string; name: string } | null = null;
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (adminUrl) {
    database = { adminUrl, name: `klankbord_e2e_${randomBytes(5).toString('hex')}` };
    await adminQuery(adminUrl, `create database ${database.name}`);
    env['DATABASE_URL'] = withDatabase(adminUrl, database.name);
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'klankbord-e2e-'));
    // mkdtemp makes it private; as root the embedded PostgreSQL runs as `postgres` and must enter it.
    chmodSync(dataDir, 0o755);
    env['EMBEDDED_PG_DIR'] = path.join(dataDir, 'pg');
  }
  const cleanUp = async () => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (database) await adminQuery(database.adminUrl, `drop database if exists ${database.name} with (force)`);
  };

  try {
    // PostgreSQL must be given its port: when another process takes it first, start again on another.
    const server = dataDir
      ? await startOnFreePort((pgPort) => startServer({ ...env, EMBEDDED_PG_PORT: String(pgPort) }, readyTimeoutMs))
      : await startServer(env, readyTimeoutMs);
    return {
      baseUrl: server.baseUrl,
      stop: async () => {
        await server.stop();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** Spawns the built server and waits until it says where it listens and answers /readyz; stops it again on failure. */
async function startServer(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<RunningProduct> {
  const server = spawn(process.execPath, [SERVER_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => stopProcess(server);
  try {
    const baseUrl = await waitUntilReady(server, () => output, timeoutMs);
    return { baseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Resolves with the server's address once it has printed it ("Klankbord is running at …") and is ready. */
async function waitUntilReady(server: ChildProcess, output: () => string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited early:\n${output()}`);
    const baseUrl = /Klankbord is running at (http:\/\/\S+)/.exec(output())?.[1];
    try {
      if (baseUrl && (await fetch(`${baseUrl}/readyz`)).ok) return baseUrl;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not become ready within ${timeoutMs / 1000} s:\n${output()}`);
}

function stopProcess(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}
