import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { makeComplaintType, makePerson, makeService, makeUnit, viewerOf } from '../../../test/factories.js';
import { createTestApp, setupTestApp } from '../../../test/harness.js';
import { CaseEvent } from '../cases/case-event.entity.js';
import { FeedbackCase } from '../cases/feedback-case.entity.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { apiKeyViewer } from '../auth/viewer.js';

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      registrationNumber
      acknowledgementDueAt
      resolutionDueAt
      replayed
      case {
        id
        kind
        status
        channel
        leadTimeWorkingDays
        submitterName
        submitterPhone
        relationshipManager {
          id
        }
      }
    }
  }
`;

interface SubmitData {
  submitFeedback: {
    registrationNumber: string;
    acknowledgementDueAt: string;
    resolutionDueAt: string;
    replayed: boolean;
    case: {
      id: string;
      kind: string;
      status: string;
      channel: string;
      leadTimeWorkingDays: number;
      submitterName: string | null;
      submitterPhone: string | null;
      relationshipManager: { id: string } | null;
    };
  };
}

const db = setupTestDatabase();
// Friday 24 April 2026, noon in Amsterdam; Monday the 27th is King's Day.
const app = setupTestApp(db, new Date('2026-04-24T10:00:00Z'));
let orm: MikroORM;

beforeAll(async () => {
  orm = db.orm;
});

const countRows = async () => {
  const em = orm.em.fork();
  return {
    cases: await em.count(FeedbackCase),
    events: await em.count(CaseEvent),
    outbox: await em.count(OutboxMessage),
  };
};

describe('submitFeedback', () => {
  it('refuses anonymous callers and writes nothing', async () => {
    const before = await countRows();
    const result = await app.execute(SUBMIT, {
      input: { kind: 'COMPLIMENT', description: 'Great help with my laptop.' },
    });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(await countRows()).toEqual(before);
  });

  it('registers a complaint with number, deadlines from the calendar, relationship manager, event and acknowledgement', async () => {
    const em = orm.em.fork();
    const manager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
    const unit = await makeUnit(em, manager);
    const submitter = await makePerson(em, ['SUBMITTER'], { unit, displayName: 'Sanne Smit' });
    const type = await makeComplaintType(em, 5);
    const service = await makeService(em);

    const result = await app.execute<SubmitData>(
      SUBMIT,
      {
        input: {
          kind: 'COMPLAINT',
          description: 'My new laptop was promised within a week and it took a month.',
          phone: '06 1234 5678',
          complaintTypeId: type.id,
          serviceId: service.id,
          idempotencyKey: 'form-instance-0001',
        },
      },
      viewerOf(submitter),
    );

    expect(result.errors).toBeUndefined();
    const payload = result.data!.submitFeedback;
    expect(payload.registrationNumber).toMatch(/^SKC-2026-\d{6}$/);
    // 1 working day after Fri 24 Apr, skipping the weekend and King's Day → end of Tue 28 Apr (CEST).
    expect(payload.acknowledgementDueAt).toBe('2026-04-28T21:59:59.999Z');
    // 5 working days: 28, 29, 30 Apr, 1 May, 4 May → end of Mon 4 May.
    expect(payload.resolutionDueAt).toBe('2026-05-04T21:59:59.999Z');
    expect(payload.replayed).toBe(false);
    expect(payload.case).toMatchObject({
      kind: 'COMPLAINT',
      status: 'RECEIVED',
      channel: 'PORTAL',
      leadTimeWorkingDays: 5,
      submitterName: 'Sanne Smit',
      submitterPhone: '+31612345678',
      relationshipManager: { id: manager.id },
    });

    const stored = await orm.em.fork().findOneOrFail(FeedbackCase, { id: payload.case.id }, { populate: ['events'] });
    expect(stored.submitter?.id).toBe(submitter.id);
    expect(stored.events.getItems().map((e) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ['RECEIVED', null, 'RECEIVED'],
    ]);
    const messages = await orm.em.fork().find(OutboxMessage, { case: stored.id });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ template: 'ACKNOWLEDGEMENT', locale: 'nl' });
    expect(messages[0]!.body).toContain(payload.registrationNumber);
    expect(messages[0]!.body).not.toContain('Sanne');
  });

  it.each([
    ['SUGGESTION', 'Please add a self-service password reset to the portal.'],
    ['COMPLIMENT', 'The service desk solved my problem within ten minutes.'],
  ])('registers a %s without a phone number', async (kind, description) => {
    const submitter = await makePerson(orm.em.fork(), ['SUBMITTER']);
    const result = await app.execute<SubmitData>(SUBMIT, { input: { kind, description } }, viewerOf(submitter));
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitFeedback.case).toMatchObject({ kind, status: 'RECEIVED', submitterPhone: null });
  });

  it.each([
    ['a description that is too short', { kind: 'COMPLAINT', description: 'bad', phone: '0612345678' }, 'description'],
    ['a NUL byte', { kind: 'COMPLIMENT', description: 'Thank you so much\u0000 for the help' }, 'description'],
    [
      'an impossible phone number',
      { kind: 'COMPLAINT', description: 'The printer has been broken for weeks.', phone: '12' },
      'phone',
    ],
    [
      'a complaint without any phone number',
      { kind: 'COMPLAINT', description: 'The printer has been broken for weeks.' },
      'phone',
    ],
    [
      'an unknown service',
      {
        kind: 'COMPLIMENT',
        description: 'Thanks for the quick fix!',
        serviceId: '00000000-0000-4000-8000-000000000000',
      },
      'serviceId',
    ],
    [
      'a complaint type on a compliment',
      {
        kind: 'COMPLIMENT',
        description: 'Thanks for the quick fix!',
        complaintTypeId: '00000000-0000-4000-8000-000000000000',
      },
      'complaintTypeId',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_label, input, field) => {
    const submitter = await makePerson(orm.em.fork(), ['SUBMITTER']);
    const before = await countRows();
    const result = await app.execute(SUBMIT, { input }, viewerOf(submitter));
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toContain(field);
    expect(JSON.stringify(result.errors)).not.toMatch(/select|insert|stack|at \w+ \(/i);
    expect(await countRows()).toEqual(before);
  });

  it('does not echo an invalid enum value (it could be personal data)', async () => {
    const submitter = await makePerson(orm.em.fork(), ['SUBMITTER']);
    const result = await app.execute(
      SUBMIT,
      { input: { kind: 'Jan Jansen 0612345678', description: 'Something longer than ten.' } },
      viewerOf(submitter),
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).not.toContain('0612345678');
  });

  it('answers a retry with the same idempotency key with the first case, and refuses the key for other content', async () => {
    const submitter = await makePerson(orm.em.fork(), ['SUBMITTER'], { phone: '+31612345678' });
    const input = {
      kind: 'COMPLAINT',
      description: 'Nobody answered the service desk phone for an hour.',
      idempotencyKey: 'retry-key-123456',
    };
    const first = await app.execute<SubmitData>(SUBMIT, { input }, viewerOf(submitter));
    const before = await countRows();
    const second = await app.execute<SubmitData>(SUBMIT, { input }, viewerOf(submitter));
    expect(second.data!.submitFeedback).toMatchObject({
      registrationNumber: first.data!.submitFeedback.registrationNumber,
      replayed: true,
    });
    expect(await countRows()).toEqual(before);

    const other = await app.execute(
      SUBMIT,
      { input: { ...input, description: 'A different complaint altogether, really.' } },
      viewerOf(submitter),
    );
    expect(other.errors?.[0]?.extensions?.['code']).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countRows()).toEqual(before);
  });

  it('gives 50 concurrent submissions 50 consecutive registration numbers', async () => {
    const submitter = await makePerson(orm.em.fork(), ['SUBMITTER']);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        app.execute<SubmitData>(
          SUBMIT,
          { input: { kind: 'SUGGESTION', description: `Suggestion number ${i} for the portal.` } },
          viewerOf(submitter),
        ),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const sequences = results
      .map((r) => Number(r.data!.submitFeedback.registrationNumber.slice(-6)))
      .sort((a, b) => a - b);
    const first = sequences[0]!;
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => first + i));
    const all = await orm.em
      .fork()
      .find(FeedbackCase, { registrationYear: 2026 }, { orderBy: { registrationSequence: 'asc' } });
    expect(all.map((c) => c.registrationSequence)).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
  });

  it('lets racing retries with one key file exactly one case', async () => {
    const submitter = await makePerson(orm.em.fork(), ['SUBMITTER']);
    const input = {
      kind: 'COMPLIMENT',
      description: 'Lovely help from the print team.',
      idempotencyKey: 'double-click-7890',
    };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => app.execute<SubmitData>(SUBMIT, { input }, viewerOf(submitter))),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data!.submitFeedback.registrationNumber)).size).toBe(1);
    expect(await orm.em.fork().count(FeedbackCase, { idempotencyKey: 'double-click-7890' })).toBe(1);
  });

  it('scopes idempotency keys to the caller: another person’s same key neither returns nor blocks their case', async () => {
    const alice = await makePerson(orm.em.fork(), ['SUBMITTER']);
    const bob = await makePerson(orm.em.fork(), ['SUBMITTER']);
    const input = {
      kind: 'SUGGESTION',
      description: 'Please open the canteen earlier.',
      idempotencyKey: 'shared-key-0001',
    };
    const first = await app.execute<SubmitData>(SUBMIT, { input }, viewerOf(alice));
    const theirs = await app.execute<SubmitData>(SUBMIT, { input }, viewerOf(bob));
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.submitFeedback.replayed).toBe(false);
    expect(theirs.data!.submitFeedback.registrationNumber).not.toBe(first.data!.submitFeedback.registrationNumber);
    const aliceAgain = await app.execute<SubmitData>(SUBMIT, { input }, viewerOf(alice));
    expect(aliceAgain.data!.submitFeedback).toMatchObject({
      registrationNumber: first.data!.submitFeedback.registrationNumber,
      replayed: true,
    });
    const stored = await orm.em.fork().find(FeedbackCase, { idempotencyKey: 'shared-key-0001' });
    expect(stored.map((c) => c.idempotencyCaller).sort()).toEqual([`person:${alice.id}`, `person:${bob.id}`].sort());
  });

  it('scopes keys per API key too', async () => {
    const input = {
      kind: 'COMPLIMENT',
      description: 'Forwarded from the other system.',
      submitterName: 'Jan Jansen',
      idempotencyKey: 'api-key-shared-01',
    };
    const one = await app.execute<SubmitData>(
      SUBMIT,
      { input },
      apiKeyViewer({ id: 'k-one', name: 'one', scopes: ['cases:submit'] }),
    );
    const two = await app.execute<SubmitData>(
      SUBMIT,
      { input },
      apiKeyViewer({ id: 'k-two', name: 'two', scopes: ['cases:submit'] }),
    );
    expect([one.errors, two.errors]).toEqual([undefined, undefined]);
    expect(two.data!.submitFeedback.replayed).toBe(false);
    expect(two.data!.submitFeedback.registrationNumber).not.toBe(one.data!.submitFeedback.registrationNumber);
  });

  it.each([
    ['another name', { submitterName: 'Someone Else' }, 'submitterName'],
    ['another e-mail address', { email: 'someone.else@example.org' }, 'email'],
  ])('refuses a signed-in submitter filing under %s, and writes nothing', async (_what, extra, field) => {
    const submitter = await makePerson(orm.em.fork(), ['SUBMITTER'], { phone: '+31612345678' });
    const before = await countRows();
    const result = await app.execute(
      SUBMIT,
      { input: { kind: 'COMPLAINT', description: 'The service desk never called back.', ...extra } },
      viewerOf(submitter),
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field, reason: 'NOT_YOUR_PROFILE' }],
    });
    expect(result.errors?.[0]?.message).toMatch(/on your profile/);
    expect(await countRows()).toEqual(before);
  });

  it('files a signed-in submitter under their profile: their own name and e-mail (same values given are fine)', async () => {
    const submitter = await makePerson(orm.em.fork(), ['SUBMITTER'], { displayName: 'Sanne Smit' });
    const result = await app.execute<SubmitData>(
      SUBMIT,
      {
        input: {
          kind: 'COMPLIMENT',
          description: 'Great help today.',
          submitterName: ' Sanne Smit ',
          email: submitter.email.toUpperCase(),
        },
      },
      viewerOf(submitter),
    );
    expect(result.errors).toBeUndefined();
    const stored = await orm.em.fork().findOneOrFail(FeedbackCase, { id: result.data!.submitFeedback.case.id });
    expect([stored.submitterName, stored.submitterEmail]).toEqual(['Sanne Smit', submitter.email]);
  });

  it('keeps on-behalf intake (PHONE) with typed-in details for staff, and refuses it to a submitter', async () => {
    const manager = await makePerson(orm.em.fork(), ['RELATIONSHIP_MANAGER']);
    const submitter = await makePerson(orm.em.fork(), ['SUBMITTER']);
    const input = {
      kind: 'COMPLAINT',
      channel: 'PHONE',
      description: 'Called in: the laptop still does not start.',
      submitterName: 'Piet Bakker',
      email: 'piet.bakker@example.org',
      phone: '06 1111 2222',
    };
    const staff = await app.execute<SubmitData>(SUBMIT, { input }, viewerOf(manager));
    expect(staff.errors).toBeUndefined();
    const stored = await orm.em.fork().findOneOrFail(FeedbackCase, { id: staff.data!.submitFeedback.case.id });
    expect([stored.submitterName, stored.submitterEmail, stored.submitter]).toEqual([
      'Piet Bakker',
      'piet.bakker@example.org',
      null,
    ]);
    const refused = await app.execute(SUBMIT, { input }, viewerOf(submitter));
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('lets an integration submit only with the cases:submit scope', async () => {
    const input = { kind: 'COMPLIMENT', description: 'Imported via the other system API.' };
    const refused = await app.execute(
      SUBMIT,
      { input },
      apiKeyViewer({ id: 'k1', name: 'reader', scopes: ['cases:read'] }),
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const allowed = await app.execute<SubmitData>(
      SUBMIT,
      { input: { ...input, submitterName: 'Jan Jansen' } },
      apiKeyViewer({ id: 'k2', name: 'writer', scopes: ['cases:submit'] }),
    );
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.submitFeedback.case.channel).toBe('API');
  });
});

describe('logs', () => {
  it('never contain the submitter’s name, phone, description or the request variables', async () => {
    const { Writable } = await import('node:stream');
    const { createLogger } = await import('../../shared/logger.js');
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
    const logged = await createTestApp(orm, undefined, { logger: createLogger('trace', sink) });
    const submitter = await makePerson(orm.em.fork(), ['SUBMITTER'], { displayName: 'Geheime Naam' });
    await logged.execute(
      SUBMIT,
      { input: { kind: 'COMPLAINT', description: 'Vertrouwelijke klacht over de printer.', phone: '0687654321' } },
      viewerOf(submitter),
    );
    await logged.execute(
      SUBMIT,
      { input: { kind: 'COMPLAINT', description: 'x', phone: '0687654321' } },
      viewerOf(submitter),
    );
    const output = lines.join('');
    expect(output).toContain('graphql request');
    for (const secret of ['Geheime', '0687654321', '+31687654321', 'Vertrouwelijke'])
      expect(output).not.toContain(secret);
  });

  it('record the error code the client got, not INTERNAL_SERVER_ERROR for every refusal', async () => {
    const { Writable } = await import('node:stream');
    const { createLogger } = await import('../../shared/logger.js');
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
    const logged = await createTestApp(orm, undefined, { logger: createLogger('info', sink) });
    const input = { kind: 'COMPLIMENT', description: 'Great help with my laptop.' };
    await logged.execute(SUBMIT, { input });
    await logged.execute(SUBMIT, { input }, apiKeyViewer({ id: 'k3', name: 'reader', scopes: ['cases:read'] }));
    const requests = lines
      .map((line) => JSON.parse(line) as { msg: string; errors?: string[] })
      .filter((entry) => entry.msg === 'graphql request');
    expect(requests.map((entry) => entry.errors)).toEqual([['UNAUTHENTICATED'], ['FORBIDDEN']]);
  });
});
