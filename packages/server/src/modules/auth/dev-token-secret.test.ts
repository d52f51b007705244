import { mkdtempSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveEnv } from '../../env.js';
import { issueDevToken, verifyDevToken } from './dev-tokens.js';
import { devTokenSecret, devTokenSecretFile } from './dev-token-secret.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'klankbord-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const devEnv = (folder: string, extra: Record<string, string> = {}) =>
  resolveEnv({ NODE_ENV: 'development', EMBEDDED_PG_DIR: path.join(folder, 'postgres'), ...extra });

describe('the dev-token secret', () => {
  it('survives a restart: a token issued before still verifies after, and the file is private', async () => {
    const folder = mkdtempSync(path.join(dataDir, 'restart-'));
    const before = devTokenSecret(devEnv(folder))!;
    const token = await issueDevToken('8d0c5c4e-5b8e-4a43-9d7c-0f4f0e7a6a11', before);
    const after = devTokenSecret(devEnv(folder))!;
    expect(await verifyDevToken(token, after)).toBe('8d0c5c4e-5b8e-4a43-9d7c-0f4f0e7a6a11');
    const file = devTokenSecretFile(path.join(folder, 'postgres'));
    expect(file).toBe(path.join(folder, 'dev-token-secret'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('tightens a copied file that others could read, and replaces one too short to be a secret', () => {
    const folder = mkdtempSync(path.join(dataDir, 'repair-'));
    const file = path.join(folder, 'dev-token-secret');
    writeFileSync(file, 'x'.repeat(64));
    chmodSync(file, 0o644);
    expect(new TextDecoder().decode(devTokenSecret(devEnv(folder)))).toBe('x'.repeat(64));
    expect(statSync(file).mode & 0o777).toBe(0o600);

    writeFileSync(file, 'short');
    const replaced = new TextDecoder().decode(devTokenSecret(devEnv(folder)));
    expect(replaced).toHaveLength(64);
    expect(new TextDecoder().decode(devTokenSecret(devEnv(folder)))).toBe(replaced);
  });

  it('prefers DEV_TOKEN_SECRET and writes no file then', () => {
    const folder = mkdtempSync(path.join(dataDir, 'configured-'));
    const secret = 's'.repeat(40);
    expect(new TextDecoder().decode(devTokenSecret(devEnv(folder, { DEV_TOKEN_SECRET: secret })))).toBe(secret);
    expect(() => statSync(path.join(folder, 'dev-token-secret'))).toThrow();
  });

  it('is absent in production: dev sign-in stays refused there', () => {
    const folder = mkdtempSync(path.join(dataDir, 'production-'));
    expect(
      devTokenSecret(resolveEnv({ NODE_ENV: 'production', EMBEDDED_PG_DIR: path.join(folder, 'postgres') })),
    ).toBeNull();
    expect(() => statSync(path.join(folder, 'dev-token-secret'))).toThrow();
  });
});
