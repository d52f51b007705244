import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/orm-config.js';
import { resolveEnv } from '../src/env.js';
import { issueDevToken } from '../src/modules/auth/dev-tokens.js';
import { Person } from '../src/modules/people/person.entity.js';
import { startHttpServer } from '../src/http/server.js';
import { createLogger } from '../src/shared/logger.js';
import { floorStatements } from './floors.js';
import { generateBenchData } from './generate.js';

/**
 * `pnpm bench [--size 100k|1m|5m ...] [--iterations 30]`: for each dataset size, every report and
 * the dashboard bundle over HTTP GraphQL against one hand-written SQL statement through `pg` (the
 * floor), with p50/p95, their ratio, SQL statements per request and peak memory (RSS of this
 * process, which runs the server and the client).
 */
const { values } = parseArgs({ options: { size: { type: 'string', multiple: true }, iterations: { type: 'string' } } });
const SIZES: Record<string, number> = { '100k': 100_000, '1m': 1_000_000, '5m': 5_000_000 };
const sizes = (values.size ?? ['100k']).map((s) => {
  const size = SIZES[s.toLowerCase()];
  if (!size) throw new Error(`Unknown size ${s}; use 100k, 1m or 5m.`);
  return [s.toLowerCase(), size] as const;
});
const iterations = Number(values.iterations ?? 30);
const say = (message: string) => process.stderr.write(`${message}\n`);

const filter = (kind: string | null) => {
  const to = new Date();
  const from = new Date(to.getTime() - 364 * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10), bucket: 'MONTH', kind };
};

const TREND = `query Bench($f: ReportFilter!) { volumeTrend(filter: $f) { buckets received total byComplaintType { key counts total } byService { key counts total } } }`;
const RECURRING = `query Bench($f: ReportFilter!) { recurringComplaintTypes(filter: $f) { types { complaintTypeId currentCount qValue flagged } } }`;
const LEAD = `query Bench($f: ReportFilter!) { leadTimePerformance(filter: $f) { total { cases medianWorkingDays p90WorkingDays } rows { key cases medianWorkingDays } } }`;
const COMPLIMENTS = `query Bench($f: ReportFilter!) { compliments(filter: $f) { total byService { key compliments complaints } } }`;
const OUTCOMES = `query Bench($f: ReportFilter!) { outcomes(filter: $f) { complaints { outcome count } suggestionsAdopted } }`;
const BUNDLE = `query Bench($f: ReportFilter!, $c: ReportFilter!) {
  volumeTrend(filter: $f) { total buckets received byComplaintType { key counts } }
  recurringComplaintTypes(filter: $c) { types { complaintTypeId flagged } }
  leadTimePerformance(filter: $c) { total { cases medianWorkingDays } }
  compliments(filter: $f) { total }
  outcomes(filter: $f) { complaints { outcome count } }
}`;

interface Row {
  size: string;
  report: string;
  p50: number;
  p95: number;
  floorP50: number;
  floorP95: number;
  statements: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};

async function time(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

let embedded: EmbeddedDatabase | null = null;
const adminUrl =
  process.env['BENCH_DATABASE_URL'] ??
  process.env['TEST_DATABASE_URL'] ??
  (await (async () => {
    say('Starting the embedded PostgreSQL for the benchmark…');
    embedded = await startEmbeddedPostgres({
      dataDir: '.data/bench-postgres',
      port: Number(process.env['BENCH_PG_PORT'] ?? 54339),
      database: 'postgres',
    });
    return embedded.adminUrl;
  })());

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const rows: Row[] = [];
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

    say(`\nDataset ${label}:`);
    let statements = 0;
    const orm = await MikroORM.init(
      ormConfig(url.toString(), { debug: ['query'], logger: () => void statements++, pool: { min: 2, max: 10 } }),
    );
    await orm.getMigrator().up();
    await generateBenchData(orm, size, say);

    const env = resolveEnv({ NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent' });
    const secret = new TextEncoder().encode('bench-secret-bench-secret-bench-secret');
    const server = await startHttpServer({
      orm,
      env,
      logger: createLogger('silent'),
      now: () => new Date(),
      devTokenSecret: secret,
    });
    const manager = await orm.em.fork().findOneOrFail(Person, { email: 'management@demo.klankbord.example' });
    const token = await issueDevToken(manager.id, secret);
    const floorClient = new pg.Client({ connectionString: url.toString() });
    await floorClient.connect();

    const all = filter(null);
    const complaints = filter('COMPLAINT');
    const request = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const reports: Array<[string, string, Record<string, unknown>]> = [
      ['volumeTrend', TREND, { f: all }],
      ['recurringComplaintTypes', RECURRING, { f: complaints }],
      ['leadTimePerformance', LEAD, { f: complaints }],
      ['compliments', COMPLIMENTS, { f: all }],
      ['outcomes', OUTCOMES, { f: all }],
      ['dashboard bundle', BUNDLE, { f: all, c: complaints }],
    ];
    const floors = floorStatements(all.from, all.to, new Date());
    for (const [report, query, variables] of reports) {
      say(`  ${report}…`);
      statements = 0;
      const http = await time(() => request(query, variables));
      const perRequest = statements / (iterations + 3);
      const floor = await time(() => floorClient.query(floors[report]!));
      rows.push({
        size: label,
        report,
        p50: percentile(http, 0.5),
        p95: percentile(http, 0.95),
        floorP50: percentile(floor, 0.5),
        floorP95: percentile(floor, 0.95),
        statements: perRequest,
      });
    }
    await floorClient.end();
    await server.stop();
    await orm.close(true);
  }
} finally {
  clearInterval(sampler);
  await (embedded as EmbeddedDatabase | null)?.stop();
}

const fmt = (ms: number) => ms.toFixed(1).padStart(7);
process.stdout.write(
  `\n| size | report | p50 ms | p95 ms | floor p50 | floor p95 | ratio p50 | ratio p95 | SQL/request |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n`,
);
for (const r of rows) {
  process.stdout.write(
    `| ${r.size} | ${r.report} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.floorP50)} | ${fmt(r.floorP95)} | ${(r.p50 / r.floorP50).toFixed(2)}× | ${(r.p95 / r.floorP95).toFixed(2)}× | ${r.statements.toFixed(1)} |\n`,
  );
}
process.stdout.write(
  `\nPeak memory (RSS of the bench process, server and client together): ${(peakRss / 1024 / 1024).toFixed(0)} MiB; ${iterations} timed requests per row after 3 warm-ups.\n`,
);
