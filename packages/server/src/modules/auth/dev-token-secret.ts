import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Env } from '../../env.js';

/** Shortest secret we accept from the file, as DEV_TOKEN_SECRET must be. */
const MIN_SECRET_LENGTH = 32;

/**
 * The secret that signs dev tokens, or null when dev sign-in is off. DEV_TOKEN_SECRET when set;
 * otherwise (development only — env.ts refuses dev sign-in in production) one generated once and
 * kept in `dev-token-secret` beside the embedded database's folder, readable by its owner only,
 * so that a restart or a reload of `pnpm dev` does not sign everyone out.
 */
export function devTokenSecret(env: Pick<Env, 'DEV_AUTH' | 'DEV_TOKEN_SECRET' | 'EMBEDDED_PG_DIR'>): Uint8Array | null {
  if (!env.DEV_AUTH) return null;
  const secret = env.DEV_TOKEN_SECRET ?? keptSecret(devTokenSecretFile(env.EMBEDDED_PG_DIR));
  return new TextEncoder().encode(secret);
}

/** Where the generated dev-token secret is kept: the data folder that holds the embedded database. */
export const devTokenSecretFile = (embeddedPgDir: string) =>
  path.join(path.dirname(path.resolve(embeddedPgDir)), 'dev-token-secret');

function keptSecret(file: string): string {
  const existing = readSecret(file);
  if (existing) {
    // Someone may have copied the folder with looser permissions; the secret signs every role.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return existing;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  try {
    // `wx`: when two starts race, the second keeps the first one's secret instead of replacing it.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another start wrote it meanwhile — or a damaged file was there: replace that one.
    const raced = readSecret(file);
    if (raced) return raced;
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    return secret;
  }
}

function readSecret(file: string): string | null {
  try {
    const secret = readFileSync(file, 'utf8').trim();
    return secret.length >= MIN_SECRET_LENGTH ? secret : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
