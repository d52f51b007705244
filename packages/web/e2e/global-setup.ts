import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Starts the real, built product for the browser tests: the server from packages/server/dist
 * serving packages/web/dist, on a database of its own — a fresh one on TEST_DATABASE_URL's server
 * when set, otherwise the embedded PostgreSQL in a temporary folder — with 30 days of demo data.
 */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DEMO_HISTORY_DAYS: '30',
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: path.resolve(here, '../dist'),
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

  const server = spawn(process.execPath, [path.resolve(here, '../../server/dist/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(baseUrl, server, () => output);
  project.provide('baseUrl', baseUrl);

  return async () => {
    await stop(server);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (database) await admin(database.adminUrl, `drop database if exists ${database.name} with (force)`);
  };
}

async function waitUntilReady(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited early:\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not become ready:\n${output()}`);
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
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
