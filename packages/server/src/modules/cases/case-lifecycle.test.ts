import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { setupTestDatabase } from '../../../test/database.js';
import { fileCase, step, stepOk, storedCase } from '../../../test/case-steps.js';
import { makeComplaintType, makePerson, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { PreventiveMeasure } from '../measures/preventive-measure.entity.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { ComplaintType } from '../catalog/complaint-type.entity.js';
import { Person } from '../people/person.entity.js';
import { DeadlineExtension } from './deadline-extension.entity.js';

const db = setupTestDatabase();
// Monday 2 March 2026, 10:00 Amsterdam.
const app = setupTestApp(db, new Date('2026-03-02T09:00:00Z'));
let orm: MikroORM;
let manager: Viewer;
let handler: Viewer;
let handlerId: string;
let submitter: Viewer;

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  const rm = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  const unit = await makeUnit(em, rm);
  const h = await makePerson(em, ['HANDLER']);
  manager = viewerOf(rm);
  handler = viewerOf(h);
  handlerId = h.id;
  submitter = viewerOf(await makePerson(em, ['SUBMITTER'], { unit }));
});

describe('a complaint through every step', () => {
  it('justified → handler → extended in time → resolved → closed with a preventive measure', async () => {
    const created = await fileCase(app, submitter, 'COMPLAINT');
    let c = await stepOk(app, manager, 'takeTriage', { caseId: created.id, version: created.version });
    expect(c.status).toBe('IN_TRIAGE');
    c = await stepOk(app, manager, 'decideComplaint', {
      caseId: c.id,
      version: c.version,
      outcome: 'JUSTIFIED',
      reason: 'The laptop was indeed late.',
    });
    expect(c).toMatchObject({ status: 'JUSTIFIED', outcome: 'JUSTIFIED' });
    c = await stepOk(app, manager, 'assignHandler', { caseId: c.id, version: c.version, handlerId });
    c = await stepOk(app, handler, 'startWork', { caseId: c.id, version: c.version });
    expect(c.status).toBe('IN_PROGRESS');

    // Due end of Mon 9 March (5 working days); told right away: in time. +3 working days → Thu 12 March.
    const extended = await stepOk(app, manager, 'extendDeadline', {
      caseId: c.id,
      version: c.version,
      extraWorkingDays: 3,
      reason: 'Parts are on back order.',
      submitterInformedAt: '2026-03-02T09:00:00Z',
    });
    expect(extended.resolutionDueAt).toBe('2026-03-12T22:59:59.999Z');
    const [extension] = await orm.em.fork().find(DeadlineExtension, { case: c.id });
    expect(extension).toMatchObject({ informedInTime: true, reason: 'Parts are on back order.' });
    expect(extension!.previousDueAt.toISOString()).toBe('2026-03-09T22:59:59.999Z');

    app.setNow(new Date('2026-03-04T15:00:00Z'));
    c = await stepOk(app, handler, 'resolveComplaint', {
      caseId: c.id,
      version: extended.version,
      measuresTaken: 'Delivered a replacement laptop.',
    });
    expect(c.status).toBe('RESOLVED');

    const em = orm.em.fork();
    const measure = new PreventiveMeasure({
      title: 'Laptop stock',
      description: 'Keep configured laptops in stock.',
      targetComplaintType: em.getReference(ComplaintType, (await makeComplaintType(em)).id, { wrapped: true }),
      owner: em.getReference(Person, handlerId, { wrapped: true }),
      proposedAt: new Date('2026-03-01T10:00:00Z'),
    });
    await em.persistAndFlush(measure);
    c = await stepOk(app, handler, 'closeCase', { caseId: c.id, version: c.version, measureIds: [measure.id] });
    expect(c.status).toBe('CLOSED');

    const { c: stored, events, eventTypes } = await storedCase(orm, c.id);
    expect(eventTypes).toEqual([
      'RECEIVED',
      'TAKE_TRIAGE',
      'DECIDE',
      'ASSIGN_HANDLER',
      'START_WORK',
      'EXTEND_DEADLINE',
      'RESOLVE',
      'CLOSE',
    ]);
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'RECEIVED'],
      ['RECEIVED', 'IN_TRIAGE'],
      ['IN_TRIAGE', 'JUSTIFIED'],
      ['JUSTIFIED', 'ASSIGNED'],
      ['ASSIGNED', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'RESOLVED'],
      ['RESOLVED', 'CLOSED'],
    ]);
    expect(events[1]!.actor?.id).toBe(manager.personId);
    expect(stored).toMatchObject({
      measuresTaken: 'Delivered a replacement laptop.',
      resolutionWorkingDays: 2,
      handler: { id: handlerId },
    });
    expect(stored.closedAt).not.toBeNull();
    const linked = await orm.em.fork().findOneOrFail(PreventiveMeasure, measure.id, { populate: ['linkedCases'] });
    expect(linked.linkedCases.getItems().map((x) => x.id)).toEqual([c.id]);
    const templates = (await orm.em.fork().find(OutboxMessage, { case: c.id }, { orderBy: { createdAt: 'asc' } })).map(
      (m) => m.template,
    );
    expect(templates).toEqual(['ACKNOWLEDGEMENT', 'EXTENSION_NOTICE', 'OUTCOME']);
  });

  it('records an extension told after the old deadline as informed late', async () => {
    const created = await fileCase(app, submitter, 'COMPLAINT');
    let c = await stepOk(app, manager, 'takeTriage', { caseId: created.id, version: created.version });
    app.setNow(new Date('2026-03-11T09:00:00Z'));
    c = await stepOk(app, manager, 'extendDeadline', {
      caseId: c.id,
      version: c.version,
      newDueDate: '2026-03-20',
      reason: 'Supplier delay.',
      submitterInformedAt: '2026-03-10T12:00:00Z',
    });
    const [extension] = await orm.em.fork().find(DeadlineExtension, { case: c.id });
    expect(extension!.informedInTime).toBe(false);
    expect(c.resolutionDueAt).toBe('2026-03-20T22:59:59.999Z');
  });

  it('unjustified closes the complaint with the reason and an outcome message', async () => {
    const created = await fileCase(app, submitter, 'COMPLAINT');
    let c = await stepOk(app, manager, 'takeTriage', { caseId: created.id, version: created.version });
    c = await stepOk(app, manager, 'decideComplaint', {
      caseId: c.id,
      version: c.version,
      outcome: 'UNJUSTIFIED',
      reason: 'Delivered as agreed.',
    });
    expect(c).toMatchObject({ status: 'CLOSED', outcome: 'UNJUSTIFIED' });
    expect((await storedCase(orm, c.id)).c.outcomeReason).toBe('Delivered as agreed.');
    expect(await orm.em.fork().count(OutboxMessage, { case: c.id, template: 'OUTCOME' })).toBe(1);
  });

  it('the submitter withdraws their own complaint', async () => {
    const created = await fileCase(app, submitter, 'COMPLAINT');
    const c = await stepOk(app, submitter, 'withdrawCase', {
      caseId: created.id,
      version: created.version,
      note: 'Solved after all.',
    });
    expect(c).toMatchObject({ status: 'WITHDRAWN', outcome: 'WITHDRAWN' });
  });

  it('a closed complaint is reopened into triage, counted, with the old outcome cleared', async () => {
    const created = await fileCase(app, submitter, 'COMPLAINT');
    let c = await stepOk(app, manager, 'takeTriage', { caseId: created.id, version: created.version });
    c = await stepOk(app, manager, 'decideComplaint', {
      caseId: c.id,
      version: c.version,
      outcome: 'NOT_HANDLED',
      reason: 'Outside the procedure.',
    });
    c = await stepOk(app, manager, 'reopenCase', {
      caseId: c.id,
      version: c.version,
      reason: 'New facts from the submitter.',
    });
    expect(c).toMatchObject({ status: 'IN_TRIAGE', outcome: null });
    const { c: stored, eventTypes } = await storedCase(orm, c.id);
    expect(stored.reopenCount).toBe(1);
    expect(stored.closedAt).toBeNull();
    expect(eventTypes.at(-1)).toBe('REOPEN');
  });

  it('reclassifying in triage moves the deadline to the new type’s lead time; later it does not', async () => {
    const em = orm.em.fork();
    const slow = await makeComplaintType(em, 10);
    const created = await fileCase(app, submitter, 'COMPLAINT');
    let c = await stepOk(app, manager, 'takeTriage', { caseId: created.id, version: created.version });
    c = await stepOk(app, manager, 'reclassifyCase', { caseId: c.id, version: c.version, complaintTypeId: slow.id });
    // 10 working days after Mon 2 March 2026 → Mon 16 March.
    expect(c.resolutionDueAt).toBe('2026-03-16T22:59:59.999Z');
    const { events } = await storedCase(orm, c.id);
    expect(events.at(-1)!.data).toMatchObject({ complaintType: { from: null, to: slow.id } });

    const fast = await makeComplaintType(em, 3);
    c = await stepOk(app, manager, 'decideComplaint', {
      caseId: c.id,
      version: c.version,
      outcome: 'JUSTIFIED',
      reason: 'Yes.',
    });
    c = await stepOk(app, manager, 'reclassifyCase', { caseId: c.id, version: c.version, complaintTypeId: fast.id });
    expect(c.resolutionDueAt).toBe('2026-03-16T22:59:59.999Z');
  });
});

describe('clock policy for information requests', () => {
  async function inProgress(typeId: string) {
    const created = await fileCase(app, submitter, 'COMPLAINT', { complaintTypeId: typeId });
    let c = await stepOk(app, manager, 'takeTriage', { caseId: created.id, version: created.version });
    c = await stepOk(app, manager, 'decideComplaint', {
      caseId: c.id,
      version: c.version,
      outcome: 'JUSTIFIED',
      reason: 'Yes.',
    });
    c = await stepOk(app, manager, 'assignHandler', { caseId: c.id, version: c.version, handlerId });
    return stepOk(app, handler, 'startWork', { caseId: c.id, version: c.version });
  }

  it('keeps the deadline running by default', async () => {
    const type = await makeComplaintType(orm.em.fork(), 5, false);
    app.setNow(new Date('2026-03-02T09:00:00Z'));
    let c = await inProgress(type.id);
    const due = c.resolutionDueAt;
    c = await stepOk(app, handler, 'requestInformation', {
      caseId: c.id,
      version: c.version,
      question: 'Which floor?',
    });
    app.setNow(new Date('2026-03-05T09:00:00Z'));
    c = await stepOk(app, handler, 'receiveInformation', { caseId: c.id, version: c.version, note: 'Fifth.' });
    expect(c.resolutionDueAt).toBe(due);
  });

  it('pauses when the type says so: asked Mon 2 March, answered Thu 5 March → the deadline moves 3 working days', async () => {
    const type = await makeComplaintType(orm.em.fork(), 5, true);
    app.setNow(new Date('2026-03-02T09:00:00Z'));
    let c = await inProgress(type.id);
    expect(c.resolutionDueAt).toBe('2026-03-09T22:59:59.999Z');
    c = await stepOk(app, handler, 'requestInformation', {
      caseId: c.id,
      version: c.version,
      question: 'Which floor?',
    });
    expect((await storedCase(orm, c.id)).c.clockPausedAt).not.toBeNull();
    app.setNow(new Date('2026-03-05T09:00:00Z'));
    c = await stepOk(app, handler, 'receiveInformation', { caseId: c.id, version: c.version, note: 'Fifth.' });
    // Mon 9 March + 3 working days = Thu 12 March.
    expect(c.resolutionDueAt).toBe('2026-03-12T22:59:59.999Z');
    const { c: stored, events } = await storedCase(orm, c.id);
    expect(stored.clockPausedAt).toBeNull();
    expect(events.at(-1)!.data).toMatchObject({ pausedWorkingDays: 3 });
  });
});

describe('suggestions and compliments', () => {
  it('a suggestion is considered, adopted with a response, and closed', async () => {
    const created = await fileCase(app, submitter, 'SUGGESTION');
    let c = await stepOk(app, manager, 'considerSuggestion', { caseId: created.id, version: created.version });
    c = await stepOk(app, manager, 'respondToSuggestion', {
      caseId: c.id,
      version: c.version,
      adopt: true,
      response: 'We will build it.',
    });
    expect(c).toMatchObject({ status: 'ADOPTED', outcome: 'ADOPTED' });
    c = await stepOk(app, manager, 'closeCase', { caseId: c.id, version: c.version });
    expect(c.status).toBe('CLOSED');
    expect((await storedCase(orm, c.id)).eventTypes).toEqual(['RECEIVED', 'CONSIDER', 'ADOPT', 'CLOSE']);
  });

  it('a compliment is passed on and closed', async () => {
    const created = await fileCase(app, submitter, 'COMPLIMENT');
    let c = await stepOk(app, manager, 'passOnCompliment', {
      caseId: created.id,
      version: created.version,
      passedOnTo: 'Service desk team B',
    });
    c = await stepOk(app, manager, 'closeCase', { caseId: c.id, version: c.version });
    expect(c).toMatchObject({ status: 'CLOSED', outcome: 'PASSED_ON' });
  });
});

describe('refusals change nothing', () => {
  it.each([
    ['resolve a complaint that is only received', 'resolveComplaint', { measuresTaken: 'Done.' }, 'handler'],
    ['close a complaint in triage', 'closeCase', { noMeasureReason: 'n/a' }, 'manager'],
    ['adopt a complaint', 'respondToSuggestion', { adopt: true, response: 'Yes' }, 'manager'],
  ] as const)('refuses to %s with ILLEGAL_TRANSITION', async (_label, name, extra, who) => {
    const created = await fileCase(app, submitter, 'COMPLAINT');
    let version = created.version;
    if (name !== 'resolveComplaint')
      version = (await stepOk(app, manager, 'takeTriage', { caseId: created.id, version })).version;
    if (name === 'resolveComplaint') {
      // make the handler the case's handler so the refusal is about the lifecycle, not the role
      const em = orm.em.fork();
      const stored = await em.findOneOrFail((await import('./feedback-case.entity.js')).FeedbackCase, created.id);
      stored.handler = em.getReference(Person, handlerId, { wrapped: true });
      await em.flush();
      version = stored.version;
    }
    const before = await storedCase(orm, created.id);
    const result = await step(app, who === 'handler' ? handler : manager, name, {
      caseId: created.id,
      version,
      ...extra,
    });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('ILLEGAL_TRANSITION');
    expect(result.errors?.[0]?.message).toMatch(/cannot be/);
    const after = await storedCase(orm, created.id);
    expect([after.c.status, after.c.version, after.eventTypes]).toEqual([
      before.c.status,
      before.c.version,
      before.eventTypes,
    ]);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const created = await fileCase(app, submitter, 'COMPLAINT');
    await stepOk(app, manager, 'takeTriage', { caseId: created.id, version: created.version });
    const before = await storedCase(orm, created.id);
    const result = await step(app, manager, 'decideComplaint', {
      caseId: created.id,
      version: created.version,
      outcome: 'JUSTIFIED',
      reason: 'x1',
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const after = await storedCase(orm, created.id);
    expect(after.eventTypes).toEqual(before.eventTypes);
  });

  it('two concurrent steps on one case: exactly one applied, the other CONFLICT', async () => {
    const created = await fileCase(app, submitter, 'COMPLAINT');
    const c = await stepOk(app, manager, 'takeTriage', { caseId: created.id, version: created.version });
    const results = await Promise.all([
      step(app, manager, 'decideComplaint', {
        caseId: c.id,
        version: c.version,
        outcome: 'JUSTIFIED',
        reason: 'first',
      }),
      step(app, manager, 'decideComplaint', {
        caseId: c.id,
        version: c.version,
        outcome: 'UNJUSTIFIED',
        reason: 'second',
      }),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const { eventTypes, c: stored } = await storedCase(orm, c.id);
    expect(eventTypes.filter((t) => t === 'DECIDE')).toHaveLength(1);
    expect(stored.version).toBe(c.version + 1);
  });

  it('refuses an extension whose new date is not later, writing nothing', async () => {
    const created = await fileCase(app, submitter, 'COMPLAINT');
    const c = await stepOk(app, manager, 'takeTriage', { caseId: created.id, version: created.version });
    const result = await step(app, manager, 'extendDeadline', {
      caseId: c.id,
      version: c.version,
      newDueDate: '2026-03-03',
      reason: 'x',
      submitterInformedAt: '2026-03-02T09:00:00Z',
    });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await orm.em.fork().count(DeadlineExtension, { case: c.id })).toBe(0);
    expect((await storedCase(orm, c.id)).c.version).toBe(c.version);
  });
});
