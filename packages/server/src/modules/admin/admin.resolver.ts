import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { forbidden } from '../../shared/errors.js';
import { hasRole } from '../auth/viewer.js';
import { ClosureDay } from '../calendar/closure-day.entity.js';
import { ComplaintType } from '../catalog/complaint-type.entity.js';
import { Service } from '../catalog/service.entity.js';
import { OrganisationUnit } from '../people/organisation-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { RoleEnum, STAFF_ROLES, type Role } from '../people/role.js';
import { OrganisationSettings } from '../settings/organisation-settings.entity.js';
import {
  ClosureDayInput,
  SaveComplaintTypeInput,
  SaveOrganisationUnitInput,
  SavePersonInput,
  SaveServiceInput,
  UpdateSettingsInput,
} from './admin.inputs.js';
import { removeClosureDay, saveClosureDay } from './closure-days.js';
import { saveComplaintType } from './save-complaint-type.js';
import { saveOrganisationUnit } from './save-organisation-unit.js';
import { savePerson } from './save-person.js';
import { saveService } from './save-service.js';
import { updateSettings } from './update-settings.js';

@ObjectType({ description: 'A day that is not a working day: a public holiday or a closure day.' })
class DayOff {
  @Field(() => String, { description: 'YYYY-MM-DD.' })
  date!: string;

  @Field(() => String, { description: 'English name.' })
  name!: string;

  @Field(() => String, { description: 'Dutch name.' })
  nameNl!: string;

  @Field(() => String, { description: 'HOLIDAY or CLOSURE.' })
  kind!: 'HOLIDAY' | 'CLOSURE';
}

/** Reference data: read by staff for forms and filters, kept by administrators. */
@Resolver()
export class AdminResolver {
  @Authorized('ADMINISTRATOR', 'RELATIONSHIP_MANAGER', 'HANDLER', 'MANAGEMENT')
  @Query(() => [Person], { description: 'Active people holding a role, by name (e.g. handlers to assign). Submitters are listed to administrators only.' })
  async people(@Arg('role', () => RoleEnum) role: Role, @Ctx() ctx: RequestContext): Promise<Person[]> {
    if (!STAFF_ROLES.includes(role) && !hasRole(ctx.viewer, 'ADMINISTRATOR')) throw forbidden('list people in this role');
    const people = await ctx.em.find(Person, { active: true }, { orderBy: { displayName: 'asc' } });
    return people.filter((person) => person.hasRole(role));
  }

  @Authorized()
  @Query(() => OrganisationSettings, { description: 'The organisation settings.' })
  async settings(@Ctx() ctx: RequestContext): Promise<OrganisationSettings> {
    return ctx.loaders.settings();
  }

  @Query(() => [DayOff], { description: 'Public holidays (per the Liberation Day setting) and closure days of a year.' })
  async daysOff(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<DayOff[]> {
    const calendar = await ctx.loaders.calendar();
    const closures = await ctx.em.find(ClosureDay, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } });
    return [
      ...calendar.holidays(year).map((h) => ({ date: h.date, name: h.nameEn, nameNl: h.nameNl, kind: 'HOLIDAY' as const })),
      ...closures.map((c) => ({ date: c.date, name: c.name, nameNl: c.name, kind: 'CLOSURE' as const })),
    ].sort((a, b) => a.date.localeCompare(b.date));
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => Service, { description: 'Creates or changes a service (administrators).' })
  saveService(@Arg('input', () => SaveServiceInput) input: SaveServiceInput, @Ctx() ctx: RequestContext) {
    return saveService({ ctx, input });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => ComplaintType, { description: 'Creates or changes a complaint type; a new lead time starts a new version (administrators).' })
  saveComplaintType(@Arg('input', () => SaveComplaintTypeInput) input: SaveComplaintTypeInput, @Ctx() ctx: RequestContext) {
    return saveComplaintType({ ctx, input });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => OrganisationUnit, { description: 'Creates or changes an organisation unit (administrators).' })
  saveOrganisationUnit(@Arg('input', () => SaveOrganisationUnitInput) input: SaveOrganisationUnitInput, @Ctx() ctx: RequestContext) {
    return saveOrganisationUnit({ ctx, input });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => Person, { description: 'Creates or changes a person and their roles (administrators).' })
  savePerson(@Arg('input', () => SavePersonInput) input: SavePersonInput, @Ctx() ctx: RequestContext) {
    return savePerson({ ctx, input });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => ClosureDay, { description: 'Adds or renames a closure day (administrators).' })
  saveClosureDay(@Arg('input', () => ClosureDayInput) input: ClosureDayInput, @Ctx() ctx: RequestContext) {
    return saveClosureDay({ ctx, input });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => Boolean, { description: 'Removes a closure day; true when there was one (administrators).' })
  removeClosureDay(@Arg('date', () => String) date: string, @Ctx() ctx: RequestContext) {
    return removeClosureDay({ ctx, date });
  }

  @Authorized('ADMINISTRATOR')
  @Mutation(() => OrganisationSettings, { description: 'Changes the organisation settings (administrators).' })
  updateSettings(@Arg('input', () => UpdateSettingsInput) input: UpdateSettingsInput, @Ctx() ctx: RequestContext) {
    return updateSettings({ ctx, input });
  }
}
