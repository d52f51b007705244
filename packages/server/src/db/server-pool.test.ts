import { createServer } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { resolveEnv } from '../env.js';
import { Person } from '../modules/people/person.entity.js';
import { setupTestDatabase } from '../../test/database.js';
import { databaseUnavailableReason } from './database-unavailable.js';
import { ormConfig, serverPool } from './orm-config.js';

/**
 * The server's pool bounds every wait, and the errors of a database out of reach are told apart
 * from our own bugs (SERVICE_UNAVAILABLE, retryable, instead of INTERNAL_SERVER_ERROR). The errors
 * here are real ones, raised by PostgreSQL, pg and the pool; the resilience suite
 * (`pnpm test:resilience`) restarts PostgreSQL itself.
 */
const settings = resolveEnv({
  DATABASE_POOL_MAX: '2',
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '300',
  DATABASE_STATEMENT_TIMEOUT_MS: '1000',
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1200',
  DATABASE_CONNECT_TIMEOUT_MS: '1000',
});
const db = setupTestDatabase(serverPool(settings));
const opened: MikroORM[] = [];
afterAll(async () => {
  for (const orm of opened) await orm.close(true);
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

describe('the server pool', () => {
  it('sets the statement and idle-in-transaction timeouts on every connection', async () => {
    const rows = await db.orm.em
      .getConnection()
      .execute<Array<{ statement: string; idle: string }>>(
        `select current_setting('statement_timeout') as statement, current_setting('idle_in_transaction_session_timeout') as idle`,
      );
    expect(rows[0]).toEqual({ statement: '1s', idle: '1200ms' });
  });

  it('documents its defaults: bounded waits, a 30 s idle-transaction limit', () => {
    expect(resolveEnv({})).toMatchObject({
      DATABASE_POOL_MAX: 10,
      DATABASE_POOL_ACQUIRE_TIMEOUT_MS: 5000,
      DATABASE_CONNECT_TIMEOUT_MS: 5000,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 30_000,
    });
    expect(() => resolveEnv({ DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '0' })).toThrow(/DATABASE_POOL_ACQUIRE_TIMEOUT_MS/);
  });

  it('answers POOL_EXHAUSTED when no connection frees up within the acquire timeout', async () => {
    const hold = (ms: number) =>
      db.orm.em
        .fork()
        .getConnection()
        .execute(`select pg_sleep(${ms / 1000})`);
    const holders = [hold(900), hold(900)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    // Through the ORM, as a request meets it: MikroORM rewraps knex's timeout as a DriverException.
    const error = await failure(db.orm.em.fork().count(Person, {}));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(databaseUnavailableReason(error)).toBe('POOL_EXHAUSTED');
    await Promise.all(holders);
  });

  it('answers STATEMENT_TIMEOUT for a statement past the statement timeout', async () => {
    const error = await failure(db.orm.em.fork().getConnection().execute('select pg_sleep(3)'));
    expect(databaseUnavailableReason(error)).toBe('STATEMENT_TIMEOUT');
  });

  it('answers DATABASE_UNAVAILABLE for a session ended by the database, and the pool replaces it', async () => {
    const em = db.orm.em.fork();
    const error = await failure(
      em.transactional(async (tx) => {
        const [{ pid }] = await tx
          .getConnection()
          .execute<[{ pid: number }]>('select pg_backend_pid() as pid', [], 'all', tx.getTransactionContext());
        const admin = new pg.Client({ connectionString: db.url });
        await admin.connect();
        await admin.query('select pg_terminate_backend($1)', [pid]);
        await admin.end();
        await tx.getConnection().execute('select 1', [], 'all', tx.getTransactionContext());
      }),
    );
    expect(databaseUnavailableReason(error)).toBe('DATABASE_UNAVAILABLE');
    // No restart needed: the next request gets a fresh connection.
    expect(await db.orm.em.fork().getConnection().execute('select 1 as one')).toEqual([{ one: 1 }]);
  });

  it('answers DATABASE_UNAVAILABLE for a transaction the database ended for idling', async () => {
    const error = await failure(
      db.orm.em.fork().transactional(async (tx) => {
        await tx.getConnection().execute('select 1', [], 'all', tx.getTransactionContext());
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await tx.getConnection().execute('select 1', [], 'all', tx.getTransactionContext());
      }),
    );
    expect(databaseUnavailableReason(error)).toBe('DATABASE_UNAVAILABLE');
  });

  it('answers DATABASE_UNAVAILABLE, at once, when nothing listens where the database should be', async () => {
    const port = await closedPort();
    const orm = await MikroORM.init(
      ormConfig(`postgres://postgres@127.0.0.1:${port}/nothing`, { ...serverPool(settings), connect: false }),
    );
    opened.push(orm);
    const error = await failure(orm.em.fork().getConnection().execute('select 1'));
    expect(databaseUnavailableReason(error)).toBe('DATABASE_UNAVAILABLE');
  });

  it('leaves other database errors alone: they are ours, not the database being away', async () => {
    const error = await failure(db.orm.em.fork().getConnection().execute('select * from no_such_table'));
    expect(databaseUnavailableReason(error)).toBeNull();
    expect(databaseUnavailableReason(new Error('Connection string is wrong'))).toBeNull();
  });
});

/** A port nothing listens on (taken from the OS, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
