import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { apiKeyViewer, type Viewer } from '../auth/viewer.js';
import { Person } from '../people/person.entity.js';
import { submitFeedback } from '../intake/submit-feedback.js';
import { FeedbackCase } from './feedback-case.entity.js';

const CASE = /* GraphQL */ `
  query Case($id: ID!) {
    case(id: $id) {
      registrationNumber
      submitterName
      submitterPhone
      submitterEmail
      description
    }
  }
`;

const db = setupTestDatabase();
const app = setupTestApp(db);
let orm: MikroORM;
let caseId: string;
const viewers: Record<string, Viewer> = {};

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  const manager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  const otherManager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  const unit = await makeUnit(em, manager);
  const submitter = await makePerson(em, ['SUBMITTER'], { unit, displayName: 'Sanne Smit', phone: '+31612345678' });
  const handler = await makePerson(em, ['HANDLER']);
  const otherHandler = await makePerson(em, ['HANDLER']);
  const { case: created } = await submitFeedback({
    ctx: app.context(viewerOf(submitter)),
    input: { kind: 'COMPLAINT', description: 'The new laptop still has not arrived after a month.' },
  });
  caseId = created.id;
  const stored = await em.findOneOrFail(FeedbackCase, caseId);
  stored.handler = em.getReference(Person, handler.id, { wrapped: true });
  await em.flush();

  Object.assign(viewers, {
    submitter: viewerOf(submitter),
    otherSubmitter: viewerOf(await makePerson(em, ['SUBMITTER'])),
    relationshipManager: viewerOf(manager),
    otherRelationshipManager: viewerOf(otherManager),
    handler: viewerOf(handler),
    otherHandler: viewerOf(otherHandler),
    management: viewerOf(await makePerson(em, ['MANAGEMENT'])),
    administrator: viewerOf(await makePerson(em, ['ADMINISTRATOR'])),
    integration: apiKeyViewer({ id: 'a', name: 'bi', scopes: ['cases:read'] }),
    integrationWithPii: apiKeyViewer({ id: 'b', name: 'crm', scopes: ['cases:read', 'pii:read'] }),
  });
});

describe('personal data on a case, per role', () => {
  it.each([
    ['submitter', true],
    ['relationshipManager', true],
    ['handler', true],
    ['administrator', true],
    ['integrationWithPii', true],
    ['management', false],
    ['integration', false],
    ['otherRelationshipManager', false],
  ])('%s sees name and phone: %s', async (role, visible) => {
    const result = await app.execute<{ case: Record<string, string | null> }>(CASE, { id: caseId }, viewers[role]);
    expect(result.errors).toBeUndefined();
    const { submitterName, submitterPhone, submitterEmail } = result.data!.case;
    if (visible) {
      expect([submitterName, submitterPhone]).toEqual(['Sanne Smit', '+31612345678']);
      expect(submitterEmail).toMatch(/@test\.example$/);
    } else {
      expect([submitterName, submitterPhone, submitterEmail]).toEqual([null, null, null]);
      expect(JSON.stringify(result)).not.toContain('Sanne');
    }
  });

  it.each(['otherSubmitter', 'otherHandler'])('%s cannot read the case at all', async (role) => {
    const result = await app.execute(CASE, { id: caseId }, viewers[role]);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(JSON.stringify(result)).not.toContain('Sanne');
  });

  it('management does not see the description either (it often holds personal details)', async () => {
    const result = await app.execute<{ case: { description: string | null } }>(
      CASE,
      { id: caseId },
      viewers['management'],
    );
    expect(result.data!.case.description).toBeNull();
  });
});
