import type { MikroORM } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { makeCase, makeComplaintType, makePerson, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';
import { queueMessage } from '../outbox/queue-message.js';

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-05-15T10:00:00Z'));
let orm: MikroORM;
let management: Viewer;

beforeAll(async () => {
  orm = db.orm;
  management = viewerOf(await makePerson(orm.em.fork(), ['MANAGEMENT']));
});

const REPORT = `query($filter: ReportFilter!) { leadTimePerformance(filter: $filter, groupBy: COMPLAINT_TYPE) {
  total { cases acknowledgedInTime acknowledgementSentInTime } rows { key cases acknowledgementSentInTime } } }`;

interface Report {
  leadTimePerformance: {
    total: { cases: number; acknowledgedInTime: number; acknowledgementSentInTime: number | null };
    rows: Array<{ key: string; cases: number | null; acknowledgementSentInTime: number | null }>;
  };
}

describe('lead-time performance: acknowledgement sent within one working day', () => {
  it('counts the actual send time against the deadline, beside the registration figure', async () => {
    const em = orm.em.fork();
    const type = await makeComplaintType(em);
    // Received Friday 24 April 2026; Monday the 27th is King's Day → acknowledgement due at the
    // end of Tuesday 28 April (21:59:59.999Z, CEST).
    const base = {
      complaintType: type,
      receivedAt: '2026-04-24T10:00:00Z',
      acknowledgementDueAt: '2026-04-28T21:59:59.999Z',
    };
    const sentAt = ['2026-04-28T21:00:00Z', '2026-04-29T07:00:00Z', null, null, 'imported'] as const;
    for (const sent of sentAt) {
      const c = await makeCase(em, base);
      if (sent === 'imported') continue; // imported history: no acknowledgement in the outbox
      const message = queueMessage(em, c, 'ACKNOWLEDGEMENT', {}, c.receivedAt);
      message.sentAt = sent ? new Date(sent) : null;
      message.attempts = sent ? 1 : 3;
    }
    // One more, sent in time on the second try after a dead first copy was resent.
    const resent = await makeCase(em, base);
    queueMessage(em, resent, 'ACKNOWLEDGEMENT', {}, resent.receivedAt).sentAt = new Date('2026-04-27T09:00:00Z');
    await em.flush();

    const result = await app.execute<Report>(
      REPORT,
      { filter: { from: '2026-04-01', to: '2026-04-30', complaintTypeIds: [type.id] } },
      management,
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.leadTimePerformance;
    // The registration (the rollup's figure) was in time for all six …
    expect(report.total).toMatchObject({ cases: 6, acknowledgedInTime: 1 });
    // … the mail went out in time for two of the five Klankbord queued (late, never sent ×2).
    expect(report.total.acknowledgementSentInTime).toBeCloseTo(2 / 5, 10);
    expect(report.rows).toEqual([{ key: type.id, cases: 6, acknowledgementSentInTime: expect.closeTo(0.4, 10) }]);
  });

  it('has no share when no acknowledgement was queued in the period', async () => {
    const type = await makeComplaintType(orm.em.fork());
    await makeCase(orm.em.fork(), { complaintType: type, receivedAt: '2026-03-03T10:00:00Z' });
    const result = await app.execute<Report>(
      REPORT,
      { filter: { from: '2026-03-01', to: '2026-03-31', complaintTypeIds: [type.id] } },
      management,
    );
    expect(result.data!.leadTimePerformance.total).toMatchObject({ cases: 1, acknowledgementSentInTime: null });
  });
});
