import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { annualReport } from './annual-report.js';
import { AnnualReport } from './annual-report.type.js';
import { compliments } from './compliments.js';
import { leadTimePerformance } from './lead-time-performance.js';
import { LeadTimeGroupingEnum, LeadTimePerformance, type LeadTimeGrouping } from './lead-time.type.js';
import { outcomes } from './outcomes.js';
import { Compliments, Outcomes } from './outcomes.type.js';
import { recurringComplaintTypes } from './recurring-complaint-types.js';
import { RecurrenceReport } from './recurring.type.js';
import { ReportFilter } from './report-filter.input.js';
import { volumeTrend } from './volume-trend.js';
import { VolumeTrend } from './volume-trend.type.js';

/** Step 5 reports: every metric defined once, in SQL, documented on its type. */
@Resolver()
export class ReportsResolver {
  @Authorized()
  @Query(() => VolumeTrend, {
    description: 'Report 1: volume trend per complaint type and service, with changes and backlog.',
  })
  volumeTrend(
    @Arg('filter', () => ReportFilter) filter: ReportFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<VolumeTrend> {
    return volumeTrend({ ctx, filter });
  }

  @Authorized()
  @Query(() => RecurrenceReport, { description: 'Report 2: complaint types recurring above their own baseline.' })
  recurringComplaintTypes(
    @Arg('filter', () => ReportFilter) filter: ReportFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<RecurrenceReport> {
    return recurringComplaintTypes({ ctx, filter });
  }

  @Authorized()
  @Query(() => Compliments, { description: 'Report 4: compliments per service and unit, and against complaints.' })
  compliments(
    @Arg('filter', () => ReportFilter) filter: ReportFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<Compliments> {
    return compliments({ ctx, filter });
  }

  @Authorized()
  @Query(() => LeadTimePerformance, {
    description: 'Report 5: lead-time performance, broken down by type, service or relationship manager.',
  })
  leadTimePerformance(
    @Arg('filter', () => ReportFilter) filter: ReportFilter,
    @Arg('groupBy', () => LeadTimeGroupingEnum, { nullable: true, defaultValue: 'COMPLAINT_TYPE' })
    groupBy: LeadTimeGrouping,
    @Ctx() ctx: RequestContext,
  ): Promise<LeadTimePerformance> {
    return leadTimePerformance({ ctx, filter, groupBy });
  }

  @Authorized()
  @Query(() => Outcomes, { description: 'Report 6: outcomes of complaints and suggestions.' })
  outcomes(@Arg('filter', () => ReportFilter) filter: ReportFilter, @Ctx() ctx: RequestContext): Promise<Outcomes> {
    return outcomes({ ctx, filter });
  }

  @Authorized()
  @Query(() => AnnualReport, {
    description: 'Report 7: a year in the structure of a published complaints annual report.',
  })
  annualReport(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<AnnualReport> {
    return annualReport({ ctx, year });
  }
}
