import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makePerson, makeService, makeUnit } from '../../../test/factories.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { composeMessage } from '../outbox/queue-message.js';
import { Service } from '../catalog/service.entity.js';
import { OrganisationUnit } from '../people/organisation-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { fileReceivedCase, PENDING_REGISTRATION_NUMBER } from './registration-number.js';

/**
 * `fileReceivedCase` writes the case, its event and its acknowledgement in one hand-built statement
 * from the entities' metadata. What it writes must be exactly what a flush of the same entities
 * writes, column for column, apart from the ids and the number the database hands out.
 */

const db = setupTestDatabase();
let manager: Person;
let unit: OrganisationUnit;
let service: Service;

beforeAll(async () => {
  const em = db.orm.em.fork();
  manager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  unit = await makeUnit(em, manager);
  service = await makeService(em);
});

function received(em: EntityManager, year: number, sequence: number, registrationNumber: string) {
  const receivedAt = new Date('2026-04-24T10:00:00Z');
  const { feedbackCase, event } = FeedbackCase.receive(
    {
      kind: 'COMPLAINT',
      registrationYear: year,
      registrationSequence: sequence,
      registrationNumber,
      receivedAt,
      channel: 'PHONE',
      description: 'The heating in room 4.12 does not work.',
      submitterName: 'Sam Submitter',
      submitterPhone: '+31612345678',
      submitterEmail: 'sam@example.org',
      submitter: null,
      organisationUnit: em.getReference(OrganisationUnit, unit.id, { wrapped: true }),
      service: em.getReference(Service, service.id, { wrapped: true }),
      complaintType: null,
      complaintTypeVersion: null,
      leadTimeWorkingDays: 5,
      acknowledgementDueAt: new Date('2026-04-27T22:00:00Z'),
      resolutionDueAt: new Date('2026-05-01T22:00:00Z'),
      relationshipManager: em.getReference(Person, manager.id, { wrapped: true }),
      idempotencyKey: null,
      requestFingerprint: 'fingerprint',
      acknowledgedAt: receivedAt,
      locale: 'en',
    },
    {
      actor: em.getReference(Person, manager.id, { wrapped: true }),
      data: { channel: 'PHONE', leadTimeWorkingDays: 5 },
    },
  );
  const message = composeMessage(
    feedbackCase,
    'ACKNOWLEDGEMENT',
    { acknowledgementDueAt: feedbackCase.acknowledgementDueAt, resolutionDueAt: feedbackCase.resolutionDueAt },
    receivedAt,
  );
  return { feedbackCase, event, message };
}

/**
 * The rows of one case, its events and its messages, without what differs between two filings:
 * ids, the registration number (in the texts too) and when the entities were made.
 */
async function rowsOf(em: EntityManager, caseId: string, registrationNumber: string) {
  const connection = em.getConnection();
  const [row] = await connection.execute<Array<Record<string, unknown>>>(
    `select to_jsonb(c) - 'id' - 'registration_number' - 'registration_year' - 'registration_sequence'
              - 'created_at' - 'updated_at' as c,
            (select jsonb_agg(to_jsonb(e) - 'id' - 'case_id') from case_event e where e.case_id = c.id) as events,
            (select jsonb_agg(to_jsonb(m) - 'id' - 'case_id') from outbox_message m where m.case_id = c.id) as messages
       from feedback_case c where c.id = ?`,
    [caseId],
  );
  return JSON.parse(JSON.stringify(row).replaceAll(registrationNumber, 'NUMBER')) as unknown;
}

describe('filing a received case in one statement', () => {
  it('writes exactly the rows a flush of the same entities writes, with the number the database handed out', async () => {
    const em = db.orm.em.fork();
    // A number the counter will not reach in this test: both cases live side by side.
    const flushed = received(em, 2101, 999_999, 'SKC-2101-999999');
    em.persist([flushed.feedbackCase, flushed.event, flushed.message]);
    await em.flush();

    const filed = await em.transactional((tx) =>
      fileReceivedCase(tx, received(tx, 2101, 0, PENDING_REGISTRATION_NUMBER)),
    );
    // The flushed case did not go through the counter: the counter starts the year at 1.
    expect(filed.registrationNumber).toBe('SKC-2101-000001');
    expect(filed.registrationSequence).toBe(1);

    const ours = await rowsOf(em, filed.id, filed.registrationNumber);
    const theirs = await rowsOf(em, flushed.feedbackCase.id, 'SKC-2101-999999');
    expect(ours).toEqual(theirs);
    expect(JSON.stringify(ours)).toContain('NUMBER');
    expect(JSON.stringify(ours)).not.toContain(PENDING_REGISTRATION_NUMBER);
    const [stored] = await em
      .getConnection()
      .execute<Array<{ registration_number: string; registration_year: number; registration_sequence: number }>>(
        `select registration_number, registration_year, registration_sequence from feedback_case where id = ?`,
        [filed.id],
      );
    expect(stored).toEqual({
      registration_number: 'SKC-2101-000001',
      registration_year: 2101,
      registration_sequence: 1,
    });
  });

  it('leaves the entities managed and in step with their rows, so nothing is written twice', async () => {
    const em = db.orm.em.fork();
    const filed = await em.transactional((tx) =>
      fileReceivedCase(tx, received(tx, 2102, 0, PENDING_REGISTRATION_NUMBER)),
    );
    em.getUnitOfWork().computeChangeSets();
    expect(em.getUnitOfWork().getChangeSets()).toHaveLength(0);
    const counts = await em.getConnection().execute<Array<{ cases: number; events: number; messages: number }>>(
      `select (select count(*)::int from feedback_case where registration_year = 2102) as cases,
                (select count(*)::int from case_event where case_id = ?) as events,
                (select count(*)::int from outbox_message where case_id = ?) as messages`,
      [filed.id, filed.id],
    );
    expect(counts[0]).toEqual({ cases: 1, events: 1, messages: 1 });
    const [event] = filed.events.getItems();
    expect(event?.id).toMatch(/^\d+$/);
  });

  it('gives the number back when the transaction rolls back', async () => {
    const em = db.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        await fileReceivedCase(tx, received(tx, 2103, 0, PENDING_REGISTRATION_NUMBER));
        throw new Error('something after the number failed');
      }),
    ).rejects.toThrow('something after the number failed');
    const filed = await em
      .fork()
      .transactional((tx) => fileReceivedCase(tx, received(tx, 2103, 0, PENDING_REGISTRATION_NUMBER)));
    expect(filed.registrationNumber).toBe('SKC-2103-000001');
  });
});
