import { safeErrorFields, type Logger } from './logger.js';

/** A loop of passes (the outbox relay, the webhook relay): started once, stopped gracefully. */
export interface PollingLoop {
  start(): void;
  /** Asks the loop to end after the pass in flight, wakes it if it sleeps, and waits for it. */
  stop(): Promise<void>;
  /** True from `stop()` on: a pass checks it between items to hand the rest back. */
  readonly stopping: boolean;
}

/**
 * Runs `pass` until stopped: at once again while it reports more work, every `pollIntervalMs`
 * otherwise. A failing pass (the database is away: restart, failover) is logged and retried after
 * a poll interval; the loop itself never ends on an error.
 */
export function createPollingLoop({
  name,
  pass,
  pollIntervalMs,
  logger,
}: {
  name: string;
  /** One pass; resolves true when it was busy (a full batch), so the next starts at once. */
  pass: () => Promise<boolean>;
  pollIntervalMs: number;
  logger: Logger;
}): PollingLoop {
  let loop: Promise<void> | null = null;
  let stopping = false;
  let wake: (() => void) | null = null;

  async function run(): Promise<void> {
    while (!stopping) {
      let busy = false;
      try {
        busy = await pass();
      } catch (error) {
        logger.error({ err: safeErrorFields(error) }, `${name} pass failed`);
      }
      if (!busy && !stopping) await sleep(pollIntervalMs);
    }
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  }

  return {
    get stopping() {
      return stopping;
    },
    start() {
      if (loop) return;
      stopping = false;
      loop = run();
    },
    async stop() {
      stopping = true;
      wake?.();
      await loop;
      loop = null;
    },
  };
}
