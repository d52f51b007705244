import { startOfAmsterdamDay } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { requireYear } from '../../shared/validation.js';
import { PreventiveMeasure } from '../measures/preventive-measure.entity.js';
import type { AnnualReport } from './annual-report.type.js';
import { compliments } from './compliments.js';
import { leadTimePerformance } from './lead-time-performance.js';
import { outcomes } from './outcomes.js';
import { recurringComplaintTypes } from './recurring-complaint-types.js';
import { authorizeReports } from './report.policy.js';
import { periodOf, query, rangeOf, rollupSource } from './report-sql.js';
import { volumeTrend } from './volume-trend.js';

/** The annual report (report 7): the other reports for one calendar year, in one answer. */
export async function annualReport({ ctx, year }: { ctx: RequestContext; year: number }): Promise<AnnualReport> {
  authorizeReports(ctx);
  // Next year at most: its report is empty until January, later years are a mistake.
  requireYear(year, ctx.services.now(), 1);
  const filter = { from: `${year}-01-01`, to: `${year}-12-31`, bucket: 'MONTH' as const };
  const received = rollupSource([rangeOf(periodOf(filter))], filter);
  const [kinds, volumes, outcomeReport, timeliness, recurrence, complimentReport, measures] = await Promise.all([
    query<{ kind: string; count: number }>(
      ctx.em,
      `select r.kind, sum(r.cases)::int as count from ${received.sql} group by 1`,
      received.params,
    ),
    volumeTrend({ ctx, filter }),
    outcomes({ ctx, filter }),
    leadTimePerformance({ ctx, filter, groupBy: 'COMPLAINT_TYPE' }),
    recurringComplaintTypes({ ctx, filter: { ...filter, kind: 'COMPLAINT' } }),
    compliments({ ctx, filter }),
    ctx.em.find(
      PreventiveMeasure,
      // The year is an Amsterdam year, like every count above: 23:30Z on 31 December is already the next one.
      {
        $or: [
          { proposedAt: { $gte: startOfAmsterdamDay(`${year}-01-01`), $lt: startOfAmsterdamDay(`${year + 1}-01-01`) } },
          { implementedOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } },
        ],
      },
      { orderBy: { proposedAt: 'asc' }, populate: ['targetComplaintType'] },
    ),
  ]);
  const count = (kind: string) => kinds.find((k) => k.kind === kind)?.count ?? 0;
  return {
    year,
    complaints: count('COMPLAINT'),
    suggestions: count('SUGGESTION'),
    compliments: count('COMPLIMENT'),
    volumes,
    outcomes: outcomeReport,
    timeliness,
    recurrence,
    complimentsByService: complimentReport,
    measures: await Promise.all(
      measures.map(async (m) => {
        const effect = await ctx.loaders.measureEffect.load(m);
        return {
          title: m.title,
          complaintType: m.targetComplaintType.getEntity().name,
          status: m.status,
          implementedOn: m.implementedOn,
          effect: effect.enoughData ? effect.interpretation : null,
        };
      }),
    ),
  };
}
