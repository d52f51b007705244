import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';

/**
 * Registration numbers are unique and gap-free per year (PROCEDURE.md), whatever happens: a
 * submission or import that fails after taking its number gives it back, the year turns at
 * midnight in Amsterdam, and intake and import running side by side share one sequence.
 * Each test uses a year of its own, so the tests do not see each other's numbers.
 */

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-04-24T10:00:00Z'));
let submitter: Viewer;
let admin: Viewer;

beforeAll(async () => {
  const em = db.orm.em.fork();
  submitter = viewerOf(await makePerson(em, ['SUBMITTER']));
  admin = viewerOf(await makePerson(em, ['ADMINISTRATOR']));
});

const SUBMIT = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { registrationNumber } }`;
const IMPORT = `mutation($input: ImportCasesInput!) { importCases(input: $input) { imported registrationNumbers } }`;

const submit = (description = 'The coffee machine on floor 2 is broken.') =>
  app.execute<{ submitFeedback: { registrationNumber: string } }>(
    SUBMIT,
    { input: { kind: 'COMPLIMENT', description } },
    submitter,
  );

const importRows = (rows: Array<{ receivedAt: string; description: string }>) =>
  app.execute<{ importCases: { imported: boolean; registrationNumbers: string[] } }>(
    IMPORT,
    {
      input: {
        format: 'JSON',
        content: JSON.stringify(rows.map((row) => ({ kind: 'COMPLIMENT', submitterName: 'Imported Person', ...row }))),
      },
    },
    admin,
  );

/** The sequence numbers stored for `year`, ascending, and the counter's last value. */
async function numbersOf(year: number) {
  const connection = db.orm.em.fork().getConnection();
  const cases = await connection.execute<Array<{ n: number }>>(
    `select registration_sequence as n from feedback_case where registration_year = ? order by 1`,
    [year],
  );
  const counter = await connection.execute<Array<{ last_value: number }>>(
    `select last_value from registration_counter where year = ?`,
    [year],
  );
  return { sequences: cases.map((c) => Number(c.n)), counter: counter[0] ? Number(counter[0].last_value) : null };
}

/** Makes every insert of a case whose description is `marker` fail inside the database, for the length of `run`. */
async function withFailingInsert<T>(marker: string, run: () => Promise<T>): Promise<T> {
  const connection = db.orm.em.fork().getConnection();
  await connection.execute(`
    create function refuse_marked_case() returns trigger language plpgsql as $$
    begin if new.description = '${marker}' then raise exception 'refused by the test'; end if; return new; end $$;
    create trigger refuse_marked_case before insert on feedback_case for each row execute function refuse_marked_case();`);
  try {
    return await run();
  } finally {
    await connection.execute(`drop trigger refuse_marked_case on feedback_case; drop function refuse_marked_case();`);
  }
}

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  result.errors?.[0]?.extensions?.['code'];

describe('registration numbers', () => {
  it('a submission that fails after taking its number gives it back: the next one gets it', async () => {
    app.setNow(new Date('2027-03-01T10:00:00Z'));
    expect((await submit()).data!.submitFeedback.registrationNumber).toBe('SKC-2027-000001');
    const failed = await withFailingInsert('This one fails in the database.', () =>
      submit('This one fails in the database.'),
    );
    expect(codeOf(failed)).toBe('INTERNAL_SERVER_ERROR');
    expect((await submit()).data!.submitFeedback.registrationNumber).toBe('SKC-2027-000002');
    expect(await numbersOf(2027)).toEqual({ sequences: [1, 2], counter: 2 });
  });

  it('the year turns at midnight in Amsterdam, not in UTC', async () => {
    // 31 December 2030, 23:59:59 in Amsterdam (CET, UTC+1).
    app.setNow(new Date('2030-12-31T22:59:59Z'));
    expect((await submit()).data!.submitFeedback.registrationNumber).toBe('SKC-2030-000001');
    // One second later it is 1 January 2031 in Amsterdam, still 31 December in UTC.
    app.setNow(new Date('2030-12-31T23:00:00Z'));
    expect((await submit()).data!.submitFeedback.registrationNumber).toBe('SKC-2031-000001');
    // Imports number by the Amsterdam date of receipt too (an import holds the past only).
    app.setNow(new Date('2031-01-01T10:00:00Z'));
    const imported = await importRows([
      { receivedAt: '2030-12-31T23:30:00Z', description: 'Received half past midnight on New Year’s Day.' },
      { receivedAt: '2030-12-31T22:30:00Z', description: 'Received half past eleven on New Year’s Eve.' },
    ]);
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importCases.registrationNumbers).toEqual(['SKC-2030-000002', 'SKC-2031-000002']);
  });

  it('intake and import side by side share one unique, gap-free sequence', async () => {
    app.setNow(new Date('2028-06-01T10:00:00Z'));
    const rows = Array.from({ length: 10 }, (_, i) => ({
      receivedAt: `2028-05-${String(i + 1).padStart(2, '0')}T10:00:00Z`,
      description: `Imported compliment number ${i + 1}.`,
    }));
    const [imported, ...submitted] = await Promise.all([
      importRows(rows),
      ...Array.from({ length: 10 }, () => submit()),
    ]);
    expect([imported, ...submitted].flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = [
      ...imported.data!.importCases.registrationNumbers,
      ...submitted.map((r) => r.data!.submitFeedback.registrationNumber),
    ];
    expect(new Set(numbers).size).toBe(20);
    const expected = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b)).toEqual(expected);
    expect(await numbersOf(2028)).toEqual({ sequences: expected, counter: 20 });
  });

  it('an import that fails while writing (its third row) writes nothing and uses no numbers', async () => {
    const rows = ['first', 'second', 'third', 'fourth', 'fifth'].map((n, i) => ({
      receivedAt: `2029-02-0${i + 1}T10:00:00Z`,
      description: `The ${n} imported row.`,
    }));
    app.setNow(new Date('2029-03-01T10:00:00Z'));
    const failed = await withFailingInsert('The third imported row.', () => importRows(rows));
    expect(codeOf(failed)).toBe('INTERNAL_SERVER_ERROR');
    expect(await numbersOf(2029)).toEqual({ sequences: [], counter: null });

    const retried = await importRows(rows);
    expect(retried.data!.importCases.registrationNumbers).toEqual([
      'SKC-2029-000001',
      'SKC-2029-000002',
      'SKC-2029-000003',
      'SKC-2029-000004',
      'SKC-2029-000005',
    ]);
  });
});
