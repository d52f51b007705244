import type { RequestContext } from '../../graphql/context.js';
import { toCsv } from './csv.js';
import type { ComplimentRow, Compliments } from './outcomes.type.js';
import type { ReportFilter } from './report-filter.input.js';
import { CellSuppressor } from './report-privacy.js';
import { authorizeReports } from './report.policy.js';
import {
  monthsFit,
  periodBuckets,
  periodOf,
  query,
  rangeOf,
  rollupBucketOf,
  rollupSource,
  type Classification,
} from './report-sql.js';

interface Row {
  key: string | null;
  label: string | null;
  label_nl: string | null;
  bucket: string;
  compliments: number;
  complaints: number;
}

/** Compliments (report 4): see the `Compliments` type. */
export async function compliments({
  ctx,
  filter,
}: {
  ctx: RequestContext;
  filter: ReportFilter;
}): Promise<Compliments> {
  authorizeReports(ctx);
  const period = periodOf(filter);
  const buckets = periodBuckets(period);
  const bucket = rollupBucketOf(period.bucket);
  // Per bucket and service and per bucket and organisation unit, each from the smallest rollup that
  // has it; names are joined to the aggregated rows.
  const counted = (dimension: Classification) => {
    const source = rollupSource(
      [rangeOf(period)],
      { ...filter, kind: null },
      {
        months: monthsFit(period.bucket),
        groupBy: [dimension],
      },
    );
    return {
      sql: `select r.${dimension} as key, ${bucket} as bucket,
                   coalesce(sum(r.cases) filter (where r.kind = 'COMPLIMENT'), 0)::int as compliments,
                   coalesce(sum(r.cases) filter (where r.kind = 'COMPLAINT'), 0)::int as complaints
              from ${source.sql}
             where r.kind in ('COMPLIMENT', 'COMPLAINT')
             group by 1, 2`,
      params: source.params,
    };
  };
  const perService = counted('service_id');
  const perUnit = counted('organisation_unit_id');
  const [settings, rows] = await Promise.all([
    ctx.loaders.settings(),
    query<Row & { dimension: 'service' | 'organisation_unit' }>(
      ctx.em,
      `select x.dimension, x.key, coalesce(s.name, u.name) as label, coalesce(s.name_nl, u.name) as label_nl,
              to_char(x.bucket, 'YYYY-MM-DD') as bucket, x.compliments, x.complaints
         from (select 'service' as dimension, * from (${perService.sql}) by_service
               union all
               select 'organisation_unit', * from (${perUnit.sql}) by_unit) x
         left join service s on x.dimension = 'service' and s.id = x.key
         left join organisation_unit u on x.dimension = 'organisation_unit' and u.id = x.key`,
      [...perService.params, ...perUnit.params],
    ),
  ]);
  const cells = new CellSuppressor(settings.minimumReportCellSize);
  const services = rows.filter((r) => r.dimension === 'service');
  const units = rows.filter((r) => r.dimension === 'organisation_unit');

  const rowsOf = (rows: Row[]): ComplimentRow[] => {
    const groups = new Map<
      string,
      { key: string | null; label: string; labelNl: string; counts: number[]; compliments: number; complaints: number }
    >();
    for (const row of rows) {
      const id = row.key ?? 'none';
      let group = groups.get(id);
      if (!group) {
        group = {
          key: row.key,
          label: row.label ?? 'Not set',
          labelNl: row.label_nl ?? 'Niet ingevuld',
          counts: buckets.map(() => 0),
          compliments: 0,
          complaints: 0,
        };
        groups.set(id, group);
      }
      const index = buckets.indexOf(row.bucket);
      if (index >= 0) group.counts[index]! += row.compliments;
      group.compliments += row.compliments;
      group.complaints += row.complaints;
    }
    return [...groups.values()]
      .sort((a, b) => b.compliments - a.compliments || a.label.localeCompare(b.label))
      .map((g) => {
        const compliments = cells.cell(g.compliments);
        const complaints = cells.cell(g.complaints);
        return {
          key: g.key,
          label: g.label,
          labelNl: g.labelNl,
          counts: g.counts.map((count) => cells.cell(count)),
          compliments,
          complaints,
          complimentsPerComplaint:
            compliments === null || complaints === null || complaints === 0 ? null : compliments / complaints,
        };
      });
  };
  const byService = rowsOf(services);
  const total = buckets.map((bucket) =>
    services.filter((r) => r.bucket === bucket).reduce((n, r) => n + r.compliments, 0),
  );
  return {
    buckets,
    total,
    byService,
    byOrganisationUnit: rowsOf(units),
    suppressedCells: cells.suppressed,
    csv: toCsv(
      ['service', 'compliments', 'complaints', 'compliments per complaint'],
      byService.map((r) => [r.label, r.compliments, r.complaints, r.complimentsPerComplaint]),
    ),
  };
}
