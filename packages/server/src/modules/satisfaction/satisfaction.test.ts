import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { fileCase, stepOk, storedCase } from '../../../test/case-steps.js';
import { makeComplaintType, makePerson, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { startTestServer, type TestServer } from '../../../test/http-app.js';
import type { Viewer } from '../auth/viewer.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { SatisfactionRequest } from './satisfaction-request.entity.js';
import { hashSatisfactionToken } from './satisfaction-token.js';

/**
 * Satisfaction after closure: the outcome message of a complaint carries a single-use link when
 * the organisation asks; the link is answered without sign-in, once, before it expires; the answer
 * leaves the case as it was; its comment is read like the description.
 */

const db = setupTestDatabase();
const NOW = new Date('2026-03-02T09:00:00Z');
const app = setupTestApp(db, NOW);
let admin: Viewer;
let manager: Viewer;
let handler: Viewer;
let handlerId: string;
let submitter: Viewer;
let management: Viewer;
let complaintTypeId: string;

const SETTINGS = `mutation($input: UpdateSettingsInput!) { updateSettings(input: $input) { askSatisfaction publicUrl } }`;
const ANSWER = `mutation($input: AnswerSatisfactionInput!) { answerSatisfaction(input: $input) { answered } }`;
const LINK = `query($token: String!) { satisfactionLink(token: $token) { state } }`;

beforeAll(async () => {
  const em = db.orm.em.fork();
  const rm = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  const unit = await makeUnit(em, rm);
  const h = await makePerson(em, ['HANDLER']);
  handlerId = h.id;
  admin = viewerOf(await makePerson(em, ['ADMINISTRATOR']));
  manager = viewerOf(rm);
  handler = viewerOf(h);
  submitter = viewerOf(await makePerson(em, ['SUBMITTER'], { unit }));
  management = viewerOf(await makePerson(em, ['MANAGEMENT']));
  complaintTypeId = (await makeComplaintType(em)).id;
});

async function setSettings(input: Record<string, unknown>) {
  const result = await app.execute<{ updateSettings: { askSatisfaction: boolean; publicUrl: string | null } }>(
    SETTINGS,
    { input },
    admin,
  );
  return result;
}

/** Turns asking on (the describes after the first one's need it; each can run alone). */
async function askingOn() {
  const result = await setSettings({ publicUrl: 'https://klankbord.example.nl', askSatisfaction: true });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

/** Files a complaint and takes it to resolved (the outcome is told); returns the case. */
async function resolvedComplaint() {
  const created = await fileCase(app, submitter, 'COMPLAINT', { complaintTypeId });
  let c = { id: created.id, version: created.version };
  const next = async (name: Parameters<typeof stepOk>[2], viewer: Viewer, extra: Record<string, unknown> = {}) => {
    c = await stepOk(app, viewer, name, { caseId: c.id, version: c.version, ...extra });
  };
  await next('takeTriage', manager);
  await next('decideComplaint', manager, { outcome: 'JUSTIFIED', reason: 'The laptop was indeed late.' });
  await next('assignHandler', manager, { handlerId });
  await next('startWork', handler);
  await next('resolveComplaint', handler, { measuresTaken: 'A new laptop was delivered.' });
  await next('closeCase', handler, { noMeasureReason: 'A one-off supplier problem.' });
  return c;
}

/** The outcome message of a case and the token of its satisfaction link (null when none). */
async function outcomeOf(caseId: string) {
  const message = await db.orm.em.fork().findOneOrFail(OutboxMessage, { case: caseId, template: 'OUTCOME' });
  const url = message.data?.['satisfactionUrl'] ?? null;
  const token = url ? decodeURIComponent(new URL(url).pathname.split('/').pop()!) : null;
  return { message, url, token };
}

const answer = (input: Record<string, unknown>, viewer?: Viewer) =>
  app.execute<{ answerSatisfaction: { answered: boolean } }>(ANSWER, { input }, viewer);
const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  result.errors?.[0]?.extensions?.['code'];

describe('the setting', () => {
  it('is off by default, and cannot be turned on without the public address; a refusal changes nothing', async () => {
    const refused = await setSettings({ askSatisfaction: true });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const read = await app.execute<{ settings: { askSatisfaction: boolean; publicUrl: string | null } }>(
      `{ settings { askSatisfaction publicUrl } }`,
      {},
      admin,
    );
    expect(read.data?.settings).toEqual({ askSatisfaction: false, publicUrl: null });
    expect(codeOf(await setSettings({ publicUrl: 'javascript:alert(1)' }))).toBe('BAD_USER_INPUT');
  });

  it('without it, the outcome carries no link and nothing is asked', async () => {
    const c = await resolvedComplaint();
    const { url, message } = await outcomeOf(c.id);
    expect(url).toBeNull();
    expect(message.body).not.toContain('/tevredenheid/');
    expect(await db.orm.em.fork().count(SatisfactionRequest, { case: c.id })).toBe(0);
  });

  it('is kept as the origin of the address given', async () => {
    const result = await setSettings({ publicUrl: 'https://klankbord.example.nl/some/path', askSatisfaction: true });
    expect(result.data?.updateSettings).toEqual({ askSatisfaction: true, publicUrl: 'https://klankbord.example.nl' });
  });
});

describe('the link in the outcome message', () => {
  beforeAll(askingOn);

  it('is a single-use token under the public address; only its hash is stored', async () => {
    const c = await resolvedComplaint();
    const { message, url, token } = await outcomeOf(c.id);
    expect(url).toMatch(/^https:\/\/klankbord\.example\.nl\/tevredenheid\/[A-Za-z0-9_-]{43}$/);
    expect(message.body).toContain(url);
    const stored = await db.orm.em.fork().findOneOrFail(SatisfactionRequest, { case: c.id });
    expect(stored.tokenHash).toBe(hashSatisfactionToken(token!));
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.askedAt).toEqual(NOW);
  });

  it('is not put in the outcome of a suggestion', async () => {
    const created = await fileCase(app, submitter, 'SUGGESTION');
    let c = await stepOk(app, manager, 'considerSuggestion', { caseId: created.id, version: created.version });
    c = await stepOk(app, manager, 'respondToSuggestion', {
      caseId: c.id,
      version: c.version,
      adopt: true,
      response: 'We will do this next quarter.',
    });
    expect((await outcomeOf(c.id)).url).toBeNull();
  });
});

describe('answering', () => {
  beforeAll(askingOn);

  it('needs no sign-in, stores the answer and leaves the case as it was', async () => {
    const c = await resolvedComplaint();
    const { token } = await outcomeOf(c.id);
    const before = await storedCase(db.orm, c.id);
    expect((await app.execute(LINK, { token })).data).toEqual({ satisfactionLink: { state: 'OPEN' } });

    const result = await answer({ token, score: 4, comment: '  Quick and friendly.  ' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ answerSatisfaction: { answered: true } });

    const stored = await db.orm.em.fork().findOneOrFail(SatisfactionRequest, { case: c.id });
    expect([stored.score, stored.comment, stored.answeredAt]).toEqual([4, 'Quick and friendly.', NOW]);
    const after = await storedCase(db.orm, c.id);
    expect([after.c.status, after.c.version, after.c.updatedAt]).toEqual([
      before.c.status,
      before.c.version,
      before.c.updatedAt,
    ]);
    expect(after.eventTypes).toEqual(before.eventTypes);
    expect((await app.execute(LINK, { token })).data).toEqual({ satisfactionLink: { state: 'ANSWERED' } });
  });

  it('twice is refused with ALREADY_ANSWERED and keeps the first answer', async () => {
    const c = await resolvedComplaint();
    const { token } = await outcomeOf(c.id);
    expect((await answer({ token, score: 2 })).errors).toBeUndefined();
    const again = await answer({ token, score: 5, comment: 'Changed my mind.' });
    expect(codeOf(again)).toBe('ALREADY_ANSWERED');
    const stored = await db.orm.em.fork().findOneOrFail(SatisfactionRequest, { case: c.id });
    expect([stored.score, stored.comment]).toEqual([2, null]);
  });

  it('at the same moment twice: exactly one answer wins', async () => {
    const c = await resolvedComplaint();
    const { token } = await outcomeOf(c.id);
    const results = await Promise.all([
      answer({ token, score: 1 }),
      answer({ token, score: 5 }),
      answer({ token, score: 3 }),
    ]);
    const codes = results.map((r) => (r.errors ? codeOf(r) : 'OK')).sort();
    expect(codes).toEqual(['ALREADY_ANSWERED', 'ALREADY_ANSWERED', 'OK']);
    const winner = [1, 5, 3][results.findIndex((r) => !r.errors)];
    const stored = await db.orm.em.fork().findOneOrFail(SatisfactionRequest, { case: c.id });
    expect(stored.score).toBe(winner);
  });

  it('after the link expired is refused with LINK_EXPIRED and stores nothing', async () => {
    const c = await resolvedComplaint();
    const { token } = await outcomeOf(c.id);
    app.setNow(new Date('2026-04-02T09:00:00Z'));
    expect((await app.execute(LINK, { token })).data).toEqual({ satisfactionLink: { state: 'EXPIRED' } });
    expect(codeOf(await answer({ token, score: 4 }))).toBe('LINK_EXPIRED');
    const stored = await db.orm.em.fork().findOneOrFail(SatisfactionRequest, { case: c.id });
    expect(stored.answeredAt).toBeNull();
  });

  it('with a token we never gave is refused with LINK_INVALID, without echoing it', async () => {
    const token = 'A'.repeat(43);
    const result = await answer({ token, score: 4 });
    expect(codeOf(result)).toBe('LINK_INVALID');
    expect(JSON.stringify(result)).not.toContain(token);
    expect((await app.execute(LINK, { token })).data).toEqual({ satisfactionLink: { state: 'INVALID' } });
  });

  it('with a score outside 1–5 or a comment with control characters is refused, and nothing is stored', async () => {
    const c = await resolvedComplaint();
    const { token } = await outcomeOf(c.id);
    for (const input of [
      { token, score: 6 },
      { token, score: 0 },
      { token, score: 3, comment: 'bad\u0007text' },
      { token, score: 3, comment: 'x'.repeat(1001) },
    ]) {
      const result = await answer(input);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result)).not.toContain('bad\u0007text');
    }
    const stored = await db.orm.em.fork().findOneOrFail(SatisfactionRequest, { case: c.id });
    expect(stored.answeredAt).toBeNull();
  });
});

describe('a complaint reopened and resolved again', () => {
  beforeAll(askingOn);

  /** Reopens a closed complaint and takes it to resolved again: a second outcome message. */
  async function resolveAgain(c: { id: string; version: number }) {
    const outcomesOf = () => db.orm.em.fork().find(OutboxMessage, { case: c.id, template: 'OUTCOME' });
    // The test clock stands still, so the new outcome message is told apart by id, not by time.
    const earlier = new Set((await outcomesOf()).map((m) => m.id));
    let current = await stepOk(app, manager, 'reopenCase', { caseId: c.id, version: c.version, reason: 'Not fixed.' });
    const next = async (name: Parameters<typeof stepOk>[2], viewer: Viewer, extra: Record<string, unknown> = {}) => {
      current = await stepOk(app, viewer, name, { caseId: current.id, version: current.version, ...extra });
    };
    await next('decideComplaint', manager, { outcome: 'JUSTIFIED', reason: 'Still broken.' });
    await next('assignHandler', manager, { handlerId });
    await next('startWork', handler);
    await next('resolveComplaint', handler, { measuresTaken: 'Replaced the laptop again.' });
    const added = (await outcomesOf()).filter((m) => !earlier.has(m.id));
    expect(added).toHaveLength(1);
    return added[0]!.data['satisfactionUrl'] ?? null;
  }

  it('gets a fresh link when unanswered; the first one stops working', async () => {
    const c = await resolvedComplaint();
    const first = await outcomeOf(c.id);
    app.setNow(new Date('2026-03-03T09:00:00Z'));
    const secondUrl = await resolveAgain(c);
    expect(secondUrl).not.toBeNull();
    expect(secondUrl).not.toBe(first.url);
    expect(codeOf(await answer({ token: first.token, score: 3 }))).toBe('LINK_INVALID');
    const secondToken = secondUrl!.split('/').pop();
    expect((await answer({ token: secondToken, score: 3 })).errors).toBeUndefined();
    expect(await db.orm.em.fork().count(SatisfactionRequest, { case: c.id })).toBe(1);
  });

  it('is not asked again once answered', async () => {
    const c = await resolvedComplaint();
    await answer({ token: (await outcomeOf(c.id)).token, score: 2 });
    expect(await resolveAgain(c)).toBeNull();
    const stored = await db.orm.em.fork().findOneOrFail(SatisfactionRequest, { case: c.id });
    expect(stored.score).toBe(2);
  });
});

describe('the answer on the case', () => {
  beforeAll(askingOn);

  it('shows the score to staff and the comment only to those who read the description', async () => {
    const c = await resolvedComplaint();
    const { token } = await outcomeOf(c.id);
    await answer({ token, score: 5, comment: 'COMMENT: Sanne at the desk was great.' });
    const read = (viewer: Viewer) =>
      app.execute<{ case: { satisfaction: { score: number; comment: string | null } | null } }>(
        `query($id: ID!) { case(id: $id) { satisfaction { score comment answeredAt } } }`,
        { id: c.id },
        viewer,
      );
    expect((await read(manager)).data?.case.satisfaction).toMatchObject({
      score: 5,
      comment: 'COMMENT: Sanne at the desk was great.',
    });
    expect((await read(submitter)).data?.case.satisfaction?.comment).toBe('COMMENT: Sanne at the desk was great.');
    const managementView = await read(management);
    expect(managementView.data?.case.satisfaction).toMatchObject({ score: 5, comment: null });
    expect(JSON.stringify(managementView)).not.toContain('Sanne');
  });
});

describe('over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    await askingOn();
    server = await startTestServer(db, { now: () => NOW, env: { RATE_LIMIT_SATISFACTION_PER_CLIENT: '3' } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
  };

  it('answers without sign-in, and refuses a client over the limit with 429 without storing', async () => {
    const first = await resolvedComplaint();
    const second = await resolvedComplaint();
    const firstToken = (await outcomeOf(first.id)).token;
    const secondToken = (await outcomeOf(second.id)).token;

    const ok = await post(ANSWER, { input: { token: firstToken, score: 4 } });
    expect([ok.status, ok.body.errors]).toEqual([200, undefined]);
    // Two more tries use up the limit of 3 per minute…
    expect((await post(LINK, { token: 'guess-1' })).status).toBe(200);
    expect((await post(LINK, { token: 'guess-2' })).status).toBe(200);
    // …and the next answer is refused before it is looked at.
    const refused = await post(ANSWER, { input: { token: secondToken, score: 4 } });
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).not.toBeNull();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    const stored = await db.orm.em.fork().findOneOrFail(SatisfactionRequest, { case: second.id });
    expect(stored.answeredAt).toBeNull();
  });
});
