import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A free TCP port on 127.0.0.1 (the OS picks it; released before the child binds it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Resident set size of a process in bytes, from /proc (Linux), or 0 when it is gone. */
export function rssOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples a process's RSS every 50 ms until stopped; reports the peak and the last value. */
export function sampleRss(pid: number): { stop(): { peak: number; end: number } } {
  let peak = rssOf(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 50);
  return {
    stop() {
      clearInterval(timer);
      const end = rssOf(pid);
      return { peak: Math.max(peak, end), end };
    },
  };
}

export interface ChildServer {
  url: string;
  pid: number;
  /** Statements the server sent to PostgreSQL since the last reset (see count-sql.mjs). */
  sqlCount(): Promise<number>;
  sqlReset(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `command args` as a child and waits until `readyUrl` answers as `ready` wants. Its output is kept (the
 * last lines) and shown only when it fails to start.
 */
export async function startChild({
  command,
  args,
  env,
  cwd,
  readyUrl,
  ipc = false,
  name,
  ready = (status) => status === 200,
}: {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  readyUrl: string;
  ipc?: boolean;
  name: string;
  /** Whether the answer to `readyUrl` (its status) means the child is ready; default 200. */
  ready?: (status: number) => boolean;
}): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc' as const] : [])] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n'));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited while starting:\n${output.join('\n')}`);
    const answered = await fetch(readyUrl).then(
      (response) => ready(response.status),
      () => false,
    );
    if (answered) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not become ready in 120 s:\n${output.join('\n')}`);
}

/** Stops a child with SIGTERM (SIGKILL after 15 s) and waits for it to exit. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The built server (`dist/main.js`, as `pnpm start` runs it) as a child process of its own, so its
 * memory is measured alone, in production mode on `databaseUrl`. The bench lifts the limits that
 * would otherwise refuse its load (intake rate limits, operations in flight per viewer); the
 * checks themselves still run.
 */
export async function startServer(databaseUrl: string): Promise<ChildServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = await startChild({
    name: 'The Klankbord server',
    command: process.execPath,
    args: ['--import', './bench/count-sql.mjs', 'dist/main.js'],
    cwd: serverDir,
    ipc: true,
    readyUrl: `${url}/readyz`,
    env: {
      PATH: process.env['PATH'],
      TZ: 'UTC',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'never',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: path.join(serverDir, 'bench', 'no-web-app'),
      RATE_LIMIT_INTAKE_PER_IDENTITY: '1000000000',
      RATE_LIMIT_INTAKE_PER_CLIENT: '1000000000',
      GRAPHQL_MAX_IN_FLIGHT_PER_VIEWER: '1000',
    },
  });
  const ask = (message: 'sql-count' | 'sql-reset') =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not answer the SQL counter')), 5_000);
      child.once('message', (reply: { sqlCount: number }) => {
        clearTimeout(timer);
        resolve(reply.sqlCount);
      });
      child.send(message);
    });
  return {
    url,
    pid: child.pid!,
    sqlCount: () => ask('sql-count'),
    sqlReset: async () => void (await ask('sql-reset')),
    stop: () => stopChild(child),
  };
}
