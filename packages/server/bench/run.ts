import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/orm-config.js';
import { COMMAND_LINE } from '../src/modules/admin-events/admin-actor.js';
import { createApiKey } from '../src/modules/api-keys/create-api-key.js';
import { generateBenchData } from './generate.js';
import { graphqlClient } from './graphql-client.js';
import {
  floorValues,
  INTAKE_FLOOR,
  intakeOverHttp,
  loadIntakeReferences,
  reconcile,
  removeIntakeCases,
} from './intake.js';
import {
  CASE_LIST,
  CASE_LIST_FLOOR,
  CASE_LIST_WITH_COUNT,
  CASE_LIST_WITH_COUNT_FLOOR,
  pageIds,
  PEER_CASE_LIST,
} from './list.js';
import {
  interleavedLatency,
  interleavedThroughput,
  load,
  ms,
  percentile,
  rate,
  ratioSpread,
  say,
  type LatencyResult,
  type ThroughputResult,
} from './measure.js';
import { startPostGraphile } from './peers.js';
import { measureReports } from './reports.js';
import { sampleRss, startServer, type ChildServer } from './server-process.js';

/**
 * `pnpm bench [--size 100k|1m|5m ...] [--peers] [--rounds N] [--report-queries N]`: for each dataset size, the built
 * server runs as a child process of its own (production mode) and is measured over HTTP against
 * floors — the same answer from one hand-written statement through `pg` — in interleaved rounds:
 * the case list (c=1 latency, c=16 throughput, with and without totalCount), the reports and the
 * dashboard bundle, intake at c=16 with a reconciliation, the server's RSS under a c=64 list load
 * and after 10,000 report queries, SQL statements per request; with `--peers`, PostGraphile 5 on
 * the same database serving the same list. Progress on stderr, the tables (markdown) on stdout.
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', multiple: true },
    peers: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    'report-queries': { type: 'string' },
  },
});
const SIZES: Record<string, number> = { '100k': 100_000, '1m': 1_000_000, '5m': 5_000_000 };
const sizes = (values.size ?? ['100k']).map((s) => {
  const size = SIZES[s.toLowerCase()];
  if (!size) throw new Error(`Unknown size ${s}; use 100k, 1m or 5m.`);
  return [s.toLowerCase(), size] as const;
});
/** Rounds per comparison; each round runs every side (latency: 25 requests each, so 8 rounds = 200 samples a side). */
const ROUNDS = Number(values.rounds ?? 8);
const PER_ROUND = 25;
const THROUGHPUT_ROUNDS = Math.max(3, Math.round(ROUNDS / 2));
const THROUGHPUT_SECONDS = 3;
/** Report queries the server answers before its memory is read (fewer only for a quick try of the bench). */
const REPORT_QUERIES_FOR_MEMORY = Number(values['report-queries'] ?? 10_000);
const EMBEDDED_PORT = Number(process.env['BENCH_PG_PORT'] ?? 54339);

const out: string[] = [];
const print = (line = '') => out.push(line);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function latencyRow(size: string, work: string, ours: LatencyResult, floor: LatencyResult, sql: number | string) {
  print(
    `| ${size} | ${work} | ${ms(percentile(ours.samples, 0.5))} | ${ms(percentile(ours.samples, 0.95))} | ${ms(percentile(floor.samples, 0.5))} | ${ms(percentile(floor.samples, 0.95))} | ${ratioSpread(ours.roundP50, floor.roundP50)} | ${ratioSpread(ours.roundP95, floor.roundP95)} | ${sql} |`,
  );
}

function throughputRow(size: string, work: string, ours: ThroughputResult, floor: ThroughputResult) {
  print(
    `| ${size} | ${work} | ${rate(ours)} | ${ms(percentile(ours.samples, 0.99))} | ${rate(floor)} | ${ms(percentile(floor.samples, 0.99))} | ${ratioSpread(ours.roundRate, floor.roundRate)} | ${ours.failures} / ${floor.failures} |`,
  );
}

/** SQL statements the server sends per request, over `n` sequential requests. */
async function sqlPerRequest(server: ChildServer, n: number, run: () => Promise<unknown>): Promise<string> {
  await server.sqlReset();
  for (let i = 0; i < n; i++) await run();
  return ((await server.sqlCount()) / n).toFixed(1);
}

let embedded: EmbeddedDatabase | null = null;
const adminUrl =
  process.env['BENCH_DATABASE_URL'] ??
  process.env['TEST_DATABASE_URL'] ??
  (await (async () => {
    say(`Starting the embedded PostgreSQL for the benchmark (port ${EMBEDDED_PORT})…`);
    embedded = await startEmbeddedPostgres({
      dataDir: '.data/bench-postgres',
      port: EMBEDDED_PORT,
      database: 'postgres',
    });
    return embedded.adminUrl;
  })());

const generation: string[] = [];
try {
  for (const [label, size] of sizes) {
    const database = `klankbord_bench_${label}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    if ((await admin.query('select 1 from pg_database where datname = $1', [database])).rowCount === 0)
      await admin.query(`create database ${database}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    const databaseUrl = url.toString();

    say(`\nDataset ${label}:`);
    const floorPool = new pg.Pool({ connectionString: databaseUrl, max: 16 });
    // Setup (migrations, data, an API key) in this process; it closes before anything is measured.
    const orm = await MikroORM.init(ormConfig(databaseUrl, { pool: { min: 1, max: 4 } }));
    await orm.getMigrator().up();
    const removed = await removeIntakeCases(floorPool).catch(() => 0);
    if (removed > 0) say(`  removed ${removed} cases an earlier intake run wrote`);
    const before = await floorPool.query<{ n: string }>('select count(*) as n from feedback_case');
    const generationStart = performance.now();
    await generateBenchData(orm, size, say);
    generation.push(
      Number(before.rows[0]?.n) === size
        ? `${label}: already in place`
        : `${label}: written in ${((performance.now() - generationStart) / 1000).toFixed(0)} s`,
    );
    const now = new Date();
    const { secret } = await createApiKey({
      em: orm.em.fork(),
      actor: COMMAND_LINE,
      now,
      input: {
        name: `bench ${now.toISOString()}`,
        scopes: ['cases:read', 'reports:read', 'cases:submit'],
        expiresAt: new Date(now.getTime() + 86_400_000),
      },
    });
    await orm.close(true);

    say('  starting the server (node dist/main.js, NODE_ENV=production)…');
    let server = await startServer(databaseUrl);
    let ours = graphqlClient(server.url, { authorization: `Bearer ${secret}` }, 64);
    /** A fresh server process, so that each memory figure starts from the same state. */
    const restart = async () => {
      await ours.close();
      await server.stop();
      server = await startServer(databaseUrl);
      ours = graphqlClient(server.url, { authorization: `Bearer ${secret}` }, 64);
    };
    const rounds = { rounds: ROUNDS, perRound: PER_ROUND };
    const loadShape = { rounds: THROUGHPUT_ROUNDS, seconds: THROUGHPUT_SECONDS, concurrency: 16 };
    try {
      // --- Case list ---
      const list = () => ours.must(CASE_LIST);
      const listCount = () => ours.must(CASE_LIST_WITH_COUNT);
      const listFloor = () => floorPool.query(CASE_LIST_FLOOR);
      const listCountFloor = () => floorPool.query(CASE_LIST_WITH_COUNT_FLOOR);
      const ok = (run: () => Promise<unknown>) => () => run().then(() => true);
      const samePage =
        pageIds.ours(await list()).join() === pageIds.floor((await listFloor()).rows as Array<{ id: string }>).join();
      const [l1, lf1, lc1, lcf1] = await interleavedLatency(
        'case list c=1',
        [
          { label: 'list', run: list },
          { label: 'list floor', run: listFloor },
          { label: 'list+count', run: listCount },
          { label: 'list+count floor', run: listCountFloor },
        ],
        rounds,
      );
      const [l16, lf16, lc16, lcf16] = await interleavedThroughput(
        'case list c=16',
        [
          { label: 'list', run: ok(list) },
          { label: 'list floor', run: ok(listFloor) },
          { label: 'list+count', run: ok(listCount) },
          { label: 'list+count floor', run: ok(listCountFloor) },
        ],
        loadShape,
      );
      const listSql = await sqlPerRequest(server, 20, list);
      const listCountSql = await sqlPerRequest(server, 20, listCount);
      say('  case list c=64 for 10 s (RSS)…');
      const listRss = sampleRss(server.pid);
      const list64 = await load(ok(list), { concurrency: 64, seconds: 10 });
      const listMemory = listRss.stop();

      // --- Reports and the bundle (on a fresh server: its RSS after 10,000 of them is measured) ---
      await restart();
      const reports = await measureReports({
        ours,
        floorPool,
        server,
        rounds,
        total: REPORT_QUERIES_FOR_MEMORY,
        sqlPerRequest: (n, run) => sqlPerRequest(server, n, run),
      });

      // --- Intake ---
      const references = await loadIntakeReferences(floorPool);
      const http = intakeOverHttp(ours, references);
      let floorSequence = 0;
      const submitFloor = () =>
        floorPool.query({ ...INTAKE_FLOOR, values: floorValues(references, floorSequence++) }).then(() => true);
      const [intake, intakeFloor] = await interleavedThroughput(
        'intake c=16',
        [
          { label: 'submitFeedback', run: http.submit },
          { label: 'intake floor', run: submitFloor },
        ],
        loadShape,
      );
      const intakeSql = await sqlPerRequest(server, 10, http.submit);
      const problems = await reconcile(floorPool, http.answered, http.failedKeys);
      await removeIntakeCases(floorPool);

      // --- Output for this size ---
      print(`\n### ${label} (${size.toLocaleString('en')} cases)\n`);
      print(
        '| size | work (c=1) | p50 ms | p95 ms | floor p50 | floor p95 | ratio p50 (spread) | ratio p95 (spread) | SQL/request |',
      );
      print('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
      latencyRow(label, 'case list, 50 newest', l1!, lf1!, listSql);
      latencyRow(label, 'case list + totalCount', lc1!, lcf1!, listCountSql);
      for (const row of reports.rows) latencyRow(label, row.report, row.http, row.floor, row.sql);
      print('');
      print(
        '| size | work (c=16) | req/s | p99 ms | floor req/s | floor p99 | ratio req/s (spread) | failed (ours / floor) |',
      );
      print('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
      throughputRow(label, 'case list, 50 newest', l16!, lf16!);
      throughputRow(label, 'case list + totalCount', lc16!, lcf16!);
      throughputRow(label, `submitFeedback (${intakeSql} SQL each)`, intake!, intakeFloor!);
      print('');
      if (!samePage) print('WARNING: the server and the list floor answered different pages.');
      print(
        `Intake reconciliation: ${http.answered.size} answered 200, ${http.failedKeys.length} failed` +
          (http.refusals.size > 0
            ? ` (${[...http.refusals].map(([reason, n]) => `${reason} ×${n}`).join(', ')})`
            : '') +
          '; ' +
          (problems.length === 0
            ? 'every answer is exactly one case.'
            : `PROBLEMS: ${problems.slice(0, 5).join('; ')}`),
      );
      print(
        `Server RSS (node dist/main.js alone): case list at c=64 for 10 s (${((list64.completed / list64.elapsedMs) * 1000).toFixed(0)} req/s, ${list64.failures} failed): peak ${mib(listMemory.peak)}, end ${mib(listMemory.end)}; ` +
          `during and after ${REPORT_QUERIES_FOR_MEMORY.toLocaleString('en')} report queries: peak ${mib(reports.memory.peak)}, end ${mib(reports.memory.end)}.`,
      );

      // --- Peers ---
      if (values.peers) {
        say('  starting PostGraphile 5 (Node 22) on the same database…');
        const peer = await startPostGraphile(databaseUrl, say);
        const theirs = graphqlClient(peer.url, {}, 64);
        try {
          const peerList = () => theirs.must(PEER_CASE_LIST);
          const peerSamePage = pageIds.peer(await peerList()).join() === pageIds.ours(await list()).join();
          if (!peerSamePage) print('\nWARNING: PostGraphile answered another page than Klankbord.');
          const [o1, p1, f1] = await interleavedLatency(
            'peers c=1',
            [
              { label: 'Klankbord', run: list },
              { label: 'PostGraphile', run: peerList },
              { label: 'floor', run: listFloor },
            ],
            rounds,
          );
          const [o16, p16, f16] = await interleavedThroughput(
            'peers c=16',
            [
              { label: 'Klankbord', run: ok(list) },
              { label: 'PostGraphile', run: ok(peerList) },
              { label: 'floor', run: ok(listFloor) },
            ],
            loadShape,
          );
          const peerRss = sampleRss(peer.pid);
          const peer64 = await load(ok(peerList), { concurrency: 64, seconds: 10 });
          const peerMemory = peerRss.stop();
          print('');
          print(
            '| size | case list, 50 newest | c=1 p50 ms | c=1 p95 ms | c=16 req/s | c=16 p99 ms | Klankbord ÷ it, p50 (spread) | it ÷ Klankbord, req/s (spread) | RSS peak at c=64 |',
          );
          print('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
          const peerRow = (name: string, a: LatencyResult, t: ThroughputResult, rss: string) =>
            print(
              `| ${label} | ${name} | ${ms(percentile(a.samples, 0.5))} | ${ms(percentile(a.samples, 0.95))} | ${rate(t)} | ${ms(percentile(t.samples, 0.99))} | ${ratioSpread(o1!.roundP50, a.roundP50)} | ${ratioSpread(t.roundRate, o16!.roundRate)} | ${rss} |`,
            );
          peerRow('Klankbord', o1!, o16!, mib(listMemory.peak));
          peerRow(
            'PostGraphile 5',
            p1!,
            p16!,
            `${mib(peerMemory.peak)} (${((peer64.completed / peer64.elapsedMs) * 1000).toFixed(0)} req/s)`,
          );
          peerRow('floor (pg, prepared)', f1!, f16!, '—');
        } finally {
          await theirs.close();
          await peer.stop();
        }
      }
    } finally {
      await ours.close();
      await server.stop();
      await floorPool.end();
    }
    // Each size's tables as soon as they are complete.
    process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
} finally {
  await (embedded as EmbeddedDatabase | null)?.stop();
}

print('');
print(`Datasets: ${generation.join('; ')}.`);
print(
  `Latency: ${ROUNDS} interleaved rounds × ${PER_ROUND} sequential requests per side after 5 warm-ups (${ROUNDS * PER_ROUND} samples a side); ` +
    `throughput: ${THROUGHPUT_ROUNDS} rounds × ${THROUGHPUT_SECONDS} s per side at c=16 after a 1 s warm-up. ` +
    'Spread: min–max of the per-round ratios.',
);
process.stdout.write(`${out.splice(0).join('\n')}\n`);
