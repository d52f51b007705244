// `pnpm --filter @klankbord/web build:if-changed`: runs `vite build` only when its inputs changed
// since the last build, so `pnpm start` without changes starts in seconds instead of rebuilding.
// The inputs' fingerprint (paths, sizes, contents) is kept in dist/.build-inputs; deleting dist
// (or any change to the sources, the domain package, the config or the lockfile) builds again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INPUTS = [
  'src',
  'index.html',
  'vite.config.ts',
  'package.json',
  'public',
  '../domain/src',
  '../domain/package.json',
  '../../pnpm-lock.yaml',
];
const stamp = path.join(web, 'dist', '.build-inputs');

/** Every input file's relative path and content, in a stable order, hashed. */
export function fingerprint(root, inputs) {
  const hash = createHash('sha256');
  const visit = (relative) => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort()) visit(path.join(relative, entry));
      return;
    }
    hash.update(`${relative}\0`).update(readFileSync(full)).update('\0');
  };
  for (const input of inputs) visit(input);
  return hash.digest('hex');
}

const current = fingerprint(web, INPUTS);
const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
if (previous === current && existsSync(path.join(web, 'dist', 'index.html'))) {
  process.stderr.write('Web app: up to date (no changes since the last build).\n');
} else {
  const result = spawnSync('vite', ['build'], { cwd: web, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, `${current}\n`);
}
