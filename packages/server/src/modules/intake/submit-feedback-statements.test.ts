import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makeComplaintType, makePerson, makeService, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { referenceCacheOf } from '../../shared/cached-reference.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import type { Person } from '../people/person.entity.js';
import type { ComplaintType } from '../catalog/complaint-type.entity.js';
import type { Service } from '../catalog/service.entity.js';
import { submitFeedback } from './submit-feedback.js';

const statements: string[] = [];
let recording = false;
const db = setupTestDatabase({
  debug: ['query'],
  logger: (message: string) => {
    if (recording) statements.push(message);
  },
});
const app = setupTestApp(db);
let submitter: Person;
/** A submitter whose unit has no portfolio manager: the least-loaded manager is picked, with a lock. */
let submitterWithoutPortfolio: Person;
let type: ComplaintType;
let service: Service;

beforeAll(async () => {
  const em = db.orm.em.fork();
  const manager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  submitter = await makePerson(em, ['SUBMITTER'], { unit: await makeUnit(em, manager), phone: '+31612345678' });
  submitterWithoutPortfolio = await makePerson(em, ['SUBMITTER'], { unit: await makeUnit(em), phone: '+31612345679' });
  type = await makeComplaintType(em, 5);
  service = await makeService(em);
  // Settings and calendar come from the reference cache once it listens.
  await loadCalendar(db.orm.em.fork());
  const until = Date.now() + 10_000;
  while (!referenceCacheOf(db.orm.em.fork())!.listening && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 25));
});

async function statementsOfOneSubmission(idempotencyKey?: string, by = submitter): Promise<string[]> {
  await loadCalendar(db.orm.em.fork());
  statements.length = 0;
  recording = true;
  try {
    await submitFeedback({
      ctx: app.context(viewerOf(by)),
      input: {
        kind: 'COMPLAINT',
        description: 'My laptop took a month.',
        complaintTypeId: type.id,
        serviceId: service.id,
        idempotencyKey,
      },
    });
  } finally {
    recording = false;
  }
  return statements.map((s) => s.replace(/\s+/g, ' '));
}

describe('what one submission sends to the database', () => {
  it('is four statements with a portfolio manager: submitter, classification, pick, then number and all writes in one', async () => {
    const sent = await statementsOfOneSubmission();
    expect(sent).toHaveLength(4);
    // Nothing from the settings or the closure days: those come from the cache.
    expect(sent.some((s) => /organisation_settings|closure_day/.test(s))).toBe(false);
    // The last statement takes the registration counter and writes the case, its event and its
    // acknowledgement; no BEGIN/COMMIT: it is its own transaction, the counter locked for it alone.
    expect(sent.some((s) => /\b(begin|commit)$/.test(s))).toBe(false);
    expect(sent.findIndex((s) => s.includes('registration_counter'))).toBe(sent.length - 1);
    expect(sent.findIndex((s) => s.includes('u.relationship_manager_id'))).toBe(2);
    for (const table of ['"feedback_case"', '"case_event"', '"outbox_message"'])
      expect(sent.at(-1)).toContain(`insert into ${table}`);
    expect(sent.filter((s) => /\binsert into\b/.test(s))).toHaveLength(1);
  });

  it('without a portfolio manager: the least-loaded manager locked in a transaction, the counter in its last statement', async () => {
    const sent = await statementsOfOneSubmission(undefined, submitterWithoutPortfolio);
    const counter = sent.findIndex((s) => s.includes('registration_counter'));
    const pick = sent.findIndex((s) => s.includes('for no key update of p'));
    expect(sent.filter((s) => s.includes('registration_counter'))).toHaveLength(1);
    const begin = sent.findIndex((s) => /begin$/.test(s));
    expect(begin).toBeGreaterThanOrEqual(0);
    expect(begin).toBeLessThan(pick);
    expect(pick).toBeLessThan(counter);
    expect(sent[counter + 1]).toMatch(/commit$/);
    expect(sent).toHaveLength(counter + 2);
    expect(sent.filter((s) => /\binsert into\b/.test(s))).toHaveLength(1);
  });

  it('stores the number the database handed out in the case, its acknowledgement and the answer', async () => {
    const result = await submitFeedback({
      ctx: app.context(viewerOf(submitter)),
      input: { kind: 'COMPLAINT', description: 'The lift is stuck.', serviceId: service.id },
    });
    const number = result.case.registrationNumber;
    expect(number).toMatch(/^SKC-\d{4}-\d{6}$/);
    expect(result.case.registrationSequence).toBe(Number(number.slice(-6)));
    const [row] = await db.orm.em
      .fork()
      .getConnection()
      .execute<
        Array<{
          registration_number: string;
          subject: string;
          body: string;
          data: Record<string, string>;
          events: Array<{ channel: string; leadTimeWorkingDays: number }>;
        }>
      >(
        `select c.registration_number, m.subject, m.body, m.data,
              (select json_agg(e.data) from case_event e where e.case_id = c.id and e.type = 'RECEIVED') as events
         from feedback_case c join outbox_message m on m.case_id = c.id where c.id = ?`,
        [result.case.id],
      );
    expect(row).toMatchObject({ registration_number: number });
    expect(row!.events).toEqual([expect.objectContaining({ channel: 'PORTAL', leadTimeWorkingDays: 5 })]);
    expect(row!.subject).toContain(number);
    expect(row!.body).toContain(number);
    expect(row!.data).toMatchObject({ registrationNumber: number, kind: 'COMPLAINT' });
    expect(JSON.stringify(row)).not.toContain('registration-number⟧');
  });

  it('looks for an earlier submission only when an idempotency key is given', async () => {
    const withoutKey = await statementsOfOneSubmission();
    const withKey = await statementsOfOneSubmission('form-0001');
    expect(withoutKey.some((s) => s.includes('"idempotency_caller" ='))).toBe(false);
    expect(withKey.some((s) => s.includes('"idempotency_caller" ='))).toBe(true);
    expect(withKey).toHaveLength(withoutKey.length + 1);
  });
});
