import { histogramQuantile, type Histogram } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { openStatusSql } from '../../shared/domain-sql.js';
import { toCsv } from './csv.js';
import { acknowledgementDelivery } from './acknowledgement-delivery.js';
import type { LeadTimeGrouping, LeadTimePerformance, LeadTimeRow } from './lead-time.type.js';
import type { ReportFilter } from './report-filter.input.js';
import { CellSuppressor } from './report-privacy.js';
import { authorizeReports } from './report.policy.js';
import {
  LEAD_TIME_GROUP_COLUMNS,
  caseConditions,
  leadTimeSource,
  periodOf,
  queryParts,
  rangeOf,
} from './report-sql.js';

/** The sums of one group, and its lead times as a histogram of whole working days. */
interface Row {
  key: string | null;
  label: string | null;
  cases: number;
  acknowledged_in_time: number;
  resolved: number;
  within_original: number;
  within_agreed: number;
  extensions: number;
  extensions_in_time: number;
  leadTimes: Array<[number, number]>;
  open_past_deadline: number;
  open_past_triple: number;
}
type Counted = Omit<Row, 'leadTimes' | 'open_past_deadline' | 'open_past_triple'> & { working_days: number | null };
const COUNTS = [
  'cases',
  'acknowledged_in_time',
  'resolved',
  'within_original',
  'within_agreed',
  'extensions',
  'extensions_in_time',
] as const;

/** Each grouping's column on the case, and where its names are. */
const GROUP_NAMES: Record<LeadTimeGrouping, { column: string; label: string; table: string }> = {
  COMPLAINT_TYPE: { column: 'complaint_type_id', label: 'g.name', table: 'complaint_type' },
  SERVICE: { column: 'service_id', label: 'g.name', table: 'service' },
  RELATIONSHIP_MANAGER: { column: 'relationship_manager_id', label: 'g.display_name', table: 'person' },
};

/**
 * Lead-time performance (report 5), for complaints only. Shares, extensions and lead times come
 * from the lead-time rollups (`leadTimeSource`) (counts per group and per whole working day, so the median and p90 are
 * exact); the open cases past their deadline are counted from the cases, as they depend on now.
 */
export async function leadTimePerformance({
  ctx,
  filter,
  groupBy,
}: {
  ctx: RequestContext;
  filter: ReportFilter;
  groupBy: LeadTimeGrouping;
}): Promise<LeadTimePerformance> {
  authorizeReports(ctx);
  const period = periodOf(filter);
  const group = GROUP_NAMES[groupBy];
  const source = leadTimeSource([rangeOf(period)], filter, groupBy);
  const open = caseConditions({ ...filter, kind: 'COMPLAINT' }, period);
  const now = ctx.services.now();
  const [settings, { counted, openRows }] = await Promise.all([
    ctx.loaders.settings(),
    queryParts<{
      counted: Counted;
      openRows: { key: string | null; open_past_deadline: number; open_past_triple: number };
    }>(ctx.em, {
      counted: {
        // Summed first, then named: the join touches a few dozen rows, not every rollup row.
        sql: `select x.*, ${group.label} as label
         from (select r.group_key as key, r.resolution_working_days as working_days, ${COUNTS.map((c) => `sum(r.${c})::int as ${c}`).join(', ')}
                 from ${source.sql} group by 1, 2) x
         left join ${group.table} g on g.id = x.key`,
        params: source.params,
      },
      openRows: {
        sql: `select c.${LEAD_TIME_GROUP_COLUMNS[groupBy]} as key,
              count(*) filter (where c.resolution_due_at < ?)::int as open_past_deadline,
              count(*) filter (where c.received_at + make_interval(days => ceil(c.lead_time_working_days * 3 * 7 / 5.0)::int) < ?)::int as open_past_triple
         from feedback_case c
        where ${open.sql} and ${openStatusSql('c.status')} and c.resolved_at is null
        group by 1`,
        params: [now, now, ...open.params],
      },
    }),
  ]);
  const groups = new Map<string | null, Row>();
  const blank = (key: string | null, label: string | null): Row => ({
    key,
    label,
    cases: 0,
    acknowledged_in_time: 0,
    resolved: 0,
    within_original: 0,
    within_agreed: 0,
    extensions: 0,
    extensions_in_time: 0,
    leadTimes: [],
    open_past_deadline: 0,
    open_past_triple: 0,
  });
  const total = blank(null, 'Total');
  for (const row of counted) {
    let entry = groups.get(row.key);
    if (!entry) groups.set(row.key, (entry = blank(row.key, row.label)));
    for (const target of [entry, total]) {
      for (const c of COUNTS) target[c] += row[c];
      if (row.working_days !== null) target.leadTimes.push([row.working_days, row.cases]);
    }
  }
  for (const row of openRows) {
    const entry = groups.get(row.key);
    for (const target of entry ? [entry, total] : [total]) {
      target.open_past_deadline += row.open_past_deadline;
      target.open_past_triple += row.open_past_triple;
    }
  }
  const rows = [...groups.values()].sort((a, b) => b.cases - a.cases || (a.label ?? '').localeCompare(b.label ?? ''));
  const cells = new CellSuppressor(settings.minimumReportCellSize);
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const percentile = (histogram: Histogram, p: number) => {
    const value = histogramQuantile(histogram, p);
    return Number.isNaN(value) ? null : value;
  };
  const present = (row: Row, suppress: boolean): LeadTimeRow => {
    if (suppress && cells.hides(row.cases)) {
      cells.suppressed++;
      return {
        key: row.key,
        label: row.label ?? 'Not set',
        cases: null,
        acknowledgedInTime: null,
        resolvedWithinOriginalDeadline: null,
        resolvedWithinAgreedDeadline: null,
        extensions: null,
        extensionsInformedInTime: null,
        medianWorkingDays: null,
        p90WorkingDays: null,
        openPastDeadline: null,
        openPastThreeTimesLeadTime: null,
      };
    }
    return {
      key: row.key,
      label: row.label ?? 'Not set',
      cases: row.cases,
      acknowledgedInTime: share(row.acknowledged_in_time, row.cases),
      resolvedWithinOriginalDeadline: share(row.within_original, row.resolved),
      resolvedWithinAgreedDeadline: share(row.within_agreed, row.resolved),
      extensions: row.extensions,
      extensionsInformedInTime: share(row.extensions_in_time, row.extensions),
      medianWorkingDays: percentile(row.leadTimes, 0.5),
      p90WorkingDays: percentile(row.leadTimes, 0.9),
      openPastDeadline: row.open_past_deadline,
      openPastThreeTimesLeadTime: row.open_past_triple,
    };
  };
  const delivery = acknowledgementDelivery(ctx, filter, period, group.column);
  const presented = rows.map((row) => ({
    ...present(row, true),
    ...(cells.hides(row.cases) ? {} : { acknowledgementSentInTime: () => delivery.shareOf(row.key) }),
  }));
  const totalRow = { ...present(total, false), acknowledgementSentInTime: () => delivery.shareOfAll() };
  const columns = [
    'cases',
    'acknowledgedInTime',
    'resolvedWithinOriginalDeadline',
    'resolvedWithinAgreedDeadline',
    'extensions',
    'extensionsInformedInTime',
    'medianWorkingDays',
    'p90WorkingDays',
    'openPastDeadline',
    'openPastThreeTimesLeadTime',
  ] as const;
  return {
    total: totalRow,
    rows: presented,
    suppressedCells: cells.suppressed,
    csv: toCsv(
      ['group', ...columns],
      [totalRow, ...presented].map((r) => [r.label, ...columns.map((c) => r[c])]),
    ),
  };
}
