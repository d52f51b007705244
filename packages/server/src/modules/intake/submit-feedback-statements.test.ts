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
let type: ComplaintType;
let service: Service;

beforeAll(async () => {
  const em = db.orm.em.fork();
  const manager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  submitter = await makePerson(em, ['SUBMITTER'], { unit: await makeUnit(em, manager), phone: '+31612345678' });
  type = await makeComplaintType(em, 5);
  service = await makeService(em);
  // Settings and calendar come from the reference cache once it listens.
  await loadCalendar(db.orm.em.fork());
  const until = Date.now() + 10_000;
  while (!referenceCacheOf(db.orm.em.fork())!.listening && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 25));
});

async function statementsOfOneSubmission(idempotencyKey?: string): Promise<string[]> {
  await loadCalendar(db.orm.em.fork());
  statements.length = 0;
  recording = true;
  try {
    await submitFeedback({
      ctx: app.context(viewerOf(submitter)),
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
  it('is ten statements: submitter, classification in one, pick, number, the subscribed webhook endpoints, the three writes, in one transaction', async () => {
    const sent = await statementsOfOneSubmission();
    expect(sent).toHaveLength(10);
    // The flush looks up which webhook endpoints want the RECEIVED event (none here, so no delivery rows).
    expect(sent.filter((s) => s.includes('from webhook_endpoint'))).toHaveLength(1);
    // Nothing from the settings or the closure days: those come from the cache.
    expect(sent.some((s) => /organisation_settings|closure_day/.test(s))).toBe(false);
    // The registration counter comes after the pick and right before the writes.
    const counter = sent.findIndex((s) => s.includes('registration_counter'));
    expect(sent.findIndex((s) => s.includes("'RELATIONSHIP_MANAGER' = any(p.roles)"))).toBeLessThan(counter);
    expect(sent.slice(counter + 1).find((s) => s.includes('insert into "'))).toContain('insert into "feedback_case"');
  });

  it('looks for an earlier submission only when an idempotency key is given', async () => {
    const withoutKey = await statementsOfOneSubmission();
    const withKey = await statementsOfOneSubmission('form-0001');
    expect(withoutKey.some((s) => s.includes('"idempotency_caller" ='))).toBe(false);
    expect(withKey.some((s) => s.includes('"idempotency_caller" ='))).toBe(true);
    expect(withKey).toHaveLength(withoutKey.length + 1);
  });
});
