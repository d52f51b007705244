/**
 * The rollups' from-scratch recount, in plain SQL over `feedback_case` and `deadline_extension` —
 * not the migration's fact functions or `*_recount` views, which share the triggers' definitions
 * and so would share their mistakes. One source for the recount test
 * (src/modules/reports/case-rollup-recount.test.ts) and the resilience suite's reconciliation.
 */

/** Runs one SQL statement and returns its rows. */
export type RunSql = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** The rollup tables as stored and as recounted, each as rows in the same order and shape. */
export interface RollupComparison {
  table: 'case_rollup' | 'lead_time_rollup';
  stored: Array<Record<string, unknown>>;
  recounted: Array<Record<string, unknown>>;
}

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
const stored = (rows: RunSql, table: string, key: string, counts: string[]) =>
  rows(`select ${key.replace('period_start', 'period_start::text as period_start')}, ${counts.join(', ')} from ${table}
         where ${counts.map((c) => `${c} <> 0`).join(' or ')} order by ${key}`);

/** The Amsterdam calendar day of a timestamp, and the day, ISO week (Monday) and month it falls in. */
const GRAINS = `cross join (values ('day'), ('week'), ('month')) g(grain)`;
const periodStart = (day: string) =>
  `(case g.grain when 'day' then ${day} when 'week' then ${day} - (extract(isodow from ${day})::int - 1) else date_trunc('month', ${day})::date end)::text`;

/** Each case counted once on its Amsterdam day of receipt and, once resolved or closed, once on that day. */
const recountCases = (rows: RunSql) =>
  rows(`
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
     group by ${CASE_KEY} order by ${CASE_KEY}`);

/** Complaints on their Amsterdam day of receipt, their extensions counted from deadline_extension itself. */
const recountLeadTimes = (rows: RunSql) =>
  rows(`
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
     group by ${LEAD_KEY} order by ${LEAD_KEY}`);

/** Both rollup tables as stored (cells that add up to nothing left out) next to their recount. */
export async function compareRollupsWithRecount(rows: RunSql): Promise<RollupComparison[]> {
  return [
    {
      table: 'case_rollup',
      stored: await stored(rows, 'case_rollup', CASE_KEY, CASE_COUNTS),
      recounted: await recountCases(rows),
    },
    {
      table: 'lead_time_rollup',
      stored: await stored(rows, 'lead_time_rollup', LEAD_KEY, LEAD_COUNTS),
      recounted: await recountLeadTimes(rows),
    },
  ];
}
