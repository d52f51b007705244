import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Env } from '../../env.js';
import type { Logger } from '../../shared/logger.js';
import { Person } from '../people/person.entity.js';
import type { Role } from '../people/role.js';
import { rolesFromClaims } from './token-roles.js';

/** The sign-in settings of env.ts (ROLES_SOURCE, JWT_ROLES_CLAIM, JWT_ROLE_MAP, INITIAL_ADMINISTRATORS). */
export type SignInRules = Pick<Env, 'ROLES_SOURCE' | 'JWT_ROLES_CLAIM' | 'JWT_ROLE_MAP' | 'INITIAL_ADMINISTRATORS'>;

/** Who signed in, or why they may not. */
export type SignInOutcome = { personId: string; roles: Role[] } | { refused: 'INACTIVE' | 'NOT_REGISTERED' };

/** Longest e-mail address RFC 5321 allows; longer claims are not stored. */
const MAX_EMAIL_LENGTH = 254;

/**
 * Signs in the person a verified identity-provider token names (`sub`). End users are known to
 * the portal's identity provider before they are known to us, so the first token of an unknown
 * subject registers them (PROCEDURE.md step 1): linked to a register entry with the same verified
 * e-mail address that has no subject yet (an administrator added them, or `grantAdministrator`
 * did), else inserted as a new person. The insert is `on conflict do nothing` followed by a
 * re-read, so parallel first requests of one person all land on the same row instead of failing
 * on the unique subject.
 *
 * Roles come from the register, or with ROLES_SOURCE=token from the token, written to the register
 * on every sign-in; INITIAL_ADMINISTRATORS adds ADMINISTRATOR in both modes. The register alone
 * decides whether the person is active.
 */
export async function signInPerson({
  em: requestEm,
  subject,
  claims,
  rules,
  logger,
  beforeRegistering,
}: {
  em: EntityManager;
  subject: string;
  claims: Readonly<Record<string, unknown>>;
  rules: SignInRules;
  logger: Logger;
  /** Runs before a new person is registered (the sign-in rate limit); may throw to refuse. */
  beforeRegistering?: () => Promise<void>;
}): Promise<SignInOutcome> {
  // Its own fork: these writes are the sign-in's, not part of the request's unit of work.
  const em = requestEm.fork({ clear: true });
  const email = verifiedEmail(claims);
  const tokenRoles =
    rules.ROLES_SOURCE === 'token' ? rolesFromClaims(claims, rules.JWT_ROLES_CLAIM, rules.JWT_ROLE_MAP) : null;
  const initialAdministrator = rules.INITIAL_ADMINISTRATORS.some(
    (entry) => entry === subject || (email !== null && entry.toLowerCase() === email),
  );

  let person = await em.findOne(Person, { externalSubject: subject });
  if (!person) {
    await beforeRegistering?.();
    person = await registerSubject(
      em,
      subject,
      claims,
      email,
      withAdministrator(tokenRoles ?? ['SUBMITTER'], initialAdministrator),
    );
    if (!person) {
      logger.warn({ reason: 'NOT_REGISTERED' }, 'sign-in refused: the new person could not be registered');
      return { refused: 'NOT_REGISTERED' };
    }
    logger.info({ personId: person.id }, 'registered a person on first sign-in');
  }
  if (!person.active) {
    logger.warn({ personId: person.id, reason: 'INACTIVE' }, 'sign-in refused: the person is inactive');
    return { refused: 'INACTIVE' };
  }

  const roles = withAdministrator(tokenRoles ?? person.roles, initialAdministrator);
  if (!sameRoles(roles, person.roles)) {
    await em.nativeUpdate(Person, { id: person.id }, { roles });
    logger.info(
      { personId: person.id, roles, source: initialAdministrator ? 'INITIAL_ADMINISTRATORS' : rules.ROLES_SOURCE },
      'roles changed on sign-in',
    );
  }
  return { personId: person.id, roles };
}

/** Links or inserts the person for a new subject and reads them back; null if neither worked. */
async function registerSubject(
  em: EntityManager,
  subject: string,
  claims: Readonly<Record<string, unknown>>,
  email: string | null,
  roles: Role[],
): Promise<Person | null> {
  if (email) {
    await em.nativeUpdate(Person, { email, externalSubject: null }, { externalSubject: subject });
  }
  const displayName = typeof claims['name'] === 'string' ? claims['name'].slice(0, 200) : 'Portal user';
  // The subject's own placeholder address when the token has none, or when its address already
  // belongs to someone else (another subject, or an unverified claim): e-mail is unique.
  for (const address of email ? [email, placeholderEmail(subject)] : [placeholderEmail(subject)]) {
    const found = await em.findOne(Person, { externalSubject: subject });
    if (found) return found;
    await em
      .createQueryBuilder(Person)
      .insert({ id: randomUUID(), displayName, email: address, roles, externalSubject: subject, active: true })
      .onConflict()
      .ignore()
      .execute();
  }
  return em.findOne(Person, { externalSubject: subject });
}

/** The token's e-mail address in lower case, unless the provider says it is not verified. */
function verifiedEmail(claims: Readonly<Record<string, unknown>>): string | null {
  const email = claims['email'];
  if (typeof email !== 'string' || claims['email_verified'] === false) return null;
  const normalised = email.trim().toLowerCase();
  return normalised.includes('@') && normalised.length <= MAX_EMAIL_LENGTH ? normalised : null;
}

const placeholderEmail = (subject: string) => `${subject}@users.invalid`;

const withAdministrator = (roles: readonly Role[], grant: boolean): Role[] =>
  grant && !roles.includes('ADMINISTRATOR') ? [...roles, 'ADMINISTRATOR'] : [...roles];

const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  a.length === b.length && a.every((role) => b.includes(role));
