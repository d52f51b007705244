import { addDays, coverPeriod, type IsoDate } from '@klankbord/domain';
import { openStatusSql } from '../src/shared/domain-sql.js';

/**
 * The floor of each report: the same answer (counts, names, flags) from one hand-written SQL
 * statement over the smallest pre-aggregation that answers it — the compact rollups keyed only by
 * what the report groups by (migration `compact-rollups`: per kind for totals, outcomes and the
 * resolved series; kind, service and complaint type for the trend and recurring types; kind and
 * unit for compliments per unit; lead times per grouping) — sent through `pg`: what a person
 * writing the query by hand for this one period would send. The server's latency is compared with it.
 */

/** `(segment, grain, lo, hi)` rows covering each range with months, weeks and days, as SQL literals. */
function segments(ranges: Array<{ from: IsoDate; until: IsoDate }>): string {
  return ranges
    .flatMap((range, index) =>
      coverPeriod(range.from, range.until).map((s) => `(${index}, '${s.grain}', date '${s.from}', date '${s.until}')`),
    )
    .join(', ');
}

/** Rows of `table` covering `ranges` (column `segment` numbers the range), read as months, weeks and days. */
const rows = (table: string, ranges: Array<{ from: IsoDate; until: IsoDate }>, where = '') =>
  `(select s.segment, c.* from (values ${segments(ranges)}) s(segment, grain, lo, hi)
      cross join lateral (select * from ${table} c where c.grain = s.grain and c.period_start >= s.lo and c.period_start < s.hi and c.cases <> 0 ${where} offset 0) c)`;

/** One JSON array of a query's rows, so several parts fit in one statement. */
const json = (sql: string) => `(select coalesce(json_agg(t), '[]') from (${sql}) t)`;

/** Hand-written statements for the period `[from, to]` (month buckets; all kinds, or complaints). */
export function floorStatements(from: IsoDate, to: IsoDate, now: Date): Record<string, string> {
  const until = addDays(to, 1);
  const days = Math.round((Date.parse(until) - Date.parse(from)) / 86_400_000);
  const period = [{ from, until }];
  const lastYear = (d: IsoDate) => `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`;
  const windows = Array.from({ length: 7 }, (_, k) => ({
    from: addDays(until, -(k + 1) * days),
    until: addDays(until, -k * days),
  }));
  const received = (table: string) => rows(table, period, `and c.measure = 'RECEIVED'`);
  const month = `date_trunc('month', r.period_start)::date`;
  const amsterdamMidnight = (d: IsoDate) => `(date '${d}')::timestamp at time zone 'Europe/Amsterdam'`;
  const open = `from feedback_case c where c.received_at >= ${amsterdamMidnight(from)} and c.received_at < ${amsterdamMidnight(until)}
                  and ${openStatusSql('c.status')} and c.resolved_at is null`;
  const statements: Record<string, string> = {
    volumeTrend: `select ${json(`
        select x.*, coalesce(t.name, s.name) as label, coalesce(t.name_nl, s.name_nl) as label_nl from (
          select grouping(r.complaint_type_id) as gt, grouping(r.service_id) as gs, r.complaint_type_id, r.service_id, ${month} as bucket,
                 sum(r.cases) as count, sum(r.cases) filter (where r.kind = 'COMPLAINT') as complaints
            from ${received('case_class_rollup')} r group by grouping sets ((${month}), (r.complaint_type_id, ${month}), (r.service_id, ${month}))) x
        left join complaint_type t on x.gt = 0 and t.id = x.complaint_type_id left join service s on x.gs = 0 and s.id = x.service_id`)},
      ${json(`select ${month} as bucket, sum(r.cases) from ${rows('case_kind_rollup', period, `and c.measure = 'DONE'`)} r group by 1`)},
      ${json(
        `select r.segment, sum(r.cases) from ${rows(
          'case_kind_rollup',
          [
            { from: addDays(from, -days), until: from },
            { from: lastYear(from), until: lastYear(until) },
          ],
          `and c.measure = 'RECEIVED'`,
        )} r group by 1`,
      )},
      ${json(`select width_bucket(extract(day from timestamptz '${now.toISOString()}' - c.received_at), array[8, 31, 91]) as band, count(*) ${open} group by 1`)}`,
    recurringComplaintTypes: `select ${json(`
        select x.*, t.name, t.name_nl, s.name as service_name,
               exists (select 1 from preventive_measure m where m.target_complaint_type_id = t.id and m.status in ('IMPLEMENTED', 'EVALUATED')
                         and m.implemented_on is not null and (s.id is null or m.target_service_id is null or m.target_service_id = s.id)) as has_measure
          from (select r.complaint_type_id, r.service_id, r.segment, sum(r.cases) as count, grouping(r.service_id) = 1 as type_level
                  from ${rows('case_class_rollup', windows, `and c.measure = 'RECEIVED' and c.kind = 'COMPLAINT'`)} r where r.complaint_type_id is not null
                 group by grouping sets ((r.complaint_type_id, r.segment), (r.complaint_type_id, r.service_id, r.segment))) x
          join complaint_type t on t.id = x.complaint_type_id left join service s on not x.type_level and s.id = x.service_id`)}`,
    leadTimePerformance: `select ${json(`
        select x.*, g.name from (
          select r.group_id, r.resolution_working_days, sum(r.cases), sum(r.acknowledged_in_time), sum(r.resolved), sum(r.within_original),
                 sum(r.within_agreed), sum(r.extensions), sum(r.extensions_in_time)
            from ${rows('lead_time_group_rollup', period, `and c.group_by = 'COMPLAINT_TYPE'`)} r group by 1, 2) x
        left join complaint_type g on g.id = x.group_id`)},
      ${json(`select c.complaint_type_id, count(*) filter (where c.resolution_due_at < timestamptz '${now.toISOString()}') ${open} and c.kind = 'COMPLAINT' group by 1`)}`,
    compliments: `select ${json(`
        select x.*, coalesce(s.name, u.name) as label from (
          select 'service' as dimension, r.service_id as key, ${month} as bucket,
                 sum(r.cases) filter (where r.kind = 'COMPLIMENT') as compliments, sum(r.cases) filter (where r.kind = 'COMPLAINT') as complaints
            from ${received('case_class_rollup')} r where r.kind in ('COMPLIMENT', 'COMPLAINT') group by 2, 3
          union all
          select 'unit', r.organisation_unit_id, ${month},
                 sum(r.cases) filter (where r.kind = 'COMPLIMENT'), sum(r.cases) filter (where r.kind = 'COMPLAINT')
            from ${received('case_unit_rollup')} r where r.kind in ('COMPLIMENT', 'COMPLAINT') group by 2, 3) x
        left join service s on x.dimension = 'service' and s.id = x.key left join organisation_unit u on x.dimension = 'unit' and u.id = x.key`)}`,
    outcomes: `select ${json(`select r.kind, sum(r.outcome_justified), sum(r.outcome_partly_justified), sum(r.outcome_unjustified), sum(r.outcome_withdrawn),
        sum(r.outcome_not_handled), sum(r.outcome_adopted), sum(r.outcome_declined), sum(r.no_outcome), sum(r.no_outcome_withdrawn) from ${received('case_kind_rollup')} r group by 1`)}`,
  };
  // The dashboard bundle's floor: every part in one statement.
  statements['dashboard bundle'] = `select ${Object.values(statements)
    .map((s) => `(${s.replace(/^select /, 'select row(').concat(')')})`)
    .join(', ')}`;
  return statements;
}
