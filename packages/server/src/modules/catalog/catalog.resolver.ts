import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_LEAD_TIME_WORKING_DAYS } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { OrganisationUnit } from '../people/organisation-unit.entity.js';
import { SaveComplaintTypeInput, SaveServiceInput } from './catalog.inputs.js';
import { ComplaintType, ComplaintTypeVersion } from './complaint-type.entity.js';
import { saveComplaintType } from './save-complaint-type.js';
import { saveService } from './save-service.js';
import { Service } from './service.entity.js';

/** Reference data for forms and filters; readable without signing in (the form needs it first), kept by administrators. */
@Resolver(() => ComplaintType)
export class CatalogResolver {
  @Query(() => [Service], { description: 'Services, active ones first, by name.' })
  services(@Ctx() ctx: RequestContext): Promise<Service[]> {
    return ctx.em.find(Service, {}, { orderBy: { active: 'desc', name: 'asc' } });
  }

  @Query(() => [ComplaintType], { description: 'Complaint types, active ones first, by name.' })
  complaintTypes(@Ctx() ctx: RequestContext): Promise<ComplaintType[]> {
    return ctx.em.find(ComplaintType, {}, { orderBy: { active: 'desc', name: 'asc' }, populate: ['versions'] });
  }

  @Query(() => [OrganisationUnit], { description: 'Organisation units, active ones first, by name.' })
  organisationUnits(@Ctx() ctx: RequestContext): Promise<OrganisationUnit[]> {
    return ctx.em.find(OrganisationUnit, {}, { orderBy: { active: 'desc', name: 'asc' } });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => Service, { description: 'Creates or changes a service (administrators).' })
  saveService(
    @Arg('input', () => SaveServiceInput) input: SaveServiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Service> {
    return saveService({ ctx, input });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => ComplaintType, {
    description: 'Creates or changes a complaint type; a new lead time starts a new version (administrators).',
  })
  saveComplaintType(
    @Arg('input', () => SaveComplaintTypeInput) input: SaveComplaintTypeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ComplaintType> {
    return saveComplaintType({ ctx, input });
  }

  @FieldResolver(() => Int, { description: 'Lead time in working days of new complaints of this type.' })
  async leadTimeWorkingDays(@Root() type: ComplaintType): Promise<number> {
    return (await this.current(type))?.leadTimeWorkingDays ?? DEFAULT_LEAD_TIME_WORKING_DAYS;
  }

  @FieldResolver(() => [ComplaintTypeVersion], { description: 'All versions of the type’s rules, oldest first.' })
  async versions(@Root() type: ComplaintType): Promise<ComplaintTypeVersion[]> {
    return (await type.versions.load()).getItems();
  }

  private async current(type: ComplaintType): Promise<ComplaintTypeVersion | undefined> {
    return (await type.versions.load()).getItems().find((version) => version.validTo === null);
  }
}
