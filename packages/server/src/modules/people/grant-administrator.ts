import type { EntityManager } from '@mikro-orm/postgresql';
import { InputError, notFound } from '../../shared/errors.js';
import { Person } from './person.entity.js';

/** What `grantAdministrator` did, for the command line to report. */
export interface GrantAdministratorResult {
  personId: string;
  /** Whether a register entry was made (never here: an unknown person is refused). */
  created: boolean;
  /** False when the person already was an administrator. */
  granted: boolean;
}

/**
 * Gives a known person the ADMINISTRATOR role, found by the subject of their tokens (`sub`) or
 * their e-mail address; their other roles stay. Creates nothing: a person is known once they have
 * signed in (or were registered), so an unknown subject or address is refused — the first
 * administrator of an empty installation signs in once first, or comes from INITIAL_ADMINISTRATORS.
 * Returns whether the role was new, so the command line can say "already an administrator".
 */
export async function grantAdministrator({
  em,
  subjectOrEmail,
}: {
  em: EntityManager;
  subjectOrEmail: string;
}): Promise<GrantAdministratorResult> {
  const key = subjectOrEmail.trim();
  if (!key) {
    throw new InputError([
      { field: 'subjectOrEmail', reason: 'REQUIRED', message: 'Give the subject or e-mail address of a person.' },
    ]);
  }
  const person = await em.findOne(
    Person,
    key.includes('@')
      ? { $or: [{ externalSubject: key }, { email: { $ilike: key.replace(/[\\%_]/g, (c) => `\\${c}`) } }] }
      : { externalSubject: key },
  );
  if (!person) throw notFound('A person with that subject or e-mail address');
  if (person.hasRole('ADMINISTRATOR')) return { personId: person.id, created: false, granted: false };
  person.roles = [...person.roles, 'ADMINISTRATOR'];
  await em.flush();
  return { personId: person.id, created: false, granted: true };
}
