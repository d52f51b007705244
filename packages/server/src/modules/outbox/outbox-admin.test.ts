import type { MikroORM } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { AdminEvent } from '../admin-events/admin-event.entity.js';
import { apiKeyViewer, type Viewer } from '../auth/viewer.js';
import { DevMailboxMessage } from './dev-mailbox-message.entity.js';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import { queueMessage } from './queue-message.js';

const db = setupTestDatabase();
const NOW = new Date('2026-04-24T10:00:00Z');
const app = setupTestApp(db, NOW);
let orm: MikroORM;
let admin: Viewer;
let manager: Viewer;
let management: Viewer;
let caseId: string;
let registrationNumber: string;
let ids: Record<'queued' | 'sent' | 'dead', string>;

const LIST = `query($status: DeliveryStatus) {
  outboxMessages(status: $status) { id template status attempts lastError registrationNumber caseId sentAt deadAt }
}`;
const RESEND = `mutation($input: ResendOutboxMessageInput!) {
  resendOutboxMessage(input: $input) { message { id status attempts lastError sentAt deadAt nextAttemptAt } }
}`;
const MAILBOX = `{ devMailbox { subject recipients text html } }`;
const DELIVERIES = `query($id: ID!) { case(id: $id) { messageDeliveries { template recipient status attempts lastError } } }`;

beforeAll(async () => {
  orm = db.orm;
  const em = orm.em.fork();
  const rm = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  admin = viewerOf(await makePerson(em, ['ADMINISTRATOR']));
  manager = viewerOf(rm);
  management = viewerOf(await makePerson(em, ['MANAGEMENT']));
  const c = await makeCase(em, { receivedAt: '2026-04-23T09:00:00Z', relationshipManager: rm });
  c.submitterEmail = 'submitter@test.example';
  caseId = c.id;
  registrationNumber = c.registrationNumber;
  const queued = queueMessage(em, c, 'ACKNOWLEDGEMENT', {}, new Date('2026-04-23T09:00:00Z'));
  const sent = queueMessage(em, c, 'EXTENSION_NOTICE', { reason: 'Parts.' }, new Date('2026-04-23T10:00:00Z'));
  sent.sentAt = new Date('2026-04-23T10:00:05Z');
  sent.attempts = 1;
  sent.transport = 'smtp';
  const dead = queueMessage(em, c, 'OUTCOME', { outcome: 'Done.' }, new Date('2026-04-23T11:00:00Z'));
  dead.attempts = 8;
  dead.deadAt = new Date('2026-04-23T18:00:00Z');
  dead.lastError = 'SMTP_550';
  await em.flush();
  em.persist(
    new DevMailboxMessage({
      outboxMessageId: sent.id,
      messageId: `<${sent.id}@outbox.klankbord>`,
      recipients: 'submitter@test.example',
      subject: sent.subject,
      text: sent.body,
      html: '<p>html</p>',
      deliveredAt: sent.sentAt,
    }),
  );
  await em.flush();
  ids = { queued: queued.id, sent: sent.id, dead: dead.id };
});

describe('the outbox for administrators', () => {
  it.each([
    ['anonymous', null, 'UNAUTHENTICATED'],
    ['a relationship manager', () => manager, 'FORBIDDEN'],
    ['management', () => management, 'FORBIDDEN'],
    ['an integration', () => apiKeyViewer({ id: 'k', name: 'crm', scopes: ['cases:read', 'pii:read'] }), 'FORBIDDEN'],
  ])('refuses %s the outbox, the dev mailbox and resending', async (_who, viewer, code) => {
    const as = viewer?.() ?? undefined;
    for (const [query, variables] of [
      [LIST, {}],
      [MAILBOX, {}],
      [RESEND, { input: { id: ids.dead } }],
    ] as const) {
      const result = await app.execute(query, variables, as);
      expect(result.errors?.[0]?.extensions?.['code']).toBe(code);
    }
    const [dead] = await orm.em.fork().find(OutboxMessage, { id: ids.dead });
    expect(dead!.status).toBe(DeliveryStatus.DEAD);
  });

  it('lists sent, queued and dead messages, newest first, filtered by state', async () => {
    const all = await app.execute<{ outboxMessages: Array<Record<string, unknown>> }>(LIST, {}, admin);
    expect(all.errors).toBeUndefined();
    expect(all.data!.outboxMessages.map((m) => [m['template'], m['status']])).toEqual([
      ['OUTCOME', 'DEAD'],
      ['EXTENSION_NOTICE', 'SENT'],
      ['ACKNOWLEDGEMENT', 'QUEUED'],
    ]);
    expect(all.data!.outboxMessages[0]).toMatchObject({
      registrationNumber,
      caseId,
      lastError: 'SMTP_550',
      attempts: 8,
    });
    const dead = await app.execute<{ outboxMessages: Array<{ id: string }> }>(LIST, { status: 'DEAD' }, admin);
    expect(dead.data!.outboxMessages.map((m) => m.id)).toEqual([ids.dead]);
  });

  it('resends a dead message: due now, attempts afresh, recorded in the administration trail', async () => {
    const result = await app.execute<{ resendOutboxMessage: { message: Record<string, unknown> } }>(
      RESEND,
      { input: { id: ids.dead } },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.resendOutboxMessage.message).toMatchObject({
      id: ids.dead,
      status: 'QUEUED',
      attempts: 0,
      lastError: null,
      deadAt: null,
      nextAttemptAt: NOW.toISOString(),
    });
    const [event] = await orm.em.fork().find(AdminEvent, { entityType: 'OUTBOX_MESSAGE', entityId: ids.dead });
    expect(event).toMatchObject({ action: 'RESENT', channel: 'API' });
    expect(event!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'DEAD', to: 'QUEUED' },
        { field: 'lastError', from: 'SMTP_550', to: null },
      ]),
    );
  });

  it('refuses an unknown or malformed id with NOT_FOUND and changes nothing', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const result = await app.execute(RESEND, { input: { id } }, admin);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
  });

  it('shows administrators the dev mailbox', async () => {
    const result = await app.execute<{ devMailbox: Array<Record<string, unknown>> }>(MAILBOX, {}, admin);
    expect(result.data!.devMailbox).toEqual([
      expect.objectContaining({ recipients: 'submitter@test.example', html: '<p>html</p>' }),
    ]);
  });

  it('shows whoever reads the case each message with its status, without text or addresses', async () => {
    for (const viewer of [manager, management]) {
      const result = await app.execute<{ case: { messageDeliveries: Array<Record<string, unknown>> } }>(
        DELIVERIES,
        { id: caseId },
        viewer,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.case.messageDeliveries.map((m) => [m['template'], m['recipient']])).toEqual([
        ['ACKNOWLEDGEMENT', 'SUBMITTER'],
        ['EXTENSION_NOTICE', 'SUBMITTER'],
        ['OUTCOME', 'SUBMITTER'],
      ]);
      expect(JSON.stringify(result.data)).not.toContain('submitter@test.example');
    }
  });
});
