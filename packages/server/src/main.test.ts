import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { setupTestDatabase } from '../test/database.js';

// The server as `pnpm dev` runs it (from source), in development mode: that is where Apollo's own
// SIGTERM handler used to be on and made every shutdown hang until the hard-stop timer.
const db = setupTestDatabase({}, { connect: false });
const children: ChildProcess[] = [];
let blocker: Server | undefined;

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  blocker?.close();
});

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startServer(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/main.ts'], {
    cwd: process.cwd(),
    env: {
      PATH: process.env['PATH'] ?? '',
      TZ: 'UTC',
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: db.url,
      DEMO_DATA: 'never',
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: '2000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

/** Resolves with the URL from the "klankbord started" log line. */
async function started(server: Started): Promise<string> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    const match = /"url":"(http:\/\/[^"]+)","msg":"klankbord started"/.exec(server.output());
    if (match?.[1]) return match[1];
    if (server.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not start:\n${server.output()}`);
}

/** Polls `condition` until it holds (the test's own timeout bounds the wait). */
async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (;;) {
    if (await condition()) return;
    if (children.some((child) => child.exitCode !== null))
      throw new Error(`the server exited while waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sessions of the test database, other than `client`'s, waiting on a lock. */
async function waitingOnLocks(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`,
  );
  return rows[0]!.n;
}

/** Sessions of the test database other than `client`'s. */
async function otherConnections(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
  );
  return rows[0]!.n;
}

describe('the server process', () => {
  it('on SIGTERM answers the request in flight, closes its database connections and exits 0', async () => {
    // A request held in flight by a lock the test owns: daysOff reads closure_day, locked here.
    const lock = new pg.Client({ connectionString: db.url });
    await lock.connect();
    try {
      // No statement timeout: the request must wait for the lock as long as the test holds it.
      const server = startServer({ SHUTDOWN_TIMEOUT_MS: '30000', DATABASE_STATEMENT_TIMEOUT_MS: '0' });
      const url = await started(server);
      await lock.query('begin');
      await lock.query('lock table closure_day in access exclusive mode');
      const inFlight = fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ daysOff(year: 2026) { date kind } }' }),
      });
      await until(async () => (await waitingOnLocks(lock)) > 0, 'the request to wait on the lock');

      server.child.kill('SIGTERM');
      await until(async () => server.output().includes('"msg":"shutting down"'), 'the server to start shutting down');
      expect(server.child.exitCode).toBeNull();
      await lock.query('commit');

      const response = await inFlight;
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data?: { daysOff: Array<{ kind: string }> }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.daysOff.length).toBeGreaterThan(0);
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.output()).toContain('"msg":"stopped"');
      // Its pool is closed: no connection to its database is left but the test's own.
      expect(await otherConnections(lock)).toBe(0);
    } finally {
      await lock.end();
    }
  }, 90_000);

  it('says the port is taken, before touching the database, and exits without a stack trace', async () => {
    blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker!.listen(0, '127.0.0.1', () => resolve((blocker!.address() as { port: number }).port)),
    );
    // An unreachable database: the port check must come first, or this would fail differently.
    const server = startServer({ PORT: String(port), DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' });
    const { code } = await server.exited;
    expect(code).not.toBe(0);
    expect(server.output()).toContain(
      `Port ${port} on 127.0.0.1 is in use — is Klankbord already running? Stop it or set PORT.`,
    );
    expect(server.output()).not.toMatch(/EADDRINUSE|\n\s+at /);
  }, 60_000);
});
