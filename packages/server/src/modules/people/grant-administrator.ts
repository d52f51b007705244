import type { EntityManager } from '@mikro-orm/postgresql';
import { InputError } from '../../shared/errors.js';
import { withUniqueFields } from '../../shared/unique-fields.js';
import { Person } from './person.entity.js';

/** What `grantAdministrator` did, for the CLI to report. */
export interface GrantAdministratorResult {
  personId: string;
  /** No one had that subject or e-mail address yet: a register entry was made for them. */
  created: boolean;
  /** False when the person already was an administrator. */
  granted: boolean;
}

/**
 * Makes someone an administrator from the command line (the first administrator of an empty
 * database, or a way back in when nobody is left). `subjectOrEmail` is a token subject (`sub`)
 * or an e-mail address; when nobody has it yet, an entry is made that their first sign-in takes
 * over (by subject, or by a verified e-mail address). The caller is the operator at the server's
 * console, so there is no viewer to authorize. With ROLES_SOURCE=token the token's roles replace
 * these at the next sign-in: there, grant the role through the identity provider or
 * INITIAL_ADMINISTRATORS instead.
 */
export async function grantAdministrator({
  em,
  subjectOrEmail,
}: {
  em: EntityManager;
  subjectOrEmail: string;
}): Promise<GrantAdministratorResult> {
  const key = subjectOrEmail.trim();
  if (key === '') {
    throw new InputError([
      { field: 'subjectOrEmail', reason: 'REQUIRED', message: 'Give a token subject or an e-mail address.' },
    ]);
  }
  const isEmail = key.includes('@');
  return withUniqueFields('e-mail address or external subject', () =>
    em.transactional(async (tx) => {
      const existing =
        (await tx.findOne(Person, { externalSubject: key })) ??
        (isEmail ? await tx.findOne(Person, { email: key.toLowerCase() }) : null);
      if (existing) {
        if (existing.hasRole('ADMINISTRATOR')) return { personId: existing.id, created: false, granted: false };
        existing.roles = [...existing.roles, 'ADMINISTRATOR'];
        return { personId: existing.id, created: false, granted: true };
      }
      // The name is a placeholder until the administrator (or they themselves) change it.
      const person = new Person({
        displayName: 'Administrator',
        email: isEmail ? key.toLowerCase() : `${key}@users.invalid`,
        roles: ['ADMINISTRATOR'],
      });
      if (!isEmail) person.externalSubject = key;
      tx.persist(person);
      return { personId: person.id, created: true, granted: true };
    }),
  );
}
