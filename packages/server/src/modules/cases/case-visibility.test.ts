import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { fileCase, stepOk } from '../../../test/case-steps.js';
import { makeComplaintType, makePerson, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { changedTables, tableFingerprint } from '../../../test/table-fingerprint.js';

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-03-02T09:00:00Z'));

const HISTORY = /* GraphQL */ `
  query History($id: ID!) {
    case(id: $id) {
      events {
        type
        note
        actor {
          id
          organisationUnit {
            id
          }
        }
      }
      measures {
        id
      }
    }
  }
`;
interface History {
  case: {
    events: Array<{ type: string; note: string | null; actor: { id: string } | null }>;
    measures: Array<{ id: string }>;
  };
}

async function cast() {
  const em = db.orm.em.fork();
  const manager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  const unit = await makeUnit(em, manager);
  const submitter = await makePerson(em, ['SUBMITTER'], { unit });
  const handler = await makePerson(em, ['HANDLER']);
  const otherHandler = await makePerson(em, ['HANDLER']);
  const management = await makePerson(em, ['MANAGEMENT']);
  const type = await makeComplaintType(em);
  return { manager, submitter, handler, otherHandler, management, type };
}

/** A complaint of `submitter` in progress with `handler`, with a staff note on every step and a question. */
async function complaintInProgress(people: Awaited<ReturnType<typeof cast>>) {
  const v = viewerOf;
  const created = await fileCase(app, v(people.submitter), 'COMPLAINT');
  let c = await stepOk(app, v(people.manager), 'takeTriage', {
    caseId: created.id,
    version: created.version,
    note: 'STAFF-NOTE-triage: looks like the same printer as last week.',
  });
  c = await stepOk(app, v(people.manager), 'decideComplaint', {
    caseId: c.id,
    version: c.version,
    outcome: 'JUSTIFIED',
    reason: 'The printer was indeed broken.',
    note: 'STAFF-NOTE-decide: supplier to blame, do not tell.',
  });
  c = await stepOk(app, v(people.manager), 'assignHandler', {
    caseId: c.id,
    version: c.version,
    handlerId: people.handler.id,
    note: 'STAFF-NOTE-assign: Piet is quickest.',
  });
  c = await stepOk(app, v(people.handler), 'startWork', { caseId: c.id, version: c.version });
  c = await stepOk(app, v(people.handler), 'requestInformation', {
    caseId: c.id,
    version: c.version,
    question: 'QUESTION: which floor is the printer on?',
  });
  return c;
}

describe('case history by role', () => {
  it('shows the submitter the steps meant for them and the question put to them, never a staff note', async () => {
    const people = await cast();
    const c = await complaintInProgress(people);
    const mine = await app.execute<History>(HISTORY, { id: c.id }, viewerOf(people.submitter));
    expect(mine.errors).toBeUndefined();
    const events = mine.data!.case.events;
    expect(events.map((e) => e.type)).toEqual([
      'RECEIVED',
      'TAKE_TRIAGE',
      'DECIDE',
      'START_WORK',
      'REQUEST_INFORMATION',
    ]);
    expect(JSON.stringify(events)).not.toContain('STAFF-NOTE');
    expect(events.find((e) => e.type === 'REQUEST_INFORMATION')?.note).toBe('QUESTION: which floor is the printer on?');

    // Staff see every step and every note.
    const staff = await app.execute<History>(HISTORY, { id: c.id }, viewerOf(people.manager));
    expect(staff.data!.case.events.map((e) => e.type)).toContain('ASSIGN_HANDLER');
    expect(staff.data!.case.events.filter((e) => e.note?.startsWith('STAFF-NOTE'))).toHaveLength(3);
  });

  it('does not show management who filed the case: no actor id or organisation unit of a submitter', async () => {
    const people = await cast();
    const c = await complaintInProgress(people);
    const seen = await app.execute<History>(HISTORY, { id: c.id }, viewerOf(people.management));
    expect(seen.errors).toBeUndefined();
    const received = seen.data!.case.events.find((e) => e.type === 'RECEIVED');
    expect(received?.actor).toBeNull();
    expect(JSON.stringify(seen.data)).not.toContain(people.submitter.id);
    // Staff actors stay visible (a submitter sees who handles the case).
    const own = await app.execute<History>(HISTORY, { id: c.id }, viewerOf(people.submitter));
    expect(own.data!.case.events.find((e) => e.type === 'START_WORK')?.actor?.id).toBe(people.handler.id);
    expect(own.data!.case.events.find((e) => e.type === 'RECEIVED')?.actor?.id).toBe(people.submitter.id);
  });
});

const PROPOSE = /* GraphQL */ `
  mutation Propose($input: ProposeMeasureInput!) {
    proposeMeasure(input: $input) {
      measure {
        id
        version
      }
    }
  }
`;
const LINK = /* GraphQL */ `
  mutation Link($input: LinkCasesToMeasureInput!) {
    linkCasesToMeasure(input: $input) {
      measure {
        id
        version
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateMeasureInput!) {
    updateMeasure(input: $input) {
      measure {
        version
      }
    }
  }
`;

describe('measures through a case, and measure changes', () => {
  async function measureLinkedTo(people: Awaited<ReturnType<typeof cast>>, caseId: string) {
    const proposed = await app.execute<{ proposeMeasure: { measure: { id: string; version: number } } }>(
      PROPOSE,
      {
        input: {
          title: 'Spare printer per floor',
          description: 'Keep a spare printer on each floor.',
          targetComplaintTypeId: people.type.id,
          caseIds: [caseId],
        },
      },
      viewerOf(people.handler),
    );
    expect(proposed.errors).toBeUndefined();
    return proposed.data!.proposeMeasure.measure;
  }

  it('gives Case.measures the rule of the measures query: the submitter, refused there, sees none', async () => {
    const people = await cast();
    const c = await complaintInProgress(people);
    const measure = await measureLinkedTo(people, c.id);
    const asSubmitter = await app.execute<History>(HISTORY, { id: c.id }, viewerOf(people.submitter));
    expect(asSubmitter.data!.case.measures).toEqual([]);
    const register = await app.execute(`{ measures { id } }`, {}, viewerOf(people.submitter));
    expect(register.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const asHandler = await app.execute<History>(HISTORY, { id: c.id }, viewerOf(people.handler));
    expect(asHandler.data!.case.measures).toEqual([{ id: measure.id }]);
  });

  it('does not reveal a measure’s version in a CONFLICT to a viewer who may not change it', async () => {
    const people = await cast();
    const c = await complaintInProgress(people);
    const measure = await measureLinkedTo(people, c.id);
    const stale = { measureId: measure.id, version: measure.version + 7, title: 'A stale title' };
    for (const who of [people.submitter, people.otherHandler, people.management]) {
      const result = await app.execute(UPDATE, { input: stale }, viewerOf(who));
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
      expect(JSON.stringify(result)).not.toMatch(/currentVersion|STALE_VERSION/);
    }
    const owner = await app.execute(UPDATE, { input: stale }, viewerOf(people.handler));
    expect(owner.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: measure.version });
  });

  it('answers a handler linking a case they cannot read exactly as for a case that does not exist', async () => {
    const people = await cast();
    const c = await complaintInProgress(people);
    // otherHandler owns a measure and tries to link the complaint they are not assigned to.
    const own = await app.execute<{ proposeMeasure: { measure: { id: string; version: number } } }>(
      PROPOSE,
      { input: { title: 'Own measure', description: 'Something else.', targetComplaintTypeId: people.type.id } },
      viewerOf(people.otherHandler),
    );
    const m = own.data!.proposeMeasure.measure;
    const before = await tableFingerprint(db.orm);
    const unreadable = await app.execute(
      LINK,
      { input: { measureId: m.id, version: m.version, caseIds: [c.id] } },
      viewerOf(people.otherHandler),
    );
    const missing = await app.execute(
      LINK,
      { input: { measureId: m.id, version: m.version, caseIds: ['00000000-0000-4000-8000-000000000000'] } },
      viewerOf(people.otherHandler),
    );
    expect(unreadable.errors?.[0]).toBeDefined();
    expect(unreadable.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(unreadable.errors?.[0]?.extensions).toEqual(missing.errors?.[0]?.extensions);
    expect(changedTables(before, await tableFingerprint(db.orm))).toEqual([]);
    // The same for proposing with the case.
    const proposing = await app.execute(
      PROPOSE,
      { input: { title: 'Probe', description: 'Probe.', targetComplaintTypeId: people.type.id, caseIds: [c.id] } },
      viewerOf(people.otherHandler),
    );
    expect(proposing.errors?.[0]?.extensions).toEqual(missing.errors?.[0]?.extensions);
  });
});
