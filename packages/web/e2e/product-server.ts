import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

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
 */
export async function startProduct({ demoHistoryDays, readyTimeoutMs = 150_000 }: { demoHistoryDays: number; readyTimeoutMs?: number }): Promise<RunningProduct> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DEMO_HISTORY_DAYS: String(demoHistoryDays),
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: WEB_DIST,
  };
  let dataDir: string | null = null;
  let database: { adminUrl: string; name: string } | null = null;
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (adminUrl) {
    database = { adminUrl, name: `klankbord_e2e_${randomBytes(5).toString('hex')}` };
    await admin(adminUrl, `create database ${database.name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${database.name}`;
    env['DATABASE_URL'] = url.toString();
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'klankbord-e2e-'));
    // mkdtemp makes it private; as root the embedded PostgreSQL runs as `postgres` and must enter it.
    chmodSync(dataDir, 0o755);
    env['EMBEDDED_PG_DIR'] = path.join(dataDir, 'pg');
    env['EMBEDDED_PG_PORT'] = String(await freePort());
  }

  const cleanUp = async () => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (database) await admin(database.adminUrl, `drop database if exists ${database.name} with (force)`);
  };
  const server = spawn(process.execPath, [SERVER_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopProcess(server);
    await cleanUp();
  };
  try {
    await waitUntilReady(baseUrl, server, () => output, readyTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

async function waitUntilReady(baseUrl: string, server: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited early:\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) return;
    } catch {
      // not listening yet
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

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
