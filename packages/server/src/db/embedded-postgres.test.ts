import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startOnFreePort } from '@klankbord/test-support';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedPostgresError, startEmbeddedPostgres } from './embedded-postgres.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'klankbord-embedded-test-'));
// As root PostgreSQL runs as the 'postgres' OS user, which must be able to enter this folder
// (mkdtemp makes it 0700); otherwise every attempt here fails on that check instead.
chmodSync(dataDir, 0o755);
let blocker: Server | undefined;

afterAll(() => {
  blocker?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded PostgreSQL', () => {
  it('leaves a failing process its exit code (its exit hook used to turn it into 0)', () => {
    const script = `import('./src/db/embedded-postgres.ts').then(() => { process.exitCode = 3; });`;
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', '-e', script], {
      cwd: process.cwd(),
      encoding: 'utf8',
    });
    expect(result.status).toBe(3);
  }, 60_000);

  it('says why and what to do when its port is taken, instead of crashing', async () => {
    blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker!.listen(0, '127.0.0.1', () => resolve((blocker!.address() as { port: number }).port)),
    );
    const attempt = startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'pg'),
      port,
      database: 'klankbord',
      ephemeral: true,
    });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedPostgresError);
    await expect(attempt).rejects.toThrow(`Port ${port} is in use`);
    await expect(attempt).rejects.toThrow(/DATABASE_URL/);
  }, 60_000);

  it('says another Klankbord is using the data folder when one runs on it already', async () => {
    const shared = path.join(dataDir, 'shared');
    const first = await startOnFreePort((port) =>
      startEmbeddedPostgres({ dataDir: shared, port, database: 'klankbord' }),
    );
    try {
      // A port taken in between is retried, so what is left to refuse the start is the data folder.
      const second = startOnFreePort((port) => startEmbeddedPostgres({ dataDir: shared, port, database: 'klankbord' }));
      await expect(second).rejects.toBeInstanceOf(EmbeddedPostgresError);
      await expect(second).rejects.toThrow(`Another Klankbord (or PostgreSQL) is already using ${shared}.`);
      await expect(second).rejects.toThrow(/EMBEDDED_PG_DIR and EMBEDDED_PG_PORT/);
    } finally {
      await first.stop();
    }
  }, 90_000);
});
