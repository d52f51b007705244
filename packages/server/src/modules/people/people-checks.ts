import type { EntityManager } from '@mikro-orm/postgresql';
import { InputError } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { Person } from './person.entity.js';
import type { Role } from './role.js';

/**
 * The active person with `role`, or a BAD_USER_INPUT naming `field`. Case steps (assigning a
 * handler or relationship manager) and the people register (a unit's relationship manager) share it.
 */
export async function requirePersonWithRole(em: EntityManager, id: string, role: Role, field: string): Promise<Person> {
  const person = isUuid(id) ? await em.findOne(Person, { id, active: true }) : null;
  if (!person?.hasRole(role)) {
    throw new InputError([
      { field, reason: 'UNKNOWN', message: `That person is not an active ${role.toLowerCase().replaceAll('_', ' ')}.` },
    ]);
  }
  return person;
}
