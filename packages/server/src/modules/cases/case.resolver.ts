import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { ComplaintType } from '../catalog/complaint-type.entity.js';
import { Service } from '../catalog/service.entity.js';
import { OrganisationUnit } from '../people/organisation-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { canReadCase, canReadDescription, canSeeSubmitterDetails } from './case.policy.js';
import { DeadlineExtension } from './deadline-extension.entity.js';
import { FeedbackCase } from './feedback-case.entity.js';
import { findMyCases } from './find-my-cases.js';

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
  async caseByRegistrationNumber(@Arg('registrationNumber', () => String) registrationNumber: string, @Ctx() ctx: RequestContext) {
    const found = await ctx.em.findOne(FeedbackCase, { registrationNumber: registrationNumber.trim().toUpperCase() });
    if (!found || !canReadCase(ctx.viewer, found)) throw notFound('The case');
    return found;
  }

  @Authorized()
  @Query(() => [FeedbackCase], { description: 'The signed-in person’s own submissions, newest first.' })
  myCases(@Ctx() ctx: RequestContext): Promise<FeedbackCase[]> {
    return findMyCases({ ctx });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Submitter’s name; null unless the viewer may see personal data of this case.' })
  submitterName(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): string | null {
    return canSeeSubmitterDetails(ctx.viewer, c) ? c.submitterName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Submitter’s phone (E.164); null unless the viewer may see personal data of this case.' })
  submitterPhone(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): string | null {
    return canSeeSubmitterDetails(ctx.viewer, c) ? c.submitterPhone : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Submitter’s e-mail; null unless the viewer may see personal data of this case.' })
  submitterEmail(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): string | null {
    return canSeeSubmitterDetails(ctx.viewer, c) ? c.submitterEmail : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the submitter wrote; null for viewers who may not read it (it often holds personal details).' })
  description(@Root() c: FeedbackCase, @Ctx() ctx: RequestContext): string | null {
    return canReadDescription(ctx.viewer, c) ? c.description : null;
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

  @FieldResolver(() => Person, { nullable: true, description: 'The relationship manager who triages the case and informs the submitter.' })
  relationshipManager(@Root() c: FeedbackCase): Promise<Person | null> | null {
    return c.relationshipManager ? c.relationshipManager.load() : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The handler who works the case.' })
  handler(@Root() c: FeedbackCase): Promise<Person | null> | null {
    return c.handler ? c.handler.load() : null;
  }

  @FieldResolver(() => [CaseEvent], { description: 'The audit trail, oldest first.' })
  events(@Root() c: FeedbackCase): Promise<CaseEvent[]> {
    return c.events.load().then((events) => events.getItems());
  }

  @FieldResolver(() => [DeadlineExtension], { description: 'Agreed extensions of the resolution deadline, oldest first.' })
  extensions(@Root() c: FeedbackCase): Promise<DeadlineExtension[]> {
    return c.extensions.load().then((extensions) => extensions.getItems());
  }
}
