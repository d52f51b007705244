import { addDays, benjaminiHochberg, recurrenceTest } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { toCsv } from './csv.js';
import type { RecurrenceReport, RecurringComplaintType } from './recurring.type.js';
import type { ReportFilter } from './report-filter.input.js';
import { CellSuppressor } from './report-privacy.js';
import { authorizeReports } from './report.policy.js';
import { periodOf, queryParts, rangeOf, rollupSource } from './report-sql.js';

/** Preceding periods of equal length that form a type's own baseline. */
export const BASELINE_PERIODS = 6;
/** A type is flagged only from this many complaints in the period, however unusual fewer would be. */
export const MINIMUM_FLAGGED_COUNT = 3;
/** Without this many earlier periods of data nothing is flagged: there is no baseline yet. */
export const MINIMUM_BASELINE_PERIODS = 2;
/** False discovery rate at which a type is flagged. */
export const FLAG_Q = 0.05;

interface Row {
  type_id: string;
  label: string;
  label_nl: string;
  service_id: string | null;
  service_label: string | null;
  win: number;
  /** True for the type as a whole (service grouped away), false for type × service rows. */
  type_level: boolean;
  count: number;
  has_measure: boolean;
  has_evaluated_measure: boolean;
}

/**
 * Recurring complaint types (report 2): counts per type (and type × service) in the period and
 * the six periods of equal length before it, in one SQL pass over the rollup; the tests and the
 * FDR adjustment run on those few numbers with the domain's statistics.
 */
export async function recurringComplaintTypes({
  ctx,
  filter,
}: {
  ctx: RequestContext;
  filter: ReportFilter;
}): Promise<RecurrenceReport> {
  authorizeReports(ctx);
  const period = periodOf(filter);
  // Window 0 is the period; window k the period of equal length k periods before it.
  const { until } = rangeOf(period);
  const windows = Array.from({ length: BASELINE_PERIODS + 1 }, (_, k) => ({
    from: addDays(until, -(k + 1) * period.days),
    until: addDays(until, -k * period.days),
  }));
  const source = rollupSource(
    windows,
    { ...filter, kind: 'COMPLAINT' },
    { groupBy: ['complaint_type_id', 'service_id'] },
  );
  const measureExists = (status: string, service: string) =>
    `exists (select 1 from preventive_measure m where m.target_complaint_type_id = t.id and m.status in (${status})
               and m.implemented_on is not null and (${service}))`;
  // Type-level rows (service grouped away) count measures for any service; type × service rows
  // count measures for that service or for all services.
  const serviceMatches = 's.id is null or m.target_service_id is null or m.target_service_id = s.id';
  // Counted per window first, over the few rollup rows; names and measures are joined to the counts.
  const [{ rows, firsts }, settings] = await Promise.all([
    queryParts<{ rows: Row; firsts: { first: string | null } }>(ctx.em, {
      rows: {
        sql: `select t.id as type_id, t.name as label, t.name_nl as label_nl, s.id as service_id, s.name as service_label,
              x.win, x.count, x.type_level,
              ${measureExists(`'IMPLEMENTED', 'EVALUATED'`, serviceMatches)} as has_measure,
              ${measureExists(`'EVALUATED'`, serviceMatches)} as has_evaluated_measure
         from (select r.complaint_type_id, r.service_id, r.segment as win, sum(r.cases)::int as count, grouping(r.service_id) = 1 as type_level
                 from ${source.sql}
                where r.complaint_type_id is not null
                group by grouping sets ((r.complaint_type_id, r.segment), (r.complaint_type_id, r.service_id, r.segment))) x
         join complaint_type t on t.id = x.complaint_type_id
         left join service s on not x.type_level and s.id = x.service_id`,
        params: source.params,
      },
      firsts: { sql: 'select min(received_at) as first from feedback_case', params: [] },
    }),
    ctx.loaders.settings(),
  ]);
  const first = firsts[0];
  const cells = new CellSuppressor(settings.minimumReportCellSize);
  // Windows from before the first case ever recorded are not a baseline of zero: they are no data.
  const firstAt = first?.first ? new Date(first.first).getTime() : period.start.getTime();
  const baselineWindows = Math.min(
    BASELINE_PERIODS,
    Math.max(0, Math.floor((period.start.getTime() - firstAt) / (period.days * 86_400_000))),
  );

  const groups = new Map<string, { row: Row; counts: number[] }>();
  for (const row of rows) {
    if (row.win < 0 || row.win > BASELINE_PERIODS) continue;
    const key = `${row.type_id}|${row.type_level ? '*' : (row.service_id ?? '')}`;
    let group = groups.get(key);
    if (!group) {
      group = { row, counts: Array.from({ length: BASELINE_PERIODS + 1 }, () => 0) };
      groups.set(key, group);
    }
    group.counts[row.win] = row.count;
    group.row = {
      ...group.row,
      has_measure: group.row.has_measure || row.has_measure,
      has_evaluated_measure: group.row.has_evaluated_measure || row.has_evaluated_measure,
    };
  }
  const tested = [...groups.values()].map(({ row, counts }) => ({
    row,
    current: counts[0]!,
    test: recurrenceTest({ currentCount: counts[0]!, baselineCounts: counts.slice(1, 1 + baselineWindows) }),
  }));
  const qValues = benjaminiHochberg(tested.map((t) => t.test.pValue));
  const results: Array<RecurringComplaintType & { typeLevel: boolean }> = tested.map(({ row, current, test }, i) => {
    const flagged =
      baselineWindows >= MINIMUM_BASELINE_PERIODS &&
      qValues[i]! < FLAG_Q &&
      current >= MINIMUM_FLAGGED_COUNT &&
      current > test.baselineRate;
    return {
      complaintTypeId: row.type_id,
      label: row.label,
      labelNl: row.label_nl,
      serviceId: row.service_id,
      serviceLabel: row.service_label,
      currentCount: cells.cell(current),
      baselineRate: test.baselineRate,
      statistic: test.statistic,
      pValue: test.pValue,
      qValue: qValues[i]!,
      model: test.model,
      flagged,
      hasMeasure: row.has_measure,
      recurringAfterEvaluatedMeasure: flagged && row.has_evaluated_measure,
      typeLevel: row.type_level,
    };
  });
  const order = (a: RecurringComplaintType, b: RecurringComplaintType) =>
    Number(b.flagged) - Number(a.flagged) || a.qValue - b.qValue;
  const strip = ({
    typeLevel: _typeLevel,
    ...rest
  }: RecurringComplaintType & { typeLevel: boolean }): RecurringComplaintType => rest;
  const types = results
    .filter((r) => r.typeLevel)
    .map(strip)
    .sort(order);
  return {
    types,
    typeByService: results
      .filter((r) => !r.typeLevel)
      .map(strip)
      .sort(order),
    recurringWithoutMeasure: types.filter((t) => t.flagged && !t.hasMeasure),
    baselinePeriods: baselineWindows,
    suppressedCells: cells.suppressed,
    csv: toCsv(
      ['complaint type', 'count', 'baseline rate', 'statistic', 'p', 'q', 'model', 'flagged', 'has measure'],
      types.map((t) => [
        t.label,
        t.currentCount,
        t.baselineRate.toFixed(2),
        t.statistic.toFixed(2),
        t.pValue,
        t.qValue,
        t.model,
        t.flagged,
        t.hasMeasure,
      ]),
    ),
  };
}
