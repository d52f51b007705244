import { beforeEach, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makePerson, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { openStatusSql } from '../../shared/domain-sql.js';
import type { Person } from '../people/person.entity.js';
import { submitFeedback } from './submit-feedback.js';

const db = setupTestDatabase();
const app = setupTestApp(db);

/** A compliment from someone without an organisation unit: the "fewest open cases" branch. */
async function fileCompliment(submitter: Person): Promise<string | null> {
  const { case: filed } = await submitFeedback({
    ctx: app.context(viewerOf(submitter)),
    input: { kind: 'COMPLIMENT', description: 'Friendly help at the desk.' },
  });
  return filed.relationshipManager?.id ?? null;
}

async function makeManagers(count: number): Promise<Person[]> {
  const managers: Person[] = [];
  for (let i = 0; i < count; i++) managers.push(await makePerson(db.orm.em.fork(), ['RELATIONSHIP_MANAGER']));
  return managers.sort((a, b) => a.id.localeCompare(b.id));
}

/** The open cases per manager as the trigger-kept table has them, and counted from scratch. */
async function loads() {
  const connection = db.orm.em.fork().getConnection();
  const kept = await connection.execute<{ person_id: string; open_cases: number }[]>(
    `select person_id, open_cases from relationship_manager_load where open_cases <> 0 order by person_id`,
  );
  // Counted with the domain's own notion of "open" (openStatusSql), not the migration's copy of it.
  const recount = await connection.execute<{ person_id: string; open_cases: number }[]>(
    `select relationship_manager_id as person_id, count(*)::int as open_cases
       from feedback_case where relationship_manager_id is not null and ${openStatusSql('status')}
      group by 1 order by 1`,
  );
  return { kept, recount };
}

const openCasesOf = async (manager: Person) =>
  (
    await db.orm.em
      .fork()
      .getConnection()
      .execute<{ open_cases: number }[]>(
        `select coalesce((select open_cases from relationship_manager_load where person_id = ?), 0) as open_cases`,
        [manager.id],
      )
  )[0]!.open_cases;

beforeEach(async () => {
  // Each test's own managers are the only active ones, so earlier tests' counts do not interfere.
  await db.orm.em
    .fork()
    .getConnection()
    .execute(`update person set active = false where 'RELATIONSHIP_MANAGER' = any(roles)`);
});

describe('picking the relationship manager of a new case', () => {
  it('takes the portfolio manager of the unit, however many open cases they have', async () => {
    const [portfolio, idle] = await makeManagers(2);
    const unit = await makeUnit(db.orm.em.fork(), portfolio);
    for (let i = 0; i < 3; i++)
      await makeCase(db.orm.em.fork(), { receivedAt: '2026-04-01T10:00:00Z', relationshipManager: portfolio! });
    const submitter = await makePerson(db.orm.em.fork(), ['SUBMITTER'], { unit });
    expect(await fileCompliment(submitter)).toBe(portfolio!.id);
    expect(await openCasesOf(idle!)).toBe(0);
  });

  it('otherwise takes the one with the fewest open cases — closed ones do not count — ties by id', async () => {
    const [a, b, c] = await makeManagers(3);
    const em = db.orm.em.fork();
    await makeCase(em, { receivedAt: '2026-04-01T10:00:00Z', relationshipManager: a!, status: 'IN_TRIAGE' });
    await makeCase(em, { receivedAt: '2026-04-01T10:00:00Z', relationshipManager: a!, status: 'IN_TRIAGE' });
    await makeCase(em, { receivedAt: '2026-04-01T10:00:00Z', relationshipManager: b!, status: 'IN_TRIAGE' });
    for (let i = 0; i < 3; i++)
      await makeCase(em, {
        receivedAt: '2026-03-01T10:00:00Z',
        relationshipManager: c!,
        status: 'CLOSED',
        outcome: 'PASSED_ON',
        kind: 'COMPLIMENT',
      });
    const submitter = await makePerson(db.orm.em.fork(), ['SUBMITTER']);
    // a 2, b 1, c 0 → c; then b and c have 1 each → the lower id of the two; then the other one.
    expect(await fileCompliment(submitter)).toBe(c!.id);
    const [first, second] = [b!, c!].sort((x, y) => x.id.localeCompare(y.id));
    expect(await fileCompliment(submitter)).toBe(first!.id);
    expect(await fileCompliment(submitter)).toBe(second!.id);
    // Now 2 each: the lowest id of all three.
    expect(await fileCompliment(submitter)).toBe(a!.id);
  });

  it('skips people who are inactive or no longer relationship managers, and leaves the case unassigned when there is none', async () => {
    const submitter = await makePerson(db.orm.em.fork(), ['SUBMITTER']);
    await makePerson(db.orm.em.fork(), ['HANDLER']);
    expect(await fileCompliment(submitter)).toBeNull();
  });

  it('spreads concurrent submissions over the managers as one-by-one submissions would', async () => {
    const managers = await makeManagers(6);
    const submitters = await Promise.all(managers.map(() => makePerson(db.orm.em.fork(), ['SUBMITTER'])));
    const picked = await Promise.all(submitters.map((s) => fileCompliment(s)));
    // Six at once, six managers without cases: one each, as six in a row would have gone.
    expect([...picked].sort()).toEqual(managers.map((m) => m.id));
    for (const manager of managers) expect(await openCasesOf(manager)).toBe(1);

    // A heavier burst: every case counted once, the kept counts equal to a recount.
    const more = await Promise.all(
      Array.from({ length: 18 }, (_, i) => fileCompliment(submitters[i % submitters.length]!)),
    );
    expect(more.every((id) => managers.some((m) => m.id === id))).toBe(true);
    const counts = await Promise.all(managers.map(openCasesOf));
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(24);
    const { kept, recount } = await loads();
    expect(kept).toEqual(recount);
  });
});

describe('relationship_manager_load', () => {
  it('follows every change of a case — status, reassignment, deletion, raw SQL alike — and equals a recount', async () => {
    const [a, b] = await makeManagers(2);
    const em = db.orm.em.fork();
    const one = await makeCase(em, {
      receivedAt: '2026-04-01T10:00:00Z',
      relationshipManager: a!,
      status: 'IN_TRIAGE',
    });
    const two = await makeCase(em, { receivedAt: '2026-04-01T10:00:00Z', relationshipManager: a!, status: 'RECEIVED' });
    await makeCase(em, { receivedAt: '2026-04-01T10:00:00Z', relationshipManager: b!, status: 'IN_PROGRESS' });
    expect([await openCasesOf(a!), await openCasesOf(b!)]).toEqual([2, 1]);

    const sql = em.getConnection();
    await sql.execute(`update feedback_case set relationship_manager_id = ? where id = ?`, [b!.id, one.id]);
    expect([await openCasesOf(a!), await openCasesOf(b!)]).toEqual([1, 2]);
    await sql.execute(`update feedback_case set status = 'WITHDRAWN', outcome = 'WITHDRAWN' where id = ?`, [two.id]);
    expect(await openCasesOf(a!)).toBe(0);
    await sql.execute(`delete from case_event where case_id = ?`, [one.id]);
    await sql.execute(`delete from feedback_case where id = ?`, [one.id]);
    expect(await openCasesOf(b!)).toBe(1);

    const { kept, recount } = await loads();
    expect(kept).toEqual(recount);
  });
});
