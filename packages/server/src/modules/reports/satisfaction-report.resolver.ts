import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { AnnualReport } from './annual-report.type.js';
import { ReportFilter } from './report-filter.input.js';
import { satisfactionReport } from './satisfaction-report.js';
import { SatisfactionReport } from './satisfaction-report.type.js';

/** Report 8, satisfaction after closure: on its own and as a section of the annual report. */
@Resolver(() => AnnualReport)
export class SatisfactionReportResolver {
  @Authorized()
  @Query(() => SatisfactionReport, {
    description: 'Report 8: satisfaction after closure per service and complaint type, with the response rate.',
  })
  satisfactionReport(
    @Arg('filter', () => ReportFilter) filter: ReportFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<SatisfactionReport> {
    return satisfactionReport({ ctx, filter });
  }

  @FieldResolver(() => SatisfactionReport, { description: 'Satisfaction after closure, per month, service and type.' })
  satisfaction(@Root() report: AnnualReport, @Ctx() ctx: RequestContext): Promise<SatisfactionReport> {
    const filter = { from: `${report.year}-01-01`, to: `${report.year}-12-31`, bucket: 'MONTH' as const };
    return satisfactionReport({ ctx, filter });
  }
}
