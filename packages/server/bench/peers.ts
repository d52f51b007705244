import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { freePort, startChild, stopChild } from './server-process.js';

/**
 * The peer the case list is compared with: PostGraphile 5 on the same database. It needs Node 22
 * or later, so Node 22 and PostGraphile are installed with npm into a cache folder of the bench's
 * own (never into the workspace), once, and PostGraphile runs there as a child process.
 */
const CACHE = process.env['BENCH_CACHE_DIR'] ?? path.join(homedir(), '.cache', 'klankbord-bench');
const NODE_DIR = path.join(CACHE, 'node22');
const PEER_DIR = path.join(CACHE, 'postgraphile5');
const NODE22 = path.join(NODE_DIR, 'node_modules', '.bin', 'node');

/** A minimal PostGraphile server: the Amber preset over `public`, production mode, no GraphiQL, no watch. */
const SERVE = `import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'] })],
  grafserv: { watch: false, graphiql: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).then(() => server.listen(Number(process.env.PORT), '127.0.0.1'));
process.on('SIGTERM', () => { server.close(); pgl.release().finally(() => process.exit(0)); });
`;

function install(say: (message: string) => void): void {
  mkdirSync(CACHE, { recursive: true });
  if (!existsSync(NODE22)) {
    say(`  installing Node 22 into ${NODE_DIR} (once)…`);
    execFileSync('npm', ['install', '--prefix', NODE_DIR, '--no-fund', '--no-audit', '--no-save', 'node@22'], {
      stdio: 'ignore',
    });
  }
  if (!existsSync(path.join(PEER_DIR, 'node_modules', 'postgraphile'))) {
    say(`  installing PostGraphile 5 into ${PEER_DIR} (once)…`);
    mkdirSync(PEER_DIR, { recursive: true });
    writeFileSync(path.join(PEER_DIR, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    execFileSync('npm', ['install', '--prefix', PEER_DIR, '--no-fund', '--no-audit', 'postgraphile@^5.1.5'], {
      stdio: 'ignore',
    });
  }
  writeFileSync(path.join(PEER_DIR, 'serve.mjs'), SERVE);
}

export interface Peer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startPostGraphile(databaseUrl: string, say: (message: string) => void): Promise<Peer> {
  install(say);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Ready once it answers at all; the bench's warm-up requests wait for the schema to be built.
  const child = await startChild({
    name: 'PostGraphile',
    command: NODE22,
    args: ['serve.mjs'],
    cwd: PEER_DIR,
    readyUrl: `${url}/graphql`,
    ready: (status) => status > 0,
    env: { PATH: process.env['PATH'], NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port) },
  });
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}
