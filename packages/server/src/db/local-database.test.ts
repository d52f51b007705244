import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveEnv } from '../env.js';
import {
  databaseForCommand,
  instanceStatePath,
  removeInstanceState,
  runningInstance,
  writeInstanceState,
} from './local-database.js';

const folder = () => ({ EMBEDDED_PG_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'klankbord-state-')), 'postgres') });
const URL_OF_RUNNING = 'postgres://postgres:secret@127.0.0.1:54329/klankbord';

describe('the state file through which commands find a running server’s embedded database', () => {
  it('sits beside the data folder, readable by its owner only, and names the running server', () => {
    const env = folder();
    writeInstanceState(env, URL_OF_RUNNING);
    const file = instanceStatePath(env);
    expect(path.dirname(file)).toBe(path.dirname(env.EMBEDDED_PG_DIR));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(runningInstance(env)).toMatchObject({ pid: process.pid, databaseUrl: URL_OF_RUNNING });
  });

  it('is ignored when the server that wrote it is gone (killed without its shutdown)', () => {
    const env = folder();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(instanceStatePath(env), JSON.stringify({ pid: Number(gone.stdout), databaseUrl: URL_OF_RUNNING }));
    expect(runningInstance(env)).toBeNull();
  });

  it('is removed at shutdown only by the server that wrote it', () => {
    const env = folder();
    const file = instanceStatePath(env);
    writeFileSync(file, JSON.stringify({ pid: process.ppid, databaseUrl: URL_OF_RUNNING }));
    removeInstanceState(env);
    expect(readFileSync(file, 'utf8')).toContain(URL_OF_RUNNING);
    writeInstanceState(env, URL_OF_RUNNING);
    removeInstanceState(env);
    expect(existsSync(file)).toBe(false);
  });

  it('gives way to DATABASE_URL, which commands always prefer', async () => {
    const env = folder();
    writeInstanceState(env, URL_OF_RUNNING);
    const database = await databaseForCommand(
      resolveEnv({ DATABASE_URL: 'postgres://app@db.example:5432/klankbord', EMBEDDED_PG_DIR: env.EMBEDDED_PG_DIR }),
    );
    expect(database).toMatchObject({ url: 'postgres://app@db.example:5432/klankbord', source: 'DATABASE_URL' });
    const beside = await databaseForCommand(resolveEnv({ EMBEDDED_PG_DIR: env.EMBEDDED_PG_DIR }));
    expect(beside).toMatchObject({ url: URL_OF_RUNNING, source: 'running instance' });
  });
});
