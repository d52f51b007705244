import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { generateDemoHistory } from '../../db/seeders/demo-history.js';
import { ensureReferenceData } from '../../db/seeders/reference-data.js';
import type { Viewer } from '../auth/viewer.js';

let statements = 0;
const db = setupTestDatabase({ debug: ['query'], logger: () => void statements++ });
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
