import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../test/database.js';
import { fileCase, STEP_INPUTS, stepOk, type StepName } from '../../test/case-steps.js';
import { ref } from '@mikro-orm/core';
import { satisfactionLinkExpiry } from '@klankbord/domain';
import { makeCase, makeComplaintType, makePerson, makeUnit, viewerOf } from '../../test/factories.js';
import { createTestApp, setupTestApp } from '../../test/harness.js';
import { changedTables, tableFingerprint } from '../../test/table-fingerprint.js';
import { COMMAND_LINE } from '../modules/admin-events/admin-actor.js';
import { createApiKey } from '../modules/api-keys/create-api-key.js';
import { queueMessage } from '../modules/outbox/queue-message.js';
import { API_KEY_SCOPES, type ApiKeyScope } from '../modules/auth/api-key.entity.js';
import { ANONYMOUS, apiKeyViewer, type Viewer } from '../modules/auth/viewer.js';
import { createWebhookEndpoint } from '../modules/webhooks/create-webhook-endpoint.js';
import { SatisfactionRequest } from '../modules/satisfaction/satisfaction-request.entity.js';
import { newSatisfactionToken } from '../modules/satisfaction/satisfaction-token.js';

/**
 * Every mutation in the committed schema × every role, anonymous, and an API key per scope. The
 * table is checked against `type Mutation` in schema.graphql, so a new mutation fails this file
 * until it has a row. A refusal must carry its code and leave every table exactly as it was; an
 * allowed call must succeed and (except devSignIn, which only issues a token) write something.
 */

const MUTATIONS = Object.keys(
  buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'))
    .getMutationType()!
    .getFields(),
).sort();

const PERSON_ROLES = ['SUBMITTER', 'RELATIONSHIP_MANAGER', 'HANDLER', 'MANAGEMENT', 'ADMINISTRATOR'] as const;
type PersonRole = (typeof PERSON_ROLES)[number];
type Who = 'anonymous' | PersonRole | `key:${ApiKeyScope}`;
const WHO: Who[] = ['anonymous', ...PERSON_ROLES, ...API_KEY_SCOPES.map((scope) => `key:${scope}` as const)];
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

/** Anonymous callers are asked to sign in; `ok` may; `refused` names other codes; the rest is FORBIDDEN. */
function outcomes(ok: Who[], refused: Partial<Record<Who, Outcome>> = {}): Record<Who, Outcome> {
  return Object.fromEntries(
    WHO.map((who) => [
      who,
      ok.includes(who) ? 'OK' : (refused[who] ?? (who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN')),
    ]),
  ) as Record<Who, Outcome>;
}

/**
 * A case step: only those who may read the case learn it exists (the others get NOT_FOUND): its
 * submitter, relationship managers, management, administrators, its handler once assigned, and keys
 * with `cases:read`.
 */
function caseStep(ok: Who[], { handlerAssigned }: { handlerAssigned: boolean }): Record<Who, Outcome> {
  const unreadable: Partial<Record<Who, Outcome>> = Object.fromEntries(
    API_KEY_SCOPES.filter((scope) => scope !== 'cases:read').map((scope) => [`key:${scope}`, 'NOT_FOUND']),
  );
  return outcomes(ok, { ...unreadable, HANDLER: handlerAssigned ? 'FORBIDDEN' : 'NOT_FOUND' });
}

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-03-02T09:00:00Z'));
const viewers = { anonymous: ANONYMOUS } as Record<Who, Viewer>;
let otherManagerId: string;
let complaintTypeId: string;
let demoPersonId: string;

beforeAll(async () => {
  const em = db.orm.em.fork();
  const manager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  otherManagerId = (await makePerson(em, ['RELATIONSHIP_MANAGER'])).id;
  const unit = await makeUnit(em, manager);
  viewers.SUBMITTER = viewerOf(await makePerson(em, ['SUBMITTER'], { unit }));
  viewers.RELATIONSHIP_MANAGER = viewerOf(manager);
  viewers.HANDLER = viewerOf(await makePerson(em, ['HANDLER']));
  viewers.MANAGEMENT = viewerOf(await makePerson(em, ['MANAGEMENT']));
  viewers.ADMINISTRATOR = viewerOf(await makePerson(em, ['ADMINISTRATOR']));
  for (const scope of API_KEY_SCOPES)
    viewers[`key:${scope}`] = apiKeyViewer({ id: `key-${scope}`, name: scope, scopes: [scope] });
  complaintTypeId = (await makeComplaintType(em)).id;
  const demo = await makePerson(em, ['HANDLER']);
  demo.email = `demo-${demo.id.slice(0, 8)}@demo.klankbord.example`;
  await em.flush();
  demoPersonId = demo.id;
});

type Given = Record<string, unknown>;
type Status = 'RECEIVED' | 'IN_TRIAGE' | 'JUSTIFIED' | 'ASSIGNED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED';

/** A fresh case of the submitter's, brought to `status` through the real steps. */
async function caseAt(status: Status, kind: 'COMPLAINT' | 'SUGGESTION' | 'COMPLIMENT' = 'COMPLAINT'): Promise<Given> {
  const created = await fileCase(app, viewers.SUBMITTER, kind);
  let c = { id: created.id, version: created.version, status: created.status as string };
  const rm = viewers.RELATIONSHIP_MANAGER;
  const path: Array<[StepName, Viewer, Record<string, unknown>]> = [
    ['takeTriage', rm, {}],
    ['decideComplaint', rm, { outcome: 'JUSTIFIED', reason: 'Fair point.' }],
    ['assignHandler', rm, { handlerId: viewers.HANDLER.personId }],
    ['startWork', viewers.HANDLER, {}],
    ['resolveComplaint', viewers.HANDLER, { measuresTaken: 'Fixed.' }],
    ['closeCase', viewers.HANDLER, { noMeasureReason: 'One-off.' }],
  ];
  for (const [name, viewer, extra] of kind === 'COMPLAINT' ? path : []) {
    if (c.status === status) break;
    c = await stepOk(app, viewer, name, { caseId: c.id, version: c.version, ...extra });
  }
  if (kind === 'SUGGESTION' && status === 'IN_TRIAGE')
    c = await stepOk(app, rm, 'considerSuggestion', { caseId: c.id, version: c.version });
  return { caseId: c.id, version: c.version };
}

const PROPOSE = `mutation($input: ProposeMeasureInput!) { proposeMeasure(input: $input) { measure { id version } } }`;

/** A fresh measure owned by the HANDLER viewer, implemented when asked. */
async function measure({ implemented = false } = {}): Promise<Given> {
  const proposed = await app.execute<{ proposeMeasure: { measure: { id: string; version: number } } }>(
    PROPOSE,
    {
      input: {
        title: 'Call back within a day',
        description: 'Add a callback option to the phone line.',
        targetComplaintTypeId: complaintTypeId,
      },
    },
    viewers.HANDLER,
  );
  const m = proposed.data!.proposeMeasure.measure;
  if (!implemented) return { measureId: m.id, version: m.version };
  const done = await app.execute<{ implementMeasure: { measure: { version: number } } }>(
    `mutation($input: ImplementMeasureInput!) { implementMeasure(input: $input) { measure { version } } }`,
    { input: { measureId: m.id, version: m.version, implementedOn: '2026-03-02' } },
    viewers.HANDLER,
  );
  return { measureId: m.id, version: done.data!.implementMeasure.measure.version };
}

let counter = 0;
const next = () => ++counter;
const nextDate = () => new Date(Date.UTC(2031, 0, 1) + next() * 86_400_000).toISOString().slice(0, 10);

interface Row {
  document: string;
  /** What the mutation acts on; made afresh before each call that may succeed. */
  given?: () => Promise<Given>;
  variables: (given: Given, who: Who) => Record<string, unknown>;
  expected: Record<Who, Outcome>;
  /** Whether success writes to the database (default true). */
  writes?: boolean;
}

const stepRow = (
  name: StepName,
  given: () => Promise<Given>,
  extra: () => Record<string, unknown>,
  expected: Record<Who, Outcome>,
): Row => ({
  document: `mutation($input: ${STEP_INPUTS[name]}!) { ${name}(input: $input) { case { id version } } }`,
  given,
  variables: (g) => ({ input: { ...g, ...extra() } }),
  expected,
});

const measureRow = (
  name: string,
  inputType: string,
  given: () => Promise<Given>,
  extra: () => Record<string, unknown> = () => ({}),
): Row => ({
  document: `mutation($input: ${inputType}!) { ${name}(input: $input) { measure { id version } } }`,
  given,
  variables: (g) => ({ input: { ...g, ...extra() } }),
  expected: outcomes(['HANDLER', 'ADMINISTRATOR']),
});

const adminRow = (document: string, variables: Row['variables'], given?: Row['given']): Row => ({
  document,
  variables,
  given,
  expected: outcomes(['ADMINISTRATOR']),
});

const RM: Who = 'RELATIONSHIP_MANAGER';
const MATRIX: Record<string, Row> = {
  // Case steps (finer roles — another portfolio, another handler — in cases/case-permissions.test.ts).
  takeTriage: stepRow(
    'takeTriage',
    () => caseAt('RECEIVED'),
    () => ({}),
    caseStep([RM], { handlerAssigned: false }),
  ),
  reassignRelationshipManager: stepRow(
    'reassignRelationshipManager',
    () => caseAt('IN_TRIAGE'),
    () => ({ relationshipManagerId: otherManagerId }),
    caseStep([RM], { handlerAssigned: false }),
  ),
  decideComplaint: stepRow(
    'decideComplaint',
    () => caseAt('IN_TRIAGE'),
    () => ({ outcome: 'JUSTIFIED', reason: 'Fair.' }),
    caseStep([RM], { handlerAssigned: false }),
  ),
  assignHandler: stepRow(
    'assignHandler',
    () => caseAt('JUSTIFIED'),
    () => ({ handlerId: viewers.HANDLER.personId }),
    caseStep([RM], { handlerAssigned: false }),
  ),
  startWork: stepRow(
    'startWork',
    () => caseAt('ASSIGNED'),
    () => ({}),
    caseStep(['HANDLER'], { handlerAssigned: true }),
  ),
  requestInformation: stepRow(
    'requestInformation',
    () => caseAt('IN_PROGRESS'),
    () => ({ question: 'Which floor?' }),
    caseStep([RM, 'HANDLER'], { handlerAssigned: true }),
  ),
  receiveInformation: stepRow(
    'receiveInformation',
    () => caseAt('IN_PROGRESS'),
    () => ({ note: 'Fifth floor.' }),
    caseStep([RM, 'HANDLER'], { handlerAssigned: true }),
  ),
  extendDeadline: stepRow(
    'extendDeadline',
    () => caseAt('IN_PROGRESS'),
    () => ({ extraWorkingDays: 2, reason: 'Delay.', submitterInformedAt: '2026-03-02T09:00:00Z' }),
    caseStep([RM], { handlerAssigned: true }),
  ),
  resolveComplaint: stepRow(
    'resolveComplaint',
    () => caseAt('IN_PROGRESS'),
    () => ({ measuresTaken: 'Fixed.' }),
    caseStep(['HANDLER'], { handlerAssigned: true }),
  ),
  closeCase: stepRow(
    'closeCase',
    () => caseAt('RESOLVED'),
    () => ({ noMeasureReason: 'One-off.' }),
    caseStep(['HANDLER', RM], { handlerAssigned: true }),
  ),
  withdrawCase: stepRow(
    'withdrawCase',
    () => caseAt('IN_TRIAGE'),
    () => ({}),
    caseStep(['SUBMITTER', RM], { handlerAssigned: false }),
  ),
  reopenCase: stepRow(
    'reopenCase',
    () => caseAt('CLOSED'),
    () => ({ reason: 'New facts.' }),
    caseStep([RM], { handlerAssigned: true }),
  ),
  reclassifyCase: stepRow(
    'reclassifyCase',
    () => caseAt('IN_TRIAGE'),
    () => ({ complaintTypeId }),
    caseStep([RM], { handlerAssigned: false }),
  ),
  considerSuggestion: stepRow(
    'considerSuggestion',
    () => caseAt('RECEIVED', 'SUGGESTION'),
    () => ({}),
    caseStep([RM], { handlerAssigned: false }),
  ),
  respondToSuggestion: stepRow(
    'respondToSuggestion',
    () => caseAt('IN_TRIAGE', 'SUGGESTION'),
    () => ({ adopt: false, response: 'Not now.' }),
    caseStep([RM], { handlerAssigned: false }),
  ),
  passOnCompliment: stepRow(
    'passOnCompliment',
    () => caseAt('RECEIVED', 'COMPLIMENT'),
    () => ({ passedOnTo: 'Team B' }),
    caseStep([RM], { handlerAssigned: false }),
  ),

  // Intake.
  submitFeedback: {
    document: `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { registrationNumber } }`,
    // People file under their profile's name; an integration names the submitter.
    variables: (_given, who) => ({
      input: {
        kind: 'COMPLAINT',
        description: 'The printer on the fifth floor jams again.',
        phone: '0612345678',
        ...(who.startsWith('key:') ? { submitterName: 'Sam Submitter' } : {}),
      },
    }),
    // Management only reads; keys need the cases:submit scope.
    expected: outcomes(['SUBMITTER', RM, 'HANDLER', 'ADMINISTRATOR', 'key:cases:submit']),
  },
  importCases: {
    document: `mutation($input: ImportCasesInput!) { importCases(input: $input) { imported } }`,
    variables: () => ({
      input: {
        format: 'CSV',
        content:
          'kind,receivedAt,description,submitterName\nCOMPLIMENT,2025-02-01T10:00:00+01:00,Very friendly help from the desk.,Piet Pieters',
      },
    }),
    expected: outcomes(['ADMINISTRATOR', 'key:cases:import']),
  },

  // Preventive measures: handlers (and administrators) propose; the owner or an administrator changes.
  proposeMeasure: {
    document: PROPOSE,
    variables: () => ({
      input: {
        title: 'Call back within a day',
        description: 'Add a callback option.',
        targetComplaintTypeId: complaintTypeId,
      },
    }),
    expected: outcomes(['HANDLER', 'ADMINISTRATOR']),
  },
  updateMeasure: measureRow(
    'updateMeasure',
    'UpdateMeasureInput',
    () => measure(),
    () => ({ title: 'Call back within four hours' }),
  ),
  implementMeasure: measureRow(
    'implementMeasure',
    'ImplementMeasureInput',
    () => measure(),
    () => ({ implementedOn: '2026-03-02' }),
  ),
  evaluateMeasure: measureRow(
    'evaluateMeasure',
    'EvaluateMeasureInput',
    () => measure({ implemented: true }),
    () => ({ evaluationNote: 'Fewer complaints.' }),
  ),
  cancelMeasure: measureRow('cancelMeasure', 'MeasureStepInput', () => measure()),
  // A complaint assigned to the HANDLER viewer: a handler links only complaints they may read.
  linkCasesToMeasure: measureRow('linkCasesToMeasure', 'LinkCasesToMeasureInput', async () => ({
    ...(await measure()),
    caseIds: [(await caseAt('ASSIGNED')).caseId],
  })),

  // Reference data and settings: administrators only.
  saveService: adminRow(`mutation($input: SaveServiceInput!) { saveService(input: $input) { id } }`, () => ({
    input: { code: `SVC-${next()}`, name: 'Printing', nameNl: 'Printen' },
  })),
  saveComplaintType: adminRow(
    `mutation($input: SaveComplaintTypeInput!) { saveComplaintType(input: $input) { id } }`,
    () => ({
      input: { code: `TYPE-${next()}`, name: 'Reachability', nameNl: 'Bereikbaarheid', leadTimeWorkingDays: 5 },
    }),
  ),
  saveOrganisationUnit: adminRow(
    `mutation($input: SaveOrganisationUnitInput!) { saveOrganisationUnit(input: $input) { id } }`,
    () => ({
      input: { code: `UNIT-${next()}`, name: 'Finance' },
    }),
  ),
  // Everyone tries to make themselves (or, without a person, someone new) an administrator.
  savePerson: adminRow(`mutation($input: SavePersonInput!) { savePerson(input: $input) { id } }`, (_, who) => ({
    input: {
      id: viewers[who].personId,
      displayName: 'Self-promoted',
      email: `promoted-${next()}@test.example`,
      roles: ['ADMINISTRATOR'],
    },
  })),
  saveClosureDay: adminRow(`mutation($input: ClosureDayInput!) { saveClosureDay(input: $input) { date } }`, () => ({
    input: { date: nextDate(), name: 'Move' },
  })),
  removeClosureDay: adminRow(
    `mutation($date: String!) { removeClosureDay(date: $date) }`,
    (g) => ({ date: g['date'] }),
    async () => {
      const date = nextDate();
      await db.orm.em.fork().getConnection().execute(`insert into closure_day (date, name) values (?, 'Move')`, [date]);
      return { date };
    },
  ),
  updateSettings: adminRow(
    `mutation($input: UpdateSettingsInput!) { updateSettings(input: $input) { minimumReportCellSize } }`,
    () => ({
      input: { minimumReportCellSize: 10 + (next() % 40) },
    }),
  ),

  // API keys: administrators only; a key never makes or revokes keys.
  createApiKey: adminRow(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, () => ({
    input: { name: `Key ${next()}`, scopes: ['cases:read'], expiresAt: '2027-01-01T00:00:00Z' },
  })),
  revokeApiKey: adminRow(
    `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id } }`,
    (g) => ({ input: { id: g['id'] } }),
    async () => {
      const { apiKey } = await createApiKey({
        em: db.orm.em.fork(),
        actor: COMMAND_LINE,
        now: new Date('2026-03-02T09:00:00Z'),
        input: { name: `Key ${next()}`, scopes: ['cases:read'], expiresAt: new Date('2027-01-01T00:00:00Z') },
      });
      return { id: apiKey.id };
    },
  ),
  resendOutboxMessage: adminRow(
    `mutation($input: ResendOutboxMessageInput!) { resendOutboxMessage(input: $input) { message { id } } }`,
    (g) => ({ input: { id: g['id'] } }),
    async () => {
      const em = db.orm.em.fork();
      const c = await makeCase(em, { receivedAt: '2026-03-02T09:00:00Z' });
      const message = queueMessage(em, c, 'ACKNOWLEDGEMENT', {}, new Date('2026-03-02T09:00:00Z'));
      message.deadAt = new Date('2026-03-02T10:00:00Z');
      message.attempts = 8;
      await em.flush();
      return { id: message.id };
    },
  ),

  // Webhook endpoints: administrators only; a key never registers receivers.
  createWebhookEndpoint: adminRow(
    `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
    () => ({ input: { url: `https://hooks.test.example/${next()}`, events: ['RECEIVED'] } }),
  ),
  changeWebhookEndpoint: adminRow(
    `mutation($input: ChangeWebhookEndpointInput!) { changeWebhookEndpoint(input: $input) { id } }`,
    (g) => ({ input: { id: g['id'], active: false } }),
    async () => {
      const { endpoint } = await createWebhookEndpoint({
        em: db.orm.em.fork(),
        actor: COMMAND_LINE,
        now: new Date('2026-03-02T09:00:00Z'),
        production: false,
        input: { url: `https://hooks.test.example/${next()}`, events: ['RECEIVED'] },
      });
      return { id: endpoint.id };
    },
  ),

  // The satisfaction link is its own authority: anyone holding one answers it, signed in or not.
  answerSatisfaction: {
    document: `mutation($input: AnswerSatisfactionInput!) { answerSatisfaction(input: $input) { answered } }`,
    given: async () => {
      const em = db.orm.em.fork();
      const c = await makeCase(em, { receivedAt: '2026-02-02T09:00:00Z', status: 'CLOSED' });
      const { token, tokenHash } = newSatisfactionToken();
      const askedAt = new Date('2026-03-01T09:00:00Z');
      await em.persistAndFlush(
        new SatisfactionRequest({ case: ref(c), tokenHash, askedAt, expiresAt: satisfactionLinkExpiry(askedAt) }),
      );
      return { token };
    },
    variables: (g) => ({ input: { token: g['token'], score: 4 } }),
    expected: outcomes(WHO),
  },

  // Dev mode (on in this app): anyone may sign in as a demo person; it issues a token and writes nothing.
  devSignIn: {
    document: `mutation($personId: ID!) { devSignIn(personId: $personId) { token } }`,
    variables: () => ({ personId: demoPersonId }),
    expected: outcomes(WHO),
    writes: false,
  },
};

const fingerprint = () => tableFingerprint(db.orm);

describe('mutation permissions', () => {
  it('has a row for exactly the mutations in schema.graphql', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(MUTATIONS);
  });

  it.each(Object.keys(MATRIX).sort())('%s', async (name) => {
    const row = MATRIX[name]!;
    const refused = WHO.filter((who) => row.expected[who] !== 'OK');
    if (refused.length > 0) {
      const given = (await row.given?.()) ?? {};
      const before = await fingerprint();
      for (const who of refused) {
        const result = await app.execute(row.document, row.variables(given, who), viewers[who]);
        expect({ who, code: result.errors?.[0]?.extensions?.['code'], data: result.data ?? null }).toEqual({
          who,
          code: row.expected[who],
          data: null,
        });
        expect({ who, changed: changedTables(before, await fingerprint()) }).toEqual({ who, changed: [] });
      }
    }
    for (const who of WHO.filter((w) => row.expected[w] === 'OK')) {
      const given = (await row.given?.()) ?? {};
      const before = await fingerprint();
      const result = await app.execute(row.document, row.variables(given, who), viewers[who]);
      expect({ who, errors: result.errors }).toEqual({ who, errors: undefined });
      expect({ who, wrote: changedTables(before, await fingerprint()).length > 0 }).toEqual({
        who,
        wrote: row.writes ?? true,
      });
    }
  });

  it('with dev sign-in off, devSignIn and demoPeople are refused to everyone and nothing is written', async () => {
    const off = await createTestApp(db.orm, new Date('2026-03-02T09:00:00Z'), { devSignIn: false });
    try {
      const before = await fingerprint();
      for (const who of WHO) {
        const signIn = await off.execute(MATRIX['devSignIn']!.document, { personId: demoPersonId }, viewers[who]);
        expect({ who, code: signIn.errors?.[0]?.extensions?.['code'], data: signIn.data ?? null }).toEqual({
          who,
          code: 'FORBIDDEN',
          data: null,
        });
        const people = await off.execute(`{ demoPeople { id } }`, {}, viewers[who]);
        expect({ who, code: people.errors?.[0]?.extensions?.['code'], data: people.data ?? null }).toEqual({
          who,
          code: 'FORBIDDEN',
          data: null,
        });
      }
      expect(changedTables(before, await fingerprint())).toEqual([]);
    } finally {
      await off.apollo.stop();
    }
  });
});
