import { addDays, bucketStarts, coverPeriod, startOfAmsterdamDay, toPlainDate, type IsoDate } from '@klankbord/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readSql } from '../../db/replicas.js';
import { InputError } from '../../shared/errors.js';
import type { LeadTimeGrouping } from './lead-time.type.js';
import type { Bucket, ReportFilter } from './report-filter.input.js';

/** Longest period one report covers. */
export const MAX_REPORT_DAYS = 366 * 5;

/** A validated report period: the instants that bound it and its length in days. */
export interface Period {
  from: string;
  to: string;
  start: Date;
  /** Exclusive end: the start of the day after `to`. */
  end: Date;
  days: number;
  bucket: Bucket;
}

/** Checks the filter's dates and turns them into instants at Amsterdam midnight. */
export function periodOf(filter: ReportFilter): Period {
  const from = toPlainDate(filter.from);
  const to = toPlainDate(filter.to);
  const days = from.until(to, { largestUnit: 'days' }).days + 1;
  if (days < 1 || days > MAX_REPORT_DAYS) {
    throw new InputError([
      {
        field: 'to',
        reason: 'OUT_OF_RANGE',
        message: `A report covers 1 to ${MAX_REPORT_DAYS} days, with from on or before to.`,
      },
    ]);
  }
  return {
    from: from.toString(),
    to: to.toString(),
    start: startOfAmsterdamDay(from.toString()),
    end: startOfAmsterdamDay(addDays(to.toString(), 1)),
    days,
    bucket: filter.bucket ?? 'MONTH',
  };
}

/** The same calendar dates a year earlier (29 February falls back to the 28th). */
export function previousYear(period: Period): Period {
  const from = toPlainDate(period.from).subtract({ years: 1 }).toString();
  const to = toPlainDate(period.to).subtract({ years: 1 }).toString();
  return { ...period, from, to, start: startOfAmsterdamDay(from), end: startOfAmsterdamDay(addDays(to, 1)) };
}

/** The same period moved back by `days` (the previous period of equal length). */
export function shiftPeriod(period: Period, days: number): Period {
  const from = addDays(period.from, -days);
  const to = addDays(period.to, -days);
  return { ...period, from, to, start: startOfAmsterdamDay(from), end: startOfAmsterdamDay(addDays(to, 1)) };
}

/**
 * The WHERE clause every report shares, on `feedback_case c`, for cases received in the period (or any time):
 * built from placeholders only, never from text the client sent.
 */
export function caseConditions(
  filter: ReportFilter,
  period: Pick<Period, 'start' | 'end'> | null,
  alias = 'c',
): { sql: string; params: unknown[] } {
  const parts = period ? [`${alias}.received_at >= ?`, `${alias}.received_at < ?`] : ['true'];
  const params: unknown[] = period ? [period.start, period.end] : [];
  if (filter.kind) {
    parts.push(`${alias}.kind = ?`);
    params.push(filter.kind);
  }
  for (const [column, ids] of [
    ['service_id', filter.serviceIds],
    ['complaint_type_id', filter.complaintTypeIds],
    ['organisation_unit_id', filter.organisationUnitIds],
  ] as const) {
    if (ids?.length) {
      // The driver expands an array parameter into a list: `in (?)` becomes `in ($1, $2, …)`.
      parts.push(`${alias}.${column} in (?)`);
      params.push(ids);
    }
  }
  return { sql: parts.join(' and '), params };
}

/** Which count of a case the rollup holds: on its day of receipt, or on the day it was resolved or closed. */
export type RollupMeasure = 'RECEIVED' | 'DONE';

/** Days `[from, until)` that one group of rollup rows stands for; `segment` numbers the group. */
export interface RollupRange {
  from: IsoDate;
  until: IsoDate;
}

/** The days a period covers, as a rollup range. */
export const rangeOf = (period: Pick<Period, 'from' | 'to'>): RollupRange => ({
  from: period.from,
  until: addDays(period.to, 1),
});

/** A classification of cases that a rollup may have in its key (kind is in every case rollup's key). */
export type Classification = 'service_id' | 'complaint_type_id' | 'organisation_unit_id';

/**
 * The case rollups, smallest first, with the classifications in each one's key (migrations
 * `case-rollup` and `compact-rollups`; case-rollup.test.ts holds the tables to this list).
 */
export const CASE_ROLLUPS: ReadonlyArray<{ table: string; classifications: readonly Classification[] }> = [
  { table: 'case_kind_rollup', classifications: [] },
  { table: 'case_unit_rollup', classifications: ['organisation_unit_id'] },
  { table: 'case_class_rollup', classifications: ['service_id', 'complaint_type_id'] },
  { table: 'case_rollup', classifications: ['service_id', 'complaint_type_id', 'organisation_unit_id'] },
];

/** The classifications a filter narrows on. */
const filteredOn = (filter: ReportFilter): Classification[] =>
  (
    [
      ['service_id', filter.serviceIds],
      ['complaint_type_id', filter.complaintTypeIds],
      ['organisation_unit_id', filter.organisationUnitIds],
    ] as const
  )
    .filter(([, ids]) => ids?.length)
    .map(([column]) => column);

/** The smallest case rollup that has in its key what the report groups by and what the filter narrows on. */
export function caseRollupFor(filter: ReportFilter, groupBy: readonly Classification[]): string {
  const needed = [...groupBy, ...filteredOn(filter)];
  return CASE_ROLLUPS.find((rollup) => needed.every((column) => rollup.classifications.includes(column)))!.table;
}

/**
 * A `from` item of rows of `table` (alias `r`) whose day falls in one of `ranges`, matching
 * `conditions` (on alias `c`); column `r.segment` tells which range. Each range is read as whole
 * months, whole weeks and days (`coverPeriod`); `months: false` (week buckets, which cut across
 * months) reads weeks and days only.
 */
function rollupRows(
  table: string,
  ranges: RollupRange[],
  months: boolean,
  conditions: { sql: string; params: unknown[] },
  select = 'c.*',
) {
  const segments = ranges.flatMap((range, index) =>
    coverPeriod(range.from, range.until, { months }).map((cover) => ({ index, ...cover })),
  );
  if (segments.length === 0)
    return { sql: `(select null::int as segment, ${select} from ${table} c where false) r`, params: [] as unknown[] };
  return {
    // A lateral subquery kept apart by `offset 0` (the planner would otherwise flatten it into a hash
    // join over the whole rollup), so each segment is one range scan of the rollup's key index.
    sql: `(select s.segment, c.* from (values ${segments.map(() => '(?::int, ?::text, ?::date, ?::date)').join(', ')}) s(segment, grain, lo, hi)
             cross join lateral (select ${select} from ${table} c where c.grain = s.grain and c.period_start >= s.lo and c.period_start < s.hi
                                    and c.cases <> 0 and ${conditions.sql} offset 0) c) r`,
    params: [...segments.flatMap((s) => [s.index, s.grain, s.from, s.until]), ...conditions.params],
  };
}

/**
 * A `from` item of case rollup rows (alias `r`) that count, exactly once each, the cases of `filter`
 * whose day falls in one of `ranges`; column `r.segment` tells which range. The day is that of
 * receipt (`measure: 'RECEIVED'`) or of resolution or closure (`'DONE'`). The rows come from the
 * smallest rollup keyed by the classifications in `groupBy` (and those the filter narrows on), so
 * only those columns (and `kind`) can be grouped on. Sum the counts.
 */
export function rollupSource(
  ranges: RollupRange[],
  filter: ReportFilter,
  {
    measure = 'RECEIVED',
    months = true,
    groupBy = [],
  }: { measure?: RollupMeasure; months?: boolean; groupBy?: readonly Classification[] } = {},
) {
  const classification = caseConditions(filter, null, 'c');
  return rollupRows(caseRollupFor(filter, groupBy), ranges, months, {
    sql: `${classification.sql} and c.measure = ?`,
    params: [...classification.params, measure],
  });
}

/** What the lead-time report groups by: the column of `lead_time_rollup` (and of the cases) that holds it. */
export const LEAD_TIME_GROUP_COLUMNS: Record<LeadTimeGrouping, string> = {
  COMPLAINT_TYPE: 'complaint_type_id',
  SERVICE: 'service_id',
  RELATIONSHIP_MANAGER: 'relationship_manager_id',
};

/**
 * A `from` item of complaints' lead-time facts (alias `r`: the rollup's counts and
 * `resolution_working_days`, and `group_key`, the id of the row's group under `grouping`) received
 * in one of `ranges`; column `r.segment` tells which range. Unfiltered on classifications it reads
 * `lead_time_group_rollup` (keyed by the grouping alone); filtered on services or complaint types,
 * `lead_time_rollup`; on organisation units, which neither holds, the facts per case.
 */
export function leadTimeSource(ranges: RollupRange[], filter: ReportFilter, grouping: LeadTimeGrouping) {
  const filtered = filteredOn(filter);
  if (filtered.length === 0)
    return rollupRows(
      'lead_time_group_rollup',
      ranges,
      true,
      { sql: 'c.group_by = ?', params: [grouping] },
      'c.group_id as group_key, c.*',
    );
  const classification = caseConditions({ ...filter, kind: null }, null, 'c');
  const select = `c.${LEAD_TIME_GROUP_COLUMNS[grouping]} as group_key, c.*`;
  return filtered.includes('organisation_unit_id')
    ? leadTimeFactsPerCase(ranges, classification, select)
    : rollupRows('lead_time_rollup', ranges, true, classification, select);
}

/**
 * The lead-time rollup has no organisation unit in its key (it would be eight times the rows for
 * every read); filtered on units, the same facts are summed per case from `lead_time_case_facts`,
 * with the same columns, so the report cannot tell the two apart but for speed.
 */
function leadTimeFactsPerCase(
  ranges: RollupRange[],
  classification: { sql: string; params: unknown[] },
  select: string,
) {
  return {
    sql: `(select s.segment, c.* from (values ${ranges.map(() => '(?::int, ?::timestamptz, ?::timestamptz)').join(', ')}) s(segment, lo, hi)
             cross join lateral (select ${select} from lead_time_case_facts c where c.received_at >= s.lo and c.received_at < s.hi
                                    and ${classification.sql} offset 0) c) r`,
    params: [
      ...ranges.flatMap((range, index) => [index, startOfAmsterdamDay(range.from), startOfAmsterdamDay(range.until)]),
      ...classification.params,
    ],
  };
}

/** The Amsterdam bucket start of a rollup row (its `period_start` is an Amsterdam date), as SQL of type date. */
export const rollupBucketOf = (bucket: Bucket) => `date_trunc('${bucket.toLowerCase()}', r.period_start)::date`;

/** Whether a bucket can be counted from month rows (weeks cut across months). */
export const monthsFit = (bucket: Bucket) => bucket !== 'WEEK';

/** Runs report SQL with placeholders, on a replica when the request may read from one (see db/replicas.ts). */
export function query<T extends object>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return readSql<T>(em, sql, params);
}

/** A report query with its placeholders' values. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Runs several report queries as one statement — one round trip, and one pass through the driver,
 * instead of one per part — and returns each part's rows (as JSON: numbers, strings, booleans and
 * nulls, so timestamps come back as ISO strings).
 */
export async function queryParts<T extends Record<string, object>>(
  em: EntityManager,
  parts: { [K in keyof T]: Statement },
): Promise<{ [K in keyof T]: T[K][] }> {
  const names = Object.keys(parts) as Array<keyof T>;
  const [row] = await query<Record<string, unknown>>(
    em,
    `select ${names.map((_, i) => `(select coalesce(json_agg(part), '[]'::json) from (${parts[names[i]!].sql}) part) as part${i}`).join(', ')}`,
    names.flatMap((name) => parts[name].params),
  );
  return Object.fromEntries(names.map((name, i) => [name, row![`part${i}`]])) as { [K in keyof T]: T[K][] };
}

/** Every bucket start from the period's first to its last day, so empty buckets show as zeros. */
export const periodBuckets = (period: Period): string[] => bucketStarts(period.from, period.to, period.bucket);
