import { addDays, bucketStarts, coverPeriod, startOfAmsterdamDay, toPlainDate, type IsoDate } from '@klankbord/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readSql } from '../../db/replicas.js';
import { InputError } from '../../shared/errors.js';
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

/** The rollup tables (see migration `case-rollup`): case counts by classification, and complaint lead times. */
export type RollupTable = 'case_rollup' | 'lead_time_rollup';

/**
 * A `from` item of rollup rows (alias `r`) that count, exactly once each, the cases of `filter`
 * whose day falls in one of `ranges`; column `r.segment` tells which range. Each range is read as
 * whole months, whole weeks and days (`coverPeriod`); `months: false` (week buckets, which cut
 * across months) reads weeks and days only. In `case_rollup` the day is that of receipt
 * (`measure: 'RECEIVED'`) or of resolution or closure (`'DONE'`); in `lead_time_rollup`, which
 * holds complaints only, it is the day of receipt. Sum the counts.
 */
export function rollupSource(
  ranges: RollupRange[],
  filter: ReportFilter,
  {
    table = 'case_rollup',
    measure = 'RECEIVED',
    months = true,
  }: { table?: RollupTable; measure?: RollupMeasure; months?: boolean } = {},
) {
  if (table === 'lead_time_rollup' && filter.organisationUnitIds?.length) return leadTimeFactsPerCase(ranges, filter);
  const segments = ranges.flatMap((range, index) =>
    coverPeriod(range.from, range.until, { months }).map((cover) => ({ index, ...cover })),
  );
  if (segments.length === 0)
    return { sql: `(select null::int as segment, ${table}.* from ${table} where false) r`, params: [] as unknown[] };
  const classification = caseConditions(table === 'case_rollup' ? filter : { ...filter, kind: null }, null, 'c');
  const byMeasure = table === 'case_rollup' ? { sql: 'and c.measure = ?', params: [measure] } : { sql: '', params: [] };
  return {
    // A lateral subquery kept apart by `offset 0` (the planner would otherwise flatten it into a hash
    // join over the whole rollup), so each segment is one range scan of the rollup's key index.
    sql: `(select s.segment, c.* from (values ${segments.map(() => '(?::int, ?::text, ?::date, ?::date)').join(', ')}) s(segment, grain, lo, hi)
             cross join lateral (select * from ${table} c where c.grain = s.grain and c.period_start >= s.lo and c.period_start < s.hi
                                    and c.cases <> 0 and ${classification.sql} ${byMeasure.sql} offset 0) c) r`,
    params: [
      ...segments.flatMap((s) => [s.index, s.grain, s.from, s.until]),
      ...classification.params,
      ...byMeasure.params,
    ],
  };
}

/**
 * The lead-time rollup has no organisation unit in its key (it would be eight times the rows for
 * every read); filtered on units, the same facts are summed per case from `lead_time_case_facts`,
 * with the same columns, so the report cannot tell the two apart but for speed.
 */
function leadTimeFactsPerCase(ranges: RollupRange[], filter: ReportFilter) {
  const classification = caseConditions({ ...filter, kind: null }, null, 'c');
  return {
    sql: `(select s.segment, c.* from (values ${ranges.map(() => '(?::int, ?::timestamptz, ?::timestamptz)').join(', ')}) s(segment, lo, hi)
             cross join lateral (select * from lead_time_case_facts c where c.received_at >= s.lo and c.received_at < s.hi
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

/** Every bucket start from the period's first to its last day, so empty buckets show as zeros. */
export const periodBuckets = (period: Period): string[] => bucketStarts(period.from, period.to, period.bucket);
