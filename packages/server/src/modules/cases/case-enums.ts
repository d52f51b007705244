import {
  CASE_ACTIONS,
  CASE_EVENT_TYPES,
  CASE_KINDS,
  CASE_OUTCOMES,
  CASE_STATUSES,
  type CaseAction,
  type CaseEventType,
  type CaseKind,
  type CaseOutcome,
  type CaseStatus,
} from '@klankbord/domain';
import { registerEnumType } from 'type-graphql';

/** Turns a domain union's value list into the object type-graphql registers as an enum. */
function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const CHANNELS = ['PORTAL', 'EMAIL', 'PHONE', 'API', 'IMPORT'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CaseKindEnum = enumObject<CaseKind>(CASE_KINDS);
export const CaseStatusEnum = enumObject<CaseStatus>(CASE_STATUSES);
export const CaseOutcomeEnum = enumObject<CaseOutcome>(CASE_OUTCOMES);
export const CaseActionEnum = enumObject<CaseAction>(CASE_ACTIONS);
export const CaseEventTypeEnum = enumObject<CaseEventType>(CASE_EVENT_TYPES);
export const ChannelEnum = enumObject<Channel>(CHANNELS);

registerEnumType(CaseKindEnum, {
  name: 'CaseKind',
  description: 'What was submitted through the form.',
  valuesConfig: {
    COMPLAINT: { description: 'A formal complaint (klacht).' },
    SUGGESTION: { description: 'A suggestion for improvement (suggestie).' },
    COMPLIMENT: { description: 'A compliment (compliment).' },
  },
});
registerEnumType(CaseStatusEnum, { name: 'CaseStatus', description: 'Where a case stands in its lifecycle.' });
registerEnumType(CaseOutcomeEnum, { name: 'CaseOutcome', description: 'How a case was decided or ended.' });
registerEnumType(CaseActionEnum, {
  name: 'CaseAction',
  description: 'A step a person can take on a case; every step is recorded as a case event.',
});
registerEnumType(CaseEventTypeEnum, {
  name: 'CaseEventType',
  description:
    'What a case event records: the case was received or imported, or a case action (by its name) was taken.',
  valuesConfig: {
    RECEIVED: { description: 'Filed through intake (the form or another system).' },
    IMPORTED: { description: 'Imported from an earlier system.' },
  },
});
registerEnumType(ChannelEnum, {
  name: 'Channel',
  description: 'How the case reached the organisation.',
  valuesConfig: {
    PORTAL: { description: 'The form in the self-service portal.' },
    EMAIL: { description: 'By e-mail, registered by staff.' },
    PHONE: { description: 'By telephone, registered by staff.' },
    API: { description: 'Submitted by another system over GraphQL.' },
    IMPORT: { description: 'Imported from an earlier system.' },
  },
});
