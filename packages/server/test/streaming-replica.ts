import { execFile } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startOnFreePort } from '@klankbord/test-support';

const run = promisify(execFile);

/**
 * A PostgreSQL primary and a streaming standby of it (`pg_basebackup -R`), started in a temporary
 * folder on free ports from the machine's PostgreSQL binaries (Debian's postgresql-NN package):
 * what the replica tests read from. Both log every statement, so a test can tell which server
 * answered a request.
 */
export interface StreamingPair {
  /** Maintenance connection strings (database `postgres`). */
  readonly primaryUrl: string;
  readonly replicaUrl: string;
  /** Everything the server logged so far (statements included). */
  primaryLog(): string;
  replicaLog(): string;
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  /** Stops both servers and removes the folder. */
  stop(): Promise<void>;
}

/** PostgreSQL versions whose Debian binaries may be installed, newest first. */
const VERSIONS = [18, 17, 16, 15];

/**
 * The folder with `initdb`, `pg_ctl` and `pg_basebackup`, or why the replica tests cannot run here.
 * As root the servers run as the `postgres` OS user (PostgreSQL refuses root), which must exist.
 */
export function streamingReplicaSupport(): { binaries: string; runAs: string | null } | { missing: string } {
  const binaries = VERSIONS.map((version) => `/usr/lib/postgresql/${version}/bin`).find((folder) =>
    ['initdb', 'pg_ctl', 'pg_basebackup'].every((tool) => existsSync(path.join(folder, tool))),
  );
  if (!binaries)
    return {
      missing: 'no PostgreSQL server binaries in /usr/lib/postgresql/<15–18>/bin (apt-get install postgresql-15)',
    };
  if (userInfo().uid !== 0) return { binaries, runAs: null };
  const hasPostgresUser = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .some((line) => line.startsWith('postgres:'));
  return hasPostgresUser ? { binaries, runAs: 'postgres' } : { missing: 'running as root without a postgres OS user' };
}

/** Starts the primary and its standby; the standby has replayed the primary's state when this returns. */
export async function startStreamingPair(binaries: string, runAs: string | null): Promise<StreamingPair> {
  const folder = mkdtempSync(path.join(tmpdir(), 'klankbord-replica-'));
  if (runAs) {
    const { uid, gid } = osUser(runAs);
    chownSync(folder, uid, gid);
  }
  const tool = async (name: string, args: string[]) => {
    const [command, commandArgs] = runAs
      ? ['runuser', ['-u', runAs, '--', path.join(binaries, name), ...args]]
      : [path.join(binaries, name), args];
    await run(command, commandArgs, { timeout: 60_000 });
  };
  const primaryDir = path.join(folder, 'primary');
  const replicaDir = path.join(folder, 'replica');
  const primaryLogFile = path.join(folder, 'primary.log');
  const replicaLogFile = path.join(folder, 'replica.log');
  const start = async (dataDir: string, logFile: string) => {
    try {
      await tool('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '30', 'start']);
    } catch (error) {
      // The log says why (a port taken since it was probed shows as "could not bind").
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
      throw new Error(`pg_ctl start failed: ${error instanceof Error ? error.message : String(error)}\n${log}`, {
        cause: error,
      });
    }
  };
  const stopServer = (dataDir: string) => tool('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  const portTaken = (error: unknown) => error instanceof Error && /could not bind|already in use/i.test(error.message);
  const settings = (port: number) =>
    [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${folder}'`,
      'wal_level = replica',
      'max_wal_senders = 4',
      'wal_keep_size = 64MB',
      'hot_standby = on',
      'fsync = off',
      'shared_buffers = 16MB',
      'max_connections = 40',
      `log_statement = 'all'`,
      '',
    ].join('\n');

  try {
    await tool('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const primaryPort = await startOnFreePort(
      async (port) => {
        appendFileSync(path.join(primaryDir, 'postgresql.conf'), settings(port));
        await start(primaryDir, primaryLogFile);
        return port;
      },
      { isPortTaken: portTaken },
    );
    await tool('pg_basebackup', [
      ...['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir],
      ...['-R', '-X', 'stream', '-c', 'fast', '--no-sync'],
    ]);
    const replicaPort = await startOnFreePort(
      async (port) => {
        // Later lines win: the standby's own port after the copied primary settings.
        appendFileSync(path.join(replicaDir, 'postgresql.conf'), `port = ${port}\n`);
        await start(replicaDir, replicaLogFile);
        return port;
      },
      { isPortTaken: portTaken },
    );
    const read = (file: string) => () => (existsSync(file) ? readFileSync(file, 'utf8') : '');
    return {
      primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
      replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/postgres`,
      primaryLog: read(primaryLogFile),
      replicaLog: read(replicaLogFile),
      stopReplica: () => stopServer(replicaDir),
      startReplica: () => start(replicaDir, replicaLogFile),
      async stop() {
        await stopServer(replicaDir).catch(() => undefined);
        await stopServer(primaryDir).catch(() => undefined);
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopServer(replicaDir).catch(() => undefined);
    await stopServer(primaryDir).catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

function osUser(name: string): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  const [, , uid, gid] = line?.split(':') ?? [];
  return { uid: Number(uid), gid: Number(gid) };
}
