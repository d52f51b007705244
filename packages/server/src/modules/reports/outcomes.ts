import type { RequestContext } from '../../graphql/context.js';
import { toCsv } from './csv.js';
import type { Outcomes } from './outcomes.type.js';
import type { ReportFilter } from './report-filter.input.js';
import { authorizeReports } from './report.policy.js';
import { periodOf, query, rangeOf, rollupSource } from './report-sql.js';

const COMPLAINT_OUTCOMES = ['JUSTIFIED', 'PARTLY_JUSTIFIED', 'UNJUSTIFIED', 'WITHDRAWN', 'NOT_HANDLED'] as const;
/** The outcome counts of `case_rollup` that this report reads. */
const OUTCOME_COLUMNS = [
  ...COMPLAINT_OUTCOMES.map((o) => `outcome_${o.toLowerCase()}` as const),
  'outcome_adopted', 'outcome_declined', 'no_outcome', 'no_outcome_withdrawn',
] as const;

/** Outcomes (report 6): see the `Outcomes` type. */
export async function outcomes({ ctx, filter }: { ctx: RequestContext; filter: ReportFilter }): Promise<Outcomes> {
  authorizeReports(ctx);
  const source = rollupSource([rangeOf(periodOf(filter))], { ...filter, kind: null });
  // Per kind, the rollup's count of each outcome (and of none yet, and none because withdrawn).
  const rows = await query<{ kind: string } & Record<string, number>>(
    ctx.em,
    `select r.kind, ${OUTCOME_COLUMNS.map((c) => `sum(r.${c})::int as ${c}`).join(', ')} from ${source.sql} group by 1`,
    source.params,
  );
  const count = (kind: string, column: (typeof OUTCOME_COLUMNS)[number]) => rows.find((r) => r.kind === kind)?.[column] ?? 0;
  const complaints = COMPLAINT_OUTCOMES.map((outcome) => ({ outcome, count: count('COMPLAINT', `outcome_${outcome.toLowerCase()}` as (typeof OUTCOME_COLUMNS)[number]) }));
  const result = {
    complaints,
    complaintsUndecided: count('COMPLAINT', 'no_outcome'),
    suggestionsAdopted: count('SUGGESTION', 'outcome_adopted'),
    suggestionsDeclined: count('SUGGESTION', 'outcome_declined'),
    suggestionsOpen: count('SUGGESTION', 'no_outcome') - count('SUGGESTION', 'no_outcome_withdrawn'),
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
