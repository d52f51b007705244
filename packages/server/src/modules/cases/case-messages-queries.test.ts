import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { OutboxMessage, OUTBOX_TEMPLATES } from '../outbox/outbox-message.entity.js';
import type { Person } from '../people/person.entity.js';
import { FeedbackCase } from './feedback-case.entity.js';

// Every SQL statement the test database runs is counted; each count below is reset right before
// the request it measures.
let statements = 0;
const db = setupTestDatabase({ debug: ['query'], logger: () => void statements++ });
const app = setupTestApp(db, new Date('2026-06-15T10:00:00Z'));
let orm: MikroORM;
let administrator: Viewer;
let manager: Person;
const caseIds: string[] = [];

/** 30 cases received a day apart from 1 March; case i has i % 4 messages (0 to 3), an hour apart. */
beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  administrator = viewerOf(await makePerson(em, ['ADMINISTRATOR']));
  manager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  for (let i = 0; i < 30; i++) {
    const receivedAt = new Date(Date.UTC(2026, 2, 1 + i, 9));
    // Every third case is this relationship manager's: only those show them their messages.
    const c = await makeCase(em, {
      receivedAt: receivedAt.toISOString(),
      relationshipManager: i % 3 === 0 ? manager : null,
    });
    caseIds.push(c.id);
    for (let m = 0; m < i % 4; m++) {
      em.persist(
        new OutboxMessage({
          case: em.getReference(FeedbackCase, c.id, { wrapped: true }),
          template: OUTBOX_TEMPLATES[m]!,
          locale: 'nl',
          subject: `Case ${i}, message ${m}`,
          body: 'A message made by a test.',
          createdAt: new Date(receivedAt.getTime() + (m + 1) * 3_600_000),
        }),
      );
    }
  }
  await em.flush();
});

const MESSAGE_FIELDS = 'id template locale subject body createdAt sentAt';
const PAGE = /* GraphQL */ `
  query CasePage($first: Int!) {
    cases(first: $first) { nodes { id messages(first: 10) { ${MESSAGE_FIELDS} } } }
  }
`;
const ONE = /* GraphQL */ `
  query OneCase($id: ID!) {
    case(id: $id) { id messages { ${MESSAGE_FIELDS} } }
  }
`;

type Message = { id: string; subject: string };
type CaseRow = { id: string; messages: Message[] };

/** Which of the 30 cases a row is (the list shows the newest first). */
const numberOf = (row: CaseRow) => caseIds.indexOf(row.id);

async function page(first: number, viewer: Viewer): Promise<{ rows: CaseRow[]; statements: number }> {
  statements = 0;
  const result = await app.execute<{ cases: { nodes: CaseRow[] } }>(PAGE, { first }, viewer);
  const counted = statements;
  expect(result.errors).toBeUndefined();
  return { rows: result.data!.cases.nodes, statements: counted };
}

describe('case messages', () => {
  it('a page of cases with their messages costs the same statements for 5 cases as for 30', async () => {
    const small = await page(5, administrator);
    const large = await page(30, administrator);
    expect(large.rows).toHaveLength(30);
    expect(large.statements).toBe(small.statements);
    // The total, the page, and one query for the messages of every case on it.
    expect(large.statements).toBeLessThanOrEqual(3);
    expect(large.rows.map((row) => row.messages.length)).toEqual(large.rows.map((row) => numberOf(row) % 4));
    const third = large.rows.find((row) => numberOf(row) === 3)!;
    expect(third.messages.map((m) => m.subject)).toEqual([
      'Case 3, message 0',
      'Case 3, message 1',
      'Case 3, message 2',
    ]);
  });

  it('one case with its messages costs a fixed few statements, and answers what the page and a plain read answer', async () => {
    const { rows } = await page(30, administrator);
    const counts = new Set<number>();
    for (const row of rows) {
      statements = 0;
      const one = await app.execute<{ case: CaseRow }>(ONE, { id: row.id }, administrator);
      counts.add(statements);
      expect(one.errors).toBeUndefined();
      expect(one.data!.case).toEqual(row);
      const stored = await orm.em.fork().find(OutboxMessage, { case: row.id }, { orderBy: { createdAt: 'asc' } });
      expect(row.messages.map((m) => m.id)).toEqual(stored.map((m) => m.id));
    }
    // The case, then its messages (none to read for a case without any still costs the one query).
    expect([...counts]).toEqual([2]);
  });

  it('batching keeps the policy: a relationship manager gets the messages of their own cases only', async () => {
    const { rows } = await page(30, viewerOf(manager));
    expect(rows.map((row) => row.messages.length)).toEqual(
      rows.map((row) => (numberOf(row) % 3 === 0 ? numberOf(row) % 4 : 0)),
    );
  });
});
