import { DomainError, normalisePhoneNumber } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { InputError, notFound } from '../../shared/errors.js';
import { OrganisationUnit } from '../people/organisation-unit.entity.js';
import { Person } from '../people/person.entity.js';
import type { SavePersonInput } from './admin.inputs.js';
import { requireAdministrator, withUniqueFields } from './require-administrator.js';

/** Creates or changes a person and their roles (the people register the administrator keeps). */
export async function savePerson({ ctx, input }: { ctx: RequestContext; input: SavePersonInput }): Promise<Person> {
  requireAdministrator(ctx);
  let phone: string | null = null;
  if (input.phone) {
    try {
      phone = normalisePhoneNumber(input.phone);
    } catch (error) {
      if (error instanceof DomainError) throw new InputError([{ field: 'phone', reason: error.code, message: error.message }]);
      throw error;
    }
  }
  return withUniqueFields('e-mail address or external subject', () =>
    ctx.em.transactional(async (em) => {
      const person = input.id ? await em.findOne(Person, input.id) : new Person({ displayName: input.displayName, email: input.email, roles: input.roles });
      if (!person) throw notFound('The person');
      const unit = input.organisationUnitId ? await em.findOne(OrganisationUnit, input.organisationUnitId) : null;
      if (input.organisationUnitId && !unit) {
        throw new InputError([{ field: 'organisationUnitId', reason: 'UNKNOWN', message: 'That organisation unit does not exist.' }]);
      }
      Object.assign(person, {
        displayName: input.displayName,
        email: input.email.toLowerCase(),
        roles: [...new Set(input.roles)],
        phone,
        externalSubject: input.externalSubject ?? null,
        active: input.active ?? true,
      });
      person.organisationUnit = unit ? em.getReference(OrganisationUnit, unit.id, { wrapped: true }) : null;
      em.persist(person);
      return person;
    }),
  );
}
