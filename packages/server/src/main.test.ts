import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('the server process', () => {
  it('stops on SIGTERM within seconds with exit code 0 and a "stopped" log line', async () => {
    const server = startServer({});
    const url = await started(server);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const { code } = await server.exited;
    expect(code).toBe(0);
    // Well under SHUTDOWN_TIMEOUT_MS + 5 s, the hard stop that used to end every shutdown.
    expect(Date.now() - signalled).toBeLessThan(4_000);
    expect(server.output()).toContain('"msg":"stopped"');
  }, 60_000);

  it('says the port is taken, before touching the database, and exits without a stack trace', async () => {
    blocker = createServer();
    const port = await new Promise<number>((resolve) => blocker!.listen(0, '127.0.0.1', () => resolve((blocker!.address() as { port: number }).port)));
    // An unreachable database: the port check must come first, or this would fail differently.
    const server = startServer({ PORT: String(port), DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' });
    const { code } = await server.exited;
    expect(code).not.toBe(0);
    expect(server.output()).toContain(`Port ${port} on 127.0.0.1 is in use — is Klankbord already running? Stop it or set PORT.`);
    expect(server.output()).not.toMatch(/EADDRINUSE|\n\s+at /);
  }, 60_000);
});
