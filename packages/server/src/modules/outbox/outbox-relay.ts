import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createContext, type AppServices } from '../../graphql/context.js';
import { safeErrorFields } from '../../shared/logger.js';
import { releaseClaims } from '../../shared/leased-rows.js';
import { createPollingLoop } from '../../shared/polling-loop.js';
import { ANONYMOUS } from '../auth/viewer.js';
import { composeMail } from './compose-mail.js';
import { DeliveryError, deliveryFailureReason, type MailTransport } from './mail-transport.js';
import { retryDelayMs } from './retry-delay.js';

/** How a relay claims, retries and gives up (from env.ts, or a test's own). */
export interface RelaySettings {
  maxAttempts: number;
  leaseMs: number;
  pollIntervalMs: number;
  retryBaseMs: number;
  /** Messages claimed at once. */
  batchSize: number;
}

export const relaySettingsFrom = (env: AppServices['env']): RelaySettings => ({
  maxAttempts: env.OUTBOX_MAX_ATTEMPTS,
  leaseMs: env.OUTBOX_LEASE_MS,
  pollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
  retryBaseMs: env.OUTBOX_RETRY_BASE_MS,
  batchSize: 20,
});

/** What one pass did. */
export interface RelayPass {
  claimed: number;
  sent: number;
  failed: number;
  /** Claimed but left untouched because the pass was stopped or killed. */
  leftClaimed: number;
}

export interface OutboxRelay {
  /** Runs passes until stopped: at once while there is work, every poll interval otherwise. */
  start(): void;
  /**
   * Graceful stop (SIGTERM): the message being sent is finished and marked, the rest of the batch
   * is handed back at once (its lease cleared) for another relay, then the loop ends.
   */
  stop(): Promise<void>;
  /**
   * One pass: claim due messages, deliver each, mark each. `kill` simulates a crash: once it is
   * aborted the pass stops before the next send and leaves its claims leased, as a dead process
   * would; they come back when the lease runs out.
   */
  runOnce(options?: { kill?: AbortSignal }): Promise<RelayPass>;
}

/**
 * The outbox relay. Several may run on one database (in each server and as `cli relay`): each
 * claims a batch of due messages with `FOR UPDATE SKIP LOCKED`, so no two claim the same row, and
 * holds it by a lease with a token of its own, so only the claimant marks it. A claim counts as an
 * attempt, so a message that crashes every relay still ends up dead.
 *
 * At least once, not exactly once: a relay that dies after the mail server accepted a message but
 * before it marked it sent leaves the lease to run out, and the message is sent again — with the
 * same Message-ID (derived from the outbox id), by which receivers can drop the repeat.
 */
export function createOutboxRelay(
  services: AppServices,
  transport: MailTransport,
  settings: RelaySettings,
): OutboxRelay {
  const { logger } = services;
  const loop = createPollingLoop({
    name: 'outbox relay',
    pass: async () => (await runOnce()).claimed === settings.batchSize,
    pollIntervalMs: settings.pollIntervalMs,
    logger,
  });

  async function runOnce({ kill }: { kill?: AbortSignal } = {}): Promise<RelayPass> {
    const claimedAt = services.now();
    const token = randomUUID();
    const ids = await claim(services.orm.em.fork(), token, claimedAt, settings);
    const pass: RelayPass = { claimed: ids.length, sent: 0, failed: 0, leftClaimed: 0 };
    for (const [index, id] of ids.entries()) {
      if (kill?.aborted) {
        pass.leftClaimed = ids.length - index;
        return pass;
      }
      if (loop.stopping) {
        await releaseClaims(services.orm.em.fork(), 'outbox_message', ids.slice(index), token);
        pass.leftClaimed = ids.length - index;
        return pass;
      }
      if (await deliverOne(id, token)) pass.sent += 1;
      else pass.failed += 1;
    }
    return pass;
  }

  async function deliverOne(id: string, token: string): Promise<boolean> {
    const { em } = createContext(services, ANONYMOUS);
    try {
      const mail = await composeMail(em, id);
      await transport.send(mail, em, services.now());
    } catch (error) {
      const reason = deliveryFailureReason(error);
      const permanent = error instanceof DeliveryError && error.permanent;
      const dead = await markFailed(services.orm.em.fork(), { id, token, reason, permanent, now: services.now() });
      logger.warn({ outboxMessageId: id, reason, dead, err: safeErrorFields(error) }, 'outbox delivery failed');
      return false;
    }
    const marked = await markSent(services.orm.em.fork(), id, token, transport.name, services.now());
    // The lease ran out mid-send and another relay took the message over: it will send it too.
    if (!marked) logger.warn({ outboxMessageId: id }, 'outbox message sent after its lease ran out');
    else logger.debug({ outboxMessageId: id, transport: transport.name }, 'outbox message sent');
    return true;
  }

  async function markFailed(
    em: EntityManager,
    failure: { id: string; token: string; reason: string; permanent: boolean; now: Date },
  ): Promise<boolean> {
    const [row] = await em
      .getConnection()
      .execute<Array<{ attempts: number }>>(`select attempts from outbox_message where id = ? and lease_token = ?`, [
        failure.id,
        failure.token,
      ]);
    if (!row) return false;
    const dead = failure.permanent || row.attempts >= settings.maxAttempts;
    const nextAttemptAt = new Date(failure.now.getTime() + retryDelayMs(row.attempts, settings.retryBaseMs));
    await em
      .getConnection()
      .execute(
        `update outbox_message set lease_until = null, lease_token = null, last_error = ?, next_attempt_at = ?, dead_at = ? where id = ? and lease_token = ?`,
        [failure.reason, nextAttemptAt, dead ? failure.now : null, failure.id, failure.token],
      );
    return dead;
  }

  return {
    runOnce,
    start() {
      logger.info({ transport: transport.name }, 'outbox relay started');
      loop.start();
    },
    async stop() {
      await loop.stop();
      transport.close();
      logger.info('outbox relay stopped');
    },
  };
}

/** Claims up to a batch of due, unleased messages for `token`, oldest first; returns their ids. */
async function claim(em: EntityManager, token: string, now: Date, settings: RelaySettings): Promise<string[]> {
  const rows = await em.getConnection().execute<Array<{ id: string }>>(
    `update outbox_message m
        set lease_until = ?, lease_token = ?, attempts = m.attempts + 1
       from (select id from outbox_message
              where sent_at is null and dead_at is null and next_attempt_at <= ?
                and (lease_until is null or lease_until <= ?)
              order by next_attempt_at, created_at, id
              limit ?
              for update skip locked) due
      where m.id = due.id
      returning m.id, m.created_at`,
    [new Date(now.getTime() + settings.leaseMs), token, now, now, settings.batchSize],
  );
  // RETURNING comes in no particular order: send in the order they were queued.
  return [...rows].sort((a, b) => compareQueued(a as QueuedRow, b as QueuedRow)).map((row) => row.id);
}

interface QueuedRow {
  id: string;
  created_at: Date | string;
}
const compareQueued = (a: QueuedRow, b: QueuedRow) =>
  new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id);

/** Marks a message sent, if this claim still holds it. */
async function markSent(em: EntityManager, id: string, token: string, transport: string, now: Date): Promise<boolean> {
  const result = await em
    .getConnection()
    .execute(
      `update outbox_message set sent_at = ?, transport = ?, last_error = null, lease_until = null, lease_token = null where id = ? and lease_token = ?`,
      [now, transport, id, token],
      'run',
    );
  return (result as { affectedRows?: number }).affectedRows === 1;
}
