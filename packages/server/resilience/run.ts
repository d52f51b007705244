import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ormConfig } from '../src/db/orm-config.js';
import { issueDevToken } from '../src/modules/auth/dev-tokens.js';
import { makePerson, makeUnit } from '../test/factories.js';
import { AppInstance, sleep } from './app-instance.js';
import { runContention, type Actor, type ContentionReport } from './contention.js';
import { FAULT_KINDS, injectFault, type FaultKind, type FaultReport } from './faults.js';
import { HANG_MS, LoadGenerator, resend } from './load.js';
import { freePort, startPostgresCluster, type PostgresCluster } from './postgres-cluster.js';
import { reconcile, type Reconciliation } from './reconcile.js';

/**
 * `pnpm test:resilience`: nothing a client saw confirmed is lost or filed twice under load and
 * faults. Starts its own PostgreSQL and two Klankbord instances (the built server), submits through
 * GraphQL from 16 clients while injecting every fault kind at a random moment, reconciles the
 * database against the client ledger, then steps cases under contention. Exits 1 on any failure.
 *
 *   --submissions N   how many submissions (default RESILIENCE_SUBMISSIONS or 5000)
 *   --seed S          the random order and moments of the faults (printed; pass it to repeat a run)
 *   --soak 10m        no faults: submit for that long and print memory and pool usage over time
 */
const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLIENTS = 16;
const CONTENTION_CASES = 6;
/** Submissions sent after the load whose answer the client drops on purpose, then retries. */
const DROPPED_ANSWERS = 10;

interface Options {
  submissions: number;
  seed: number;
  soakMs: number | null;
}

function parseOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const submissions = Number(value('--submissions') ?? process.env['RESILIENCE_SUBMISSIONS'] ?? 5000);
  const seed = Number(value('--seed') ?? Math.floor(Math.random() * 1_000_000));
  const soak = value('--soak');
  if (!Number.isInteger(submissions) || submissions < CLIENTS) usage('--submissions must be a whole number ≥ 16');
  if (!Number.isInteger(seed)) usage('--seed must be a whole number');
  let soakMs: number | null = null;
  if (soak !== undefined) {
    const match = /^(\d+)(s|m|h)$/.exec(soak);
    if (!match) usage('--soak takes a duration such as 90s, 10m or 1h');
    soakMs = Number(match[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 's' | 'm' | 'h'];
  }
  return { submissions, seed, soakMs };
}

function usage(problem: string): never {
  process.stderr.write(`${problem}\nUsage: pnpm test:resilience [--submissions N] [--seed S] [--soak 10m]\n`);
  process.exit(2);
}

/** A small seeded generator (mulberry32): the same seed gives the same fault order and moments. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(path.join(SERVER_DIR, 'dist/main.js'))) usage('Build the server first: pnpm build:server');
  const runId = randomBytes(4).toString('hex');
  const started = Date.now();
  say(
    `Resilience run ${runId}, seed ${options.seed}${options.soakMs ? `, soak ${options.soakMs / 1000} s` : `, ${options.submissions} submissions`}`,
  );

  const cluster = await startPostgresCluster();
  const logDir = mkdtempSync('/tmp/klankbord-resilience-logs-');
  const secret = randomBytes(32).toString('hex');
  const instances = [
    new AppInstance('a', await freePort(), cluster.appUrl, secret, path.join(logDir, 'a.log')),
    new AppInstance('b', await freePort(), cluster.appUrl, secret, path.join(logDir, 'b.log')),
  ];
  // A pool, not one session: the database restarts under it. Its idle sessions' errors are expected then.
  const admin = new pg.Pool({ connectionString: cluster.adminUrl, max: 4 });
  admin.on('error', () => undefined);
  const failures: string[] = [];
  try {
    // One at a time: the first applies the migrations.
    for (const instance of instances) await instance.start();
    say(
      `PostgreSQL on port ${cluster.port}; instances at ${instances.map((i) => i.url).join(', ')}; logs in ${logDir}`,
    );
    const people = await makePeople(cluster, secret);

    // Open-ended: it stops once the submissions are done and every fault was injected under load.
    const load = new LoadGenerator({
      submissions: null,
      instances,
      tokens: people.submitters,
      runId,
    });
    const loadStarted = Date.now();
    const running = load.run();
    let faults: FaultReport[] = [];
    if (options.soakMs) {
      await soak(load, instances, admin, options.soakMs);
      load.stop();
    } else {
      faults = await injectFaults(load, { cluster, instances, admin }, options);
      while (load.confirmed < options.submissions) await sleep(50);
      load.stop();
    }
    await running;
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    const notReplayed = await load.dropAnswers(DROPPED_ANSWERS);
    if (notReplayed > 0)
      failures.push(`${notReplayed} of ${DROPPED_ANSWERS} submissions whose answer was lost were filed again on retry`);

    for (const instance of instances)
      if ((await instance.readiness()) !== 200) failures.push(`${instance.name} is not ready after the run`);
    const reconciliation = await reconcile(admin, load.ledger);
    failures.push(...reconciliation.failures);
    failures.push(...faults.flatMap((f) => f.failures));
    failures.push(...perFaultLosses(faults, load, reconciliation));
    failures.push(...answerFailures(load));
    const replays = await checkReplays(load, instances, people.submitters, runId);
    failures.push(...replays.failures);

    const complaints = [...load.ledger.values()]
      .filter((r) => r.confirmed && r.index % 10 < 7)
      .slice(0, CONTENTION_CASES)
      .map((r) => r.confirmed!.caseId);
    const contention = await runContention({
      instances,
      admin,
      actors: people.actors,
      administratorToken: people.administrator,
      caseIds: complaints,
    });
    failures.push(...contention.failures);

    printSummary({ load, loadSeconds, notReplayed, faults, reconciliation, replays, contention, options });
  } catch (error) {
    failures.push(`the run broke off: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    await admin.end().catch(() => undefined);
    for (const instance of instances) await instance.stop().catch(() => undefined);
    await cluster.destroy();
  }
  say(`\nTook ${Math.round((Date.now() - started) / 1000)} s.`);
  if (failures.length > 0) {
    say(`\nFAILED (${failures.length}):\n  - ${failures.join('\n  - ')}`);
    process.exit(1);
  }
  // The instances' logs are kept for a failed run only (their folder is printed at the start).
  rmSync(logDir, { recursive: true, force: true });
  say('\nPASSED: nothing lost, nothing filed twice, no gaps.');
}

/** The people the run acts as, made in the application database, and dev tokens for them. */
async function makePeople(cluster: PostgresCluster, secret: string) {
  const orm = await MikroORM.init(ormConfig(cluster.appUrl));
  try {
    const em = orm.em.fork();
    const manager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
    const unit = await makeUnit(em, manager);
    const key = new TextEncoder().encode(secret);
    const submitters: string[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const person = await makePerson(em, ['SUBMITTER'], { unit });
      submitters.push(await issueDevToken(person.id, key));
    }
    const actors: Actor[] = [];
    for (const role of ['RELATIONSHIP_MANAGER', 'HANDLER'] as const) {
      for (let i = 0; i < 4; i++) {
        const person = i === 0 && role === 'RELATIONSHIP_MANAGER' ? manager : await makePerson(em, [role]);
        actors.push({ id: person.id, role, token: await issueDevToken(person.id, key) });
      }
    }
    const administrator = await issueDevToken((await makePerson(em, ['ADMINISTRATOR'])).id, key);
    return { submitters, actors, administrator };
  } finally {
    await orm.close(true);
  }
}

/**
 * Every fault kind once, in a random order, each at a random moment of its own slice of the run
 * (between 5 % and 90 % of the submissions), one after the other: the next waits for the service to
 * have recovered from the last. The load runs on past the set number until the last fault is over.
 */
async function injectFaults(
  load: LoadGenerator,
  context: Omit<Parameters<typeof injectFault>[1], 'load'>,
  options: Options,
): Promise<FaultReport[]> {
  const random = seeded(options.seed);
  const kinds: FaultKind[] = [...FAULT_KINDS];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  const reports: FaultReport[] = [];
  for (const [i, kind] of kinds.entries()) {
    const slot = 0.85 / kinds.length;
    const at = Math.floor(options.submissions * (0.05 + slot * (i + random())));
    // Past its moment already (a fast machine, a long recovery): at once; the load goes on until
    // every fault has met it.
    while (load.confirmed < at) await sleep(20);
    say(`  fault ${i + 1}/${kinds.length}: ${kind} at ${load.confirmed} confirmed`);
    reports.push(await injectFault(kind, { ...context, load }));
  }
  return reports;
}

/** Soak: the load runs without faults; memory and pool usage are sampled and printed. */
async function soak(load: LoadGenerator, instances: AppInstance[], admin: pg.Pool, durationMs: number): Promise<void> {
  const end = Date.now() + durationMs;
  const interval = Math.max(5000, Math.min(30_000, durationMs / 20));
  const samples: Array<{ rss: Array<number | null> }> = [];
  say(
    '\n  time   confirmed   ' + instances.map((i) => `rss ${i.name} (MiB)  pool ${i.name} (active/idle)`).join('   '),
  );
  while (Date.now() < end) {
    await sleep(Math.min(interval, end - Date.now()));
    const { rows } = await admin.query<{ app: string; state: string | null; n: number }>(
      `select application_name as app, state, count(*)::int as n from pg_stat_activity where usename = 'klankbord' group by 1, 2`,
    );
    const pool = (name: string, state: string) =>
      rows.filter((r) => r.app === `klankbord-${name}` && r.state === state).reduce((s, r) => s + r.n, 0);
    const rss = instances.map((i) => i.rssMiB());
    samples.push({ rss });
    const elapsed = Math.round((durationMs - (end - Date.now())) / 1000);
    say(
      `  ${String(elapsed).padStart(4)} s  ${String(load.confirmed).padStart(9)}   ` +
        instances
          .map(
            (i, n) =>
              `${String(rss[n] ?? '-').padStart(14)}  ${String(`${pool(i.name, 'active')}/${pool(i.name, 'idle')}`).padStart(20)}`,
          )
          .join('   '),
    );
  }
  if (samples.length >= 3) {
    const third = Math.max(1, Math.floor(samples.length / 3));
    for (const [n, instance] of instances.entries()) {
      const mean = (part: typeof samples) => part.reduce((s, x) => s + (x.rss[n] ?? 0), 0) / part.length;
      say(
        `  ${instance.name}: RSS first third ${Math.round(mean(samples.slice(0, third)))} MiB, last third ${Math.round(mean(samples.slice(-third)))} MiB`,
      );
    }
  }
}

/**
 * The submissions whose attempts overlapped each fault (from its start to its recovery) lost
 * nothing: the assertion that a SIGTERM, a SIGKILL and a PostgreSQL restart under load lose nothing.
 */
function perFaultLosses(faults: FaultReport[], load: LoadGenerator, reconciliation: Reconciliation): string[] {
  const failures: string[] = [];
  for (const fault of faults) {
    if (!fault.startedAt) continue;
    const end = fault.recoveredAt ?? Date.now();
    const affected = [...load.ledger.values()].filter((r) =>
      r.spans.some(([from, to]) => from <= end && to >= fault.startedAt),
    );
    const broken = affected.filter((r) => reconciliation.problemKeys.has(r.key));
    fault.details.push(
      `${affected.length} submissions in flight during the fault, ${broken.length} lost or duplicated`,
    );
    if (affected.length === 0) failures.push(`${fault.kind}: no submission was in flight during the fault`);
    if (broken.length > 0)
      failures.push(`${fault.kind}: ${broken.length} submissions in flight during the fault were lost or duplicated`);
  }
  return failures;
}

/** Never a 500, never a hang: every error answer is coded and retryable or the client's own. */
function answerFailures(load: LoadGenerator): string[] {
  const failures: string[] = [];
  const internal = load.observations.filter((o) => o.status !== null && o.status >= 500 && o.status !== 503);
  if (internal.length > 0)
    failures.push(
      `${internal.length} answers with HTTP ${[...new Set(internal.map((o) => o.status))].join('/')} (codes ${[...new Set(internal.map((o) => o.code))].join(', ')})`,
    );
  const uncoded = load.observations.filter((o) => o.status === 503 && o.code !== 'SERVICE_UNAVAILABLE');
  if (uncoded.length > 0) failures.push(`${uncoded.length} 503 answers without the SERVICE_UNAVAILABLE code`);
  const hangs = load.observations.filter((o) => o.networkError === 'TIMEOUT');
  if (hangs.length > 0) failures.push(`${hangs.length} requests unanswered after ${HANG_MS / 1000} s`);
  const refused = [...load.ledger.values()].filter((r) => r.refused);
  if (refused.length > 0)
    failures.push(`${refused.length} submissions refused (${[...new Set(refused.map((r) => r.refused))].join('; ')})`);
  return failures;
}

interface Replays {
  checked: number;
  afterLostAnswer: number;
  failures: string[];
}

/**
 * A key whose answer was lost in a fault gives the same case when retried: every such key, and a
 * sample of the others, is sent once more and must answer the number first confirmed, as a replay.
 */
async function checkReplays(
  load: LoadGenerator,
  instances: AppInstance[],
  tokens: string[],
  runId: string,
): Promise<Replays> {
  const records = [...load.ledger.values()].filter((r) => r.confirmed);
  const uncertain = records.filter((r) => r.uncertainAttempts > 0);
  const sample = records.filter((_, i) => i % 50 === 0);
  const toCheck = [...new Set([...uncertain, ...sample])];
  const failures: string[] = [];
  for (const [i, record] of toCheck.entries()) {
    const answer = await resend(instances[i % instances.length]!, tokens[record.client]!, runId, record.index);
    if (!answer || answer.registrationNumber !== record.confirmed!.registrationNumber || !answer.replayed)
      failures.push(
        `${record.key}: sent again, it answered ${answer ? answer.registrationNumber : 'an error'} instead of ${record.confirmed!.registrationNumber} replayed`,
      );
  }
  return { checked: toCheck.length, afterLostAnswer: uncertain.length, failures: failures.slice(0, 20) };
}

function printSummary(run: {
  load: LoadGenerator;
  notReplayed: number;
  loadSeconds: number;
  faults: FaultReport[];
  reconciliation: Reconciliation;
  replays: Replays;
  contention: ContentionReport;
  options: Options;
}): void {
  const { load, reconciliation: r, replays, contention, faults } = run;
  const replayedOnConfirm = [...load.ledger.values()].filter((k) => k.confirmed?.replayed).length;
  say('\nSummary');
  say(
    `  submitted            ${load.ledger.size} (16 clients, ${run.loadSeconds.toFixed(1)} s, ${(load.ledger.size / run.loadSeconds).toFixed(0)}/s)`,
  );
  say(`  confirmed            ${r.confirmed}`);
  say(
    `  retried              ${load.retried} attempts; ${replayedOnConfirm} confirmations were replays of a lost answer`,
  );
  say(
    `  answers cut          ${DROPPED_ANSWERS} submissions whose connection was closed once sent: ${DROPPED_ANSWERS - run.notReplayed} came back as a replay of the first case`,
  );
  say(
    `  lost answers resent  ${replays.afterLostAnswer} keys with a lost answer, ${replays.checked} keys resent after the run: same case each`,
  );
  say(
    `  faults injected      ${faults.filter((f) => f.startedAt).length} (${faults.map((f) => f.kind).join(', ') || 'none'})`,
  );
  say(`  lost                 ${r.lost}`);
  say(`  duplicated           ${r.duplicated}`);
  say(`  gaps                 ${r.gaps}`);
  say(`  orphans              ${r.orphans}; unconfirmed ${r.unconfirmed}; cases in the database ${r.cases}`);
  const latencies = load.observations.map((o) => o.ms).sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  say(
    `  latency              p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms over ${latencies.length} attempts`,
  );
  say(
    `  contention           ${contention.cases} cases, ${contention.attempted} steps tried, ${contention.accepted} accepted, ${contention.conflicts} CONFLICT, ${contention.refused} refused by the race, ${contention.unavailable} busy (503, retried)`,
  );
  if (faults.length > 0) {
    say('\nFaults (time to recover: from injection until both instances are ready and a submission was confirmed)');
    for (const f of faults) {
      const recovery = f.recoveredAt
        ? `${((f.recoveredAt - f.startedAt) / 1000).toFixed(1)} s (action ${((f.actionEndedAt - f.startedAt) / 1000).toFixed(1)} s)`
        : 'not recovered';
      say(`  ${f.kind.padEnd(20)} recovered in ${recovery}${f.failures.length ? '  FAILED' : '  ok'}`);
      for (const detail of f.details) say(`      ${detail}`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
