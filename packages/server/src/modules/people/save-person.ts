import { DomainError, normalisePhoneNumber } from '@klankbord/domain';
import type { RequestContext } from '../../graphql/context.js';
import { InputError, notFound } from '../../shared/errors.js';
import { withUniqueFields } from '../../shared/unique-fields.js';
import { changedFields, recordAdminEvent } from '../admin-events/record-admin-event.js';
import { authorize } from '../auth/authorize.js';
import { OrganisationUnit } from './organisation-unit.entity.js';
import type { SavePersonInput } from './people.inputs.js';
import { Person } from './person.entity.js';
import { canManagePeople } from './person.policy.js';

/** Creates or changes a person and their roles (the people register the administrator keeps). */
export async function savePerson({ ctx, input }: { ctx: RequestContext; input: SavePersonInput }): Promise<Person> {
  authorize(ctx.viewer, canManagePeople, 'manage people and organisation units');
  let phone: string | null = null;
  if (input.phone) {
    try {
      phone = normalisePhoneNumber(input.phone);
    } catch (error) {
      if (error instanceof DomainError)
        throw new InputError([{ field: 'phone', reason: error.code, message: error.message }]);
      throw error;
    }
  }
  return withUniqueFields('e-mail address or external subject', () =>
    ctx.em.transactional(async (em) => {
      const person = input.id
        ? await em.findOne(Person, input.id)
        : new Person({ displayName: input.displayName, email: input.email, roles: input.roles });
      if (!person) throw notFound('The person');
      const before = input.id ? snapshotPerson(person) : null;
      const unit = input.organisationUnitId ? await em.findOne(OrganisationUnit, input.organisationUnitId) : null;
      if (input.organisationUnitId && !unit) {
        throw new InputError([
          { field: 'organisationUnitId', reason: 'UNKNOWN', message: 'That organisation unit does not exist.' },
        ]);
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
      recordAdminEvent(em, {
        actor: ctx.viewer,
        entityType: 'PERSON',
        entityId: person.id,
        action: before ? 'CHANGED' : 'CREATED',
        changes: changedFields(before, snapshotPerson(person), PERSONAL_FIELDS),
        occurredAt: ctx.services.now(),
      });
      return person;
    }),
  );
}

/** Recorded in the trail as changed, never with their values. */
const PERSONAL_FIELDS = ['displayName', 'email', 'phone', 'externalSubject'];

const snapshotPerson = (person: Person) => ({
  displayName: person.displayName,
  email: person.email,
  phone: person.phone,
  externalSubject: person.externalSubject,
  roles: [...person.roles].sort(),
  organisationUnitId: person.organisationUnit?.id ?? null,
  active: person.active,
});
