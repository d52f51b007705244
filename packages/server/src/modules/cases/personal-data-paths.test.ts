import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { fileCase, stepOk } from '../../../test/case-steps.js';
import { makePerson, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { apiKeyViewer, type Viewer } from '../auth/viewer.js';

/**
 * Personal data on every path that shows a case — `case`, `cases`, `myCases` — and in every CSV
 * export, per role. The submitter's name and phone number also turn up in free text (notes, the
 * outcome reason, the measures taken), as they do in real cases; a viewer who may not see them
 * must not find them anywhere in the response.
 */

const NAME = 'Sanne Smit';
const PHONE = '0612345678';
const PHONE_E164 = '+31612345678';
const RM_PHONE = '+31201234567';
const HANDLER_PHONE = '+31207654321';

const CASE_FIELDS = `
  id submitterName submitterPhone submitterEmail description outcomeReason measuresTaken noMeasureReason
  events(first: 10) { type note actor { id displayName email phone } }
  messages(first: 10) { subject body }
  relationshipManager { id displayName email phone }
  handler { id displayName email phone }
`;

interface Person {
  id: string;
  displayName: string | null;
  email: string | null;
  phone: string | null;
}
interface CaseView {
  id: string;
  submitterName: string | null;
  submitterPhone: string | null;
  submitterEmail: string | null;
  description: string | null;
  outcomeReason: string | null;
  measuresTaken: string | null;
  noMeasureReason: string | null;
  events: Array<{ type: string; note: string | null; actor: Person | null }>;
  messages: Array<{ subject: string; body: string }>;
  relationshipManager: Person | null;
  handler: Person | null;
}

type Role =
  | 'submitter'
  | 'relationshipManager'
  | 'otherRelationshipManager'
  | 'handler'
  | 'management'
  | 'administrator'
  | 'integration'
  | 'integrationWithPii';

/** What each role sees of the case; every flag false means the values are nowhere in the response. */
interface Seen {
  /** submitterName, submitterPhone, submitterEmail. */
  submitterDetails: boolean;
  description: boolean;
  /** Outcome reason, measures taken, no-measure reason: what is told to the submitter. */
  freeText: boolean;
  /** All four event notes; staff notes are never the submitter's (they see the question put to them). */
  staffNotes: boolean;
  messages: boolean;
  /** The submitter's name where they are an event's actor. */
  submitterAsActor: boolean;
  /** E-mail and phone of staff other than the viewer. */
  staffContactDetails: boolean;
}

const all = (value: boolean): Seen => ({
  submitterDetails: value,
  description: value,
  freeText: value,
  staffNotes: value,
  messages: value,
  submitterAsActor: value,
  staffContactDetails: value,
});
const SEES: Record<Role, Seen> = {
  submitter: { ...all(true), staffNotes: false, staffContactDetails: false },
  relationshipManager: { ...all(true), submitterAsActor: false, staffContactDetails: false },
  // Every relationship manager reads descriptions (they mediate and take over portfolios), not contact details.
  otherRelationshipManager: { ...all(false), description: true, freeText: true, staffNotes: true },
  handler: { ...all(true), submitterAsActor: false, staffContactDetails: false },
  management: all(false),
  administrator: all(true),
  integration: all(false),
  integrationWithPii: { ...all(true), staffContactDetails: false },
};
const ROLES = Object.keys(SEES) as Role[];

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-03-02T09:00:00Z'));
const viewers = {} as Record<Role, Viewer>;
let caseId: string;
let submitterEmail: string;
/** E-mail and phone of the staff on the case, by person id (a viewer may see their own). */
const staffContacts: Record<string, string[]> = {};

beforeAll(async () => {
  const em = db.orm.em.fork();
  const rm = await makePerson(em, ['RELATIONSHIP_MANAGER'], { phone: RM_PHONE });
  const handler = await makePerson(em, ['HANDLER'], { phone: HANDLER_PHONE });
  const submitter = await makePerson(em, ['SUBMITTER'], {
    unit: await makeUnit(em, rm),
    displayName: NAME,
    phone: PHONE_E164,
  });
  submitterEmail = submitter.email;
  staffContacts[rm.id] = [rm.email, RM_PHONE];
  staffContacts[handler.id] = [handler.email, HANDLER_PHONE];
  Object.assign(viewers, {
    submitter: viewerOf(submitter),
    relationshipManager: viewerOf(rm),
    otherRelationshipManager: viewerOf(await makePerson(em, ['RELATIONSHIP_MANAGER'])),
    handler: viewerOf(handler),
    management: viewerOf(await makePerson(em, ['MANAGEMENT'])),
    administrator: viewerOf(await makePerson(em, ['ADMINISTRATOR'])),
    integration: apiKeyViewer({ id: 'bi', name: 'bi', scopes: ['cases:read', 'reports:read'] }),
    integrationWithPii: apiKeyViewer({ id: 'crm', name: 'crm', scopes: ['cases:read', 'reports:read', 'pii:read'] }),
  });

  // A complaint through its whole life, with the submitter named in every free text.
  const created = await fileCase(app, viewers.submitter, 'COMPLAINT', {
    description: `${NAME} here: my laptop has not arrived. Call me on ${PHONE}.`,
    phone: PHONE,
  });
  caseId = created.id;
  const as = { rm: viewers.relationshipManager, handler: viewers.handler };
  let c = await stepOk(app, as.rm, 'takeTriage', {
    caseId,
    version: created.version,
    note: `Rang ${NAME} back on ${PHONE}.`,
  });
  c = await stepOk(app, as.rm, 'decideComplaint', {
    caseId,
    version: c.version,
    outcome: 'JUSTIFIED',
    reason: `${NAME} waited too long.`,
  });
  c = await stepOk(app, as.rm, 'assignHandler', { caseId, version: c.version, handlerId: handler.id });
  c = await stepOk(app, as.handler, 'startWork', { caseId, version: c.version });
  c = await stepOk(app, as.handler, 'requestInformation', {
    caseId,
    version: c.version,
    question: `${NAME}, which floor are you on?`,
  });
  c = await stepOk(app, as.handler, 'receiveInformation', {
    caseId,
    version: c.version,
    note: `${NAME}: fifth floor.`,
  });
  c = await stepOk(app, as.handler, 'resolveComplaint', {
    caseId,
    version: c.version,
    measuresTaken: `Brought ${NAME} a new laptop.`,
  });
  await stepOk(app, as.handler, 'closeCase', {
    caseId,
    version: c.version,
    noMeasureReason: `Only ${NAME} was affected.`,
  });
});

/** What a response shows, in the terms of `Seen`. */
function seenIn(view: CaseView, viewer: Viewer): Seen {
  const staff = [view.relationshipManager, view.handler, ...view.events.map((e) => e.actor)].filter(
    (p): p is Person => p !== null && p.id !== viewer.personId,
  );
  return {
    submitterDetails: [view.submitterName, view.submitterPhone, view.submitterEmail].every((v) => v !== null),
    description: view.description !== null,
    freeText: [view.outcomeReason, view.measuresTaken, view.noMeasureReason].every((v) => v !== null),
    // Four notes were written: at triage, with the decision, the question and the answer.
    staffNotes: view.events.filter((e) => e.note !== null).length === 4,
    messages: view.messages.length > 0,
    submitterAsActor: view.events.some((e) => e.actor?.displayName === NAME),
    staffContactDetails: staff.length > 0 && staff.every((p) => p.email !== null && p.phone !== null),
  };
}

/** Whatever a role must not see appears nowhere in the response, in any field. */
function expectNothingHidden(role: Role, response: unknown) {
  const text = JSON.stringify(response);
  const seen = SEES[role];
  const hidden = [
    ...(seen.submitterDetails ||
    seen.description ||
    seen.freeText ||
    seen.staffNotes ||
    seen.messages ||
    seen.submitterAsActor
      ? []
      : [NAME, 'Sanne', PHONE, PHONE_E164, submitterEmail]),
    ...(seen.submitterDetails ? [] : [PHONE_E164, submitterEmail]),
    ...(seen.staffContactDetails
      ? []
      : Object.entries(staffContacts).flatMap(([id, contact]) => (id === viewers[role].personId ? [] : contact))),
  ];
  for (const secret of hidden)
    expect({ role, secret, found: text.includes(secret) }).toEqual({ role, secret, found: false });
}

describe('personal data of a case, on every path, per role', () => {
  it.each(ROLES)('case(id) as %s', async (role) => {
    const result = await app.execute<{ case: CaseView }>(
      `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`,
      { id: caseId },
      viewers[role],
    );
    expect(result.errors).toBeUndefined();
    expect({ role, seen: seenIn(result.data!.case, viewers[role]) }).toEqual({ role, seen: SEES[role] });
    expectNothingHidden(role, result);
  });

  it.each(ROLES)('cases as %s', async (role) => {
    const result = await app.execute<{ cases: { nodes: CaseView[] } }>(
      `{ cases(first: 50) { nodes { ${CASE_FIELDS} } } }`,
      {},
      viewers[role],
    );
    expect(result.errors).toBeUndefined();
    const view = result.data!.cases.nodes.find((n) => n.id === caseId);
    expect(view).toBeDefined();
    expect({ role, seen: seenIn(view!, viewers[role]) }).toEqual({ role, seen: SEES[role] });
    expectNothingHidden(role, result);
  });

  it.each(ROLES)('myCases as %s', async (role) => {
    const result = await app.execute<{ myCases: CaseView[] }>(`{ myCases { ${CASE_FIELDS} } }`, {}, viewers[role]);
    const views = result.data?.myCases ?? [];
    // Only the submitter has this case among their own submissions.
    expect({ role, listed: views.some((v) => v.id === caseId) }).toEqual({ role, listed: role === 'submitter' });
    if (role === 'submitter') expect(seenIn(views[0]!, viewers[role])).toEqual(SEES[role]);
    expectNothingHidden(role, result);
  });
});

describe('personal data in CSV exports', () => {
  const FILTER = { from: '2026-01-01', to: '2026-12-31' };
  const EXPORTS = [
    `query($filter: ReportFilter!) { volumeTrend(filter: $filter) { csv } }`,
    `query($filter: ReportFilter!) { compliments(filter: $filter) { csv } }`,
    `query($filter: ReportFilter!) { leadTimePerformance(filter: $filter, groupBy: RELATIONSHIP_MANAGER) { csv } }`,
    `query($filter: ReportFilter!) { outcomes(filter: $filter) { csv } }`,
    `query($filter: ReportFilter!) { recurringComplaintTypes(filter: $filter) { csv } }`,
    `query($filter: ReportFilter!) { satisfactionReport(filter: $filter) { csv } }`,
  ];

  it('the exports are every csv field of the schema', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');
    expect((schema.match(/^\s+csv: String!$/gm) ?? []).length).toBe(EXPORTS.length);
  });

  it.each(['management', 'administrator', 'integration', 'integrationWithPii'] as const)(
    'none holds a submitter’s name, phone, e-mail or words, or staff contact details (%s)',
    async (role) => {
      for (const query of EXPORTS) {
        const result = await app.execute<Record<string, { csv: string }>>(query, { filter: FILTER }, viewers[role]);
        expect({ query, errors: result.errors }).toEqual({ query, errors: undefined });
        const csv = Object.values(result.data!)[0]!.csv;
        expect(csv.split('\r\n').length).toBeGreaterThan(1);
        for (const secret of [
          NAME,
          'Sanne',
          PHONE,
          PHONE_E164,
          submitterEmail,
          ...Object.values(staffContacts).flat(),
          'laptop',
          'floor',
        ]) {
          expect({ query, secret, found: csv.includes(secret) }).toEqual({ query, secret, found: false });
        }
      }
    },
  );
});
