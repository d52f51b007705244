import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { resolveEnv } from '../../env.js';
import { createLogger } from '../../shared/logger.js';
import { mailTransportFor } from './mail-transport.js';
import { startOutboxRelay } from './start-outbox-relay.js';

const db = setupTestDatabase();

function start(env: Record<string, string>) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const relay = startOutboxRelay({
    orm: db.orm,
    env: resolveEnv({ OUTBOX_POLL_INTERVAL_MS: '60000', ...env }),
    logger: createLogger('info', sink),
    now: () => new Date(),
    devTokenSecret: null,
  });
  return { relay, log: () => lines.map((line) => JSON.parse(line) as { msg: string; level: number }) };
}

describe('which relay a configuration starts', () => {
  it('picks SMTP when SMTP_URL is set, the dev mailbox in development, and nothing in production without SMTP', () => {
    expect(mailTransportFor(resolveEnv({ SMTP_URL: 'smtp://127.0.0.1:2525' }))?.name).toBe('smtp');
    expect(mailTransportFor(resolveEnv({ NODE_ENV: 'development' }))?.name).toBe('dev-mailbox');
    expect(mailTransportFor(resolveEnv({ NODE_ENV: 'production' }))).toBeNull();
  });

  it('in production without SMTP_URL keeps the messages queued and says so with a warning (webhooks still go)', async () => {
    const { relay, log } = start({ NODE_ENV: 'production' });
    await relay.stop();
    expect(log()).toEqual([
      expect.objectContaining({ msg: 'webhook relay started' }),
      expect.objectContaining({
        level: 40,
        msg: 'outbox relay not started: SMTP_URL is not set, so messages stay queued',
      }),
      expect.objectContaining({ msg: 'webhook relay stopped' }),
    ]);
  });

  it('with OUTBOX_RELAY=off leaves delivery to another process', async () => {
    const { relay, log } = start({ OUTBOX_RELAY: 'off' });
    await relay.stop();
    expect(log().map((line) => line.msg)).toEqual([
      'outbox relay off here (OUTBOX_RELAY=off): another process delivers the messages',
    ]);
  });

  it('in development starts a relay on the dev mailbox and the webhook relay, and stops both', async () => {
    const { relay, log } = start({ NODE_ENV: 'development' });
    await relay.stop();
    expect(log().map((line) => line.msg)).toEqual([
      'webhook relay started',
      'outbox relay started',
      'outbox relay stopped',
      'webhook relay stopped',
    ]);
  });
});
