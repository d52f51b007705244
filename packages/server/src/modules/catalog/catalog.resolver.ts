import { Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_LEAD_TIME_WORKING_DAYS } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { OrganisationUnit } from '../people/organisation-unit.entity.js';
import { ComplaintType, ComplaintTypeVersion } from './complaint-type.entity.js';
import { Service } from './service.entity.js';

/** Reference data for forms and filters; readable without signing in (the form needs it first). */
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
