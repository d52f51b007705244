import type { AppServices } from '../../graphql/context.js';
import { mailTransportFor } from './mail-transport.js';
import { createWebhookRelay, webhookRelaySettingsFrom } from '../webhooks/webhook-relay.js';
import { createOutboxRelay, relaySettingsFrom } from './outbox-relay.js';

/** A running relay, or the reason there is none; `stop` is safe either way. */
export interface RelayHandle {
  stop(): Promise<void>;
}

/**
 * Starts the outbox relay the configuration asks for, and the webhook relay beside it: in the
 * server (OUTBOX_RELAY=on) and in `cli relay`. In production without SMTP_URL there is no transport: the messages stay queued and
 * this says so in the log (as `configurationWarnings` did at start-up) instead of dropping them.
 */
export function startOutboxRelay(services: AppServices, { force = false }: { force?: boolean } = {}): RelayHandle {
  const { env, logger } = services;
  if (env.OUTBOX_RELAY === 'off' && !force) {
    logger.info('outbox relay off here (OUTBOX_RELAY=off): another process delivers the messages');
    return { stop: async () => undefined };
  }
  // Webhooks need no mail server: their relay runs wherever the outbox relay is meant to.
  const webhooks = createWebhookRelay(services, webhookRelaySettingsFrom(env));
  webhooks.start();
  const transport = mailTransportFor(env);
  if (!transport) {
    logger.warn('outbox relay not started: SMTP_URL is not set, so messages stay queued');
    return webhooks;
  }
  const relay = createOutboxRelay(services, transport, relaySettingsFrom(env));
  relay.start();
  return {
    async stop() {
      await relay.stop();
      await webhooks.stop();
    },
  };
}
