import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { fileCase, stepOk } from '../../../test/case-steps.js';
import { makeComplaintType, makePerson, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { apiKeyViewer, type Viewer } from '../auth/viewer.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';

/**
 * Every text or person field of the schema is classified here: personal data or an internal note
 * (with who may read it, checked per role below), or neither (with why). A new field of those kinds
 * fails the first test until it is classified, and a personal one needs a probe too.
 */

type Who =
  | 'submitter'
  | 'otherSubmitter'
  | 'handler'
  | 'otherHandler'
  | 'relationshipManager'
  | 'otherRelationshipManager'
  | 'management'
  | 'administrator'
  | 'integration'
  | 'integrationWithPii'
  | 'reportsKey';
const WHO: Who[] = [
  'submitter',
  'otherSubmitter',
  'handler',
  'otherHandler',
  'relationshipManager',
  'otherRelationshipManager',
  'management',
  'administrator',
  'integration',
  'integrationWithPii',
  'reportsKey',
];

/** Who reads the case at all; the others get NOT_FOUND, as for a case that does not exist. */
const CASE_READERS: Who[] = WHO.filter((w) => !['otherSubmitter', 'otherHandler', 'reportsKey'].includes(w));

/** Classes of personal data and internal notes, each with the roles that see it (written out, not derived from the policies). */
const CLASSES = {
  /** The submitter's name, phone and e-mail, and the messages sent to them. */
  SUBMITTER_DETAILS: ['submitter', 'handler', 'relationshipManager', 'administrator', 'integrationWithPii'],
  /** What the submitter wrote and what staff tell them: every relationship manager reads it too. */
  CASE_TEXT: [
    'submitter',
    'handler',
    'relationshipManager',
    'otherRelationshipManager',
    'administrator',
    'integrationWithPii',
  ],
  /** Staff notes in the history: never the submitter. */
  STAFF_NOTE: ['handler', 'relationshipManager', 'otherRelationshipManager', 'administrator', 'integrationWithPii'],
  /** The submitter as the actor of an event: themselves, administrators, pii:read. */
  SUBMITTER_AS_ACTOR: ['submitter', 'administrator', 'integrationWithPii'],
  /** A staff member's name: whoever reads the case. */
  STAFF_NAME: CASE_READERS,
  /** A staff member's e-mail and phone: themselves and administrators. */
  STAFF_CONTACT: ['handler', 'administrator'],
  /** The measure register's texts, reached through a case. */
  MEASURE_TEXT: ['handler', 'relationshipManager', 'otherRelationshipManager', 'management', 'administrator'],
  /** The administration trail and API keys: administrators only. */
  ADMIN_ONLY: ['administrator'],
} satisfies Record<string, Who[]>;
type PersonalClass = keyof typeof CLASSES;

/** Schema fields (`Type.field`) that carry personal data or internal notes, by class. */
const PERSONAL: Record<string, PersonalClass[]> = {
  'Case.submitterName': ['SUBMITTER_DETAILS'],
  'Case.submitterPhone': ['SUBMITTER_DETAILS'],
  'Case.submitterEmail': ['SUBMITTER_DETAILS'],
  'OutboxMessage.subject': ['SUBMITTER_DETAILS'],
  'OutboxMessage.body': ['SUBMITTER_DETAILS'],
  'Case.description': ['CASE_TEXT'],
  'Case.outcomeReason': ['CASE_TEXT'],
  'Case.measuresTaken': ['CASE_TEXT'],
  'Case.noMeasureReason': ['CASE_TEXT'],
  'CaseSatisfaction.comment': ['CASE_TEXT'],
  'DeadlineExtension.reason': ['CASE_TEXT'],
  'CaseEvent.note': ['STAFF_NOTE', 'CASE_TEXT'],
  'CaseEvent.actor': ['SUBMITTER_AS_ACTOR', 'STAFF_NAME'],
  'Person.displayName': ['SUBMITTER_AS_ACTOR', 'STAFF_NAME'],
  'Person.email': ['STAFF_CONTACT'],
  'Person.phone': ['STAFF_CONTACT'],
  'Case.handler': ['STAFF_NAME'],
  'Case.relationshipManager': ['STAFF_NAME'],
  'PreventiveMeasure.title': ['MEASURE_TEXT'],
  'PreventiveMeasure.description': ['MEASURE_TEXT'],
  'PreventiveMeasure.expectedEffect': ['MEASURE_TEXT'],
  'PreventiveMeasure.evaluationNote': ['MEASURE_TEXT'],
  'PreventiveMeasure.owner': ['MEASURE_TEXT'],
  'MeasureEvent.note': ['MEASURE_TEXT'],
  'AdminEvent.actor': ['ADMIN_ONLY'],
  'AdminFieldChange.from': ['ADMIN_ONLY'],
  'AdminFieldChange.to': ['ADMIN_ONLY'],
  'ApiKey.name': ['ADMIN_ONLY'],
  'PersonalDataRead.reader': ['ADMIN_ONLY'],
  'PersonalDataRead.readerApiKeyName': ['ADMIN_ONLY'],
  'DevMailboxMessage.recipients': ['ADMIN_ONLY'],
  'DevMailboxMessage.subject': ['ADMIN_ONLY'],
  'DevMailboxMessage.text': ['ADMIN_ONLY'],
  'DevMailboxMessage.html': ['ADMIN_ONLY'],
};

/** Text and person fields that are not personal data, by why. */
const NOT_PERSONAL: Record<string, string[]> = {
  'reference data: names and codes an administrator gives services, types, units and closure days': [
    'ComplaintType.code',
    'ComplaintType.name',
    'ComplaintType.nameNl',
    'Service.code',
    'Service.name',
    'Service.nameNl',
    'OrganisationUnit.code',
    'OrganisationUnit.name',
    'OrganisationUnit.relationshipManager',
    'ClosureDay.date',
    'ClosureDay.name',
    'DayOff.date',
    'DayOff.kind',
    'DayOff.name',
    'DayOff.nameNl',
    'OrganisationSettings.defaultLanguage',
    'OrganisationSettings.relationshipManagerScope',
    'OrganisationSettings.publicUrl',
    // An integration's receiver, registered by an administrator (a system, not a person).
    'WebhookEndpoint.url',
  ],
  'identifiers, enums, dates and cursors': [
    'Case.registrationNumber',
    'Case.locale',
    'CaseConnection.endCursor',
    'AdminEventConnection.endCursor',
    'PersonalDataReadConnection.endCursor',
    'PersonalDataRead.readerApiKeyId',
    'PersonalDataRead.requestId',
    'AdminEvent.channel',
    'AdminEvent.entityId',
    'AdminFieldChange.field',
    'ApiKey.prefix',
    'ApiKey.scopes',
    'OutboxMessage.locale',
    'OutboxMessage.template',
    'OutboxMessage.recipient',
    'OutboxMessage.transport',
    // A reason code (SMTP_550, NO_RECIPIENT_ADDRESS): never the mail server's text, which may echo an address.
    'OutboxMessage.lastError',
    'OutboxMessage.registrationNumber',
    // Reason codes and states (HTTP_STATUS, TIMEOUT, REPEATED_FAILURES): never the receiver's answer.
    'WebhookDelivery.lastError',
    'WebhookDelivery.status',
    'WebhookEndpoint.pauseReason',
    'DevMailboxMessage.messageId',
    'MessageDelivery.template',
    'MessageDelivery.recipient',
    'MessageDelivery.locale',
    'MessageDelivery.lastError',
    'PreventiveMeasure.communicatedOn',
    'PreventiveMeasure.evaluatedOn',
    'PreventiveMeasure.implementedOn',
    'DeadlineView.dueDate',
    'DeadlineView.explanation',
    'SubmitFeedbackPayload.registrationNumber',
    'ImportCasesPayload.registrationNumbers',
    'MeasureEffect.afterTo',
    'MeasureEffect.beforeFrom',
    'MeasureEffect.interpretation',
    'MeasureEffect.reason',
  ],
  'aggregates: report labels, buckets and CSV of counts (small cells suppressed)': [
    'AnnualMeasure.complaintType',
    'AnnualMeasure.effect',
    'AnnualMeasure.implementedOn',
    'AnnualMeasure.status',
    'AnnualMeasure.title',
    'BacklogAge.label',
    'ComplimentRow.label',
    'ComplimentRow.labelNl',
    'Compliments.buckets',
    'Compliments.csv',
    'LeadTimePerformance.csv',
    'LeadTimeRow.label',
    'Outcomes.csv',
    'RecurrenceReport.csv',
    'RecurringComplaintType.label',
    'RecurringComplaintType.labelNl',
    'RecurringComplaintType.model',
    'RecurringComplaintType.serviceLabel',
    'SatisfactionReport.buckets',
    'SatisfactionReport.csv',
    'SatisfactionRow.label',
    'SatisfactionRow.labelNl',
    'TrendSeries.label',
    'TrendSeries.labelNl',
    'VolumeTrend.buckets',
    'VolumeTrend.csv',
  ],
  'answers about the request itself (never echo a value)': [
    'ImportRowProblem.field',
    'ImportRowProblem.message',
    'ImportRowProblem.reason',
  ],
  'secrets shown once to their maker, and dev sign-in (off in production)': [
    'CreateApiKeyPayload.secret',
    'CreateWebhookEndpointPayload.secret',
    'DevSignInPayload.token',
    'DemoPerson.displayName',
  ],
};

describe('classification', () => {
  it('covers every text and person field of the schema, and only those', () => {
    const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
    const inSchema: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation'].includes(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type).name;
        if (named === 'String' || named === 'Person') inSchema.push(`${type.name}.${field.name}`);
      }
    }
    const classified = [...Object.keys(PERSONAL), ...Object.values(NOT_PERSONAL).flat()];
    expect({ unclassified: inSchema.filter((f) => !classified.includes(f)) }).toEqual({ unclassified: [] });
    expect({ notInSchema: classified.filter((f) => !inSchema.includes(f)) }).toEqual({ notInSchema: [] });
    expect({ twice: classified.filter((f, i) => classified.indexOf(f) !== i) }).toEqual({ twice: [] });
  });

  it('has a probe for every personal field and class', () => {
    const probed = new Set(PROBES.map((p) => `${p.field}:${p.cls}`));
    const needed = Object.entries(PERSONAL).flatMap(([field, classes]) => classes.map((cls) => `${field}:${cls}`));
    expect(needed.filter((n) => !probed.has(n))).toEqual([]);
  });
});

// Distinctive values written into the case, so each probe can tell "shown" from "hidden".
const V = {
  name: 'Sanne Pii-Smit',
  phone: '+31612340001',
  description: 'DESCRIPTION: the laptop of Sanne has not arrived.',
  triageNote: 'STAFF-NOTE: Sanne called twice, see ticket.',
  question: 'QUESTION: which floor are you on?',
  outcomeReason: 'OUTCOME-REASON: the delivery was late.',
  extensionReason: 'EXTENSION-REASON: parts on back order.',
  measuresTaken: 'MEASURES-TAKEN: a new laptop was sent.',
  noMeasureReason: 'NO-MEASURE-REASON: a one-off supplier problem.',
  measureTitle: 'MEASURE-TITLE spare laptops',
  measureDescription: 'MEASURE-DESCRIPTION: keep spare laptops.',
  expectedEffect: 'EXPECTED-EFFECT: fewer late deliveries.',
  evaluationNote: 'EVALUATION-NOTE: worked well.',
  measureNote: 'MEASURE-NOTE: agreed with the supplier.',
  handlerPhone: '+31612340002',
  satisfactionComment: 'SATISFACTION-COMMENT: Sanne at the desk was kind.',
};

const CASE = /* GraphQL */ `
  query Case($id: ID!) {
    case(id: $id) {
      submitterName
      submitterPhone
      submitterEmail
      description
      outcomeReason
      measuresTaken
      noMeasureReason
      satisfaction {
        comment
      }
      messages {
        subject
        body
      }
      extensions {
        reason
      }
      events {
        type
        note
        actor {
          displayName
          email
          phone
        }
      }
      handler {
        displayName
        email
        phone
      }
      relationshipManager {
        displayName
      }
      measures {
        title
        description
        expectedEffect
        evaluationNote
        owner {
          displayName
        }
        history {
          note
        }
      }
    }
  }
`;

interface PersonView {
  displayName: string | null;
  email: string | null;
  phone: string | null;
}
interface CaseView {
  submitterName: string | null;
  submitterPhone: string | null;
  submitterEmail: string | null;
  description: string | null;
  outcomeReason: string | null;
  measuresTaken: string | null;
  noMeasureReason: string | null;
  satisfaction: { comment: string | null } | null;
  messages: Array<{ subject: string; body: string }>;
  extensions: Array<{ reason: string | null }>;
  events: Array<{ type: string; note: string | null; actor: PersonView | null }>;
  handler: PersonView | null;
  relationshipManager: { displayName: string | null } | null;
  measures: Array<{
    title: string;
    description: string;
    expectedEffect: string | null;
    evaluationNote: string | null;
    owner: { displayName: string | null };
    history: Array<{ note: string | null }>;
  }>;
}

interface Probe {
  field: string;
  cls: PersonalClass;
  /** True when the value is shown to the viewer. */
  shown: (c: CaseView) => boolean;
}
const eventNote = (c: CaseView, type: string) => c.events.find((e) => e.type === type)?.note ?? null;
const PROBES: Probe[] = [
  { field: 'Case.submitterName', cls: 'SUBMITTER_DETAILS', shown: (c) => c.submitterName === V.name },
  { field: 'Case.submitterPhone', cls: 'SUBMITTER_DETAILS', shown: (c) => c.submitterPhone === V.phone },
  { field: 'Case.submitterEmail', cls: 'SUBMITTER_DETAILS', shown: (c) => c.submitterEmail !== null },
  { field: 'OutboxMessage.subject', cls: 'SUBMITTER_DETAILS', shown: (c) => c.messages.length > 0 },
  { field: 'OutboxMessage.body', cls: 'SUBMITTER_DETAILS', shown: (c) => c.messages.some((m) => m.body.length > 0) },
  { field: 'Case.description', cls: 'CASE_TEXT', shown: (c) => c.description === V.description },
  { field: 'Case.outcomeReason', cls: 'CASE_TEXT', shown: (c) => c.outcomeReason === V.outcomeReason },
  { field: 'Case.measuresTaken', cls: 'CASE_TEXT', shown: (c) => c.measuresTaken === V.measuresTaken },
  { field: 'Case.noMeasureReason', cls: 'CASE_TEXT', shown: (c) => c.noMeasureReason === V.noMeasureReason },
  {
    field: 'CaseSatisfaction.comment',
    cls: 'CASE_TEXT',
    shown: (c) => c.satisfaction?.comment === V.satisfactionComment,
  },
  { field: 'DeadlineExtension.reason', cls: 'CASE_TEXT', shown: (c) => c.extensions[0]?.reason === V.extensionReason },
  { field: 'CaseEvent.note', cls: 'CASE_TEXT', shown: (c) => eventNote(c, 'REQUEST_INFORMATION') === V.question },
  { field: 'CaseEvent.note', cls: 'STAFF_NOTE', shown: (c) => eventNote(c, 'TAKE_TRIAGE') === V.triageNote },
  {
    field: 'CaseEvent.actor',
    cls: 'SUBMITTER_AS_ACTOR',
    shown: (c) => c.events.find((e) => e.type === 'RECEIVED')?.actor != null,
  },
  {
    field: 'Person.displayName',
    cls: 'SUBMITTER_AS_ACTOR',
    shown: (c) => c.events.some((e) => e.actor?.displayName === V.name),
  },
  {
    field: 'CaseEvent.actor',
    cls: 'STAFF_NAME',
    shown: (c) => c.events.find((e) => e.type === 'START_WORK')?.actor != null,
  },
  { field: 'Person.displayName', cls: 'STAFF_NAME', shown: (c) => c.handler?.displayName != null },
  { field: 'Case.handler', cls: 'STAFF_NAME', shown: (c) => c.handler !== null },
  { field: 'Case.relationshipManager', cls: 'STAFF_NAME', shown: (c) => c.relationshipManager !== null },
  { field: 'Person.email', cls: 'STAFF_CONTACT', shown: (c) => c.handler?.email != null },
  { field: 'Person.phone', cls: 'STAFF_CONTACT', shown: (c) => c.handler?.phone === V.handlerPhone },
  { field: 'PreventiveMeasure.title', cls: 'MEASURE_TEXT', shown: (c) => c.measures[0]?.title === V.measureTitle },
  {
    field: 'PreventiveMeasure.description',
    cls: 'MEASURE_TEXT',
    shown: (c) => c.measures[0]?.description === V.measureDescription,
  },
  {
    field: 'PreventiveMeasure.expectedEffect',
    cls: 'MEASURE_TEXT',
    shown: (c) => c.measures[0]?.expectedEffect === V.expectedEffect,
  },
  {
    field: 'PreventiveMeasure.evaluationNote',
    cls: 'MEASURE_TEXT',
    shown: (c) => c.measures[0]?.evaluationNote === V.evaluationNote,
  },
  { field: 'PreventiveMeasure.owner', cls: 'MEASURE_TEXT', shown: (c) => c.measures[0]?.owner != null },
  {
    field: 'MeasureEvent.note',
    cls: 'MEASURE_TEXT',
    shown: (c) => c.measures[0]?.history.some((h) => h.note === V.measureNote) ?? false,
  },
  // The administration trail and keys are not reached through a case: see the ADMIN_ONLY test.
  { field: 'AdminEvent.actor', cls: 'ADMIN_ONLY', shown: () => false },
  { field: 'AdminFieldChange.from', cls: 'ADMIN_ONLY', shown: () => false },
  { field: 'AdminFieldChange.to', cls: 'ADMIN_ONLY', shown: () => false },
  { field: 'ApiKey.name', cls: 'ADMIN_ONLY', shown: () => false },
  { field: 'PersonalDataRead.reader', cls: 'ADMIN_ONLY', shown: () => false },
  { field: 'PersonalDataRead.readerApiKeyName', cls: 'ADMIN_ONLY', shown: () => false },
  { field: 'DevMailboxMessage.recipients', cls: 'ADMIN_ONLY', shown: () => false },
  { field: 'DevMailboxMessage.subject', cls: 'ADMIN_ONLY', shown: () => false },
  { field: 'DevMailboxMessage.text', cls: 'ADMIN_ONLY', shown: () => false },
  { field: 'DevMailboxMessage.html', cls: 'ADMIN_ONLY', shown: () => false },
];

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-03-02T09:00:00Z'));
const viewers = {} as Record<Who, Viewer>;
let caseId: string;

beforeAll(async () => {
  const em = db.orm.em.fork();
  const manager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  const unit = await makeUnit(em, manager);
  const submitter = await makePerson(em, ['SUBMITTER'], { unit, displayName: V.name, phone: V.phone });
  const handler = await makePerson(em, ['HANDLER'], { phone: V.handlerPhone });
  const type = await makeComplaintType(em);
  Object.assign(viewers, {
    submitter: viewerOf(submitter),
    otherSubmitter: viewerOf(await makePerson(em, ['SUBMITTER'])),
    handler: viewerOf(handler),
    otherHandler: viewerOf(await makePerson(em, ['HANDLER'])),
    relationshipManager: viewerOf(manager),
    otherRelationshipManager: viewerOf(await makePerson(em, ['RELATIONSHIP_MANAGER'])),
    management: viewerOf(await makePerson(em, ['MANAGEMENT'])),
    administrator: viewerOf(await makePerson(em, ['ADMINISTRATOR'])),
    integration: apiKeyViewer({ id: 'pii-a', name: 'bi', scopes: ['cases:read'] }),
    integrationWithPii: apiKeyViewer({ id: 'pii-b', name: 'crm', scopes: ['cases:read', 'pii:read'] }),
    reportsKey: apiKeyViewer({ id: 'pii-c', name: 'reports', scopes: ['reports:read'] }),
  } satisfies Record<Who, Viewer>);

  const created = await fileCase(app, viewers.submitter, 'COMPLAINT', {
    description: V.description,
    phone: V.phone,
    complaintTypeId: type.id,
  });
  const rm = viewers.relationshipManager;
  const h = viewers.handler;
  let c = { id: created.id, version: created.version };
  const next = async (name: Parameters<typeof stepOk>[2], viewer: Viewer, extra: Record<string, unknown> = {}) => {
    c = await stepOk(app, viewer, name, { caseId: c.id, version: c.version, ...extra });
  };
  await next('takeTriage', rm, { note: V.triageNote });
  await next('decideComplaint', rm, { outcome: 'JUSTIFIED', reason: V.outcomeReason });
  await next('assignHandler', rm, { handlerId: handler.id });
  await next('startWork', h);
  await next('requestInformation', h, { question: V.question });
  await next('receiveInformation', h);
  await next('extendDeadline', rm, {
    extraWorkingDays: 2,
    reason: V.extensionReason,
    submitterInformedAt: '2026-03-02T09:00:00Z',
  });
  await app.execute(
    `mutation($input: UpdateSettingsInput!) { updateSettings(input: $input) { askSatisfaction } }`,
    { input: { publicUrl: 'https://klankbord.example.nl', askSatisfaction: true } },
    viewers.administrator,
  );
  await next('resolveComplaint', h, { measuresTaken: V.measuresTaken });
  await next('closeCase', h, { noMeasureReason: V.noMeasureReason });
  caseId = c.id;
  const outcome = await db.orm.em.fork().findOneOrFail(OutboxMessage, { case: caseId, template: 'OUTCOME' });
  const token = String(outcome.data?.['satisfactionUrl']).split('/').pop();
  const answered = await app.execute(
    `mutation($input: AnswerSatisfactionInput!) { answerSatisfaction(input: $input) { answered } }`,
    { input: { token, score: 4, comment: V.satisfactionComment } },
  );
  if (answered.errors) throw new Error(JSON.stringify(answered.errors));

  const measure = async <T>(query: string, input: Record<string, unknown>): Promise<T> => {
    const result = await app.execute<T>(query, { input }, h);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };
  const { proposeMeasure } = await measure<{ proposeMeasure: { measure: { id: string; version: number } } }>(
    `mutation($input: ProposeMeasureInput!) { proposeMeasure(input: $input) { measure { id version } } }`,
    {
      title: V.measureTitle,
      description: V.measureDescription,
      expectedEffect: V.expectedEffect,
      targetComplaintTypeId: type.id,
      caseIds: [caseId],
    },
  );
  const { implementMeasure } = await measure<{ implementMeasure: { measure: { version: number } } }>(
    `mutation($input: ImplementMeasureInput!) { implementMeasure(input: $input) { measure { version } } }`,
    {
      measureId: proposeMeasure.measure.id,
      version: proposeMeasure.measure.version,
      implementedOn: '2026-03-02',
      note: V.measureNote,
    },
  );
  await measure(`mutation($input: EvaluateMeasureInput!) { evaluateMeasure(input: $input) { measure { version } } }`, {
    measureId: proposeMeasure.measure.id,
    version: implementMeasure.measure.version,
    evaluationNote: V.evaluationNote,
  });
});

describe('personal data and internal notes, per field and role', () => {
  it.each(WHO)('as %s', async (who) => {
    const result = await app.execute<{ case: CaseView }>(CASE, { id: caseId }, viewers[who]);
    if (!CASE_READERS.includes(who)) {
      expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(JSON.stringify(result)).not.toContain(V.name);
      return;
    }
    expect(result.errors).toBeUndefined();
    const view = result.data!.case;
    const seen = Object.fromEntries(
      PROBES.filter((p) => p.cls !== 'ADMIN_ONLY').map((p) => [`${p.field} (${p.cls})`, p.shown(view)]),
    );
    const expected = Object.fromEntries(
      PROBES.filter((p) => p.cls !== 'ADMIN_ONLY').map((p) => [
        `${p.field} (${p.cls})`,
        (CLASSES[p.cls] as readonly Who[]).includes(who),
      ]),
    );
    expect(seen).toEqual(expected);
    // Whatever is hidden is nowhere in the response, under any field.
    const text = JSON.stringify(result);
    if (!(CLASSES.SUBMITTER_DETAILS as readonly Who[]).includes(who)) expect(text).not.toContain(V.phone);
    if (!(CLASSES.STAFF_NOTE as readonly Who[]).includes(who)) expect(text).not.toContain(V.triageNote);
    if (!(CLASSES.CASE_TEXT as readonly Who[]).includes(who)) {
      for (const value of [V.description, V.outcomeReason, V.extensionReason, V.question])
        expect(text).not.toContain(value);
    }
  });

  it.each(WHO)(
    'the administration trail, the personal-data reads, API keys, the outbox and the dev mailbox as %s',
    async (who) => {
      const trail = await app.execute(
        `{ adminEvents(first: 5) { nodes { actor { id } changes { from to } } } }`,
        {},
        viewers[who],
      );
      const reads = await app.execute(
        `{ personalDataReads(first: 5) { nodes { reader { id } readerApiKeyName } } }`,
        {},
        viewers[who],
      );
      const keys = await app.execute(`{ apiKeys { name } }`, {}, viewers[who]);
      const outbox = await app.execute(`{ outboxMessages { subject body } }`, {}, viewers[who]);
      const mailbox = await app.execute(`{ devMailbox { recipients subject text html } }`, {}, viewers[who]);
      const allowed = (CLASSES.ADMIN_ONLY as readonly Who[]).includes(who);
      expect({
        trail: trail.errors === undefined,
        reads: reads.errors === undefined,
        keys: keys.errors === undefined,
        outbox: outbox.errors === undefined,
        mailbox: mailbox.errors === undefined,
      }).toEqual({ trail: allowed, reads: allowed, keys: allowed, outbox: allowed, mailbox: allowed });
    },
  );
});
