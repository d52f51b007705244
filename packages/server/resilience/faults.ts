import type pg from 'pg';
import { amsterdamDate } from '@klankbord/domain';
import { INSTANCE_SETTINGS, sleep, type AppInstance } from './app-instance.js';
import type { LoadGenerator } from './load.js';
import { APP_ROLE, type PostgresCluster } from './postgres-cluster.js';

export const FAULT_KINDS = [
  'pg-fast-restart',
  'pg-crash-restart',
  'instance-sigkill',
  'instance-sigterm',
  'terminate-backends',
  'pool-exhaustion',
  'statement-timeout',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** How long the database stays down in a restart fault: long enough for requests to meet it. */
const PG_DOWN_MS = 1500;
/** Longest a fault may take to recover from before the suite calls it a failure. */
const RECOVERY_LIMIT_MS = 60_000;

/** What happened in one fault, and the checks made on it (each a failure message when it failed). */
export interface FaultReport {
  kind: FaultKind;
  startedAt: number;
  /** When the fault's action ended (database back up, instance restarted, lock released). */
  actionEndedAt: number;
  /** When both instances were ready again and a submission had been confirmed after the action. */
  recoveredAt: number | null;
  /** Readiness statuses seen per instance while the fault lasted (0: no answer). */
  readiness: Record<string, number[]>;
  details: string[];
  failures: string[];
}

export interface FaultContext {
  cluster: PostgresCluster;
  instances: AppInstance[];
  load: LoadGenerator;
  /** A superuser's session on the application database (not the application's role). */
  admin: pg.Pool;
}

/**
 * Injects one fault, bounded in time, while the load runs; waits until the service recovered by
 * itself (both instances ready, a submission confirmed afterwards) and checks what the clients saw.
 */
export async function injectFault(kind: FaultKind, context: FaultContext): Promise<FaultReport> {
  const report: FaultReport = {
    kind,
    startedAt: Date.now(),
    actionEndedAt: 0,
    recoveredAt: null,
    readiness: Object.fromEntries(context.instances.map((i) => [i.name, []])),
    details: [],
    failures: [],
  };
  const polling = pollReadiness(context.instances, report);
  try {
    await FAULTS[kind](context, report);
  } catch (error) {
    report.failures.push(`${kind}: the fault itself failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  report.actionEndedAt = Date.now();
  report.recoveredAt = await waitForRecovery(context, report.actionEndedAt);
  polling.stop();
  await polling.done;
  if (report.recoveredAt === null) report.failures.push(`${kind}: not recovered within ${RECOVERY_LIMIT_MS / 1000} s`);
  checkAnswers(context, report);
  return report;
}

const FAULTS: Record<FaultKind, (context: FaultContext, report: FaultReport) => Promise<void>> = {
  'pg-fast-restart': (context, report) => restartPostgres(context, report, 'fast'),
  'pg-crash-restart': (context, report) => restartPostgres(context, report, 'immediate'),

  async 'instance-sigkill'({ instances }, report) {
    const victim = instances[instances.length - 1]!;
    const exit = await victim.signal('SIGKILL');
    if (exit.signal !== 'SIGKILL') report.failures.push(`instance-sigkill: ${victim.name} did not die by SIGKILL`);
    await sleep(500);
    await victim.start();
    report.details.push(`${victim.name} killed and restarted`);
  },

  async 'instance-sigterm'({ instances, load }, report) {
    const victim = instances[0]!;
    const signalledAt = Date.now();
    const exit = await victim.signal('SIGTERM', Number(INSTANCE_SETTINGS.SHUTDOWN_TIMEOUT_MS) + 10_000);
    const stoppedIn = Date.now() - signalledAt;
    // Exit code 0 means the drain finished before the pool closed (main.ts exits 1 on an unclean stop
    // or the hard-stop timer).
    if (exit.code !== 0)
      report.failures.push(`instance-sigterm: ${victim.name} exited ${exit.code ?? exit.signal}, not 0`);
    const drained = load.observations.filter(
      (o) => o.instance === victim.name && o.outcome === 'ok' && o.at >= signalledAt && o.at - o.ms < signalledAt,
    ).length;
    const cut = load.observations.filter(
      (o) =>
        o.instance === victim.name &&
        o.outcome === 'network' &&
        o.networkError !== 'ECONNREFUSED' &&
        o.at - o.ms < signalledAt &&
        o.at >= signalledAt,
    ).length;
    report.details.push(
      `${victim.name} stopped in ${stoppedIn} ms, exit ${exit.code}; ${drained} in-flight submissions finished after the signal, ${cut} cut`,
    );
    if (cut > 0) report.failures.push(`instance-sigterm: ${cut} submissions in flight at SIGTERM lost their answer`);
    await victim.start();
  },

  async 'terminate-backends'({ admin }, report) {
    let total = 0;
    for (let round = 0; round < 3; round++) {
      const { rows } = await admin.query<{ n: number }>(
        `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
          where usename = $1 and pid <> pg_backend_pid()`,
        [APP_ROLE],
      );
      total += rows[0]?.n ?? 0;
      await sleep(300);
    }
    report.details.push(`${total} application sessions terminated in 3 rounds`);
    if (total === 0) report.failures.push('terminate-backends: no application session was there to terminate');
  },

  // Intake's transactions queue on the registration counter's row while the suite holds it: each
  // holds a pool connection meanwhile, so the pools run out and later requests wait for a connection
  // until the acquire timeout. Held longer than that, but less than the statement timeout.
  async 'pool-exhaustion'(context, report) {
    const holdMs = Number(INSTANCE_SETTINGS.DATABASE_STATEMENT_TIMEOUT_MS) - 1000;
    await holdCounterLock(context, holdMs);
    report.details.push(`registration counter locked for ${holdMs} ms`);
  },

  // The same lock held past the statement timeout: intake's transactions are cancelled midway.
  async 'statement-timeout'(context, report) {
    const holdMs = Number(INSTANCE_SETTINGS.DATABASE_STATEMENT_TIMEOUT_MS) + 2000;
    await holdCounterLock(context, holdMs);
    report.details.push(`registration counter locked for ${holdMs} ms`);
  },
};

async function restartPostgres(
  { cluster, instances }: FaultContext,
  report: FaultReport,
  mode: 'fast' | 'immediate',
): Promise<void> {
  const pids = instances.map((i) => i.pid);
  await cluster.stop(mode);
  await sleep(PG_DOWN_MS);
  await cluster.start();
  report.details.push(`PostgreSQL stopped (${mode}) for ${PG_DOWN_MS} ms and started again`);
  // Reconnecting is the instances' job: the same processes must serve again.
  if (instances.some((instance, i) => instance.pid !== pids[i]))
    report.failures.push(`${report.kind}: an instance was restarted`);
}

async function holdCounterLock({ admin }: FaultContext, holdMs: number): Promise<void> {
  const year = Number(amsterdamDate(new Date()).slice(0, 4));
  const session = await admin.connect();
  try {
    await session.query('begin');
    await session.query('select last_value from registration_counter where year = $1 for update', [year]);
    await sleep(holdMs);
    await session.query('rollback');
  } finally {
    session.release();
  }
}

/** Polls /readyz of every instance every 100 ms while the fault lasts. */
function pollReadiness(instances: AppInstance[], report: FaultReport) {
  let running = true;
  const done = (async () => {
    while (running) {
      await Promise.all(
        instances.map(async (instance) => {
          report.readiness[instance.name]!.push(await instance.readiness());
        }),
      );
      await sleep(100);
    }
  })();
  return { stop: () => (running = false), done };
}

async function waitForRecovery({ instances, load }: FaultContext, after: number): Promise<number | null> {
  const deadline = after + RECOVERY_LIMIT_MS;
  while (Date.now() < deadline) {
    const statuses = await Promise.all(instances.map((i) => i.readiness()));
    const confirmedSince = load.observations.some((o) => o.outcome === 'ok' && o.at >= after);
    if (statuses.every((s) => s === 200) && confirmedSince) return Date.now();
    await sleep(50);
  }
  return null;
}

/** What the clients must have seen during the fault: coded, retryable answers of the right kind. */
function checkAnswers({ load }: FaultContext, report: FaultReport): void {
  const end = report.recoveredAt ?? Date.now();
  const during = load.observations.filter((o) => o.at >= report.startedAt && o.at <= end);
  const reasons = new Map<string, number>();
  for (const o of during) {
    const label =
      o.outcome === 'ok'
        ? 'ok'
        : o.outcome === 'network'
          ? `network ${o.networkError}`
          : `${o.status} ${o.code} ${o.reason ?? ''}`.trim();
    reasons.set(label, (reasons.get(label) ?? 0) + 1);
  }
  report.details.push(`answers: ${[...reasons].map(([label, n]) => `${label} ×${n}`).join(', ')}`);
  const unavailable = during.filter((o) => o.status === 503 && o.code === 'SERVICE_UNAVAILABLE');
  if (unavailable.some((o) => !o.retryAfter)) report.failures.push(`${report.kind}: a 503 without Retry-After`);
  const expected: Partial<Record<FaultKind, string>> = {
    'pg-fast-restart': 'DATABASE_UNAVAILABLE',
    'pg-crash-restart': 'DATABASE_UNAVAILABLE',
    'pool-exhaustion': 'POOL_EXHAUSTED',
    'statement-timeout': 'STATEMENT_TIMEOUT',
  };
  const reason = expected[report.kind];
  if (reason && !unavailable.some((o) => o.reason === reason))
    report.failures.push(`${report.kind}: no client saw SERVICE_UNAVAILABLE (${reason}), so the fault did not bite`);
  if (report.kind.startsWith('pg-')) {
    for (const [name, statuses] of Object.entries(report.readiness)) {
      if (!statuses.includes(503))
        report.failures.push(`${report.kind}: /readyz of ${name} never answered 503 while PostgreSQL was down`);
    }
  }
}
