import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedPostgresError, startEmbeddedPostgres } from './embedded-postgres.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'klankbord-embedded-test-'));
let blocker: Server | undefined;

afterAll(() => {
  blocker?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded PostgreSQL', () => {
  it('leaves a failing process its exit code (its exit hook used to turn it into 0)', () => {
    const script = `import('./src/db/embedded-postgres.ts').then(() => { process.exitCode = 3; });`;
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', '-e', script], { cwd: process.cwd(), encoding: 'utf8' });
    expect(result.status).toBe(3);
  }, 60_000);

  it('says why and what to do when its port is taken, instead of crashing', async () => {
    blocker = createServer();
    const port = await new Promise<number>((resolve) => blocker!.listen(0, '127.0.0.1', () => resolve((blocker!.address() as { port: number }).port)));
    const attempt = startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port, database: 'klankbord', ephemeral: true });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedPostgresError);
    await expect(attempt).rejects.toThrow(/DATABASE_URL/);
  }, 60_000);
});
