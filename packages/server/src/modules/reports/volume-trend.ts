import type { RequestContext } from '../../graphql/context.js';
import { openStatusSql } from '../../shared/domain-sql.js';
import { toCsv } from './csv.js';
import type { ReportFilter } from './report-filter.input.js';
import { CellSuppressor } from './report-privacy.js';
import { authorizeReports } from './report.policy.js';
import {
  caseConditions,
  monthsFit,
  periodBuckets,
  periodOf,
  previousYear,
  queryParts,
  rangeOf,
  rollupBucketOf,
  rollupSource,
  shiftPeriod,
  type Period,
  type Statement,
} from './report-sql.js';
import type { TrendSeries, VolumeTrend } from './volume-trend.type.js';

interface CountRow {
  key: string | null;
  label: string | null;
  label_nl: string | null;
  bucket: string;
  count: number;
}

/** A row of the one grouping-sets pass: per bucket, and per bucket and complaint type or service. */
interface GroupedRow {
  dimension: 'complaint_type' | 'service' | 'all';
  key: string | null;
  label: string | null;
  label_nl: string | null;
  bucket: string;
  count: number;
  complaints: number;
}

/** Volume trend (report 1): see the `VolumeTrend` type for what it counts. */
export async function volumeTrend({
  ctx,
  filter,
}: {
  ctx: RequestContext;
  filter: ReportFilter;
}): Promise<VolumeTrend> {
  authorizeReports(ctx);
  const period = periodOf(filter);
  const { em } = ctx;
  const buckets = periodBuckets(period);
  const open = caseConditions(filter, period);
  const received = rollupSource([rangeOf(period)], filter, {
    months: monthsFit(period.bucket),
    groupBy: ['complaint_type_id', 'service_id'],
  });
  const bucket = rollupBucketOf(period.bucket);

  // Received per bucket, per bucket and complaint type (complaints only) and per bucket and service,
  // in one pass over the rollup; names are joined to the few aggregated rows.
  const grouped: Statement = {
    sql: `select case when x.by_type = 0 then 'complaint_type' when x.by_service = 0 then 'service' else 'all' end as dimension,
            coalesce(t.id, s.id) as key, coalesce(t.name, s.name) as label, coalesce(t.name_nl, s.name_nl) as label_nl,
            to_char(x.bucket, 'YYYY-MM-DD') as bucket, x.count, x.complaints
       from (select grouping(r.complaint_type_id) as by_type, grouping(r.service_id) as by_service, r.complaint_type_id, r.service_id,
                    ${bucket} as bucket, sum(r.cases)::int as count,
                    coalesce(sum(r.cases) filter (where r.kind = 'COMPLAINT'), 0)::int as complaints
               from ${received.sql}
              group by grouping sets ((${bucket}), (r.complaint_type_id, ${bucket}), (r.service_id, ${bucket}))) x
       left join complaint_type t on x.by_type = 0 and t.id = x.complaint_type_id
       left join service s on x.by_service = 0 and s.id = x.service_id`,
    params: received.params,
  };
  // Open cases are few, and their age depends on now: counted from the cases (partial index on open cases).
  const backlog: Statement = {
    sql: `select case when age <= 7 then '0-7' when age <= 30 then '8-30' when age <= 90 then '31-90' else '90+' end as label, count(*)::int as count
         from (select extract(day from ?::timestamptz - c.received_at) as age from feedback_case c
                where ${open.sql} and ${openStatusSql('c.status')} and c.resolved_at is null) open_cases
        group by 1`,
    params: [ctx.services.now(), ...open.params],
  };
  const [settings, parts] = await Promise.all([
    ctx.loaders.settings(),
    queryParts<{
      rows: GroupedRow;
      resolvedRows: { bucket: string; count: number };
      earlierRows: { segment: number; count: number };
      backlogRows: { label: string; count: number };
    }>(em, {
      rows: grouped,
      resolvedRows: resolvedPerBucket(filter, period),
      earlierRows: earlierTotals(filter, period),
      backlogRows: backlog,
    }),
  ]);
  const { rows, resolvedRows, backlogRows } = parts;
  const earlierTotal = (segment: number) => parts.earlierRows.find((r) => r.segment === segment)?.count ?? 0;
  const earlier = { previous: earlierTotal(0), yearBefore: earlierTotal(1) };
  const cells = new CellSuppressor(settings.minimumReportCellSize);
  const typeRows: CountRow[] = rows
    .filter((r) => r.dimension === 'complaint_type' && r.complaints > 0)
    .map((r) => ({ ...r, count: r.complaints }));
  const serviceRows: CountRow[] = rows.filter((r) => r.dimension === 'service');
  const receivedRows = rows.filter((r) => r.dimension === 'all');
  const total = receivedRows.reduce((n, r) => n + r.count, 0);

  const toSeries = (rows: CountRow[]): TrendSeries[] => {
    const byKey = new Map<string, TrendSeries & { raw: number[] }>();
    for (const row of rows) {
      const key = row.key ?? 'none';
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          key,
          label: row.label ?? 'Not classified',
          labelNl: row.label_nl ?? 'Niet ingedeeld',
          counts: [],
          raw: buckets.map(() => 0),
          total: 0,
        };
        byKey.set(key, entry);
      }
      const index = buckets.indexOf(row.bucket);
      if (index >= 0) entry.raw[index] = row.count;
      entry.total += row.count;
    }
    return [...byKey.values()]
      .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label))
      .map(({ raw, ...entry }) => ({ ...entry, counts: raw.map((count) => cells.cell(count)) }));
  };
  const perBucket = (rows: Array<{ bucket: string; count: number }>) =>
    buckets.map((b) => rows.find((r) => r.bucket === b)?.count ?? 0);

  const byComplaintType = toSeries(typeRows);
  const byService = toSeries(serviceRows);
  const change = (now: number, before: number) => (before === 0 ? null : (now - before) / before);
  const csvRows = [
    ...byComplaintType.map((s) => ['complaint type', s.label, ...s.counts, s.total]),
    ...byService.map((s) => ['service', s.label, ...s.counts, s.total]),
  ];
  return {
    buckets,
    received: perBucket(receivedRows),
    resolved: perBucket(resolvedRows),
    byComplaintType,
    byService,
    total,
    previousPeriodTotal: earlier.previous,
    previousYearTotal: earlier.yearBefore,
    changeVsPreviousPeriod: change(total, earlier.previous),
    changeVsPreviousYear: change(total, earlier.yearBefore),
    backlog: ['0-7', '8-30', '31-90', '90+'].map((label) => ({
      label,
      count: backlogRows.find((r) => r.label === label)?.count ?? 0,
    })),
    suppressedCells: cells.suppressed,
    csv: toCsv(['dimension', 'name', ...buckets, 'total'], csvRows),
  };
}

/** Cases resolved (or closed without resolution) per bucket of that date, among the filter's kinds and classifications. */
function resolvedPerBucket(filter: ReportFilter, period: Period): Statement {
  const done = rollupSource([rangeOf(period)], filter, { measure: 'DONE', months: monthsFit(period.bucket) });
  return {
    sql: `select to_char(${rollupBucketOf(period.bucket)}, 'YYYY-MM-DD') as bucket, sum(r.cases)::int as count from ${done.sql} group by 1`,
    params: done.params,
  };
}

/** Cases received in the period before this one (of equal length, segment 0) and in the same period a year earlier (segment 1). */
function earlierTotals(filter: ReportFilter, period: Period): Statement {
  const source = rollupSource([shiftPeriod(period, period.days), previousYear(period)].map(rangeOf), filter);
  return { sql: `select r.segment, sum(r.cases)::int as count from ${source.sql} group by 1`, params: source.params };
}
