import http from 'node:http';
import type { AppInstance } from './app-instance.js';
import { sleep } from './app-instance.js';

/** A request that took longer than this is a hang: the server must answer in bounded time. */
export const HANG_MS = 30_000;

const SUBMIT = `mutation ResilienceSubmit($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) { registrationNumber replayed case { id } }
}`;

/** One answer (or its absence) to one attempt, as the client saw it. */
export interface Observation {
  at: number;
  instance: string;
  /** `ok`: confirmed; `http`: an error answer; `network`: no answer (refused, reset, timed out). */
  outcome: 'ok' | 'http' | 'network';
  status: number | null;
  code: string | null;
  reason: string | null;
  retryAfter: string | null;
  /** For `network`: the socket error (ECONNREFUSED means the request never reached a server). */
  networkError: string | null;
  ms: number;
}

/** The client ledger: what the client sent under one key and what it was told. */
export interface KeyRecord {
  key: string;
  /** The submission's number in the run (its content follows from it: `submissionInput`). */
  index: number;
  client: number;
  attempts: number;
  /** Attempts whose answer was lost after the request may have reached a server (not ECONNREFUSED) or that got a 5xx. */
  uncertainAttempts: number;
  firstSentAt: number;
  confirmed: { registrationNumber: string; caseId: string; replayed: boolean; at: number } | null;
  /** A refusal the client cannot retry (a 4xx other than 429, or an error in a 200): a defect. */
  refused: string | null;
  /** Time windows of the attempts, for attributing them to faults. */
  spans: Array<[number, number]>;
}

export interface LoadOptions {
  /** How many submissions; null: until `stop()` (soak). */
  submissions: number | null;
  instances: AppInstance[];
  /** One dev token per client (each client files as its own person). */
  tokens: string[];
  runId: string;
}

/**
 * The load generator: `tokens.length` clients (16) submitting through GraphQL, each submission with
 * its own idempotency key, retried with the same key on network errors, 5xx and 429 — after the
 * server's Retry-After when it gives one, else with exponential backoff — as a real portal does,
 * until it is confirmed. Keeps the client ledger (key → registration number as confirmed).
 */
export class LoadGenerator {
  readonly ledger = new Map<string, KeyRecord>();
  readonly observations: Observation[] = [];
  confirmed = 0;
  private next = 0;
  private stopped = false;

  constructor(private readonly options: LoadOptions) {}

  /** Runs until the submissions are all confirmed (or refused), or until `stop()`. */
  async run(): Promise<void> {
    await Promise.all(this.options.tokens.map((token, client) => this.client(client, token)));
  }

  /** No new submissions after this; those under way are still retried until confirmed. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Answers lost after the server got the whole request (the client's connection drops as the
   * server works): `count` submissions are sent and their connection cut at once, then sent again
   * with the same key as a client does. Each must come back as a replay of the case the first
   * request filed. Returns how many did not.
   */
  async dropAnswers(count: number): Promise<number> {
    const token = this.options.tokens[0]!;
    let notReplayed = 0;
    for (let n = 0; n < count; n++) {
      const index = this.next++;
      await sendAndHangUp(
        this.options.instances[n % this.options.instances.length]!,
        token,
        submissionInput(this.options.runId, index),
      );
      await sleep(1500);
      await this.submit(0, token, index);
      const record = this.ledger.get(keyOf(this.options.runId, index))!;
      record.uncertainAttempts++;
      if (!record.confirmed?.replayed) notReplayed++;
    }
    return notReplayed;
  }

  get retried(): number {
    let total = 0;
    for (const record of this.ledger.values()) total += record.attempts - 1;
    return total;
  }

  private async client(client: number, token: string): Promise<void> {
    for (;;) {
      const { submissions } = this.options;
      if (this.stopped || (submissions !== null && this.next >= submissions)) return;
      const index = this.next++;
      await this.submit(client, token, index);
    }
  }

  private async submit(client: number, token: string, index: number): Promise<void> {
    const key = keyOf(this.options.runId, index);
    const record: KeyRecord = {
      key,
      index,
      client,
      attempts: 0,
      uncertainAttempts: 0,
      firstSentAt: Date.now(),
      confirmed: null,
      refused: null,
      spans: [],
    };
    this.ledger.set(key, record);
    const input = submissionInput(this.options.runId, index);
    const { instances } = this.options;
    for (let attempt = 0; ; attempt++) {
      const instance = instances[(client + attempt) % instances.length]!;
      record.attempts++;
      const observation = await this.send(instance, token, input);
      record.spans.push([observation.at - observation.ms, observation.at]);
      this.observations.push(observation);
      if (observation.outcome === 'ok') return;
      const lost =
        (observation.outcome === 'network' && observation.networkError !== 'ECONNREFUSED') ||
        (observation.status ?? 0) >= 500;
      if (lost) record.uncertainAttempts++;
      const retryable =
        observation.outcome === 'network' || (observation.status ?? 0) >= 500 || observation.status === 429;
      if (!retryable) {
        record.refused = `${observation.status ?? ''} ${observation.code ?? ''} ${observation.reason ?? ''}`.trim();
        return;
      }
      const retryAfter = Number(observation.retryAfter);
      const wait =
        Number.isFinite(retryAfter) && retryAfter > 0
          ? retryAfter * 1000
          : observation.networkError === 'ECONNREFUSED'
            ? 50
            : Math.min(1500, 100 * 2 ** Math.min(attempt, 4));
      await sleep(wait + Math.random() * 250);
    }
  }

  private async send(instance: AppInstance, token: string, input: Record<string, unknown>): Promise<Observation> {
    const started = Date.now();
    const base = {
      instance: instance.name,
      status: null,
      code: null,
      reason: null,
      retryAfter: null,
      networkError: null,
    };
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${instance.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: SUBMIT, variables: { input } }),
        signal: AbortSignal.timeout(HANG_MS),
      });
      text = await response.text();
    } catch (error) {
      const at = Date.now();
      return { ...base, at, ms: at - started, outcome: 'network', networkError: networkErrorOf(error) };
    }
    const at = Date.now();
    const retryAfter = response.headers.get('retry-after');
    let body: {
      data?: { submitFeedback?: { registrationNumber: string; replayed: boolean; case: { id: string } } | null } | null;
      errors?: Array<{ extensions?: { code?: string; reason?: string } }>;
    } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // A non-JSON answer (a proxy's HTML page): treated by its status alone.
    }
    const error = body.errors?.[0]?.extensions;
    const payload = body.data?.submitFeedback;
    if (response.status === 200 && payload && !body.errors) {
      const record = this.ledger.get(input['idempotencyKey'] as string)!;
      record.confirmed = {
        registrationNumber: payload.registrationNumber,
        caseId: payload.case.id,
        replayed: payload.replayed,
        at,
      };
      this.confirmed++;
      return { ...base, at, ms: at - started, outcome: 'ok', status: 200 };
    }
    return {
      ...base,
      at,
      ms: at - started,
      outcome: 'http',
      status: response.status,
      code: error?.code ?? null,
      reason: error?.reason ?? null,
      retryAfter,
    };
  }
}

/** The socket-level cause of a failed fetch: ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET, TIMEOUT, … */
function networkErrorOf(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'TIMEOUT';
  const cause = (error as { cause?: { code?: string; name?: string } }).cause;
  return cause?.code ?? cause?.name ?? (error instanceof Error ? error.name : 'UNKNOWN');
}

/** The idempotency key of submission `index` of a run. */
export const keyOf = (runId: string, index: number) => `res-${runId}-${index}`;

/** Submission `index` of a run: the same content every time it is sent, so a retry matches its fingerprint. */
export function submissionInput(runId: string, index: number) {
  return {
    kind: index % 10 < 7 ? 'COMPLAINT' : index % 10 < 9 ? 'SUGGESTION' : 'COMPLIMENT',
    description: `Resilience run ${runId}, submission ${index}: the printer on floor ${index % 7} jams again.`,
    phone: '0612345678',
    idempotencyKey: keyOf(runId, index),
  };
}

/** Sends submission `index` again after the run: it must answer the case first confirmed, as a replay. */
export async function resend(
  instance: AppInstance,
  token: string,
  runId: string,
  index: number,
): Promise<{ registrationNumber: string; replayed: boolean } | null> {
  const response = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: SUBMIT, variables: { input: submissionInput(runId, index) } }),
    signal: AbortSignal.timeout(HANG_MS),
  });
  const body = (await response.json()) as {
    data?: { submitFeedback?: { registrationNumber: string; replayed: boolean } | null };
  };
  return body.data?.submitFeedback ?? null;
}

/** Sends a submission and closes the connection as soon as the request is written: its answer is lost. */
function sendAndHangUp(instance: AppInstance, token: string, input: Record<string, unknown>): Promise<void> {
  return new Promise((resolve) => {
    const request = http.request(`${instance.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    request.on('error', () => resolve());
    request.on('finish', () => {
      request.destroy();
      resolve();
    });
    request.end(JSON.stringify({ query: SUBMIT, variables: { input } }));
  });
}
