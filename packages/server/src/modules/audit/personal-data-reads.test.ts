import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { fileCase } from '../../../test/case-steps.js';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { apiKeyViewer, type Viewer } from '../auth/viewer.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { Person } from '../people/person.entity.js';
import { PersonalDataRead } from './personal-data-read.entity.js';

/** Every SQL statement the ORM sends, to count the log's inserts. */
const statements: string[] = [];
const db = setupTestDatabase({ debug: ['query'], logger: (message) => void statements.push(message) });
const NOW = new Date('2026-04-24T10:00:00Z');
const app = setupTestApp(db, NOW);
let orm: MikroORM;
const viewers: Record<string, Viewer> = {};
/** The case the relationship manager, the handler and the rest read; its submitter is Sanne Smit. */
let caseId: string;

const CASE = /* GraphQL */ `
  query Case($id: ID!) {
    case(id: $id) {
      registrationNumber
      submitterName
      submitterPhone
      submitterEmail
    }
  }
`;
const READS = /* GraphQL */ `
  query Reads($first: Int!, $after: String, $caseId: ID, $personId: ID, $apiKeyId: ID) {
    personalDataReads(first: $first, after: $after, caseId: $caseId, personId: $personId, apiKeyId: $apiKeyId) {
      nodes {
        readAt
        requestId
        readerApiKeyId
        readerApiKeyName
        reader {
          id
        }
        case {
          id
        }
      }
      endCursor
      hasNextPage
    }
  }
`;
interface Reads {
  personalDataReads: {
    nodes: Array<{
      readAt: string;
      requestId: string;
      readerApiKeyId: string | null;
      readerApiKeyName: string | null;
      reader: { id: string } | null;
      case: { id: string };
    }>;
    endCursor: string | null;
    hasNextPage: boolean;
  };
}

/** The log's rows for a case, oldest first, read straight from the table. */
const readsOf = (id: string) => orm.em.fork().find(PersonalDataRead, { case: id }, { orderBy: { id: 'asc' } });

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  const manager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  const unit = await makeUnit(em, manager);
  const submitter = await makePerson(em, ['SUBMITTER'], { unit, displayName: 'Sanne Smit', phone: '+31612345678' });
  const handler = await makePerson(em, ['HANDLER']);
  Object.assign(viewers, {
    submitter: viewerOf(submitter),
    relationshipManager: viewerOf(manager),
    handler: viewerOf(handler),
    otherHandler: viewerOf(await makePerson(em, ['HANDLER'])),
    management: viewerOf(await makePerson(em, ['MANAGEMENT'])),
    administrator: viewerOf(await makePerson(em, ['ADMINISTRATOR'])),
    integration: apiKeyViewer({ id: 'key-bi', name: 'BI dashboard', scopes: ['cases:read'] }),
    integrationWithPii: apiKeyViewer({ id: 'key-crm', name: 'CRM', scopes: ['cases:read', 'pii:read'] }),
  });
  const created = await fileCase(app, viewers['submitter']!, 'COMPLAINT');
  caseId = created.id;
  const stored = await em.findOneOrFail(FeedbackCase, caseId);
  stored.handler = em.getReference(Person, handler.id, { wrapped: true });
  await em.flush();
});

describe('the audit log of personal-data reads', () => {
  it('is read by administrators only', async () => {
    for (const role of ['relationshipManager', 'management', 'integrationWithPii']) {
      const result = await app.execute(READS, { first: 5 }, viewers[role]);
      expect(result.errors?.[0]?.extensions?.['code'], role).toBe('FORBIDDEN');
      expect(result.data?.['personalDataReads'] ?? null).toBeNull();
    }
    expect((await app.execute(READS, { first: 5 })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses a page size, cursor or id it cannot use, with a coded error', async () => {
    for (const variables of [{ first: 0 }, { first: 201 }, { first: 5, after: 'x' }, { first: 5, caseId: 'nope' }]) {
      const result = await app.execute(READS, variables, viewers['administrator']);
      expect(result.errors?.[0]?.extensions?.['code'], JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });

  it('records a relationship manager reading name, phone and e-mail once per request: who, which case, when — not the values', async () => {
    const before = (await readsOf(caseId)).length;
    const result = await app.execute<{ case: { submitterName: string } }>(
      CASE,
      { id: caseId },
      viewers['relationshipManager'],
    );
    expect(result.data!.case.submitterName).toBe('Sanne Smit');
    const rows = await readsOf(caseId);
    expect(rows.length - before).toBe(1);
    const row = rows.at(-1)!;
    expect(row).toMatchObject({
      readerPerson: { id: viewers['relationshipManager']!.personId },
      readerApiKeyId: null,
      readAt: NOW,
    });
    expect(row.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const stored = JSON.stringify(await orm.em.fork().getConnection().execute('select * from personal_data_read'));
    expect(stored).not.toContain('Sanne');
    expect(stored).not.toContain('612345678');

    // Another request is another read.
    await app.execute(CASE, { id: caseId }, viewers['relationshipManager']);
    expect((await readsOf(caseId)).length - before).toBe(2);
  });

  it('records an integration reading with pii:read by its key, under the name the key had', async () => {
    await app.execute(CASE, { id: caseId }, viewers['integrationWithPii']);
    expect((await readsOf(caseId)).at(-1)).toMatchObject({
      readerPerson: null,
      readerApiKeyId: 'key-crm',
      readerApiKeyName: 'CRM',
    });
  });

  it.each(['management', 'integration', 'submitter'])(
    'records nothing when %s reads the case (no access to the details, or their own)',
    async (role) => {
      const before = (await readsOf(caseId)).length;
      const result = await app.execute(CASE, { id: caseId }, viewers[role]);
      expect(result.errors).toBeUndefined();
      expect((await readsOf(caseId)).length).toBe(before);
    },
  );

  it('records a list of cases read together as one row per case, in one insert', async () => {
    const submitter = viewers['submitter']!;
    const more = [await fileCase(app, submitter, 'SUGGESTION'), await fileCase(app, submitter, 'COMPLIMENT')];
    const ids = [caseId, ...more.map((c) => c.id)];
    const counts = await Promise.all(ids.map(async (id) => (await readsOf(id)).length));
    statements.length = 0;
    const result = await app.execute<{ cases: { nodes: Array<{ submitterName: string; submitterPhone: string }> } }>(
      `{ cases(first: 50) { nodes { submitterName submitterPhone } } }`,
      {},
      viewers['administrator'],
    );
    expect(result.data!.cases.nodes.length).toBe(3);
    expect(statements.filter((s) => /insert into "personal_data_read"/.test(s))).toHaveLength(1);
    const after = await Promise.all(ids.map(async (id) => (await readsOf(id)).length));
    expect(after).toEqual(counts.map((n) => n + 1));
  });

  it('lists the reads for administrators by case and by person, newest first, paged', async () => {
    const admin = viewers['administrator']!;
    const manager = viewers['relationshipManager']!;
    const byPerson = await app.execute<Reads>(READS, { first: 1, personId: manager.personId }, admin);
    expect(byPerson.errors).toBeUndefined();
    const firstPage = byPerson.data!.personalDataReads;
    expect(firstPage.nodes).toEqual([
      expect.objectContaining({ reader: { id: manager.personId }, case: { id: caseId }, readAt: NOW.toISOString() }),
    ]);
    expect(firstPage.hasNextPage).toBe(true);
    const secondPage = await app.execute<Reads>(
      READS,
      { first: 5, after: firstPage.endCursor, personId: manager.personId },
      admin,
    );
    expect(secondPage.data!.personalDataReads.nodes).toHaveLength(1);
    expect(secondPage.data!.personalDataReads.hasNextPage).toBe(false);
    expect(secondPage.data!.personalDataReads.nodes[0]!.requestId).not.toBe(firstPage.nodes[0]!.requestId);

    const byCase = await app.execute<Reads>(READS, { first: 50, caseId }, admin);
    const readers = byCase.data!.personalDataReads.nodes.map((n) => n.reader?.id ?? n.readerApiKeyName);
    // Newest first: the administrator's list, the integration, the manager twice.
    expect(readers).toEqual([admin.personId, 'CRM', manager.personId, manager.personId]);

    const byKey = await app.execute<Reads>(READS, { first: 50, apiKeyId: 'key-crm' }, admin);
    expect(byKey.data!.personalDataReads.nodes.map((n) => n.case.id)).toEqual([caseId]);
  });
});
