import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { fileCase, step, stepOk, storedCase, type StepCase, type StepName } from '../../../test/case-steps.js';
import { makePerson, makeService, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { apiKeyViewer, type Viewer } from '../auth/viewer.js';

type Role =
  | 'submitter'
  | 'otherSubmitter'
  | 'relationshipManager'
  | 'otherRelationshipManager'
  | 'handler'
  | 'otherHandler'
  | 'management'
  | 'administrator'
  | 'integration';
const ROLES: Role[] = [
  'submitter',
  'otherSubmitter',
  'relationshipManager',
  'otherRelationshipManager',
  'handler',
  'otherHandler',
  'management',
  'administrator',
  'integration',
];

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-03-02T09:00:00Z'));
let orm: MikroORM;
const as = {} as Record<Role, Viewer>;
let handlerId: string;
let otherManagerId: string;
let serviceId: string;

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  const rm = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  const otherRm = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  const unit = await makeUnit(em, rm);
  await makeUnit(em, otherRm);
  const handler = await makePerson(em, ['HANDLER']);
  handlerId = handler.id;
  otherManagerId = otherRm.id;
  serviceId = (await makeService(em)).id;
  Object.assign(as, {
    submitter: viewerOf(await makePerson(em, ['SUBMITTER'], { unit })),
    otherSubmitter: viewerOf(await makePerson(em, ['SUBMITTER'])),
    relationshipManager: viewerOf(rm),
    otherRelationshipManager: viewerOf(otherRm),
    handler: viewerOf(handler),
    otherHandler: viewerOf(await makePerson(em, ['HANDLER'])),
    management: viewerOf(await makePerson(em, ['MANAGEMENT'])),
    administrator: viewerOf(await makePerson(em, ['ADMINISTRATOR'])),
    integration: apiKeyViewer({ id: 'int', name: 'bi', scopes: ['cases:read', 'pii:read'] }),
  });
});

/** Brings a fresh case to the status a step needs, through the real steps. */
async function prepare(
  until: 'RECEIVED' | 'IN_TRIAGE' | 'JUSTIFIED' | 'ASSIGNED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED',
  kind: 'COMPLAINT' | 'SUGGESTION' | 'COMPLIMENT' = 'COMPLAINT',
): Promise<StepCase> {
  const created = await fileCase(app, as.submitter, kind);
  let c: StepCase = {
    id: created.id,
    version: created.version,
    status: created.status,
    outcome: null,
    resolutionDueAt: '',
  };
  const rm = as.relationshipManager;
  const path: Array<[StepName, Viewer, Record<string, unknown>]> = [
    ['takeTriage', rm, {}],
    ['decideComplaint', rm, { outcome: 'JUSTIFIED', reason: 'Fair point.' }],
    ['assignHandler', rm, { handlerId }],
    ['startWork', as.handler, {}],
    ['resolveComplaint', as.handler, { measuresTaken: 'Fixed.' }],
    ['closeCase', as.handler, { noMeasureReason: 'One-off.' }],
  ];
  for (const [name, viewer, extra] of kind === 'COMPLAINT' ? path : []) {
    if (c.status === until) break;
    c = await stepOk(app, viewer, name, { caseId: c.id, version: c.version, ...extra });
  }
  if (kind === 'SUGGESTION' && until === 'IN_TRIAGE')
    c = await stepOk(app, rm, 'considerSuggestion', { caseId: c.id, version: c.version });
  return c;
}

const MATRIX: Array<{
  name: StepName;
  given: Parameters<typeof prepare>;
  input: () => Record<string, unknown>;
  allowed: Role[];
}> = [
  { name: 'takeTriage', given: ['RECEIVED'], input: () => ({}), allowed: ['relationshipManager'] },
  {
    name: 'reassignRelationshipManager',
    given: ['IN_TRIAGE'],
    input: () => ({ relationshipManagerId: otherManagerId }),
    allowed: ['relationshipManager'],
  },
  {
    name: 'decideComplaint',
    given: ['IN_TRIAGE'],
    input: () => ({ outcome: 'JUSTIFIED', reason: 'Fair.' }),
    allowed: ['relationshipManager'],
  },
  { name: 'assignHandler', given: ['JUSTIFIED'], input: () => ({ handlerId }), allowed: ['relationshipManager'] },
  { name: 'startWork', given: ['ASSIGNED'], input: () => ({}), allowed: ['handler'] },
  {
    name: 'requestInformation',
    given: ['IN_PROGRESS'],
    input: () => ({ question: 'Which floor?' }),
    allowed: ['relationshipManager', 'handler'],
  },
  {
    name: 'receiveInformation',
    given: ['IN_PROGRESS'],
    input: () => ({ note: 'Fifth floor.' }),
    allowed: ['relationshipManager', 'handler'],
  },
  {
    name: 'extendDeadline',
    given: ['IN_PROGRESS'],
    input: () => ({ extraWorkingDays: 2, reason: 'Delay.', submitterInformedAt: '2026-03-02T09:00:00Z' }),
    allowed: ['relationshipManager'],
  },
  {
    name: 'resolveComplaint',
    given: ['IN_PROGRESS'],
    input: () => ({ measuresTaken: 'Fixed.' }),
    allowed: ['handler'],
  },
  {
    name: 'closeCase',
    given: ['RESOLVED'],
    input: () => ({ noMeasureReason: 'One-off.' }),
    allowed: ['handler', 'relationshipManager'],
  },
  { name: 'withdrawCase', given: ['IN_TRIAGE'], input: () => ({}), allowed: ['submitter', 'relationshipManager'] },
  { name: 'reopenCase', given: ['CLOSED'], input: () => ({ reason: 'New facts.' }), allowed: ['relationshipManager'] },
  { name: 'reclassifyCase', given: ['IN_TRIAGE'], input: () => ({ serviceId }), allowed: ['relationshipManager'] },
  {
    name: 'considerSuggestion',
    given: ['RECEIVED', 'SUGGESTION'],
    input: () => ({}),
    allowed: ['relationshipManager'],
  },
  {
    name: 'respondToSuggestion',
    given: ['IN_TRIAGE', 'SUGGESTION'],
    input: () => ({ adopt: false, response: 'Not now.' }),
    allowed: ['relationshipManager'],
  },
  {
    name: 'passOnCompliment',
    given: ['RECEIVED', 'COMPLIMENT'],
    input: () => ({ passedOnTo: 'Team B' }),
    allowed: ['relationshipManager'],
  },
];

describe('permission matrix: every step × every role', () => {
  it.each(MATRIX)('$name', async ({ name, given, input, allowed }) => {
    const c = await prepare(...given);
    for (const role of ROLES.filter((r) => !allowed.includes(r))) {
      const before = await storedCase(orm, c.id);
      const result = await step(app, as[role], name, { caseId: c.id, version: c.version, ...input() });
      const code = result.errors?.[0]?.extensions?.['code'];
      // Roles that may not read the case get NOT_FOUND (its existence is not revealed); the rest FORBIDDEN.
      const handlerAssigned = ['ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'].includes(c.status);
      const cannotRead =
        role === 'otherSubmitter' || role === 'otherHandler' || (role === 'handler' && !handlerAssigned);
      const expected = cannotRead ? 'NOT_FOUND' : 'FORBIDDEN';
      expect({ role, code }).toEqual({ role, code: expected });
      const after = await storedCase(orm, c.id);
      expect({ role, version: after.c.version, events: after.eventTypes }).toEqual({
        role,
        version: before.c.version,
        events: before.eventTypes,
      });
    }
    for (const role of allowed) {
      const fresh = await prepare(...given);
      const result = await step(app, as[role], name, { caseId: fresh.id, version: fresh.version, ...input() });
      expect({ role, errors: result.errors }).toEqual({ role, errors: undefined });
    }
  });

  it('a relationship manager outside the portfolio may act when the organisation sets the scope to ALL', async () => {
    const c = await prepare('RECEIVED');
    await orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into organisation_settings (id, relationship_manager_scope) values (1, 'ALL') on conflict (id) do update set relationship_manager_scope = 'ALL'`,
      );
    try {
      const result = await step(app, as.otherRelationshipManager, 'takeTriage', { caseId: c.id, version: c.version });
      expect(result.errors).toBeUndefined();
    } finally {
      await orm.em
        .fork()
        .getConnection()
        .execute(`update organisation_settings set relationship_manager_scope = 'PORTFOLIO'`);
    }
  });
});

describe('viewerCan shows exactly what the server accepts', () => {
  const VIEWER_CAN = `query($id: ID!) { case(id: $id) { viewerCan { actions takeTriage startWork withdraw } } }`;

  it.each([
    ['relationshipManager', ['REASSIGN_RELATIONSHIP_MANAGER', 'TAKE_TRIAGE', 'WITHDRAW', 'RECLASSIFY']],
    ['submitter', ['WITHDRAW']],
    ['management', []],
    ['otherRelationshipManager', []],
  ] as const)('%s on a received complaint', async (role, actions) => {
    const c = await prepare('RECEIVED');
    const result = await app.execute<{
      case: { viewerCan: { actions: string[]; takeTriage: boolean; withdraw: boolean } };
    }>(VIEWER_CAN, { id: c.id }, as[role]);
    expect(result.errors).toBeUndefined();
    expect([...result.data!.case.viewerCan.actions].sort()).toEqual([...actions].sort());
    expect(result.data!.case.viewerCan.takeTriage).toBe(actions.includes('TAKE_TRIAGE' as never));
  });
});
