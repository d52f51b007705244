import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { fileCase, stepOk, type StepCase } from '../../../test/case-steps.js';
import { makeComplaintType, makePerson, makeService, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import { compareRollupsWithRecount } from '../../../test/rollup-recount.js';
import type { Viewer } from '../auth/viewer.js';

/**
 * The rollups the triggers keep equal a recount (test/rollup-recount.ts), in plain SQL over `feedback_case`
 * and `deadline_extension` — not the migration's fact functions or `*_recount` views, which share
 * the triggers' definitions and so would share their mistakes — after every kind of change a case
 * goes through, concurrent ones included, and across a month boundary that differs between UTC
 * and Amsterdam.
 */

const db = setupTestDatabase();
const app = setupTestApp(db, new Date('2026-03-02T09:00:00Z'));
let manager: Viewer;
let otherManagerId: string;
let handler: Viewer;
let handlerId: string;
let submitter: Viewer;
let typeId: string;
let serviceId: string;

beforeAll(async () => {
  const em = db.orm.em.fork();
  const rm = await makePerson(em, ['RELATIONSHIP_MANAGER']);
  manager = viewerOf(rm);
  otherManagerId = (await makePerson(em, ['RELATIONSHIP_MANAGER'])).id;
  const h = await makePerson(em, ['HANDLER']);
  handler = viewerOf(h);
  handlerId = h.id;
  submitter = viewerOf(await makePerson(em, ['SUBMITTER'], { unit: await makeUnit(em, rm) }));
  // A type that pauses the clock while information is asked, so the pause moves the deadline.
  typeId = (await makeComplaintType(em, 5, true)).id;
  serviceId = (await makeService(em)).id;
});

const rows = (sql: string) => db.orm.em.fork().getConnection().execute<Array<Record<string, unknown>>>(sql);

async function expectRollupsEqualRecount(after: string) {
  for (const { table, stored, recounted } of await compareRollupsWithRecount(rows)) {
    expect(stored.length, `${table} after ${after}`).toBeGreaterThan(0);
    expect({ after, table, rollup: stored }).toEqual({ after, table, rollup: recounted });
  }
}

const complaint = async () => {
  const c = await fileCase(app, submitter, 'COMPLAINT', { complaintTypeId: typeId, serviceId });
  return { id: c.id, version: c.version, status: c.status } as StepCase;
};
const next = (c: StepCase, name: Parameters<typeof stepOk>[2], viewer: Viewer, extra: Record<string, unknown> = {}) =>
  stepOk(app, viewer, name, { caseId: c.id, version: c.version, ...extra });

describe('the rollups equal an independent recount', () => {
  it('after intake, concurrent steps, the whole lifecycle, extensions, the information pause, reopening and reassignment', async () => {
    const cases: StepCase[] = [];
    for (let i = 0; i < 20; i++) cases.push(await complaint());
    await fileCase(app, submitter, 'COMPLIMENT', { serviceId });
    await fileCase(app, submitter, 'SUGGESTION');
    await expectRollupsEqualRecount('intake');

    // Twenty steps at once, each on its own case.
    const triaged = await Promise.all(cases.map((c) => next(c, 'takeTriage', manager)));
    await expectRollupsEqualRecount('20 concurrent triages');

    let [a, b, c, d] = triaged as [StepCase, StepCase, StepCase, StepCase];
    a = await next(a, 'decideComplaint', manager, { outcome: 'JUSTIFIED', reason: 'Fair.' });
    a = await next(a, 'assignHandler', manager, { handlerId });
    a = await next(a, 'startWork', handler);
    a = await next(a, 'requestInformation', handler, { question: 'Which floor?' });
    app.setNow(new Date('2026-03-05T09:00:00Z'));
    a = await next(a, 'receiveInformation', handler, { note: 'Fifth.' });
    await expectRollupsEqualRecount('the information pause');

    a = await next(a, 'extendDeadline', manager, {
      extraWorkingDays: 2,
      reason: 'Parts.',
      submitterInformedAt: '2026-03-05T08:00:00Z',
    });
    // Due Mon 16 March by now; the submitter is told of the second extension on the 20th: late.
    app.setNow(new Date('2026-03-21T09:00:00Z'));
    a = await next(a, 'extendDeadline', manager, {
      extraWorkingDays: 1,
      reason: 'More parts.',
      submitterInformedAt: '2026-03-20T08:00:00Z',
    });
    await expectRollupsEqualRecount('two extensions, one told late');
    await rows(`update deadline_extension set informed_in_time = not informed_in_time where case_id = '${a.id}'`);
    await expectRollupsEqualRecount('an extension row updated');

    a = await next(a, 'resolveComplaint', handler, { measuresTaken: 'Fixed.' });
    await expectRollupsEqualRecount('resolve');
    a = await next(a, 'reopenCase', manager, { reason: 'It broke again.' });
    await expectRollupsEqualRecount('reopen');

    b = await next(b, 'reassignRelationshipManager', manager, { relationshipManagerId: otherManagerId });
    await expectRollupsEqualRecount('reassign');

    c = await next(c, 'withdrawCase', submitter);
    d = await next(d, 'decideComplaint', manager, { outcome: 'UNJUSTIFIED', reason: 'Not our service.' });
    await expectRollupsEqualRecount('withdraw and unjustified');
    expect([a.status, b.status, c.status, d.status]).toEqual(['IN_TRIAGE', 'IN_TRIAGE', 'WITHDRAWN', 'CLOSED']);
  });

  it('counts a complaint received at 22:30 UTC on 30 June (00:30 on 1 July in Amsterdam) in July', async () => {
    const service = await makeService(db.orm.em.fork());
    app.setNow(new Date('2026-06-30T22:30:00Z'));
    await fileCase(app, submitter, 'COMPLAINT', { complaintTypeId: typeId, serviceId: service.id });
    await expectRollupsEqualRecount('a case received at 22:30Z on 30 June');
    const cells = await rows(`select grain, period_start::text as period_start, cases from case_rollup
                               where service_id = '${service.id}' and measure = 'RECEIVED' order by grain`);
    // Wednesday 1 July 2026; its ISO week starts on Monday 29 June.
    expect(cells).toEqual([
      { grain: 'day', period_start: '2026-07-01', cases: 1 },
      { grain: 'month', period_start: '2026-07-01', cases: 1 },
      { grain: 'week', period_start: '2026-06-29', cases: 1 },
    ]);
  });
});
