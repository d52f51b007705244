import { Writable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makePerson, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { startSmtpReceiver, type SmtpReceiver } from '@klankbord/test-support';
import { resolveEnv } from '../../env.js';
import type { AppServices } from '../../graphql/context.js';
import { createLogger } from '../../shared/logger.js';
import type { FeedbackCase } from '../cases/feedback-case.entity.js';
import { messageIdOf } from './compose-mail.js';
import { DevMailboxMessage } from './dev-mailbox-message.entity.js';
import { devMailboxTransport, smtpTransport, type MailTransport } from './mail-transport.js';
import { DeliveryStatus, OutboxMessage } from './outbox-message.entity.js';
import { createOutboxRelay, type RelaySettings } from './outbox-relay.js';
import { queueMessage } from './queue-message.js';
import { retryDelayMs } from './retry-delay.js';

const db = setupTestDatabase();
// Friday 24 April 2026, noon in Amsterdam.
const START = new Date('2026-04-24T10:00:00Z');
const app = setupTestApp(db, START);
let orm: MikroORM;
let smtp: SmtpReceiver;

const SETTINGS: RelaySettings = {
  maxAttempts: 3,
  leaseMs: 60_000,
  pollIntervalMs: 50,
  retryBaseMs: 1000,
  batchSize: 4,
};

beforeAll(async () => {
  orm = db.orm;
  smtp = await startSmtpReceiver();
});
afterAll(async () => {
  await smtp.close();
});

/** Services for a relay with its own movable clock and an in-memory log. */
function relayServices(at = START): { services: AppServices; logLines: string[]; setNow(instant: Date): void } {
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  let now = at;
  return {
    services: {
      orm,
      env: resolveEnv({ NODE_ENV: 'test' }),
      logger: createLogger('debug', sink),
      now: () => now,
      devTokenSecret: null,
    },
    logLines,
    setNow: (instant) => {
      now = instant;
    },
  };
}

/** A case with a submitter's address and language, and `count` acknowledgements queued for it. */
async function caseWithMessages(
  em: EntityManager,
  count: number,
  props: { locale?: 'nl' | 'en'; email?: string | null } = {},
): Promise<{ c: FeedbackCase; messages: OutboxMessage[] }> {
  const c = await makeCase(em, { receivedAt: START.toISOString() });
  c.submitterEmail = props.email === undefined ? `submitter-${c.registrationSequence}@test.example` : props.email;
  c.locale = props.locale ?? 'nl';
  const messages = Array.from({ length: count }, (_, i) =>
    queueMessage(
      em,
      c,
      'ACKNOWLEDGEMENT',
      { resolutionDueAt: c.resolutionDueAt },
      new Date(START.getTime() - 1000 + i),
    ),
  );
  await em.flush();
  return { c, messages };
}

const receivedFor = (ids: string[]) =>
  smtp.received.filter((mail) =>
    ids.some((id) => mail.messageId === messageIdOf(id).slice(1, -1) || mail.messageId === messageIdOf(id)),
  );

/** Runs passes until a pass finds nothing to claim. */
async function drain(relay: ReturnType<typeof createOutboxRelay>): Promise<void> {
  for (let pass = 0; pass < 100; pass += 1) if ((await relay.runOnce()).claimed === 0) return;
  throw new Error('the outbox did not drain');
}

async function reload(ids: string[]): Promise<OutboxMessage[]> {
  return orm.em.fork().find(OutboxMessage, { id: { $in: ids } }, { orderBy: { createdAt: 'asc' } });
}

describe('the outbox relay', () => {
  it('delivers the acknowledgement of a complaint filed through intake over SMTP, in Dutch, with the number in the subject and both parts', async () => {
    const em = orm.em.fork();
    const manager = await makePerson(em, ['RELATIONSHIP_MANAGER']);
    const unit = await makeUnit(em, manager);
    const submitter = await makePerson(em, ['SUBMITTER'], { unit, displayName: 'Sanne Smit' });
    const result = await app.execute<{ submitFeedback: { registrationNumber: string; case: { id: string } } }>(
      `mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { registrationNumber case { id } } }`,
      {
        input: {
          kind: 'COMPLAINT',
          description: 'My new laptop was promised within a week and it took a month.',
          phone: '06 1234 5678',
          idempotencyKey: 'relay-test-0001',
        },
      },
      viewerOf(submitter),
    );
    expect(result.errors).toBeUndefined();
    const { registrationNumber } = result.data!.submitFeedback;
    const [queued] = await orm.em.fork().find(OutboxMessage, { case: result.data!.submitFeedback.case.id });

    const { services, logLines } = relayServices();
    const relay = createOutboxRelay(services, smtpTransport(smtp.url, 'Klankbord <klankbord@test.example>'), SETTINGS);
    await drain(relay);

    const [mail, ...more] = receivedFor([queued!.id]);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(`Ontvangstbevestiging ${registrationNumber}`);
    expect(mail!.headers.get('content-language')).toBe('nl');
    expect(mail!.text).toContain(`geregistreerd onder nummer ${registrationNumber}`);
    expect(mail!.text).toContain('Met vriendelijke groet');
    expect(mail!.html).toContain(
      `<p>Wij hebben uw klacht ontvangen en geregistreerd onder nummer ${registrationNumber}.`,
    );
    expect(mail!.html).toContain('<html lang="nl">');
    expect(mail!.text).not.toContain('Sanne');
    expect((Array.isArray(mail!.to) ? mail!.to[0] : mail!.to)!.text).toBe(submitter.email);
    expect(mail!.from!.text).toContain('klankbord@test.example');

    const [sent] = await reload([queued!.id]);
    expect(sent).toMatchObject({ status: DeliveryStatus.SENT, transport: 'smtp', attempts: 1, leaseToken: null });
    expect(sent!.sentAt).toEqual(START);
    // The log names the message, never the address or the submitter.
    expect(logLines.join('\n')).toContain(queued!.id);
    expect(logLines.join('\n')).not.toContain(submitter.email);
  });

  it('writes English for an English case, and the outcome carries the satisfaction link in both parts', async () => {
    const em = orm.em.fork();
    const { c } = await caseWithMessages(em, 0, { locale: 'en' });
    const outcome = queueMessage(
      em,
      c,
      'OUTCOME',
      { outcome: 'We replaced the laptop.', satisfactionUrl: 'https://klankbord.test/satisfaction/abc?t=1&u=2' },
      START,
    );
    await em.flush();
    const relay = createOutboxRelay(relayServices().services, smtpTransport(smtp.url, 'kb@test.example'), SETTINGS);
    await drain(relay);

    const [mail] = receivedFor([outcome.id]);
    expect(mail!.subject).toBe(`Outcome ${c.registrationNumber}`);
    expect(mail!.text).toContain('has been handled');
    expect(mail!.text).toContain('We replaced the laptop.');
    expect(mail!.text).toContain(
      'Would you tell us how satisfied you are with the handling?\nhttps://klankbord.test/satisfaction/abc?t=1&u=2',
    );
    expect(mail!.html).toContain('<a href="https://klankbord.test/satisfaction/abc?t=1&amp;u=2">');
  });

  it('lets two relays work one database side by side without sending anything twice', async () => {
    const em = orm.em.fork();
    const ids = (await Promise.all([0, 1, 2, 3, 4].map(() => caseWithMessages(em, 6)))).flatMap(({ messages }) =>
      messages.map((m) => m.id),
    );
    const transport = smtpTransport(smtp.url, 'kb@test.example');
    const first = createOutboxRelay(relayServices().services, transport, SETTINGS);
    const second = createOutboxRelay(relayServices().services, transport, SETTINGS);
    const passes = await Promise.all([collectPasses(first), collectPasses(second)]);

    // Both took part (each claimed some), and together they sent all 30, each exactly once.
    expect(passes.every((sent) => sent > 0)).toBe(true);
    expect(passes[0] + passes[1]).toBe(30);
    const arrived = receivedFor(ids).map((mail) => mail.messageId);
    expect(arrived).toHaveLength(30);
    expect(new Set(arrived).size).toBe(30);
    expect((await reload(ids)).every((m) => m.status === DeliveryStatus.SENT && m.attempts === 1)).toBe(true);
  });

  it('sends every message exactly once when a relay is killed mid-batch and another takes over after the lease', async () => {
    const em = orm.em.fork();
    const { messages } = await caseWithMessages(em, 4);
    const ids = messages.map((m) => m.id);
    const kill = new AbortController();
    const smtpOut = smtpTransport(smtp.url, 'kb@test.example');
    let sends = 0;
    // Dies right after its second mail was accepted and marked: the other two stay claimed.
    const dying: MailTransport = {
      ...smtpOut,
      async send(mail, sendEm, at) {
        await smtpOut.send(mail, sendEm, at);
        sends += 1;
        if (sends === 2) kill.abort();
      },
    };
    const victim = relayServices();
    const pass = await createOutboxRelay(victim.services, dying, SETTINGS).runOnce({ kill: kill.signal });
    expect(pass).toEqual({ claimed: 4, sent: 2, failed: 0, leftClaimed: 2 });

    // Its claims hold while the lease runs: a second relay finds nothing to do…
    const heir = relayServices(new Date(START.getTime() + SETTINGS.leaseMs - 1));
    const relay = createOutboxRelay(heir.services, smtpOut, SETTINGS);
    expect((await relay.runOnce()).claimed).toBe(0);
    // …and once it has run out, takes over the two and sends them.
    heir.setNow(new Date(START.getTime() + SETTINGS.leaseMs));
    expect(await relay.runOnce()).toEqual({ claimed: 2, sent: 2, failed: 0, leftClaimed: 0 });

    const arrived = receivedFor(ids).map((mail) => mail.messageId);
    expect(arrived).toHaveLength(4);
    expect(new Set(arrived).size).toBe(4);
    const stored = await reload(ids);
    expect(stored.map((m) => [m.status, m.attempts])).toEqual([
      [DeliveryStatus.SENT, 1],
      [DeliveryStatus.SENT, 1],
      [DeliveryStatus.SENT, 2],
      [DeliveryStatus.SENT, 2],
    ]);
  });

  it('retries a refused message with growing delays, then marks it dead with the reply code and no address', async () => {
    const em = orm.em.fork();
    const { c, messages } = await caseWithMessages(em, 1);
    const id = messages[0]!.id;
    const clock = relayServices();
    const relay = createOutboxRelay(clock.services, smtpTransport(smtp.url, 'kb@test.example'), SETTINGS);
    smtp.refuseWith = 550;
    try {
      expect(await relay.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
      let [stored] = await reload([id]);
      expect(stored).toMatchObject({
        status: DeliveryStatus.RETRYING,
        attempts: 1,
        lastError: 'SMTP_550',
        deadAt: null,
      });
      const firstDelay = stored!.nextAttemptAt.getTime() - START.getTime();
      expect(firstDelay).toBeGreaterThanOrEqual(SETTINGS.retryBaseMs / 2);
      expect(firstDelay).toBeLessThanOrEqual(SETTINGS.retryBaseMs);

      // Not due yet: nothing claimed.
      expect((await relay.runOnce()).claimed).toBe(0);
      clock.setNow(stored!.nextAttemptAt);
      await relay.runOnce();
      [stored] = await reload([id]);
      expect(stored).toMatchObject({ status: DeliveryStatus.RETRYING, attempts: 2 });
      const secondDelay = stored!.nextAttemptAt.getTime() - clock.services.now().getTime();
      expect(secondDelay).toBeGreaterThanOrEqual(SETTINGS.retryBaseMs);
      expect(secondDelay).toBeLessThanOrEqual(2 * SETTINGS.retryBaseMs);

      clock.setNow(stored!.nextAttemptAt);
      await relay.runOnce();
      [stored] = await reload([id]);
      expect(stored).toMatchObject({ status: DeliveryStatus.DEAD, attempts: 3, lastError: 'SMTP_550', sentAt: null });
      expect(stored!.deadAt).toEqual(clock.services.now());

      // Dead stays dead: later passes leave it alone.
      clock.setNow(new Date(clock.services.now().getTime() + 86_400_000));
      expect((await relay.runOnce()).claimed).toBe(0);
      const log = clock.logLines.join('\n');
      expect(log).toContain('SMTP_550');
      expect(log).not.toContain(c.submitterEmail!);
      expect(log).not.toContain('Refused by the test');
    } finally {
      smtp.refuseWith = null;
    }
    expect(receivedFor([id])).toEqual([]);
  });

  it('marks a message dead at once when the submitter left no address', async () => {
    const em = orm.em.fork();
    const { messages } = await caseWithMessages(em, 1, { email: null });
    const relay = createOutboxRelay(relayServices().services, smtpTransport(smtp.url, 'kb@test.example'), SETTINGS);
    await relay.runOnce();
    const [stored] = await reload([messages[0]!.id]);
    expect(stored).toMatchObject({ status: DeliveryStatus.DEAD, attempts: 1, lastError: 'NO_RECIPIENT_ADDRESS' });
  });

  it('without SMTP in development delivers to the dev mailbox, marked sent by the dev-mailbox transport', async () => {
    const em = orm.em.fork();
    const { c, messages } = await caseWithMessages(em, 1, { locale: 'en' });
    const relay = createOutboxRelay(relayServices().services, devMailboxTransport, SETTINGS);
    await drain(relay);
    const [stored] = await reload([messages[0]!.id]);
    expect(stored).toMatchObject({ status: DeliveryStatus.SENT, transport: 'dev-mailbox' });
    const [mail] = await orm.em.fork().find(DevMailboxMessage, { outboxMessageId: messages[0]!.id });
    expect(mail).toMatchObject({
      subject: `Acknowledgement ${c.registrationNumber}`,
      recipients: c.submitterEmail,
      messageId: messageIdOf(messages[0]!.id),
    });
    expect(mail!.text).toContain('registered it as');
    expect(mail!.html).toContain('<p>We have received your complaint');
  });

  it('stops gracefully: the message in flight is finished and marked, the rest of the batch is handed back', async () => {
    const em = orm.em.fork();
    const { messages } = await caseWithMessages(em, 4);
    const ids = messages.map((m) => m.id);
    const smtpOut = smtpTransport(smtp.url, 'kb@test.example');
    let relay: ReturnType<typeof createOutboxRelay> | null = null;
    const signal: { stopped: Promise<void> | null } = { stopped: null };
    const stopping: MailTransport = {
      ...smtpOut,
      async send(mail, sendEm, at) {
        // SIGTERM arrives while the first mail is on its way.
        signal.stopped ??= relay!.stop();
        await smtpOut.send(mail, sendEm, at);
      },
    };
    relay = createOutboxRelay(relayServices().services, stopping, { ...SETTINGS, pollIntervalMs: 60_000 });
    relay.start();
    await expect.poll(() => signal.stopped, { timeout: 5000 }).not.toBeNull();
    await signal.stopped;

    const stored = await reload(ids);
    expect(stored.map((m) => m.status)).toEqual([
      DeliveryStatus.SENT,
      DeliveryStatus.QUEUED,
      DeliveryStatus.QUEUED,
      DeliveryStatus.QUEUED,
    ]);
    expect(stored.slice(1).every((m) => m.leaseUntil === null && m.attempts === 0)).toBe(true);
    expect(receivedFor(ids)).toHaveLength(1);
  });
});

describe('retryDelayMs', () => {
  it('doubles per attempt with up to half of it random, capped at six hours', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 1000, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 1000, () => 0.999_999))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
    expect(retryDelayMs(40, 30_000, () => 1)).toBe(6 * 60 * 60 * 1000);
  });
});

/** Runs passes until one claims nothing; returns how many messages this relay sent. */
async function collectPasses(relay: ReturnType<typeof createOutboxRelay>): Promise<number> {
  let sent = 0;
  for (let pass = 0; pass < 100; pass += 1) {
    const result = await relay.runOnce();
    sent += result.sent;
    if (result.claimed === 0) return sent;
  }
  throw new Error('the outbox did not drain');
}
