import type { EntityManager } from '@mikro-orm/postgresql';
import { Person } from '../people/person.entity.js';
import { isCommandLine, isSystem, type AdminActor } from './admin-actor.js';
import { AdminEvent, type AdminAction, type AdminEntityType, type AdminFieldChange } from './admin-event.entity.js';

/** Plain values of the fields an event compares; `undefined` means "not there" (created or removed). */
export type Snapshot = Record<string, string | number | boolean | null | readonly string[]>;

const asText = (value: Snapshot[string] | undefined): string | null =>
  value === undefined || value === null ? null : Array.isArray(value) ? value.join(', ') : String(value);

/**
 * The fields that differ between two snapshots. Fields named in `personal` are listed as changed
 * with neither value, so the trail never holds a name, e-mail address or phone number.
 */
export function changedFields(
  before: Snapshot | null,
  after: Snapshot | null,
  personal: readonly string[] = [],
): AdminFieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.flatMap((field) => {
    const from = asText(before?.[field]);
    const to = asText(after?.[field]);
    if (from === to) return [];
    return personal.includes(field) ? [{ field, from: null, to: null }] : [{ field, from, to }];
  });
}

/**
 * Adds the trail entry of an administrative change to `em`'s unit of work, so it is written in the
 * same transaction as the change itself (the use case flushes once). Every administrative use case
 * calls this: it is the one place the trail is written.
 */
export function recordAdminEvent(
  em: EntityManager,
  props: {
    actor: AdminActor;
    entityType: AdminEntityType;
    entityId: string;
    action: AdminAction;
    changes: AdminFieldChange[];
    occurredAt: Date;
  },
): AdminEvent {
  const { actor, ...rest } = props;
  const event = new AdminEvent({
    ...rest,
    actor:
      isCommandLine(actor) || isSystem(actor) || !actor.personId
        ? null
        : em.getReference(Person, actor.personId, { wrapped: true }),
    channel: isCommandLine(actor) ? 'COMMAND_LINE' : isSystem(actor) ? 'SYSTEM' : 'API',
  });
  em.persist(event);
  return event;
}
