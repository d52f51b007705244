import type {
  CaseEventType,
  CaseKind,
  CaseOutcome,
  CaseStatus,
  MeasureEventType,
  MeasureStatus,
} from '@klankbord/domain';
import type { AdminAction, AdminEntityType, DeliveryStatus, Role } from '../gql/graphql';
import type { MessageId } from './messages';

/*
 * The message of every value of the domain's vocabulary. Each id is a template literal type that
 * the compiler checks against the catalogues (`nl` names the ids, `en` must have them all): a
 * status, outcome, kind or event type added to the domain without a Dutch and an English message is
 * a type error here, and nothing else in the web needs to change for it.
 */

/** The label of a case kind ("Klacht"). */
export const kindLabel = (kind: CaseKind): MessageId => `kind.${kind}` as const;

/** The label of a case status ("In beoordeling"). */
export const statusLabel = (status: CaseStatus): MessageId => `status.${status}` as const;

/** The label of an outcome ("Gerechtvaardigd"). */
export const outcomeLabel = (outcome: CaseOutcome): MessageId => `outcome.${outcome}` as const;

/** What a case event records, in the past tense ("In beoordeling genomen"). */
export const caseEventLabel = (type: CaseEventType): MessageId => `event.${type}` as const;

/** The label of a measure status ("Ingevoerd"). */
export const measureStatusLabel = (status: MeasureStatus): MessageId => `measureStatus.${status}` as const;

/** What a measure event records ("Klachten gekoppeld"). */
export const measureEventLabel = (type: MeasureEventType): MessageId => `measureEvent.${type}` as const;

/** A role as a noun in running text ("relatiemanager"). */
export const roleLabel = (role: Role): MessageId => `role.${role}` as const;

/** What kind of thing an administrative change was to ("Klachtsoort"). */
export const adminEntityLabel = (type: AdminEntityType): MessageId => `adminEntity.${type}` as const;

/** What an administrative change did, in the past tense ("gewijzigd"). */
export const adminActionLabel = (action: AdminAction): MessageId => `adminAction.${action}` as const;

/** Where a message is in its delivery ("Verzonden"). */
export const deliveryStatusLabel = (status: DeliveryStatus): MessageId => `deliveryStatus.${status}` as const;
