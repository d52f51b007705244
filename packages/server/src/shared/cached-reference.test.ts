import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { acknowledgementDeadline } from '@klankbord/domain';
import { setupTestDatabase } from '../../test/database.js';
import { makePerson, viewerOf } from '../../test/factories.js';
import { setupTestApp } from '../../test/harness.js';
import { ormConfig } from '../db/orm-config.js';
import { loadCalendar } from '../modules/calendar/load-calendar.js';
import { loadSettings } from '../modules/settings/load-settings.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { referenceCacheOf } from './cached-reference.js';

// Two app instances on one database: A is the test app, B a second ORM as another process would have.
const db = setupTestDatabase();
const instanceA = setupTestApp(db);
let instanceB: MikroORM;
let statementsOfB = 0;
let admin: Viewer;

beforeAll(async () => {
  instanceB = await MikroORM.init(ormConfig(db.url, { debug: ['query'], logger: () => void statementsOfB++ }));
  admin = viewerOf(await makePerson(db.orm.em.fork(), ['ADMINISTRATOR']));
});
afterAll(async () => {
  await instanceB.close(true);
});

/** Polls `check` until it holds, for at most 10 s (well inside the 30 s expiry, so only a notification can make it hold). */
async function eventually(check: () => Promise<boolean> | boolean): Promise<void> {
  const until = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const cacheOf = (orm: MikroORM) => referenceCacheOf(orm.em.fork())!;
// Received Monday 11 May 2026, 10:00 in Amsterdam: acknowledgement due at the end of Tuesday the 12th.
const acknowledgementDueOf = async (orm: MikroORM) =>
  acknowledgementDeadline(new Date('2026-05-11T08:00:00Z'), await loadCalendar(orm.em.fork())).dueAt.toISOString();
const END_OF_12_MAY = '2026-05-12T21:59:59.999Z';
const END_OF_13_MAY = '2026-05-13T21:59:59.999Z';

/** B reads its calendar from the cache: listening, and a second read sends no statement. */
async function warmUp(orm: MikroORM) {
  await loadCalendar(orm.em.fork());
  await eventually(() => cacheOf(orm).listening);
  await loadCalendar(orm.em.fork());
  const before = statementsOfB;
  await loadCalendar(orm.em.fork());
  await loadSettings(orm.em.fork());
  return statementsOfB - before;
}

describe('the settings and calendar cache', () => {
  it('a closure day saved through instance A is used by instance B’s next deadline after the notification', async () => {
    expect(await warmUp(instanceB)).toBe(0);
    expect(await acknowledgementDueOf(instanceB)).toBe(END_OF_12_MAY);
    await acknowledgementDueOf(db.orm);

    const saved = await instanceA.execute(
      `mutation { saveClosureDay(input: { date: "2026-05-12", name: "Office move" }) { date } }`,
      {},
      admin,
    );
    expect(saved.errors).toBeUndefined();
    // The instance that wrote sees it at once; the other once PostgreSQL's notification arrives.
    expect(await acknowledgementDueOf(db.orm)).toBe(END_OF_13_MAY);
    await eventually(async () => (await acknowledgementDueOf(instanceB)) === END_OF_13_MAY);

    await instanceA.execute(`mutation { removeClosureDay(date: "2026-05-12") }`, {}, admin);
    await eventually(async () => (await acknowledgementDueOf(instanceB)) === END_OF_12_MAY);
  });

  it('a settings change through A reaches B’s settings and its calendar (Liberation Day)', async () => {
    await warmUp(instanceB);
    expect((await loadSettings(instanceB.em.fork())).liberationDayIsHoliday).toBe(false);
    const changed = await instanceA.execute(
      `mutation { updateSettings(input: { liberationDayIsHoliday: true }) { liberationDayIsHoliday } }`,
      {},
      admin,
    );
    expect(changed.errors).toBeUndefined();
    await eventually(async () => (await loadSettings(instanceB.em.fork())).liberationDayIsHoliday);
    // Received Monday 4 May 2026: with 5 May a day off the acknowledgement is due Wednesday the 6th.
    const due = acknowledgementDeadline(new Date('2026-05-04T08:00:00Z'), await loadCalendar(instanceB.em.fork()));
    expect(due.dueAt.toISOString()).toBe('2026-05-06T21:59:59.999Z');
  });

  it('a write outside the use cases (raw SQL) reaches every instance through the trigger', async () => {
    await warmUp(instanceB);
    await acknowledgementDueOf(db.orm);
    await db.orm.em.fork().getConnection().execute(`insert into closure_day (date, name) values ('2026-05-12', 'Raw')`);
    await eventually(async () => (await acknowledgementDueOf(instanceB)) === END_OF_13_MAY);
    await eventually(async () => (await acknowledgementDueOf(db.orm)) === END_OF_13_MAY);
    await db.orm.em.fork().getConnection().execute(`delete from closure_day where date = '2026-05-12'`);
    await eventually(async () => (await acknowledgementDueOf(instanceB)) === END_OF_12_MAY);
  });

  it('stops caching when its listening connection is lost, and listens again', async () => {
    await warmUp(instanceB);
    const sql = db.orm.em.fork().getConnection();
    await sql.execute(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and query = 'listen klankbord_reference' and pid <> pg_backend_pid()`,
    );
    await eventually(() => !cacheOf(instanceB).listening);
    await eventually(async () => {
      await loadCalendar(instanceB.em.fork());
      return cacheOf(instanceB).listening;
    });
    // Listening again: notifications work as before.
    await sql.execute(`insert into closure_day (date, name) values ('2026-05-12', 'After reconnect')`);
    await eventually(async () => (await acknowledgementDueOf(instanceB)) === END_OF_13_MAY);
  });
});
