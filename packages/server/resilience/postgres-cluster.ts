import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian puts PostgreSQL 15's server programs; RESILIENCE_PG_BIN overrides it. */
const PG_BIN = process.env['RESILIENCE_PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL server of the suite's own, in a temporary folder on a free port — never the shared
 * server on 5432, which other work depends on. It is restarted and crashed on purpose. As root the
 * server runs as the `postgres` OS user (initdb refuses root); the folder is given to that user.
 */
export interface PostgresCluster {
  readonly port: number;
  /** A superuser's connection string (the suite's own checks and faults). */
  readonly adminUrl: string;
  /** The application role's connection string to the application database. */
  readonly appUrl: string;
  /** `fast`: clients are disconnected and the server shuts down cleanly; `immediate`: a crash (recovery on start). */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  destroy(): Promise<void>;
  /** The server's log, for a failure message. */
  log(): string;
}

export const APP_ROLE = 'klankbord';
export const APP_DATABASE = 'klankbord';

export async function startPostgresCluster(): Promise<PostgresCluster> {
  if (!existsSync(path.join(PG_BIN, 'pg_ctl'))) {
    throw new Error(
      `PostgreSQL's server programs are not in ${PG_BIN} (apt-get install postgresql-15, or set RESILIENCE_PG_BIN).`,
    );
  }
  const asRoot = userInfo().uid === 0;
  const dir = mkdtempSync('/tmp/klankbord-resilience-pg-');
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']).catch(() => {
      throw new Error('Running as root needs the `postgres` OS user to run PostgreSQL (initdb refuses root).');
    });
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const as = (program: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, program), ...args], { cwd: dir })
      : run(path.join(PG_BIN, program), args, { cwd: dir });

  await as('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = [`-p ${port}`, `-k ${dir}`, `-c listen_addresses=127.0.0.1`, `-c max_connections=200`].join(' ');
  const start = async () => {
    await as('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', 'start']);
  };
  const stop = async (mode: 'fast' | 'immediate') => {
    await as('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
  };
  await start();

  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create role ${APP_ROLE} login`);
  await admin.query(`create database ${APP_DATABASE} owner ${APP_ROLE}`);
  await admin.end();

  return {
    port,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/${APP_DATABASE}`,
    appUrl: `postgres://${APP_ROLE}@127.0.0.1:${port}/${APP_DATABASE}`,
    stop,
    start,
    async destroy() {
      await stop('fast').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  };
}

/** A TCP port nothing listens on now (taken from the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
