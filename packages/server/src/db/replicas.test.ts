import { adminQuery, withDatabase } from '@klankbord/test-support';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveEnv } from '../env.js';
import { READ_AFTER_COOKIE, READ_AFTER_HEADER } from '../graphql/read-routing.js';
import type { Person } from '../modules/people/person.entity.js';
import { startTestServer, type TestServer } from '../../test/http-app.js';
import { makeComplaintType, makePerson, makeService, makeUnit } from '../../test/factories.js';
import { startStreamingPair, streamingReplicaSupport, type StreamingPair } from '../../test/streaming-replica.js';
import { ormConfig } from './orm-config.js';
import { readReplicas, readSql, replicaMonitorOf, withReadRoute, type ReplicaState } from './replicas.js';
import { parseWalPosition } from './wal-position.js';

/**
 * Reads served from a real streaming replica: a PostgreSQL primary and a `pg_basebackup -R` standby
 * started by this file, the product's HTTP server in front with DATABASE_REPLICA_URLS set. Which
 * server answered is read from the servers' own statement logs.
 */
const support = streamingReplicaSupport();
if ('missing' in support) console.warn(`Skipping the read-replica tests: ${support.missing}.`);

/** A statement of the report: it reads one of the case rollups (which one depends on the filter). */
const READS_A_ROLLUP = /\bcase_\w*rollup\b/;
const REPORT = `query($filter: ReportFilter!) { volumeTrend(filter: $filter) { total } }`;
const FILTER = { from: '2026-01-01', to: '2026-12-31', bucket: 'MONTH' };
const MY_CASES = `query { myCases(first: 10) { registrationNumber } }`;
const SUBMIT = `mutation($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) { registrationNumber case { id relationshipManager { id } } } }`;

describe.skipIf('missing' in support)('reads from a streaming replica', () => {
  let pair: StreamingPair;
  let orm: MikroORM;
  let server: TestServer;
  let submitter: Person;
  let management: Person;
  let primaryDatabase: string;
  let replicaDatabase: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    if ('missing' in support) return;
    pair = await startStreamingPair(support.binaries, support.runAs);
    await adminQuery(pair.primaryUrl, 'create database klankbord');
    primaryDatabase = withDatabase(pair.primaryUrl, 'klankbord');
    replicaDatabase = withDatabase(pair.replicaUrl, 'klankbord');
    const config = ormConfig(primaryDatabase);
    const setup = await MikroORM.init({ ...config, migrations: { ...config.migrations, silent: true } });
    await setup.getMigrator().up();
    await setup.close(true);

    env = {
      DATABASE_URL: primaryDatabase,
      DATABASE_REPLICA_URLS: replicaDatabase,
      DATABASE_REPLICA_CHECK_INTERVAL_MS: '200',
      // Generous: replay is paused on purpose below, and must not make the replica "lagging" then.
      DATABASE_REPLICA_MAX_LAG_MS: '60000',
    };
    orm = await MikroORM.init(ormConfig(primaryDatabase, readReplicas(resolveEnv(env))));
    const em = orm.em.fork();
    const unit = await makeUnit(em, await makePerson(em, ['RELATIONSHIP_MANAGER']));
    submitter = await makePerson(em, ['SUBMITTER'], { unit });
    management = await makePerson(em, ['MANAGEMENT']);
    await makeComplaintType(em);
    await makeService(em);
    server = await startTestServer({ url: primaryDatabase, orm }, { env, logLevel: 'info' });
    await waitForReplica('ok');
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await orm?.close(true);
    await pair?.stop();
  });

  it('answers a report from the replica, not the primary', async () => {
    const marks = logMarks();
    const answer = await graphql(REPORT, { filter: FILTER }, management);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({ volumeTrend: { total: 0 } });
    expect(statementsSince(pair.replicaLog(), marks.replica).some((line) => READS_A_ROLLUP.test(line))).toBe(true);
    expect(statementsSince(pair.primaryLog(), marks.primary).some((line) => READS_A_ROLLUP.test(line))).toBe(false);
  });

  it('reads a submitter’s own new case right after submitting, while the replica has not replayed it', async () => {
    // Replay stopped: the replica cannot show the new case, so what shows it came from the primary.
    await adminQuery(replicaDatabase, 'select pg_wal_replay_pause()');
    try {
      const marks = logMarks();
      const submitted = await graphql<{ submitFeedback: { registrationNumber: string; case: { id: string } } }>(
        SUBMIT,
        { input: { kind: 'COMPLIMENT', description: 'Quick and friendly help with my printer.' } },
        submitter,
      );
      expect(submitted.body.errors).toBeUndefined();
      const number = submitted.body.data!.submitFeedback.registrationNumber;
      // The mutation — its payload included — read from the primary only.
      expect(statementsSince(pair.replicaLog(), marks.replica)).toEqual([]);
      const position = submitted.headers.get(READ_AFTER_HEADER);
      expect(parseWalPosition(position)).not.toBeNull();
      expect(submitted.headers.get('set-cookie')).toContain(`${READ_AFTER_COOKIE}=${position};`);

      // Without its position a client reads the (stale) replica: lists do go there.
      const stale = await graphql<{ myCases: Array<{ registrationNumber: string }> }>(MY_CASES, {}, submitter);
      expect(stale.body.data!.myCases.map((c) => c.registrationNumber)).not.toContain(number);
      // With it — as the web app's cookie, or an API client's header — the primary answers.
      const asCookie: Record<string, string> = { cookie: `${READ_AFTER_COOKIE}=${position}` };
      const asHeader: Record<string, string> = { [READ_AFTER_HEADER]: position! };
      for (const headers of [asCookie, asHeader]) {
        const own = await graphql<{ myCases: Array<{ registrationNumber: string }> }>(MY_CASES, {}, submitter, headers);
        expect(own.body.data!.myCases.map((c) => c.registrationNumber)).toContain(number);
      }
    } finally {
      await adminQuery(replicaDatabase, 'select pg_wal_replay_resume()');
    }
  });

  it('reads from the primary while the replica is down, shows it in /readyz, and goes back when it returns', async () => {
    const warningsBefore = server.logLines.filter((line) => line.includes('replica not used')).length;
    // A pool whose monitor checks once a minute: it learns of the stop only from a read that fails.
    const patient = await MikroORM.init(
      ormConfig(primaryDatabase, readReplicas(resolveEnv({ ...env, DATABASE_REPLICA_CHECK_INTERVAL_MS: '60000' }))),
    );
    try {
      const route = { replicas: true, notBefore: null };
      const count = () =>
        withReadRoute(route, () =>
          readSql<{ cases: number }>(patient.em.fork(), 'select count(*)::int as cases from feedback_case', []),
        );
      await until(() => replicaMonitorOf(patient)!.states()[0]!.state === 'ok');
      const before = logMarks();
      await count();
      expect(statementsSince(pair.replicaLog(), before.replica).join()).toContain('from feedback_case');

      await pair.stopReplica();
      const marks = logMarks();
      expect(await count()).toEqual([{ cases: 1 }]);
      expect(statementsSince(pair.primaryLog(), marks.primary).join()).toContain('from feedback_case');
      expect(replicaMonitorOf(patient)!.states()[0]!.state).toBe('down');
    } finally {
      await patient.close(true);
    }

    const during = await graphql(REPORT, { filter: FILTER }, management);
    expect(during.status).toBe(200);
    expect(during.body.errors).toBeUndefined();

    const down = await waitForReplica('down');
    expect(down).toMatchObject({ name: 'replica-1', state: 'down', lagBytes: null });
    const ready = await fetch(`${server.url}/readyz`);
    // Ready all the same: the primary answers every read while the replica is away.
    expect(ready.status).toBe(200);
    expect(await graphql(MY_CASES, {}, submitter)).toMatchObject({ status: 200 });
    const warnings = server.logLines.filter((line) => line.includes('replica not used'));
    expect(warnings.length - warningsBefore).toBe(1);
    expect(JSON.parse(warnings.at(-1)!)).toMatchObject({ replica: 'replica-1', to: 'down' });

    await pair.startReplica();
    await waitForReplica('ok');
    const back = logMarks();
    expect((await graphql(REPORT, { filter: FILTER }, management)).body.errors).toBeUndefined();
    expect(statementsSince(pair.replicaLog(), back.replica).some((line) => READS_A_ROLLUP.test(line))).toBe(true);
    expect(
      server.logLines.some((line) => line.includes('replica serves reads') && line.includes('"from":"down"')),
    ).toBe(true);
  });

  it('stops reading from a replica further behind than allowed, and starts again once it caught up', async () => {
    const strict = await MikroORM.init(
      ormConfig(primaryDatabase, readReplicas(resolveEnv({ ...env, DATABASE_REPLICA_MAX_LAG_MS: '300' }))),
    );
    try {
      const monitor = replicaMonitorOf(strict)!;
      const changes: string[] = [];
      monitor.onChange(({ to }) => changes.push(to.state));
      const state = () => monitor.states()[0]!;
      const readConnection = () =>
        withReadRoute({ replicas: true, notBefore: null }, () => strict.em.getConnection('read'));
      await until(() => state().state === 'ok');
      expect(readConnection()).not.toBe(strict.em.getConnection('write'));

      await adminQuery(replicaDatabase, 'select pg_wal_replay_pause()');
      try {
        await adminQuery(primaryDatabase, 'create table lag_marker (id int)');
        await until(() => state().state === 'lagging');
        expect(state().lagBytes).toBeGreaterThan(0);
        expect(state().lagMs).toBeGreaterThan(300);
        expect(readConnection()).toBe(strict.em.getConnection('write'));
      } finally {
        await adminQuery(replicaDatabase, 'select pg_wal_replay_resume()');
      }
      await until(() => state().state === 'ok');
      expect(readConnection()).not.toBe(strict.em.getConnection('write'));
      // Each change once; a busy machine may add a short lag of its own, hence not an exact list.
      expect(changes[0]).toBe('ok');
      expect(changes).toContain('lagging');
      expect(changes.at(-1)).toBe('ok');
    } finally {
      await strict.close(true);
    }
  });

  async function graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    caller: Person,
    headers: Record<string, string> = {},
  ) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await server.tokenFor(caller.id)}`,
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    return { status: response.status, headers: response.headers, body };
  }

  /** Polls /readyz until the replica is in `state` (the monitor checks every 200 ms). */
  async function waitForReplica(state: ReplicaState['state']): Promise<ReplicaState> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const readiness = (await (await fetch(`${server.url}/readyz`)).json()) as { replicas?: ReplicaState[] };
      const replica = readiness.replicas?.[0];
      if (replica?.state === state) return replica;
      if (Date.now() > deadline) throw new Error(`replica still ${replica?.state ?? 'absent'}, expected ${state}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  function logMarks() {
    return { primary: pair.primaryLog().length, replica: pair.replicaLog().length };
  }
});

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the replica');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The statements a server logged after `mark`, leaving out the replica monitor's own checks. An
 * entry starts with the default log_line_prefix (a timestamp); a statement's further lines follow it.
 */
function statementsSince(log: string, mark: number): string[] {
  return log
    .slice(mark)
    .split(/\n(?=\d{4}-\d{2}-\d{2} )/)
    .filter((line) => /LOG:\s+(statement|execute [^:]*):/.test(line))
    .filter((line) => !/pg_is_in_recovery|pg_current_wal_lsn/.test(line));
}
