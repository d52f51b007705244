import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import { releaseClaims } from '../../shared/leased-rows.js';
import { createPollingLoop } from '../../shared/polling-loop.js';
import { SYSTEM } from '../admin-events/admin-actor.js';
import { recordAdminEvent } from '../admin-events/record-admin-event.js';
import { retryDelayMs } from '../outbox/retry-delay.js';
import { composeWebhook, type OutgoingWebhook } from './compose-webhook.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { webhookSignature } from './webhook-signature.js';

/** How the webhook relay claims, retries and gives up on an endpoint. */
export interface WebhookRelaySettings {
  leaseMs: number;
  pollIntervalMs: number;
  retryBaseMs: number;
  batchSize: number;
  /** Failed attempts in a row after which an endpoint is paused. */
  pauseAfterFailures: number;
  timeoutMs: number;
}

export const webhookRelaySettingsFrom = (env: AppServices['env']): WebhookRelaySettings => ({
  leaseMs: env.OUTBOX_LEASE_MS,
  pollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
  retryBaseMs: env.OUTBOX_RETRY_BASE_MS,
  batchSize: 20,
  pauseAfterFailures: env.WEBHOOK_PAUSE_AFTER_FAILURES,
  timeoutMs: env.WEBHOOK_TIMEOUT_MS,
});

/** What one pass did. */
export interface WebhookPass {
  claimed: number;
  delivered: number;
  failed: number;
}

export interface WebhookRelay {
  start(): void;
  /** Graceful stop: the delivery in flight is finished and marked, the rest handed back. */
  stop(): Promise<void>;
  runOnce(): Promise<WebhookPass>;
}

/** Why an attempt failed; never text from the receiver. */
type AttemptOutcome = { ok: true; status: number } | { ok: false; status: number | null; reason: string };

/**
 * The webhook relay, beside the outbox relay and built the same way: due deliveries are claimed with
 * `FOR UPDATE SKIP LOCKED` under a lease and token, so relays side by side never send one twice at
 * once; a failure is retried after `retryDelayMs` (exponential, with jitter). At least once: a relay
 * that dies after the receiver answered but before it marked the delivery sends it again, with the
 * same `webhook-id`.
 *
 * In order per case (or measure) and endpoint: only the oldest undelivered delivery of a subject is
 * ever claimed, so the next waits until the one before it was delivered, however long it retries.
 * An endpoint that fails `pauseAfterFailures` times in a row is paused (REPEATED_FAILURES, in the
 * administrators' trail); its deliveries wait for an administrator to resume it.
 */
export function createWebhookRelay(services: AppServices, settings: WebhookRelaySettings): WebhookRelay {
  const { logger } = services;
  const loop = createPollingLoop({
    name: 'webhook relay',
    pass: async () => (await runOnce()).claimed === settings.batchSize,
    pollIntervalMs: settings.pollIntervalMs,
    logger,
  });

  async function runOnce(): Promise<WebhookPass> {
    const token = randomUUID();
    const ids = await claim(services.orm.em.fork(), token, services.now(), settings);
    const pass: WebhookPass = { claimed: ids.length, delivered: 0, failed: 0 };
    for (const [index, id] of ids.entries()) {
      if (loop.stopping) {
        await releaseClaims(services.orm.em.fork(), 'webhook_delivery', ids.slice(index), token);
        return pass;
      }
      if (await deliverOne(id, token)) pass.delivered += 1;
      else pass.failed += 1;
    }
    return pass;
  }

  async function deliverOne(id: string, token: string): Promise<boolean> {
    const em = services.orm.em.fork();
    const webhook = await composeWebhook(em, id, services.now());
    if (!webhook) return false;
    const outcome = await send(webhook, Math.floor(services.now().getTime() / 1000), settings.timeoutMs);
    if (outcome.ok) {
      await markDelivered(services.orm.em.fork(), id, token, outcome.status, services.now());
      logger.debug({ webhookDeliveryId: id, status: outcome.status }, 'webhook delivered');
      return true;
    }
    const paused = await markFailed(services.orm.em.fork(), id, token, outcome, services.now());
    logger.warn({ webhookDeliveryId: id, status: outcome.status, reason: outcome.reason, paused }, 'webhook failed');
    return false;
  }

  async function markFailed(
    em: EntityManager,
    id: string,
    token: string,
    outcome: Extract<AttemptOutcome, { ok: false }>,
    now: Date,
  ): Promise<boolean> {
    return em.transactional(async (tx) => {
      const connection = tx.getConnection();
      const [row] = await connection.execute<Array<{ attempts: number; endpoint_id: string }>>(
        `select attempts, endpoint_id from webhook_delivery where id = ? and lease_token = ? for update`,
        [id, token],
        'all',
        tx.getTransactionContext(),
      );
      if (!row) return false;
      const nextAttemptAt = new Date(now.getTime() + retryDelayMs(row.attempts, settings.retryBaseMs));
      await connection.execute(
        `update webhook_delivery set lease_until = null, lease_token = null, last_status = ?, last_error = ?, next_attempt_at = ?
          where id = ?`,
        [outcome.status, outcome.reason, nextAttemptAt, id],
        'run',
        tx.getTransactionContext(),
      );
      const endpoint = await tx.findOneOrFail(WebhookEndpoint, row.endpoint_id, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      endpoint.consecutiveFailures += 1;
      if (!endpoint.active || endpoint.consecutiveFailures < settings.pauseAfterFailures) return false;
      endpoint.pause('REPEATED_FAILURES', now);
      recordAdminEvent(tx, {
        actor: SYSTEM,
        entityType: 'WEBHOOK_ENDPOINT',
        entityId: endpoint.id,
        action: 'PAUSED',
        changes: [
          { field: 'active', from: 'true', to: 'false' },
          { field: 'pauseReason', from: null, to: 'REPEATED_FAILURES' },
        ],
        occurredAt: now,
      });
      return true;
    });
  }

  return {
    runOnce,
    start() {
      logger.info('webhook relay started');
      loop.start();
    },
    async stop() {
      await loop.stop();
      logger.info('webhook relay stopped');
    },
  };
}

/**
 * POSTs one delivery, signed (Standard Webhooks). Any 2xx is success; redirects are not followed
 * (a moved endpoint is re-registered by its administrator). The response body is never read.
 */
async function send(webhook: OutgoingWebhook, timestampSeconds: number, timeoutMs: number): Promise<AttemptOutcome> {
  try {
    const response = await fetch(webhook.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Klankbord-Webhooks',
        'webhook-id': webhook.id,
        'webhook-timestamp': String(timestampSeconds),
        'webhook-signature': webhookSignature(webhook.secret, webhook.id, timestampSeconds, webhook.body),
      },
      body: webhook.body,
    });
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    return { ok: false, status: response.status, reason: 'HTTP_STATUS' };
  } catch (error) {
    const timeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { ok: false, status: null, reason: timeout ? 'TIMEOUT' : 'UNREACHABLE' };
  }
}

/**
 * Claims up to a batch of due deliveries for `token`: of active endpoints, unleased, and each the
 * oldest undelivered one of its subject for its endpoint (the order per case). Returns their ids
 * in the order they were written.
 */
async function claim(em: EntityManager, token: string, now: Date, settings: WebhookRelaySettings): Promise<string[]> {
  const rows = await em.getConnection().execute<Array<{ id: string; seq: string }>>(
    `update webhook_delivery d
        set lease_until = ?, lease_token = ?, attempts = d.attempts + 1
       from (select w.id from webhook_delivery w
               join webhook_endpoint e on e.id = w.endpoint_id and e.active
              where w.delivered_at is null and w.next_attempt_at <= ?
                and (w.lease_until is null or w.lease_until <= ?)
                and not exists (select 1 from webhook_delivery earlier
                                 where earlier.endpoint_id = w.endpoint_id and earlier.subject_id = w.subject_id
                                   and earlier.delivered_at is null and earlier.seq < w.seq)
              order by w.next_attempt_at, w.seq
              limit ?
              for update of w skip locked) due
      where d.id = due.id
      returning d.id, d.seq`,
    [new Date(now.getTime() + settings.leaseMs), token, now, now, settings.batchSize],
  );
  return [...rows].sort((a, b) => Number(BigInt(a.seq) - BigInt(b.seq))).map((row) => row.id);
}

/** Marks a delivery delivered, if this claim still holds it, and the endpoint healthy again. */
async function markDelivered(em: EntityManager, id: string, token: string, status: number, now: Date): Promise<void> {
  await em.transactional(async (tx) => {
    const [row] = await tx.getConnection().execute<Array<{ endpoint_id: string }>>(
      `update webhook_delivery set delivered_at = ?, last_status = ?, last_error = null, lease_until = null, lease_token = null
        where id = ? and lease_token = ? returning endpoint_id`,
      [now, status, id, token],
      'all',
      tx.getTransactionContext(),
    );
    if (row)
      await tx
        .getConnection()
        .execute(
          `update webhook_endpoint set consecutive_failures = 0 where id = ?`,
          [row.endpoint_id],
          'run',
          tx.getTransactionContext(),
        );
  });
}
