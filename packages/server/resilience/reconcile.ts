import { isDeepStrictEqual } from 'node:util';
import type pg from 'pg';
import { compareRollupsWithRecount } from '../test/rollup-recount.js';
import type { KeyRecord } from './load.js';

/** The reconciliation's figures and the problems it found (each a failure). */
export interface Reconciliation {
  cases: number;
  confirmed: number;
  /** Confirmed keys without their case, or with another registration number. */
  lost: number;
  /** Keys with more than one case, and cases that share a description's submission. */
  duplicated: number;
  /** Cases no key of the client's ledger accounts for. */
  orphans: number;
  /** Registration numbers missing from a year's sequence 1…n. */
  gaps: number;
  /** Keys the client never got confirmed (refused, or still unanswered at the end). */
  unconfirmed: number;
  /** Keys with a problem, for attributing problems to faults. */
  problemKeys: Set<string>;
  failures: string[];
}

/**
 * Checks the database against the client ledger: every confirmed key has exactly one case, with the
 * number the client was given; every case belongs to a key the client sent; registration numbers are
 * unique and gap-free per year; every case has its RECEIVED event and its acknowledgement in the
 * outbox; the rollups equal a recount from scratch.
 */
export async function reconcile(admin: pg.Pool, ledger: Map<string, KeyRecord>): Promise<Reconciliation> {
  const failures: string[] = [];
  const problemKeys = new Set<string>();
  const { rows: cases } = await admin.query<{
    id: string;
    key: string | null;
    registration_number: string;
  }>('select id, idempotency_key as key, registration_number from feedback_case');
  const byKey = new Map<string, typeof cases>();
  for (const c of cases) if (c.key) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);

  let lost = 0;
  let duplicated = 0;
  let unconfirmed = 0;
  let confirmed = 0;
  for (const record of ledger.values()) {
    const stored = byKey.get(record.key) ?? [];
    if (stored.length > 1) {
      duplicated++;
      problemKeys.add(record.key);
    }
    if (!record.confirmed) {
      unconfirmed++;
      problemKeys.add(record.key);
      continue;
    }
    confirmed++;
    const match = stored.length === 1 && stored[0]!.registration_number === record.confirmed.registrationNumber;
    if (!match || stored[0]!.id !== record.confirmed.caseId) {
      lost++;
      problemKeys.add(record.key);
    }
  }
  const orphans = cases.filter((c) => !c.key || !ledger.has(c.key)).length;
  // The same submission filed twice under two keys would show as two cases with one description.
  const { rows: twins } = await admin.query<{ n: number }>(
    `select count(*)::int as n from (select description from feedback_case group by description having count(*) > 1) d`,
  );
  duplicated += twins[0]?.n ?? 0;

  const { rows: years } = await admin.query<{
    year: number;
    n: number;
    distinct_n: number;
    lowest: number;
    highest: number;
    counter: number | null;
  }>(
    `select c.registration_year as year, count(*)::int as n, count(distinct c.registration_sequence)::int as distinct_n,
            min(c.registration_sequence)::int as lowest, max(c.registration_sequence)::int as highest,
            (select last_value from registration_counter r where r.year = c.registration_year)::int as counter
       from feedback_case c group by c.registration_year`,
  );
  let gaps = 0;
  for (const y of years) {
    gaps += y.highest - y.distinct_n;
    if (y.distinct_n !== y.n) failures.push(`year ${y.year}: ${y.n - y.distinct_n} registration numbers used twice`);
    if (y.lowest !== 1) failures.push(`year ${y.year}: numbers start at ${y.lowest}, not 1`);
    if (y.counter !== y.highest)
      failures.push(`year ${y.year}: the counter says ${y.counter}, the highest number is ${y.highest}`);
  }
  const { rows: unique } = await admin.query<{ n: number }>(
    'select count(*)::int as n from (select registration_number from feedback_case group by 1 having count(*) > 1) d',
  );
  if ((unique[0]?.n ?? 0) > 0) failures.push(`${unique[0]?.n} registration numbers are not unique`);

  const { rows: withoutEvent } = await admin.query<{ n: number }>(
    `select count(*)::int as n from feedback_case c
      where (select count(*) from case_event e where e.case_id = c.id and e.type = 'RECEIVED') <> 1`,
  );
  if ((withoutEvent[0]?.n ?? 0) > 0) failures.push(`${withoutEvent[0]?.n} cases without exactly one RECEIVED event`);
  const { rows: withoutAck } = await admin.query<{ n: number }>(
    `select count(*)::int as n from feedback_case c
      where (select count(*) from outbox_message m where m.case_id = c.id and m.template = 'ACKNOWLEDGEMENT') <> 1`,
  );
  if ((withoutAck[0]?.n ?? 0) > 0)
    failures.push(`${withoutAck[0]?.n} cases without exactly one acknowledgement in the outbox`);

  failures.push(...(await rollupFailures(admin)));

  if (lost > 0) failures.push(`${lost} confirmed submissions lost (no case, or another number)`);
  if (duplicated > 0) failures.push(`${duplicated} submissions filed more than once`);
  if (orphans > 0) failures.push(`${orphans} cases that no submitted key accounts for`);
  if (gaps > 0) failures.push(`${gaps} gaps in the registration numbers`);
  if (unconfirmed > 0) failures.push(`${unconfirmed} submissions never confirmed to the client`);
  return { cases: cases.length, confirmed, lost, duplicated, orphans, gaps, unconfirmed, problemKeys, failures };
}

/** The rollups against the recount the rollup tests use (test/rollup-recount.ts). */
export async function rollupFailures(admin: pg.Pool): Promise<string[]> {
  const comparisons = await compareRollupsWithRecount(
    async (sql) => (await admin.query<Record<string, unknown>>(sql)).rows,
  );
  return comparisons
    .filter((c) => !isDeepStrictEqual(c.stored, c.recounted))
    .map(
      (c) => `${c.table} differs from its recount (${c.stored.length} stored rows, ${c.recounted.length} recounted)`,
    );
}
