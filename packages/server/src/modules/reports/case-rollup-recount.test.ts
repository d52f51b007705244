import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../test/database.js';
import { fileCase, stepOk, type StepCase } from '../../../test/case-steps.js';
import { makeComplaintType, makePerson, makeService, makeUnit, viewerOf } from '../../../test/factories.js';
import { setupTestApp } from '../../../test/harness.js';
import type { Viewer } from '../auth/viewer.js';

/**
 * The rollups the triggers keep equal a recount written here, in plain SQL over `feedback_case`
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

const CASE_KEY = 'measure, grain, period_start, kind, service_id, complaint_type_id, organisation_unit_id';
const OUTCOMES = [
  'JUSTIFIED',
  'PARTLY_JUSTIFIED',
  'UNJUSTIFIED',
  'WITHDRAWN',
  'NOT_HANDLED',
  'ADOPTED',
  'DECLINED',
  'PASSED_ON',
];
const CASE_COUNTS = [
  'cases',
  ...OUTCOMES.map((o) => `outcome_${o.toLowerCase()}`),
  'no_outcome',
  'no_outcome_withdrawn',
];
const LEAD_KEY = 'grain, period_start, service_id, complaint_type_id, relationship_manager_id, resolution_working_days';
const LEAD_COUNTS = [
  'cases',
  'acknowledged_in_time',
  'resolved',
  'within_original',
  'within_agreed',
  'extensions',
  'extensions_in_time',
];

/** A rollup table as stored, without cells that add up to nothing. */
const stored = (table: string, key: string, counts: string[]) =>
  rows(`select ${key.replace('period_start', 'period_start::text as period_start')}, ${counts.join(', ')} from ${table}
         where ${counts.map((c) => `${c} <> 0`).join(' or ')} order by ${key}`);

/** The Amsterdam calendar day of a timestamp, and the day, ISO week (Monday) and month it falls in. */
const GRAINS = `cross join (values ('day'), ('week'), ('month')) g(grain)`;
const periodStart = (day: string) =>
  `(case g.grain when 'day' then ${day} when 'week' then ${day} - (extract(isodow from ${day})::int - 1) else date_trunc('month', ${day})::date end)::text`;

/** Each case counted once on its Amsterdam day of receipt and, once resolved or closed, once on that day. */
const RECOUNT_CASES = `
    with moments as (
      select 'RECEIVED' as measure, (c.received_at at time zone 'Europe/Amsterdam')::date as day, c.* from feedback_case c
      union all
      select 'DONE', (coalesce(c.resolved_at, c.closed_at) at time zone 'Europe/Amsterdam')::date, c.* from feedback_case c
       where coalesce(c.resolved_at, c.closed_at) is not null
    )
    select measure, g.grain, ${periodStart('day')} as period_start, kind, service_id, complaint_type_id, organisation_unit_id,
           count(*)::int as cases,
           ${OUTCOMES.map((o) => `count(*) filter (where outcome = '${o}')::int as outcome_${o.toLowerCase()}`).join(',\n           ')},
           count(*) filter (where outcome is null)::int as no_outcome,
           count(*) filter (where outcome is null and status = 'WITHDRAWN')::int as no_outcome_withdrawn
      from moments ${GRAINS}
     group by ${CASE_KEY}`;

/** Complaints on their Amsterdam day of receipt, their extensions counted from deadline_extension itself. */
const RECOUNT_LEAD_TIMES = `
    with extensions as (
      select case_id, count(*)::int as n, (count(*) filter (where informed_in_time))::int as in_time from deadline_extension group by case_id
    ), complaints as (
      select c.*, (c.received_at at time zone 'Europe/Amsterdam')::date as day, coalesce(e.n, 0) as n, coalesce(e.in_time, 0) as in_time
        from feedback_case c left join extensions e on e.case_id = c.id
       where c.kind = 'COMPLAINT'
    )
    select g.grain, ${periodStart('day')} as period_start, service_id, complaint_type_id, relationship_manager_id, resolution_working_days,
           count(*)::int as cases,
           count(*) filter (where acknowledged_at <= acknowledgement_due_at)::int as acknowledged_in_time,
           count(*) filter (where resolved_at is not null)::int as resolved,
           count(*) filter (where resolved_at <= original_resolution_due_at)::int as within_original,
           count(*) filter (where resolved_at <= resolution_due_at)::int as within_agreed,
           sum(n)::int as extensions,
           sum(in_time)::int as extensions_in_time
      from complaints ${GRAINS}
     group by ${LEAD_KEY}`;

/** The recount `sql` summed to a coarser `key` (a compact rollup's), without cells that add up to nothing. */
const regrouped = (sql: string, key: string, counts: string[]) =>
  rows(`select ${key.replace('period_start', 'period_start::text as period_start')}, ${counts.map((c) => `sum(${c})::int as ${c}`).join(', ')}
          from (${sql}) recount group by ${key} having ${counts.map((c) => `sum(${c}) <> 0`).join(' or ')} order by ${key}`);

/** The lead-time recount once per grouping of the lead-time report, keyed by that grouping's id. */
const RECOUNT_LEAD_TIME_GROUPS = [
  ['COMPLAINT_TYPE', 'complaint_type_id'],
  ['SERVICE', 'service_id'],
  ['RELATIONSHIP_MANAGER', 'relationship_manager_id'],
]
  .map(
    ([group, column]) =>
      `select '${group}' as group_by, grain, period_start, ${column} as group_id, resolution_working_days, ${LEAD_COUNTS.join(', ')}
         from (${RECOUNT_LEAD_TIMES}) lead_times`,
  )
  .join(' union all ');

/** Every rollup the triggers keep, with its key and the recount it must equal. */
const ROLLUPS: Array<{ table: string; key: string; counts: string[]; recount: string }> = [
  { table: 'case_rollup', key: CASE_KEY, counts: CASE_COUNTS, recount: RECOUNT_CASES },
  { table: 'case_kind_rollup', key: 'measure, grain, period_start, kind', counts: CASE_COUNTS, recount: RECOUNT_CASES },
  {
    table: 'case_unit_rollup',
    key: 'measure, grain, period_start, kind, organisation_unit_id',
    counts: CASE_COUNTS,
    recount: RECOUNT_CASES,
  },
  {
    table: 'case_class_rollup',
    key: 'measure, grain, period_start, kind, service_id, complaint_type_id',
    counts: CASE_COUNTS,
    recount: RECOUNT_CASES,
  },
  { table: 'lead_time_rollup', key: LEAD_KEY, counts: LEAD_COUNTS, recount: RECOUNT_LEAD_TIMES },
  {
    table: 'lead_time_group_rollup',
    key: 'group_by, grain, period_start, group_id, resolution_working_days',
    counts: LEAD_COUNTS,
    recount: RECOUNT_LEAD_TIME_GROUPS,
  },
];

async function expectRollupsEqualRecount(after: string) {
  for (const { table, key, counts, recount } of ROLLUPS) {
    const rollup = await stored(table, key, counts);
    expect(rollup.length, `${table} after ${after}`).toBeGreaterThan(0);
    expect({ after, table, rollup }).toEqual({ after, table, rollup: await regrouped(recount, key, counts) });
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
