import type { RequestContext } from '../../graphql/context.js';
import { toCsv } from './csv.js';
import type { LeadTimeGrouping, LeadTimePerformance, LeadTimeRow } from './lead-time.type.js';
import type { ReportFilter } from './report-filter.input.js';
import { CellSuppressor } from './report-privacy.js';
import { authorizeReports } from './report.policy.js';
import { caseConditions, periodOf, query } from './report-sql.js';

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
  median: number | null;
  p90: number | null;
  open_past_deadline: number;
  open_past_triple: number;
}

const GROUP_SQL: Record<LeadTimeGrouping, { key: string; label: string; join: string }> = {
  COMPLAINT_TYPE: { key: 'c.complaint_type_id', label: 'g.name', join: 'left join complaint_type g on g.id = c.complaint_type_id' },
  SERVICE: { key: 'c.service_id', label: 'g.name', join: 'left join service g on g.id = c.service_id' },
  RELATIONSHIP_MANAGER: { key: 'c.relationship_manager_id', label: 'g.display_name', join: 'left join person g on g.id = c.relationship_manager_id' },
};

/**
 * Lead-time performance (report 5), for complaints only: each share and percentile is computed in
 * one SQL pass over the filtered complaints, with extensions counted per case.
 */
export async function leadTimePerformance({ ctx, filter, groupBy }: { ctx: RequestContext; filter: ReportFilter; groupBy: LeadTimeGrouping }): Promise<LeadTimePerformance> {
  authorizeReports(ctx);
  const period = periodOf(filter);
  const where = caseConditions({ ...filter, kind: 'COMPLAINT' }, period);
  const group = GROUP_SQL[groupBy];
  const now = ctx.services.now();
  const measures = `
      count(*)::int as cases,
      count(*) filter (where c.acknowledged_at <= c.acknowledgement_due_at)::int as acknowledged_in_time,
      count(c.resolved_at)::int as resolved,
      count(*) filter (where c.resolved_at <= c.original_resolution_due_at)::int as within_original,
      count(*) filter (where c.resolved_at <= c.resolution_due_at)::int as within_agreed,
      coalesce(sum(x.extensions), 0)::int as extensions,
      coalesce(sum(x.in_time), 0)::int as extensions_in_time,
      percentile_cont(0.5) within group (order by c.resolution_working_days) as median,
      percentile_cont(0.9) within group (order by c.resolution_working_days) as p90,
      count(*) filter (where c.status not in ('CLOSED', 'WITHDRAWN') and c.resolved_at is null and c.resolution_due_at < ?)::int as open_past_deadline,
      count(*) filter (where c.status not in ('CLOSED', 'WITHDRAWN') and c.resolved_at is null
                         and c.received_at + make_interval(days => ceil(c.lead_time_working_days * 3 * 7 / 5.0)::int) < ?)::int as open_past_triple`;
  const extensions = `left join (select case_id, count(*) as extensions, count(*) filter (where informed_in_time) as in_time
                                   from deadline_extension group by case_id) x on x.case_id = c.id`;
  const [rows, [total]] = await Promise.all([
    query<Row>(
      ctx.em,
      `select ${group.key} as key, ${group.label} as label, ${measures}
         from feedback_case c ${extensions} ${group.join}
        where ${where.sql} group by 1, 2 order by cases desc, label`,
      [now, now, ...where.params],
    ),
    query<Row>(ctx.em, `select null as key, 'Total' as label, ${measures} from feedback_case c ${extensions} where ${where.sql}`, [now, now, ...where.params]),
  ]);
  const settings = await ctx.loaders.settings();
  const cells = new CellSuppressor(settings.minimumReportCellSize);
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
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
      medianWorkingDays: row.median === null ? null : Number(row.median),
      p90WorkingDays: row.p90 === null ? null : Number(row.p90),
      openPastDeadline: row.open_past_deadline,
      openPastThreeTimesLeadTime: row.open_past_triple,
    };
  };
  const presented = rows.map((row) => present(row, true));
  const totalRow = present(total!, false);
  const columns = ['cases', 'acknowledgedInTime', 'resolvedWithinOriginalDeadline', 'resolvedWithinAgreedDeadline', 'extensions', 'extensionsInformedInTime', 'medianWorkingDays', 'p90WorkingDays', 'openPastDeadline', 'openPastThreeTimesLeadTime'] as const;
  return {
    total: totalRow,
    rows: presented,
    suppressedCells: cells.suppressed,
    csv: toCsv(['group', ...columns], [totalRow, ...presented].map((r) => [r.label, ...columns.map((c) => r[c])])),
  };
}
