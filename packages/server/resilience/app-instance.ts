import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Settings every instance of the suite gets (over NODE_ENV=development without demo data). */
export const INSTANCE_SETTINGS = {
  /** Small pools, so the pool-exhaustion fault exhausts them with the suite's 16 clients. */
  DATABASE_POOL_MAX: '6',
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '1000',
  DATABASE_CONNECT_TIMEOUT_MS: '2000',
  DATABASE_STATEMENT_TIMEOUT_MS: '4000',
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '10000',
  SHUTDOWN_TIMEOUT_MS: '10000',
};

/** How an instance ended: its exit code or signal, and how long after the signal that was sent. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * One Klankbord server (the built `dist/main.js`, as production runs it) as a child process on a
 * fixed port, so a restarted instance comes back at the same address. Its log goes to a file.
 */
export class AppInstance {
  private child: ChildProcess | null = null;
  private exited: Promise<Exit> | null = null;
  private logStream: WriteStream;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly databaseUrl: string,
    private readonly devTokenSecret: string,
    readonly logFile: string,
  ) {
    this.logStream = createWriteStream(logFile, { flags: 'a' });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  /** Starts the process and waits until /readyz answers 200. */
  async start(): Promise<void> {
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: SERVER_DIR,
      env: {
        PATH: process.env['PATH'] ?? '',
        TZ: 'UTC',
        NODE_ENV: 'development',
        DEMO_DATA: 'never',
        DEV_AUTH: 'true',
        DEV_TOKEN_SECRET: this.devTokenSecret,
        GRAPHQL_EXPLORER: 'false',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        DATABASE_URL: this.databaseUrl,
        // Tells the two instances' sessions apart in pg_stat_activity (pool usage, faults).
        PGAPPNAME: `klankbord-${this.name}`,
        WEB_DIST_DIR: '/nonexistent',
        LOG_LEVEL: 'warn',
        // 16 clients submitting as fast as they can: the abuse limits would refuse them.
        RATE_LIMIT_INTAKE_PER_IDENTITY: '1000000',
        RATE_LIMIT_INTAKE_PER_CLIENT: '1000000',
        RATE_LIMIT_SIGN_IN_PER_CLIENT: '1000000',
        RATE_LIMIT_FAILED_AUTH_PER_CLIENT: '1000000',
        GRAPHQL_MAX_IN_FLIGHT_PER_VIEWER: '1000',
        ...INSTANCE_SETTINGS,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(this.logStream, { end: false });
    child.stderr?.pipe(this.logStream, { end: false });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`instance ${this.name} exited while starting; see ${this.logFile}`);
      if ((await this.readiness()) === 200) return;
      await sleep(100);
    }
    throw new Error(`instance ${this.name} did not become ready within 60 s; see ${this.logFile}`);
  }

  /** Sends `signal` and waits for the process to end (at most `timeoutMs`). */
  async signal(signal: 'SIGTERM' | 'SIGKILL', timeoutMs = 30_000): Promise<Exit> {
    const { child, exited } = this;
    if (!child || !exited) throw new Error(`instance ${this.name} is not running`);
    child.kill(signal);
    const timeout = sleep(timeoutMs).then((): Exit => ({ code: null, signal: null }));
    const exit = await Promise.race([exited, timeout]);
    if (exit.code !== null || exit.signal !== null) {
      this.child = null;
      this.exited = null;
    }
    return exit;
  }

  /** The HTTP status of /readyz, or 0 when nothing answers. */
  async readiness(): Promise<number> {
    try {
      const response = await fetch(`${this.url}/readyz`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 0;
    }
  }

  /** Resident memory of the process in MiB (from /proc), or null when it is not running. */
  rssMiB(): number | null {
    if (!this.pid) return null;
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
      return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
    } catch {
      return null;
    }
  }

  log(): string {
    try {
      return readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }

  /** Ends the process if it still runs (SIGTERM, then SIGKILL) and closes the log. */
  async stop(): Promise<void> {
    if (this.child) {
      const exit = await this.signal('SIGTERM', 20_000);
      if (exit.code === null && exit.signal === null) await this.signal('SIGKILL');
    }
    this.logStream.end();
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
