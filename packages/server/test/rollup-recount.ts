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
  table: string;
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

/** Every rollup the triggers keep, with its key and the recount it must equal (summed to that key). */
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

/** The recount `sql` summed to a rollup's `key`, without cells that add up to nothing. */
const regrouped = (rows: RunSql, sql: string, key: string, counts: string[]) =>
  rows(`select ${key.replace('period_start', 'period_start::text as period_start')}, ${counts.map((c) => `sum(${c})::int as ${c}`).join(', ')}
          from (${sql}) recount group by ${key} having ${counts.map((c) => `sum(${c}) <> 0`).join(' or ')} order by ${key}`);

/** Every rollup table as stored (cells that add up to nothing left out) next to its recount. */
export async function compareRollupsWithRecount(rows: RunSql): Promise<RollupComparison[]> {
  const comparisons: RollupComparison[] = [];
  for (const { table, key, counts, recount } of ROLLUPS) {
    comparisons.push({
      table,
      stored: await stored(rows, table, key, counts),
      recounted: await regrouped(rows, recount, key, counts),
    });
  }
  return comparisons;
}
