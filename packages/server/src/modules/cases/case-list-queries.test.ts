import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { generateDemoHistory } from '../../db/seeders/demo-history.js';
import { ensureReferenceData } from '../../db/seeders/reference-data.js';
import type { Viewer } from '../auth/viewer.js';

let statements = 0;
const sent: string[] = [];
const db = setupTestDatabase({
  debug: ['query'],
  logger: (message) => {
    statements++;
    sent.push(message);
  },
});
const now = new Date('2026-06-15T10:00:00Z');
const app = setupTestApp(db, now);
let orm: MikroORM;
let management: Viewer;

beforeAll(async () => {
  orm = db.orm;
  await ensureReferenceData(orm.em.fork());
  await generateDemoHistory(orm.em.fork(), { seed: 7, days: 120, until: now, progress: () => undefined });
  management = viewerOf(await makePerson(orm.em.fork(), ['MANAGEMENT', 'RELATIONSHIP_MANAGER']));
});

const PAGE = /* GraphQL */ `
  query CasePage($first: Int!) {
    cases(first: $first) {
      totalCount
      nodes {
        registrationNumber
        relationshipManager {
          displayName
        }
        handler {
          displayName
        }
        complaintType {
          name
        }
        service {
          name
        }
        organisationUnit {
          name
        }
        events(first: 10) {
          type
          occurredAt
          actor {
            displayName
          }
        }
        measures(first: 5) {
          title
        }
        viewerCan {
          actions
        }
        deadlines {
          resolution {
            dueAt
            overdue
          }
        }
      }
    }
  }
`;

async function countStatements(first: number) {
  statements = 0;
  const result = await app.execute<{ cases: { nodes: unknown[] } }>(PAGE, { first }, management);
  expect(result.errors).toBeUndefined();
  expect(result.data!.cases.nodes).toHaveLength(first);
  return statements;
}

describe('a page of cases', () => {
  it('costs a small fixed number of SQL statements, whatever the page size (no N+1)', async () => {
    // How many relations a page touches depends a little on its data (a page without handlers
    // needs no handler lookup), so the bound is fixed rather than equal; an N+1 would cost 50+.
    expect(await countStatements(10)).toBeLessThanOrEqual(14);
    expect(await countStatements(50)).toBeLessThanOrEqual(14);
    expect(await countStatements(100)).toBeLessThanOrEqual(14);
  });
});

/** The bench's page: the newest cases with the names of their service, type, unit and relationship manager. */
const listPage = (withTotalCount: boolean) => /* GraphQL */ `
  query ListPage($filter: CaseFilter, $after: String) {
    cases(first: 50, filter: $filter, after: $after) {
      ${withTotalCount ? 'totalCount totalCountCapped' : ''}
      hasNextPage
      endCursor
      nodes {
        id
        registrationNumber
        status
        receivedAt
        service { name }
        complaintType { name }
        organisationUnit { name }
        relationshipManager { displayName }
      }
    }
  }
`;

type ListPageData = {
  cases: {
    totalCount?: number;
    totalCountCapped?: boolean;
    hasNextPage: boolean;
    endCursor: string;
    nodes: Array<{ service: { name: string } | null; relationshipManager: { displayName: string } | null }>;
  };
};

async function sqlOf(variables: Record<string, unknown>, withTotalCount: boolean) {
  sent.length = 0;
  const result = await app.execute<ListPageData>(listPage(withTotalCount), variables, management);
  expect(result.errors).toBeUndefined();
  return { sql: [...sent], data: result.data!.cases };
}

const counts = (sql: string[]) => sql.filter((statement) => /\bcount\(/i.test(statement));

describe('the list page', () => {
  it('is one SQL statement without totalCount: relations joined, no count, no description', async () => {
    const { sql, data } = await sqlOf({}, false);
    expect(sql).toHaveLength(1);
    expect(counts(sql)).toHaveLength(0);
    expect(sql[0]).toMatch(/join "service"/);
    expect(sql[0]).toMatch(/join "person"/);
    // Only what was asked: neither the long texts nor the submitter's details are read.
    expect(sql[0]).not.toMatch(/"description"|"submitter_name"|"f0"\.\*/);
    expect(data.nodes).toHaveLength(50);
    expect(data.nodes.some((node) => node.service?.name && node.relationshipManager?.displayName)).toBe(true);
  });

  it('adds one count statement with totalCount, on the next pages too', async () => {
    const first = await sqlOf({}, true);
    expect(first.sql).toHaveLength(2);
    expect(counts(first.sql)).toHaveLength(1);
    const total = Number(
      (await orm.em.fork().getConnection().execute<Array<{ n: string }>>('select count(*) as n from feedback_case'))[0]!
        .n,
    );
    expect(first.data).toMatchObject({ totalCount: total, totalCountCapped: false });
    const next = await sqlOf({ after: first.data.endCursor }, true);
    expect(next.sql.length).toBeLessThanOrEqual(3);
    expect(next.data.totalCount).toBe(total);
  });

  it('counts nothing when the first page holds every match', async () => {
    const [type] = await orm.em
      .fork()
      .getConnection()
      .execute<Array<{ id: string; n: string }>>(
        'select complaint_type_id as id, count(*) as n from feedback_case where complaint_type_id is not null group by 1 order by 2 limit 1',
      );
    const { sql, data } = await sqlOf({ filter: { complaintTypeId: type!.id } }, true);
    expect(Number(type!.n)).toBeLessThan(50);
    expect(sql).toHaveLength(1);
    expect(data).toMatchObject({ totalCount: Number(type!.n), totalCountCapped: false, hasNextPage: false });
  });
});
