import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { transition, type CaseAction, type CaseKind, type CaseOutcome, type CaseStatus } from '@klankbord/domain';
import { setupTestDatabase } from '../../../test/database.js';
import { generateDemoHistory } from './demo-history.js';
import { ensureReferenceData } from './reference-data.js';

const db = setupTestDatabase();
let orm: MikroORM;
const until = new Date('2026-06-15T10:00:00Z');

beforeAll(async () => {
  orm = db.orm;
  await ensureReferenceData(orm.em.fork());
  // A little over a year: the measures implemented 11 months ago and the outage wave fall inside.
  await generateDemoHistory(orm.em.fork(), { seed: 11, days: 400, until, progress: () => undefined });
});

interface Row {
  id: string;
  kind: CaseKind;
  status: CaseStatus;
  received_at: number;
  closed_at: number | null;
  no_measure_reason: string | null;
  measures: string;
  type: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  outcome: CaseOutcome | null;
  occurred_at: number;
}

/** An instant as epoch milliseconds (the product writes them from JavaScript dates, so nothing is lost). */
const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

/** Every case with its trail, in the order it was written. */
async function trails(): Promise<Map<string, Row[]>> {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<Row[]>(
      `select c.id, c.kind, c.status, ${ms('c.received_at')} as received_at, ${ms('c.closed_at')} as closed_at, c.no_measure_reason,
            (select count(*) from preventive_measure_case l where l.feedback_case_id = c.id) as measures,
            e.type, e.from_status, e.to_status, e.data->>'outcome' as outcome, ${ms('e.occurred_at')} as occurred_at
       from feedback_case c join case_event e on e.case_id = c.id
      order by c.received_at, c.id, e.id`,
    );
  const byCase = new Map<string, Row[]>();
  for (const row of rows) byCase.set(row.id, [...(byCase.get(row.id) ?? []), row]);
  return byCase;
}

describe('the demo history', () => {
  it('tells every case as a story the lifecycle allows: in time order, from receipt, each move legal, ending where the case is', async () => {
    const byCase = await trails();
    expect(byCase.size).toBeGreaterThan(1000);
    const problems: string[] = [];
    for (const [id, events] of byCase) {
      const first = events[0]!;
      const receivedAt = first.received_at;
      if (
        first.type !== 'RECEIVED' ||
        first.from_status !== null ||
        first.to_status !== 'RECEIVED' ||
        first.occurred_at !== receivedAt
      ) {
        problems.push(
          `${id}: starts with ${first.type} at ${new Date(first.occurred_at).toISOString()}, not RECEIVED at receipt`,
        );
      }
      let status: CaseStatus = first.to_status;
      let previousAt = receivedAt;
      for (const event of events.slice(1)) {
        const at = event.occurred_at;
        if (at < receivedAt) problems.push(`${id}: ${event.type} before receipt`);
        if (at < previousAt) problems.push(`${id}: ${event.type} out of order`);
        previousAt = at;
        // The status the lifecycle leads to, or why it refuses the step (compared with the stored status).
        let expected: string;
        try {
          expected = transition({ kind: first.kind, status, action: event.type as CaseAction, outcome: event.outcome });
        } catch (error) {
          expected = `refused (${(error as Error).message})`;
        }
        if (event.from_status !== status || event.to_status !== expected) {
          problems.push(
            `${id}: ${event.type} from ${event.from_status} to ${event.to_status}; the lifecycle says from ${status} to ${expected}`,
          );
        }
        status = event.to_status;
      }
      if (first.status !== status)
        problems.push(`${id}: status ${first.status}, but the last event leads to ${status}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('closes cases the way the product does: closed at the closing event, complaints with a measure or the reason there is none', async () => {
    const byCase = await trails();
    const problems: string[] = [];
    let linked = 0;
    for (const [id, events] of byCase) {
      const { kind, status, closed_at, no_measure_reason, measures } = events[0]!;
      const last = events[events.length - 1]!;
      const closedByEvent = status === 'CLOSED' || status === 'WITHDRAWN' ? last.occurred_at : null;
      if (closed_at !== closedByEvent)
        problems.push(`${id}: closedAt ${closed_at} does not match its trail (${closedByEvent})`);
      if (kind === 'COMPLAINT' && last.type === 'CLOSE' && Number(measures) > 0 === Boolean(no_measure_reason)) {
        problems.push(`${id}: closed with ${measures} measures and reason ${no_measure_reason}`);
      }
      if (Number(measures) > 0) linked++;
    }
    expect(problems.slice(0, 10)).toEqual([]);
    // Some complaints prompted a measure and were closed with it.
    expect(linked).toBeGreaterThan(0);
  });
});
