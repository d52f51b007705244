import { AsyncLocalStorage } from 'node:async_hooks';
import type { ConnectionOptions, ConnectionType, LoggingOptions, Transaction } from '@mikro-orm/core';
import {
  PostgreSqlConnection,
  type AbstractSqlConnection,
  type Knex,
  PostgreSqlDriver,
  type Configuration,
  type EntityManager,
  type MikroORM,
  type Options,
} from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Env } from '../env.js';
import { parseWalPosition, type WalPosition } from './wal-position.js';

/**
 * Reads served from streaming replicas (issue 13, scale-out).
 *
 * MikroORM's `replicas` sends every query outside a transaction to a read connection and writes,
 * flushes and transactions to the primary. On top of that, this file decides per request *which*
 * read connection: a replica only when the request may read from one (a query, not a mutation —
 * see read-routing.ts) and the replica is up, within DATABASE_REPLICA_MAX_LAG_MS, and has replayed
 * the client's own last write (`notBefore`); otherwise the primary. The decision lives in the
 * request (its route, carried in an AsyncLocalStorage) and in what this process last measured of
 * each replica — nothing two instances would have to share.
 */

/** Where one request's reads may go. */
export interface ReadRoute {
  /** Whether reads outside a transaction may use a replica at all. */
  readonly replicas: boolean;
  /** A replica serves this request only once it has replayed the WAL up to here (the client's last write). */
  readonly notBefore: WalPosition | null;
}

/** Jobs, the CLI, authentication and anything without a route read from the primary. */
export const PRIMARY_ONLY: ReadRoute = Object.freeze({ replicas: false, notBefore: null });

const currentRoute = new AsyncLocalStorage<ReadRoute>();

/** Runs `work` with `route` deciding where its reads go (and everything it awaits). */
export function withReadRoute<T>(route: ReadRoute, work: () => T): T {
  return currentRoute.getStore() === route ? work() : currentRoute.run(route, work);
}

/**
 * Runs hand-written read SQL on the read connection: a replica when the request's route allows it,
 * else the primary; inside a transaction, on that transaction (a replica cannot see its writes).
 */
export function readSql<T extends object>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  if (em.isInTransaction()) return em.execute<T[]>(sql, params, 'all');
  return em.getConnection('read').execute<T[]>(sql, params, 'all');
}

/**
 * Where the primary's WAL is now: a replica that has replayed up to here shows every transaction
 * committed before this call. Null when the primary cannot be asked.
 */
export async function primaryWalPosition(primary: AbstractSqlConnection): Promise<WalPosition | null> {
  try {
    const rows = await primary.execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn');
    return parseWalPosition(rows[0]?.lsn);
  } catch {
    return null;
  }
}

/** What /readyz shows of one replica. */
export interface ReplicaState {
  name: string;
  /** `ok`: serving reads; `lagging`: up but further behind than allowed; `down`: unreachable or no longer a standby; `unchecked`: not yet checked. */
  state: 'unchecked' | 'ok' | 'lagging' | 'down';
  /** How far behind the primary's WAL at the last check, in bytes (null when unknown). */
  lagBytes: number | null;
  /** How long the replica has been missing WAL the primary had, in milliseconds, to within one check interval. */
  lagMs: number | null;
  checkedAt: string | null;
}

/** A replica's state changed: logged once per change (see read-routing.ts). */
export type ReplicaStateListener = (change: { replica: string; from: ReplicaState['state']; to: ReplicaState }) => void;

interface ReplicaSettings {
  maxLagMs: number;
  checkIntervalMs: number;
}

/**
 * MikroORM options that add the configured replicas to a pool (`ormConfig(url, readReplicas(env))`),
 * or none when DATABASE_REPLICA_URLS is empty. Only the request pool gets them: migrations and
 * seeding run on the primary alone.
 */
export function readReplicas(
  env: Pick<Env, 'DATABASE_REPLICA_URLS' | 'DATABASE_REPLICA_MAX_LAG_MS' | 'DATABASE_REPLICA_CHECK_INTERVAL_MS'>,
): Partial<Options> {
  if (env.DATABASE_REPLICA_URLS.length === 0) return {};
  const settings: ReplicaSettings = {
    maxLagMs: env.DATABASE_REPLICA_MAX_LAG_MS,
    checkIntervalMs: env.DATABASE_REPLICA_CHECK_INTERVAL_MS,
  };
  return {
    driver: class extends ReplicaRoutingDriver {
      constructor(config: Configuration) {
        super(config, settings);
      }
    },
    replicas: env.DATABASE_REPLICA_URLS.map((clientUrl, index) => ({
      name: `replica-${index + 1}`,
      clientUrl,
      // Merged over the primary's driver options (statement timeout and all). Knex prints a line
      // for every pooled connection a stopped replica drops; the monitor logs the change once.
      driverOptions: { log: { warn: quietConnectionErrors } },
    })),
    preferReadReplicas: true,
  };
}

function quietConnectionErrors(message: unknown): void {
  if (typeof message === 'string' && message.startsWith('Connection Error')) return;
  console.warn(message);
}

/** The replicas of `orm` and their state, for /readyz; undefined when it has none. */
export function replicaStatus(orm: MikroORM): ReplicaState[] | undefined {
  const driver = orm.em.getDriver();
  return driver instanceof ReplicaRoutingDriver ? driver.monitor.states() : undefined;
}

/** The replica monitor of `orm`, or null when it reads from the primary only. */
export function replicaMonitorOf(orm: MikroORM): ReplicaMonitor | null {
  const driver = orm.em.getDriver();
  return driver instanceof ReplicaRoutingDriver ? driver.monitor : null;
}

/**
 * PostgreSQL's driver, with read connections picked per request (see the top of this file) and a
 * monitor that checks every replica's state and lag while the pool is open.
 */
export class ReplicaRoutingDriver extends PostgreSqlDriver {
  readonly monitor: ReplicaMonitor;

  constructor(config: Configuration, settings: ReplicaSettings) {
    super(config);
    this.monitor = new ReplicaMonitor(
      this.connection,
      this.replicas.map((replica) => replica as ReplicaConnection),
      settings,
    );
  }

  override getConnection(type: ConnectionType = 'write'): PostgreSqlConnection {
    if (type === 'write') return this.connection;
    const route = currentRoute.getStore();
    if (!route?.replicas) return this.connection;
    return this.monitor.pick(route.notBefore) ?? this.connection;
  }

  override async connect(): Promise<PostgreSqlConnection> {
    // Only the primary must be there at start-up: a replica that is down is a state, not a failure.
    await this.connection.connect();
    await Promise.all(this.replicas.map(async (replica) => replica.connect()));
    this.monitor.start();
    return this.connection;
  }

  override async close(force?: boolean): Promise<void> {
    await this.monitor.stop();
    await super.close(force);
  }

  protected override createReplicas(): PostgreSqlConnection[] {
    return super.createReplicas(
      (options) =>
        new ReplicaConnection(
          this.config,
          options,
          () => this.connection,
          (name) => this.monitor.markDown(name),
        ),
    );
  }
}

/**
 * A replica's connection that, when the replica turns out to be unreachable between two checks,
 * marks it down and answers the read from the primary instead: a read is safe to repeat, and users
 * should not see a replica failing.
 */
class ReplicaConnection extends PostgreSqlConnection {
  constructor(
    config: Configuration,
    options: ConnectionOptions,
    private readonly primary: () => PostgreSqlConnection,
    private readonly failed: (name: string) => void,
  ) {
    super(config, options, 'read');
  }

  get name(): string {
    return this.options.name ?? 'replica';
  }

  /** The replica's connection string, as configured. */
  get url(): string | undefined {
    return this.options.clientUrl;
  }

  override async execute<T extends object>(
    query: string | Knex.QueryBuilder | Knex.Raw,
    params?: unknown[],
    method?: 'all' | 'get' | 'run',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    try {
      return await super.execute<T>(query, params, method, ctx, loggerContext);
    } catch (error) {
      const failure = ctx ? null : replicaFailure(error);
      if (!failure) throw error;
      if (failure === 'unreachable') this.failed(this.name);
      return this.primary().execute<T>(query, params, method, ctx, loggerContext);
    }
  }
}

/**
 * Whether an error says the replica could not answer (rather than that the query is wrong):
 * `unreachable` — no connection, the server shutting down or starting; `conflict` — the read was
 * cancelled by a conflict with WAL replay (the replica itself is fine). Null for anything else.
 */
function replicaFailure(error: unknown): 'unreachable' | 'conflict' | null {
  if (!(error instanceof Error)) return null;
  if (error.name === 'KnexTimeoutError' || /Connection terminated/i.test(error.message)) return 'unreachable';
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (code === '40001') return 'conflict';
  const unreachable =
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE'].includes(code) ||
    code.startsWith('08') || // connection exceptions
    ['57P01', '57P02', '57P03'].includes(code); // admin shutdown, crash shutdown, cannot connect now
  return unreachable ? 'unreachable' : null;
}

/** A check of the primary's WAL position. */
interface PrimaryPosition {
  at: number;
  position: WalPosition;
}

interface Tracked {
  connection: ReplicaConnection;
  probe: pg.Pool;
  state: ReplicaState;
  replayed: WalPosition | null;
}

/**
 * Checks every replica each DATABASE_REPLICA_CHECK_INTERVAL_MS: is it up and still a standby, how
 * much WAL has it replayed. Lag is measured against the primary's position as seen at earlier
 * checks: a replica that has not replayed what the primary had written at time t is at least
 * `now - t` behind. (`now() - pg_last_xact_replay_timestamp()` alone would call an idle replica
 * of an idle primary hours behind.)
 */
export class ReplicaMonitor {
  private readonly tracked: Tracked[];
  private readonly listeners = new Set<ReplicaStateListener>();
  /** The primary's positions at recent checks, oldest first. */
  private history: PrimaryPosition[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly primary: PostgreSqlConnection,
    replicas: ReplicaConnection[],
    private readonly settings: ReplicaSettings,
  ) {
    const timeout = Math.max(500, Math.min(settings.checkIntervalMs * 2, 5000));
    this.tracked = replicas.map((connection) => ({
      connection,
      // A probe of its own, so a check never waits behind (or holds up) the requests' pool.
      probe: new pg.Pool({
        connectionString: connection.url,
        max: 1,
        connectionTimeoutMillis: timeout,
        query_timeout: timeout,
        idleTimeoutMillis: settings.checkIntervalMs * 5,
        application_name: 'klankbord-replica-check',
      }),
      state: { name: connection.name, state: 'unchecked', lagBytes: null, lagMs: null, checkedAt: null },
      replayed: null,
    }));
    for (const { probe } of this.tracked) probe.on('error', () => undefined); // an idle probe losing its server: the next check says so
  }

  /** Starts checking (first check at once). */
  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.running = this.check().finally(() => {
        this.running = null;
      });
    };
    tick();
    this.timer = setInterval(() => {
      if (!this.running) tick();
    }, this.settings.checkIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    await Promise.all(this.tracked.map(({ probe }) => probe.end().catch(() => undefined)));
  }

  /** Called with every change of a replica's state. Returns the unsubscribe. */
  onChange(listener: ReplicaStateListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  states(): ReplicaState[] {
    return this.tracked.map(({ state }) => ({ ...state }));
  }

  /** A replica that may serve a read needing the WAL up to `notBefore`, or null (read from the primary). */
  pick(notBefore: WalPosition | null): PostgreSqlConnection | null {
    const usable = this.tracked.filter(
      ({ state, replayed }) =>
        state.state === 'ok' && (notBefore === null || (replayed !== null && replayed >= notBefore)),
    );
    if (usable.length === 0) return null;
    return usable[Math.floor(Math.random() * usable.length)]!.connection;
  }

  /** A read found the replica unreachable: stop using it until a check finds it back. */
  markDown(name: string): void {
    const replica = this.tracked.find((tracked) => tracked.connection.name === name);
    if (replica) this.update(replica, { state: 'down', lagBytes: null, lagMs: null }, null);
  }

  /** Checks the primary's position, then every replica. Never throws. */
  async check(): Promise<void> {
    const at = Date.now();
    const primary = await primaryWalPosition(this.primary);
    if (primary !== null) this.history.push({ at, position: primary });
    await Promise.all(this.tracked.map((replica) => this.checkReplica(replica, primary)));
    this.forgetReplayedHistory();
  }

  private async checkReplica(replica: Tracked, primary: WalPosition | null): Promise<void> {
    let row: { standby: boolean; replayed: string | null } | undefined;
    try {
      const result = await replica.probe.query<{ standby: boolean; replayed: string | null }>(
        'select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as replayed',
      );
      row = result.rows[0];
    } catch {
      row = undefined;
    }
    const replayed = parseWalPosition(row?.replayed);
    // Unreachable, or promoted (no longer follows this primary): not read from.
    if (!row?.standby || replayed === null) {
      this.update(replica, { state: 'down', lagBytes: null, lagMs: null }, null);
      return;
    }
    const lagBytes = primary === null ? null : Number(primary > replayed ? primary - replayed : 0n);
    const missed = this.history.find((seen) => seen.position > replayed);
    const lagMs = missed ? Date.now() - missed.at : 0;
    this.update(replica, { state: lagMs > this.settings.maxLagMs ? 'lagging' : 'ok', lagBytes, lagMs }, replayed);
  }

  private update(
    replica: Tracked,
    next: Pick<ReplicaState, 'state' | 'lagBytes' | 'lagMs'>,
    replayed: WalPosition | null,
  ): void {
    const from = replica.state.state;
    replica.state = { ...replica.state, ...next, checkedAt: new Date().toISOString() };
    replica.replayed = replayed;
    if (from !== next.state)
      for (const listener of this.listeners) listener({ replica: replica.state.name, from, to: { ...replica.state } });
  }

  /**
   * Positions every replica has replayed are no longer needed to measure lag; a replica that is
   * down keeps none alive (it is measured afresh when it is back), and at most a day of checks is kept.
   */
  private forgetReplayedHistory(): void {
    const replayed = this.tracked.flatMap(({ replayed }) => (replayed === null ? [] : [replayed]));
    const oldest = replayed.length > 0 ? replayed.reduce((a, b) => (a < b ? a : b)) : null;
    const keep = this.history.filter((seen) => oldest === null || seen.position > oldest);
    const limit = Math.ceil(86_400_000 / this.settings.checkIntervalMs);
    this.history = keep.slice(-limit);
  }
}
