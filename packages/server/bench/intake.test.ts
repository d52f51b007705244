import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../test/database.js';
import { makePerson, makeService, makeUnit } from '../test/factories.js';
import { floorValues, INTAKE_FLOOR, reconcile, removeIntakeCases, type IntakeReferences } from './intake.js';

/**
 * The bench's intake floor must write what a submission writes (else its ratio means nothing), and
 * its reconciliation must catch a lost, doubled or mismatched case (else it proves nothing).
 */
const db = setupTestDatabase();
let pool: pg.Pool;
let references: IntakeReferences;
let manager: string;

beforeAll(async () => {
  const em = db.orm.em.fork();
  const relationshipManager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  manager = relationshipManager.id;
  const unit = await makeUnit(em, relationshipManager);
  const service = await makeService(em);
  references = { units: [unit.id], services: [service.id] };
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});
afterAll(async () => {
  await pool.end();
});

/** Files one case through the floor statement; returns its idempotency key and registration number. */
async function fileThroughFloor(n: number): Promise<{ key: string; number: string }> {
  const values = floorValues(references, n);
  const result = await pool.query<{ registration_number: string }>({ ...INTAKE_FLOOR, values });
  return { key: values[3] as string, number: result.rows[0]!.registration_number };
}

describe('the intake floor', () => {
  it('writes the case (relationship manager from the unit), its RECEIVED event, the acknowledgement and the next number', async () => {
    const first = await fileThroughFloor(1);
    const second = await fileThroughFloor(2);

    expect(Number(second.number.slice(-6))).toBe(Number(first.number.slice(-6)) + 1);
    const stored = await pool.query<{ status: string; rm: string; events: string; messages: string }>(
      `select c.status, c.relationship_manager_id as rm,
              (select string_agg(e.type || '>' || e.to_status, ',') from case_event e where e.case_id = c.id) as events,
              (select string_agg(m.template, ',') from outbox_message m where m.case_id = c.id) as messages
         from feedback_case c where c.registration_number = $1`,
      [first.number],
    );
    expect(stored.rows).toEqual([
      { status: 'RECEIVED', rm: manager, events: 'RECEIVED>RECEIVED', messages: 'ACKNOWLEDGEMENT' },
    ]);
  });
});

describe('the intake reconciliation', () => {
  it('passes when every answered key is exactly the case it answered', async () => {
    const filed = await fileThroughFloor(3);
    expect(await reconcile(pool, new Map([[filed.key, filed.number]]), [])).toEqual([]);
  });

  it('reports an answer without a case, an answer naming another case, and a failed request that left a case', async () => {
    const filed = await fileThroughFloor(4);
    const other = await fileThroughFloor(5);
    const problems = await reconcile(
      pool,
      new Map([
        ['a key no case has', 'SKC-1901-999999'],
        [filed.key, other.number],
      ]),
      [other.key],
    );
    expect(problems).toEqual([
      'no case for an answered key (SKC-1901-999999)',
      `answer said ${other.number}, case is ${filed.number}`,
      '1 failed submissions left a case anyway',
    ]);
  });

  it('leaves no intake cases and no counters behind after clean-up', async () => {
    await fileThroughFloor(6);
    expect(await removeIntakeCases(pool)).toBeGreaterThan(0);
    const left = await pool.query<{ cases: string; counters: string }>(
      `select (select count(*) from feedback_case where registration_year <> 1900) as cases,
              (select count(*) from registration_counter) as counters`,
    );
    expect(left.rows).toEqual([{ cases: '0', counters: '0' }]);
  });
});
