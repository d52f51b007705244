import {
  CASE_ACTIONS,
  computeDeadline,
  explainDeadline,
  formatDay,
  isOpenStatus,
  amsterdamDate,
  formatRegistrationNumber,
  parseRegistrationNumber,
  SUBMITTER_VIEW,
} from '@klankbord/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { InputError, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { FirstArg, firstItems } from '../../shared/list-size.js';
import { ComplaintType } from '../catalog/complaint-type.entity.js';
import { Service } from '../catalog/service.entity.js';
import { OrganisationUnit } from '../people/organisation-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { PreventiveMeasure } from '../measures/preventive-measure.entity.js';
import { MessageDelivery } from '../outbox/message-delivery.type.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { notePersonalDataRead } from '../audit/note-personal-data-read.js';
import {
  canReadCase,
  canReadDescription,
  canSeeSubmitterDetails,
  permittedActions,
  readsAsSubmitter,
} from './case.policy.js';
import { canReadMeasures } from '../measures/measure.policy.js';
import { actionFieldName, CaseConnection, CaseDeadlines, CaseViewerCan } from './case-view.types.js';
import { CaseFilter, CaseOrderEnum, type CaseOrder } from './find-cases.input.js';
import { casePageSelection, findCases, findMyQueue } from './find-cases.js';
import { DeadlineExtension } from './deadline-extension.entity.js';
import { FeedbackCase } from './feedback-case.entity.js';
import { findMyCases } from './find-my-cases.js';

/**
 * One of the submitter's details for viewers the policy lets see them — recorded in the audit
 * log of personal-data reads before it is revealed — and null for everyone else.
 */
async function revealSubmitterDetail(
  ctx: RequestContext,
  c: FeedbackCase,
  value: string | null,
): Promise<string | null> {
  if (!canSeeSubmitterDetails(ctx.viewer, c)) return null;
  await notePersonalDataRead(ctx, c);
  return value;
}

@Resolver(() => FeedbackCase)
export class CaseResolver {
  @Authorized()
  @Query(() => FeedbackCase, { description: 'One case by id, when the viewer may read it.' })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FeedbackCase> {
    const found = isUuid(id) ? await ctx.em.findOne(FeedbackCase, { id }) : null;
    if (!found || !canReadCase(ctx.viewer, found)) throw notFound('The case');
    return found;
  }

  @Authorized()
  @Query(() => FeedbackCase, { description: 'One case by its registration number, e.g. `SKC-2026-000042`.' })
  async caseByRegistrationNumber(
    @Arg('registrationNumber', () => String) registrationNumber: string,
    @Ctx() ctx: RequestContext,
  ) {
    // Only a well-formed number is looked up: anything else (a NUL byte, say) is a mistake in the request.
    const parsed = parseRegistrationNumber(registrationNumber);
    if (!parsed) {
      throw new InputError([
        {
          field: 'registrationNumber',
          reason: 'INVALID',
          message: 'registrationNumber must look like SKC-2026-000042.',
        },
      ]);
    }
    const number = formatRegistrationNumber(parsed.year, parsed.sequence);
    const found = await ctx.em.findOne(FeedbackCase, { registrationNumber: number });
    if (!found || !canReadCase(ctx.viewer, found)) throw notFound('The case');
    return found;
  }

  @Authorized()
  @Query(() => [FeedbackCase], { description: 'The signed-in person’s own submissions, newest first.' })
  myCases(@Ctx() ctx: RequestContext, @FirstArg() first: number): Promise<FeedbackCase[]> {
    return findMyCases({ ctx, first });
  }

  @Authorized()
  @Query(() => CaseConnection, { description: 'Cases the viewer may read, filtered and sorted, one page at a time.' })
  cases(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter?: CaseFilter,
    @Arg('orderBy', () => CaseOrderEnum, { nullable: true, defaultValue: 'RECEIVED_AT_DESC' }) orderBy?: CaseOrder,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1–100.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<CaseConnection> {
    return findCases({ ctx, filter, order: orderBy, first, after, selection: casePageSelection(info) });
  }

  @Authorized('RELATIONSHIP_MANAGER', 'HANDLER')
  @Query(() => CaseConnection, {
    description: 'The signed-in relationship manager’s or handler’s open cases, earliest deadline (overdue) first.',
  })
  myQueue(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1–100.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<CaseConnection> {
    return findMyQueue({ ctx, first, after, selection: casePageSelection(info) });
  }

  @FieldResolver(() => CaseViewerCan, { description: 'The steps the viewer may take on this case now.' })
  async viewerCan(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): Promise<CaseViewerCan> {
    const { relationshipManagerScope } = await ctx.loaders.settings();
    const actions = permittedActions(ctx.viewer, c, relationshipManagerScope);
    return Object.assign(
      new CaseViewerCan(),
      { actions },
      Object.fromEntries(CASE_ACTIONS.map((a) => [actionFieldName(a), actions.includes(a)])),
    );
  }

  @FieldResolver(() => CaseDeadlines, {
    description: 'Acknowledgement and resolution deadlines, each explaining how it was counted.',
  })
  async deadlines(
    @Root() c: FeedbackCase,
    @Ctx() ctx: RequestContext,
    @Arg('locale', () => String, {
      nullable: true,
      defaultValue: 'en',
      description: 'Language of the explanation: en or nl.',
    })
    locale?: string,
  ): Promise<CaseDeadlines> {
    const language = locale === 'nl' ? 'nl' : 'en';
    const calendar = await ctx.loaders.calendar();
    const now = ctx.services.now();
    const acknowledgement = computeDeadline({ receivedAt: c.receivedAt, workingDays: 1, calendar });
    const resolution = computeDeadline({ receivedAt: c.receivedAt, workingDays: c.leadTimeWorkingDays, calendar });
    const extensions = (await c.extensions.load()).getItems();
    const extensionLines = extensions.map((e) =>
      language === 'nl'
        ? `Verlengd tot ${formatDay(amsterdamDate(e.newDueAt), 'nl')}: ${e.reason}${e.informedInTime ? '' : ' (indiener te laat geïnformeerd)'}`
        : `Extended to ${formatDay(amsterdamDate(e.newDueAt), 'en')}: ${e.reason}${e.informedInTime ? '' : ' (submitter informed late)'}`,
    );
    const open = isOpenStatus(c.status) && !c.resolvedAt;
    return {
      acknowledgement: {
        dueAt: c.acknowledgementDueAt,
        dueDate: amsterdamDate(c.acknowledgementDueAt),
        workingDays: 1,
        explanation: explainDeadline(acknowledgement, language),
        overdue: !c.acknowledgedAt && now > c.acknowledgementDueAt,
      },
      resolution: {
        dueAt: c.resolutionDueAt,
        dueDate: amsterdamDate(c.resolutionDueAt),
        workingDays: c.leadTimeWorkingDays,
        explanation: [...explainDeadline(resolution, language), ...extensionLines],
        overdue: open && now > c.resolutionDueAt,
      },
    };
  }

  @FieldResolver(() => [OutboxMessage], {
    description: 'Messages to the submitter queued for this case (staff handling it only).',
  })
  async messages(
    @Root() c: FeedbackCase,
    @Ctx() ctx: RequestContext,
    @FirstArg() first: number,
  ): Promise<OutboxMessage[]> {
    if (!canSeeSubmitterDetails(ctx.viewer, c)) return [];
    return firstItems(await ctx.loaders.caseMessages.load(c.id), first);
  }

  @FieldResolver(() => [MessageDelivery], {
    description:
      'Each message of the case with how its delivery went, oldest first (whoever reads the case; no text, no addresses).',
  })
  async messageDeliveries(
    @Root() c: FeedbackCase,
    @Ctx() ctx: RequestContext,
    @FirstArg() first: number,
  ): Promise<MessageDelivery[]> {
    return firstItems(await ctx.loaders.caseMessages.load(c.id), first).map((message) => MessageDelivery.of(message));
  }

  @FieldResolver(() => [PreventiveMeasure], {
    description:
      'Preventive measures linked to this complaint; empty for viewers who may not read the measure register.',
  })
  async measures(
    @Root() c: FeedbackCase,
    @Ctx() ctx: RequestContext,
    @FirstArg() first: number,
  ): Promise<PreventiveMeasure[]> {
    // The same rule as the `measures` query: the register does not leak through a case.
    if (!canReadMeasures(ctx.viewer)) return [];
    return firstItems((await c.measures.load()).getItems(), first);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Submitter’s name; null unless the viewer may see personal data of this case.',
  })
  submitterName(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): Promise<string | null> {
    return revealSubmitterDetail(ctx, c, c.submitterName);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Submitter’s phone (E.164); null unless the viewer may see personal data of this case.',
  })
  submitterPhone(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): Promise<string | null> {
    return revealSubmitterDetail(ctx, c, c.submitterPhone);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Submitter’s e-mail; null unless the viewer may see personal data of this case.',
  })
  submitterEmail(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): Promise<string | null> {
    return revealSubmitterDetail(ctx, c, c.submitterEmail);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What the submitter wrote; null for viewers who may not read it (it often holds personal details).',
  })
  description(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): string | null {
    return canReadDescription(ctx.viewer, c) ? c.description : null;
  }

  // Staff write the outcome reason and the measures taken to the submitter, so they name people as
  // often as the description does: the same viewers read them.
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The reason or response given with the outcome; null for viewers who may not read the description.',
  })
  outcomeReason(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): string | null {
    return canReadDescription(ctx.viewer, c) ? c.outcomeReason : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Complaints: the measures taken to settle it (step 4), as told to the submitter; null for viewers who may not read the description.',
  })
  measuresTaken(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): string | null {
    return canReadDescription(ctx.viewer, c) ? c.measuresTaken : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Complaints closed after evaluation without a preventive measure: why none was needed; null for viewers who may not read the description.',
  })
  noMeasureReason(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): string | null {
    return canReadDescription(ctx.viewer, c) ? c.noMeasureReason : null;
  }

  @FieldResolver(() => Service, { nullable: true, description: 'The service the case concerns.' })
  service(@Root() c: FeedbackCase): Promise<Service | null> | null {
    return c.service ? c.service.load() : null;
  }

  @FieldResolver(() => ComplaintType, { nullable: true, description: 'Complaints only: why the complaint was made.' })
  complaintType(@Root() c: FeedbackCase): Promise<ComplaintType | null> | null {
    return c.complaintType ? c.complaintType.load() : null;
  }

  @FieldResolver(() => OrganisationUnit, { nullable: true, description: 'The submitter’s organisation unit.' })
  organisationUnit(@Root() c: FeedbackCase): Promise<OrganisationUnit | null> | null {
    return c.organisationUnit ? c.organisationUnit.load() : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The relationship manager who triages the case and informs the submitter.',
  })
  relationshipManager(@Root() c: FeedbackCase): Promise<Person | null> | null {
    return c.relationshipManager ? c.relationshipManager.load() : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The handler who works the case.' })
  handler(@Root() c: FeedbackCase): Promise<Person | null> | null {
    return c.handler ? c.handler.load() : null;
  }

  @FieldResolver(() => [CaseEvent], {
    description:
      'The audit trail, oldest first; the submitter sees the steps meant for them (internal hand-overs left out).',
  })
  async events(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext, @FirstArg() first: number): Promise<CaseEvent[]> {
    const submitterView = readsAsSubmitter(ctx.viewer, c);
    const events = (await c.events.load()).getItems();
    return firstItems(
      events.filter((e) => !submitterView || SUBMITTER_VIEW[e.type].event),
      first,
    );
  }

  @FieldResolver(() => [DeadlineExtension], {
    description: 'Agreed extensions of the resolution deadline, oldest first.',
  })
  extensions(@Root() c: FeedbackCase): Promise<DeadlineExtension[]> {
    return c.extensions.load().then((extensions) => extensions.getItems());
  }
}
