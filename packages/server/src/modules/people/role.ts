import { registerEnumType } from 'type-graphql';

/** The roles of PROCEDURE.md. A person may hold several. */
export const ROLES = [
  'SUBMITTER',
  'RELATIONSHIP_MANAGER',
  'HANDLER',
  'MANAGEMENT',
  'INTEGRATION',
  'ADMINISTRATOR',
] as const;
export type Role = (typeof ROLES)[number];

/** Staff roles: people in these roles act on cases and may see staff names. */
export const STAFF_ROLES: readonly Role[] = ['RELATIONSHIP_MANAGER', 'HANDLER', 'MANAGEMENT', 'ADMINISTRATOR'];

/** Roles a person can hold; INTEGRATION belongs to API keys, never to a person's token. */
export const PERSON_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'INTEGRATION');
export const isPersonRole = (value: string): value is Role => (PERSON_ROLES as readonly string[]).includes(value);

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [K in Role]: K };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a person may do in the procedure.',
  valuesConfig: {
    SUBMITTER: { description: 'Files complaints, suggestions and compliments; sees own submissions only.' },
    RELATIONSHIP_MANAGER: {
      description: 'Triages, decides whether a complaint is justified, assigns handlers, informs the submitter.',
    },
    HANDLER: { description: 'Works assigned cases, records measures taken and logs preventive measures.' },
    MANAGEMENT: { description: 'Reads dashboards and trend reports; never sees names or phone numbers.' },
    INTEGRATION: { description: 'Another system reading cases and aggregates with its own credentials.' },
    ADMINISTRATOR: { description: 'Keeps categories, services, lead times, the holiday calendar, people and roles.' },
  },
});
