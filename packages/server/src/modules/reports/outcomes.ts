import { COMPLAINT_DECISIONS, type CaseKind, type CaseOutcome } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { toCsv } from './csv.js';
import type { Outcomes } from './outcomes.type.js';
import type { ReportFilter } from './report-filter.input.js';
import { authorizeReports } from './report.policy.js';
import { periodOf, query, rangeOf, rollupSource } from './report-sql.js';

/** The `case_rollup` column that counts an outcome (one per domain outcome; a test holds the schema to it). */
const outcomeColumn = (outcome: CaseOutcome) => `outcome_${outcome.toLowerCase()}`;
/** The outcome counts of `case_rollup` that this report reads. */
const OUTCOME_COLUMNS = [
  ...COMPLAINT_DECISIONS.map(outcomeColumn),
  outcomeColumn('ADOPTED'),
  outcomeColumn('DECLINED'),
  'no_outcome',
  'no_outcome_withdrawn',
];

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
  const count = (kind: CaseKind, column: string) => rows.find((r) => r.kind === kind)?.[column] ?? 0;
  const complaints = COMPLAINT_DECISIONS.map((outcome) => ({
    outcome,
    count: count('COMPLAINT', outcomeColumn(outcome)),
  }));
  const result = {
    complaints,
    complaintsUndecided: count('COMPLAINT', 'no_outcome'),
    suggestionsAdopted: count('SUGGESTION', outcomeColumn('ADOPTED')),
    suggestionsDeclined: count('SUGGESTION', outcomeColumn('DECLINED')),
    suggestionsOpen: count('SUGGESTION', 'no_outcome') - count('SUGGESTION', 'no_outcome_withdrawn'),
  };
  return {
    ...result,
    csv: toCsv(
      ['kind', 'outcome', 'count'],
      [
        ...complaints.map((c) => ['COMPLAINT', c.outcome, c.count]),
        ['COMPLAINT', 'UNDECIDED', result.complaintsUndecided],
        ['SUGGESTION', 'ADOPTED', result.suggestionsAdopted],
        ['SUGGESTION', 'DECLINED', result.suggestionsDeclined],
        ['SUGGESTION', 'OPEN', result.suggestionsOpen],
      ],
    ),
  };
}
