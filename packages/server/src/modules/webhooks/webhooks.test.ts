import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import type { CaseEventType, CaseStatus } from '@klankbord/domain';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makeComplaintType, makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { resolveEnv } from '../../env.js';
import type { AppServices } from '../../graphql/context.js';
import { createLogger } from '../../shared/logger.js';
import { AdminEvent } from '../admin-events/admin-event.entity.js';
import { createApiKey } from '../api-keys/create-api-key.js';
import type { Viewer } from '../auth/viewer.js';
import { CaseEvent } from '../cases/case-event.entity.js';
import { withdrawCase } from '../cases/steps/withdraw-case.js';
import { submitFeedback } from '../intake/submit-feedback.js';
import type { FeedbackCase } from '../cases/feedback-case.entity.js';
import { changeWebhookEndpoint } from './change-webhook-endpoint.js';
import { createWebhookEndpoint } from './create-webhook-endpoint.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import type { WebhookEvent } from './webhook-events.js';
import { createWebhookRelay, type WebhookRelaySettings } from './webhook-relay.js';

const db = setupTestDatabase();
const app = setupTestApp(db);
let admin: Viewer;
let handler: Viewer;

const SETTINGS: WebhookRelaySettings = {
  leaseMs: 60_000,
  pollIntervalMs: 50,
  retryBaseMs: 1000,
  batchSize: 10,
  pauseAfterFailures: 100,
  timeoutMs: 2000,
};
const HOUR = 3_600_000;

/** One request as the receiver saw it. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** What the receiver answered. */
  status: number;
}

/** A receiving HTTP server on a free port that answers `status`, and can be killed and brought back. */
interface Receiver {
  url: string;
  received: Received[];
  status: number;
  kill(): Promise<void>;
  revive(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  let server: Server;
  let port = 0;
  const receiver: Receiver = {
    url: '',
    received: [],
    status: 200,
    kill: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    revive: () => listen(),
  };
  async function listen(): Promise<void> {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        receiver.received.push({
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
          status: receiver.status,
        });
        res.statusCode = receiver.status;
        res.end('a response body the log must never keep');
      });
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    receiver.url = `http://127.0.0.1:${port}/hooks`;
  }
  await listen();
  return receiver;
}

const receivers: Receiver[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.kill().catch(() => undefined)));
});

/** A relay with its own clock (starting at the real time, so signatures are fresh). */
function relayOf(settings: Partial<WebhookRelaySettings> = {}) {
  let now = new Date();
  const services: AppServices = {
    orm: db.orm,
    env: resolveEnv({ NODE_ENV: 'test' }),
    logger: createLogger('silent'),
    now: () => now,
    devTokenSecret: null,
  };
  return {
    relay: createWebhookRelay(services, { ...SETTINGS, ...settings }),
    later: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

beforeAll(async () => {
  const em = db.orm.em.fork();
  admin = viewerOf(await makePerson(em, ['ADMINISTRATOR']));
  handler = viewerOf(await makePerson(em, ['HANDLER']));
});

// Each test watches its own endpoint: the others of earlier tests are paused first.
beforeEach(async () => {
  await db.orm.em.fork().getConnection().execute(`update webhook_endpoint set active = false`);
});

async function endpointFor(
  receiver: Receiver,
  events: WebhookEvent[] = ['RECEIVED', 'DECIDED', 'CLOSED', 'WITHDRAWN'],
  apiKeyId: string | null = null,
) {
  return createWebhookEndpoint({
    em: db.orm.em.fork(),
    actor: admin,
    now: new Date(),
    production: false,
    input: { url: receiver.url, events, apiKeyId },
  });
}

/** Records a case event the way use cases do: persisted with the case at hand, one flush. */
async function record(em: EntityManager, c: FeedbackCase, type: CaseEventType, toStatus: CaseStatus): Promise<void> {
  const fromStatus = c.status;
  c.status = toStatus;
  em.persist(new CaseEvent({ case: ref(c), actor: null, type, fromStatus, toStatus, occurredAt: new Date() }));
  await em.flush();
}

async function newCase(em: EntityManager): Promise<FeedbackCase> {
  const c = await makeCase(em, { receivedAt: new Date().toISOString() });
  await record(em, c, 'RECEIVED', 'RECEIVED');
  return c;
}

const deliveriesOf = (endpointId: string) =>
  db.orm.em.fork().find(WebhookDelivery, { endpoint: endpointId }, { orderBy: { seq: 'asc' } });

const CREATE = `mutation ($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id url events active } }
}`;

describe('registering endpoints', () => {
  it('is for administrators only', async () => {
    const input = { url: 'https://example.org/hooks', events: ['RECEIVED'] };
    const anonymous = await app.execute(CREATE, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const notAdmin = await app.execute(CREATE, { input }, handler);
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a bad URL and an unknown event with coded errors, storing nothing', async () => {
    const before = await db.orm.em.fork().count(WebhookEndpoint);
    const badUrl = await app.execute(CREATE, { input: { url: 'not a url', events: ['RECEIVED'] } }, admin);
    expect(badUrl.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badUrl.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'url', reason: 'INVALID' }),
    ]);
    const ftp = await app.execute(CREATE, { input: { url: 'ftp://example.org/x', events: ['RECEIVED'] } }, admin);
    expect(ftp.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'url', reason: 'NOT_HTTPS' }),
    ]);
    const unknown = await app.execute(CREATE, { input: { url: 'https://example.org/x', events: ['EXPLODED'] } }, admin);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(unknown.errors)).not.toMatch(/select|stack/i);
    const none = await app.execute(CREATE, { input: { url: 'https://example.org/x', events: [] } }, admin);
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await db.orm.em.fork().count(WebhookEndpoint)).toBe(before);
  });

  it('wants https in production', async () => {
    await expect(
      createWebhookEndpoint({
        em: db.orm.em.fork(),
        actor: admin,
        now: new Date(),
        production: true,
        input: { url: 'http://example.org/hooks', events: ['RECEIVED'] },
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'url', reason: 'NOT_HTTPS' }] });
  });

  it('shows the secret once, lists the endpoint without it and records the change in the trail', async () => {
    const created = await app.execute<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
      CREATE,
      { input: { url: 'https://example.org/hooks', events: ['RECEIVED', 'CLOSED'] } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const { secret, endpoint } = created.data!.createWebhookEndpoint;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
    const listed = await app.execute(`{ webhookEndpoints { id url events active } }`, {}, admin);
    expect(JSON.stringify(listed.data)).toContain(endpoint.id);
    expect(JSON.stringify(listed.data)).not.toContain(secret);
    const trail = await db.orm.em.fork().find(AdminEvent, { entityType: 'WEBHOOK_ENDPOINT', entityId: endpoint.id });
    expect(trail.map((e) => [e.action, e.channel])).toEqual([['CREATED', 'API']]);
    expect(JSON.stringify(trail)).not.toContain(secret);
  });
});

describe('the transactional outbox', () => {
  it('writes a delivery per subscribed endpoint with the event, and none when the event is rolled back', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const { endpoint } = await endpointFor(receiver, ['RECEIVED']);
    const { endpoint: other } = await endpointFor(receiver, ['CLOSED']);
    const em = db.orm.em.fork();
    const c = await newCase(em);
    expect((await deliveriesOf(endpoint.id)).map((d) => [d.subjectId, d.event])).toEqual([[c.id, 'RECEIVED']]);
    expect(await deliveriesOf(other.id)).toEqual([]);

    const rolledBack = await makeCase(em, { receivedAt: new Date().toISOString() });
    await expect(
      em.transactional(async (tx) => {
        const c2 = await tx.findOneOrFail('FeedbackCase', rolledBack.id);
        tx.persist(
          new CaseEvent({
            case: ref(c2 as FeedbackCase),
            actor: null,
            type: 'RECEIVED',
            fromStatus: null,
            toStatus: 'RECEIVED',
            occurredAt: new Date(),
          }),
        );
        await tx.flush();
        throw new Error('the use case fails after the flush');
      }),
    ).rejects.toThrow();
    expect((await deliveriesOf(endpoint.id)).map((d) => d.subjectId)).not.toContain(rolledBack.id);
  });
});

describe('the events of the real use cases', () => {
  it('queues a filed, withdrawn complaint and a proposed measure, with the case as the subject', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const { endpoint } = await endpointFor(receiver, ['RECEIVED', 'WITHDRAWN', 'MEASURE_CHANGED']);
    const em = db.orm.em.fork();
    const submitter = viewerOf(await makePerson(em, ['SUBMITTER']));
    const { case: filed } = await submitFeedback({
      ctx: app.context(submitter),
      input: { kind: 'COMPLAINT', description: 'The printer ate my form.', phone: '+31201234567' },
    });
    await withdrawCase({ ctx: app.context(submitter), input: { caseId: filed.id, version: filed.version } });

    const type = await makeComplaintType(em);
    const handlerPerson = await makePerson(em, ['HANDLER']);
    const linked = await makeCase(em, {
      receivedAt: '2026-04-20T10:00:00Z',
      complaintType: type,
      handler: handlerPerson,
    });
    const proposed = await app.execute<{ proposeMeasure: { measure: { id: string } } }>(
      `mutation($input: ProposeMeasureInput!) { proposeMeasure(input: $input) { measure { id } } }`,
      { input: { title: 'Callback', description: 'Call back.', targetComplaintTypeId: type.id, caseIds: [linked.id] } },
      viewerOf(handlerPerson),
    );
    expect(proposed.errors).toBeUndefined();

    const queued = await deliveriesOf(endpoint.id);
    expect(queued.map((d) => [d.event, d.subjectId])).toEqual([
      ['RECEIVED', filed.id],
      ['WITHDRAWN', filed.id],
      ['MEASURE_CHANGED', proposed.data!.proposeMeasure.measure.id],
    ]);
    // Intake writes its RECEIVED event by hand in one statement: the number is filled in there too.
    expect(queued[0]!.payload).toMatchObject({
      type: 'RECEIVED',
      data: { caseId: filed.id, registrationNumber: filed.registrationNumber, status: 'RECEIVED', kind: 'COMPLAINT' },
    });
    expect(queued[1]!.payload.data).toMatchObject({
      status: 'WITHDRAWN',
      fromStatus: 'RECEIVED',
      caseEventType: 'WITHDRAW',
    });
    expect(JSON.stringify(queued.map((d) => d.payload))).not.toContain('printer');
  });
});

describe('delivery', () => {
  it('signs each delivery (Standard Webhooks), carries no personal data, and logs no response body', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const { endpoint, secret } = await endpointFor(receiver);
    const c = await newCase(db.orm.em.fork());
    const { relay } = relayOf();
    expect(await relay.runOnce()).toMatchObject({ claimed: 1, delivered: 1 });

    const [request] = receiver.received;
    const payload = new Webhook(secret).verify(request!.body, {
      'webhook-id': String(request!.headers['webhook-id']),
      'webhook-timestamp': String(request!.headers['webhook-timestamp']),
      'webhook-signature': String(request!.headers['webhook-signature']),
    });
    expect(payload).toMatchObject({
      type: 'RECEIVED',
      data: { caseId: c.id, registrationNumber: c.registrationNumber, kind: 'COMPLAINT', status: 'RECEIVED' },
    });
    expect(request!.body).not.toContain('Test Submitter');
    expect(request!.body).not.toContain(c.description);
    // A tampered body fails verification.
    expect(() =>
      new Webhook(secret).verify(request!.body.replace('RECEIVED', 'CLOSED'), {
        'webhook-id': String(request!.headers['webhook-id']),
        'webhook-timestamp': String(request!.headers['webhook-timestamp']),
        'webhook-signature': String(request!.headers['webhook-signature']),
      }),
    ).toThrow();

    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ attempts: 1, lastStatus: 200, lastError: null });
    expect(delivery!.deliveredAt).not.toBeNull();
    expect(request!.headers['webhook-id']).toBe(delivery!.id);
    const log = await app.execute(
      `query ($id: ID!) { webhookDeliveries(endpointId: $id) { id status attempts lastStatus event } }`,
      { id: endpoint.id },
      admin,
    );
    expect(log.data).toEqual({
      webhookDeliveries: [{ id: delivery!.id, status: 'DELIVERED', attempts: 1, lastStatus: 200, event: 'RECEIVED' }],
    });
    expect(JSON.stringify(log)).not.toContain('response body');
  });

  it('adds personal data only for an endpoint whose API key has the pii:read scope', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const em = db.orm.em.fork();
    const { apiKey } = await createApiKey({
      em,
      actor: admin,
      now: new Date(),
      input: { name: 'Portal', scopes: ['cases:read', 'pii:read'], expiresAt: new Date(Date.now() + 30 * 86_400_000) },
    });
    await endpointFor(receiver, ['RECEIVED'], apiKey.id);
    await newCase(em);
    const { relay } = relayOf();
    await relay.runOnce();
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ data: { submitterName: 'Test Submitter' } });
  });

  it('keeps the order per case through a receiver that dies mid-run, and the retries catch up', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const { endpoint } = await endpointFor(receiver);
    const em = db.orm.em.fork();
    const cases = [await newCase(em), await newCase(em), await newCase(em)];
    const { relay, later } = relayOf({ batchSize: 2 });
    await relay.runOnce(); // the first two cases' RECEIVED
    expect(receiver.received).toHaveLength(2);

    // Each case moves on twice while the receiver is down (connection refused, then 500s).
    for (const c of cases) await record(em, c, 'DECIDE', 'CLOSED');
    await receiver.kill();
    expect(await relay.runOnce()).toMatchObject({ delivered: 0 });
    for (const c of cases) await record(em, c, 'REOPEN', 'IN_TRIAGE');
    for (const c of cases) await record(em, c, 'WITHDRAW', 'WITHDRAWN');
    await receiver.revive();
    receiver.status = 500;
    later(HOUR);
    await relay.runOnce();
    // Nothing got through, and no case's later event overtook its earlier one.
    const failed = await deliveriesOf(endpoint.id);
    expect(failed.filter((d) => d.deliveredAt === null).every((d) => d.attempts <= 2)).toBe(true);
    expect(failed.filter((d) => d.attempts > 0 && d.deliveredAt === null).map((d) => d.lastError)).toContain(
      'HTTP_STATUS',
    );

    receiver.status = 200;
    for (let pass = 0; pass < 20; pass += 1) {
      later(HOUR);
      const { claimed } = await relay.runOnce();
      if (claimed === 0) break;
    }
    const all = await deliveriesOf(endpoint.id);
    expect(all.every((d) => d.deliveredAt !== null)).toBe(true);
    const accepted = receiver.received
      .filter((r) => r.status === 200)
      .map((r) => JSON.parse(r.body) as { type: string; data: { caseId: string } });
    for (const c of cases) {
      // Each case's events were accepted once each, in the order they happened (REOPENED is not subscribed).
      expect(accepted.filter((p) => p.data.caseId === c.id).map((p) => p.type)).toEqual([
        'RECEIVED',
        'DECIDED',
        'WITHDRAWN',
      ]);
    }
    // Every delivery was accepted, each exactly once.
    const acceptedIds = receiver.received.filter((r) => r.status === 200).map((r) => r.headers['webhook-id']);
    expect(acceptedIds.toSorted()).toEqual(all.map((d) => d.id).toSorted());
  });

  it('lets two relays work side by side: each delivery accepted once, each case in order', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const { endpoint } = await endpointFor(receiver);
    const em = db.orm.em.fork();
    const cases: FeedbackCase[] = [];
    for (let i = 0; i < 6; i += 1) cases.push(await newCase(em));
    for (const c of cases) await record(em, c, 'DECIDE', 'CLOSED');
    const one = relayOf({ batchSize: 3 }).relay;
    const two = relayOf({ batchSize: 3 }).relay;
    for (let pass = 0; pass < 20; pass += 1) {
      const passes = await Promise.all([one.runOnce(), two.runOnce()]);
      if (passes.every((p) => p.claimed === 0)) break;
    }
    const all = await deliveriesOf(endpoint.id);
    expect(all).toHaveLength(12);
    expect(receiver.received.map((r) => r.headers['webhook-id']).toSorted()).toEqual(all.map((d) => d.id).toSorted());
    const bodies = receiver.received.map((r) => JSON.parse(r.body) as { type: string; data: { caseId: string } });
    for (const c of cases) {
      expect(bodies.filter((b) => b.data.caseId === c.id).map((b) => b.type)).toEqual(['RECEIVED', 'DECIDED']);
    }
  });

  it('sends again, with the same webhook-id, what a relay claimed before it died, once its lease ran out', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const { endpoint } = await endpointFor(receiver);
    const em = db.orm.em.fork();
    const c = await newCase(em);
    await record(em, c, 'DECIDE', 'CLOSED');
    const [first] = await deliveriesOf(endpoint.id);
    // A relay claimed the first delivery and died: its lease (60 s) still holds it.
    await em
      .getConnection()
      .execute(
        `update webhook_delivery set lease_until = now() + interval '60 seconds', lease_token = gen_random_uuid(), attempts = 1 where id = ?`,
        [first!.id],
      );
    const { relay, later } = relayOf();
    expect(await relay.runOnce()).toMatchObject({ claimed: 0 }); // neither it nor the case's next one
    later(61_000);
    await relay.runOnce();
    await relay.runOnce();
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual(
      (await deliveriesOf(endpoint.id)).map((d) => d.id),
    );
    expect(receiver.received[0]!.headers['webhook-id']).toBe(first!.id);
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ attempts: 2 });
  });

  it('pauses an endpoint that keeps failing, tells the administrators, and resumes in order', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    receiver.status = 500;
    const { endpoint } = await endpointFor(receiver);
    const em = db.orm.em.fork();
    const c = await newCase(em);
    await record(em, c, 'DECIDE', 'CLOSED');
    const { relay, later } = relayOf({ pauseAfterFailures: 3 });
    for (let pass = 0; pass < 5; pass += 1) {
      await relay.runOnce();
      later(HOUR);
    }
    expect(receiver.received).toHaveLength(3);
    const paused = await db.orm.em.fork().findOneOrFail(WebhookEndpoint, endpoint.id);
    expect(paused).toMatchObject({ active: false, pauseReason: 'REPEATED_FAILURES', consecutiveFailures: 3 });
    const trail = await db.orm.em.fork().find(AdminEvent, { entityId: endpoint.id, action: 'PAUSED' });
    expect(trail.map((e) => e.channel)).toEqual(['SYSTEM']);

    receiver.status = 200;
    await changeWebhookEndpoint({
      em: db.orm.em.fork(),
      actor: admin,
      now: new Date(),
      input: { id: endpoint.id, active: true },
    });
    for (let pass = 0; pass < 3; pass += 1) {
      later(HOUR);
      await relay.runOnce();
    }
    const types = receiver.received.slice(3).map((r) => (JSON.parse(r.body) as { type: string }).type);
    expect(types).toEqual(['RECEIVED', 'DECIDED']);
    expect(await db.orm.em.fork().findOneOrFail(WebhookEndpoint, endpoint.id)).toMatchObject({
      active: true,
      consecutiveFailures: 0,
    });
  });
});
