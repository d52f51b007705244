import type { RequestContext } from '../../graphql/context.js';
import { toCsv } from './csv.js';
import type { Outcomes } from './outcomes.type.js';
import type { ReportFilter } from './report-filter.input.js';
import { authorizeReports } from './report.policy.js';
import { periodOf, query, rangeOf, rollupSource } from './report-sql.js';

const COMPLAINT_OUTCOMES = ['JUSTIFIED', 'PARTLY_JUSTIFIED', 'UNJUSTIFIED', 'WITHDRAWN', 'NOT_HANDLED'] as const;

/** Outcomes (report 6): see the `Outcomes` type. */
export async function outcomes({ ctx, filter }: { ctx: RequestContext; filter: ReportFilter }): Promise<Outcomes> {
  authorizeReports(ctx);
  const source = rollupSource([rangeOf(periodOf(filter))], { ...filter, kind: null });
  const rows = await query<{ kind: string; outcome: string | null; withdrawn: boolean; count: number }>(
    ctx.em,
    `select r.kind, r.outcome, r.withdrawn, sum(r.cases)::int as count from ${source.sql} group by 1, 2, 3`,
    source.params,
  );
  const sum = (test: (r: (typeof rows)[number]) => boolean) => rows.filter(test).reduce((n, r) => n + r.count, 0);
  const complaints = COMPLAINT_OUTCOMES.map((outcome) => ({ outcome, count: sum((r) => r.kind === 'COMPLAINT' && r.outcome === outcome) }));
  const result = {
    complaints,
    complaintsUndecided: sum((r) => r.kind === 'COMPLAINT' && r.outcome === null),
    suggestionsAdopted: sum((r) => r.kind === 'SUGGESTION' && r.outcome === 'ADOPTED'),
    suggestionsDeclined: sum((r) => r.kind === 'SUGGESTION' && r.outcome === 'DECLINED'),
    suggestionsOpen: sum((r) => r.kind === 'SUGGESTION' && r.outcome === null && !r.withdrawn),
  };
  return {
    ...result,
    csv: toCsv(['kind', 'outcome', 'count'], [
      ...complaints.map((c) => ['COMPLAINT', c.outcome, c.count]),
      ['COMPLAINT', 'UNDECIDED', result.complaintsUndecided],
      ['SUGGESTION', 'ADOPTED', result.suggestionsAdopted],
      ['SUGGESTION', 'DECLINED', result.suggestionsDeclined],
      ['SUGGESTION', 'OPEN', result.suggestionsOpen],
    ]),
  };
}
