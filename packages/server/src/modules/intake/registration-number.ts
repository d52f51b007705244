import { ReferenceKind, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { registrationNumberPrefix, REGISTRATION_SEQUENCE_DIGITS } from '@klankbord/domain';
import type { CaseEvent } from '../cases/case-event.entity.js';
import type { FeedbackCase } from '../cases/feedback-case.entity.js';
import type { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { outgoingOf, payloadOf } from '../webhooks/queue-webhook-deliveries.js';

/**
 * Stands in for the registration number in a received case and its acknowledgement until the
 * database hands the number out (`fileReceivedCase`). No template, fact or number contains it.
 */
export const PENDING_REGISTRATION_NUMBER = '⟦registration-number⟧';

/** What intake files: the new case (number pending), its `RECEIVED` event and its acknowledgement. */
export interface ReceivedCaseRows {
  feedbackCase: FeedbackCase;
  event: CaseEvent;
  message: OutboxMessage;
}

/**
 * Takes the next registration number of the case's year and writes the case, its event and its
 * acknowledgement, all in ONE statement, so the year's counter row — which every submission queues
 * on — is locked for that statement and at most the COMMIT that follows. The row stays locked
 * until the transaction ends, so a rolled-back submission gives its number back: numbers
 * are unique and gap-free per year. The rows are the entities' own (their metadata names the
 * columns); afterwards the entities carry the number and are managed, as after a flush.
 * Runs either on its own (one statement is its own transaction: the lock lasts that statement) or
 * as the last statement of the intake transaction, right before its COMMIT.
 */
export async function fileReceivedCase(em: EntityManager, { feedbackCase, event, message }: ReceivedCaseRows) {
  const year = feedbackCase.registrationYear;
  const counter = `(select sequence from counter)`;
  const number = `(select number from counter)`;
  const withNumber = (value: unknown) => ({
    sql: `replace(?, '${PENDING_REGISTRATION_NUMBER}', ${number})`,
    bindings: [value],
  });
  const caseInsert = insertOf(em, feedbackCase, {
    registrationSequence: { sql: counter, bindings: [] },
    registrationNumber: { sql: number, bindings: [] },
  });
  const eventInsert = insertOf(em, event, {});
  const messageInsert = insertOf(em, message, {
    subject: withNumber(message.subject),
    body: withNumber(message.body),
    data: {
      sql: `replace(?::text, '${PENDING_REGISTRATION_NUMBER}', ${number})::jsonb`,
      bindings: [JSON.stringify(message.data)],
    },
  });
  // The webhooks the RECEIVED event makes, in the same statement (the flush hook does not see it).
  const webhook = outgoingOf(event);
  const webhookInsert = webhook
    ? {
        sql: `, w as (insert into webhook_delivery (id, endpoint_id, subject_id, event, payload, created_at, next_attempt_at)
            select gen_random_uuid(), we.id, ?::uuid, ?, replace(?::text, '${PENDING_REGISTRATION_NUMBER}', ${number})::jsonb, ?::timestamptz, ?::timestamptz
              from webhook_endpoint we where ? = any(we.events))`,
        bindings: [
          webhook.subjectId,
          webhook.event,
          JSON.stringify(payloadOf(webhook)),
          webhook.occurredAt,
          webhook.occurredAt,
          webhook.event,
        ],
      }
    : { sql: '', bindings: [] };
  let rows: Array<{ sequence: number; number: string; event_id: string }>;
  try {
    rows = await em.getConnection().execute(
      `with counter as (
         insert into registration_counter (year, last_value) values (?, 1)
         on conflict (year) do update set last_value = registration_counter.last_value + 1
         returning last_value as sequence, ? || lpad(last_value::text, ${REGISTRATION_SEQUENCE_DIGITS}, '0') as number
       ), c as (${caseInsert.sql}), e as (${eventInsert.sql} returning id), m as (${messageInsert.sql})${webhookInsert.sql}
       select counter.sequence, counter.number, e.id as event_id from counter, e`,
      [
        year,
        registrationNumberPrefix(year),
        ...caseInsert.bindings,
        ...eventInsert.bindings,
        ...messageInsert.bindings,
        ...webhookInsert.bindings,
      ],
      'all',
      em.getTransactionContext(),
    );
  } catch (error) {
    // As a flush would: a unique violation (an idempotency key racing) comes out as MikroORM's exception.
    throw error instanceof Error ? em.getDriver().convertException(error) : error;
  }
  const row = rows[0]!;
  feedbackCase.registrationSequence = Number(row.sequence);
  feedbackCase.registrationNumber = row.number;
  event.id = String(row.event_id);
  message.subject = message.subject.replaceAll(PENDING_REGISTRATION_NUMBER, row.number);
  message.body = message.body.replaceAll(PENDING_REGISTRATION_NUMBER, row.number);
  message.data = Object.fromEntries(
    Object.entries(message.data).map(([key, value]) => [
      key,
      value?.replaceAll(PENDING_REGISTRATION_NUMBER, row.number),
    ]),
  );
  for (const entity of [feedbackCase, event, message]) em.merge(entity);
  return feedbackCase;
}

type Expression = { sql: string; bindings: unknown[] };

/**
 * `insert into <table> (<columns>) values (…)` for a new entity, from its metadata: every stored
 * property that has a value, as the unit of work's snapshot holds it (FKs as their ids, custom
 * types already in their database form, as a flush sends them); `computed` gives SQL for some
 * properties instead.
 */
function insertOf<T extends object>(
  em: EntityManager,
  entity: T,
  computed: Partial<Record<keyof T & string, Expression>>,
): Expression {
  const meta: EntityMetadata<T> = em.getMetadata().get<T>(entity.constructor.name);
  const data = em.getComparator().prepareEntity(entity) as Record<string, unknown>;
  const platform = em.getPlatform();
  const columns: string[] = [];
  const values: string[] = [];
  const bindings: unknown[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.formula || !prop.fieldNames?.length) continue;
    if (prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) continue;
    const override = computed[prop.name as keyof T & string];
    const value: unknown = data[prop.name] === undefined && prop.onCreate ? prop.onCreate(entity, em) : data[prop.name];
    if (!override && value === undefined) continue;
    columns.push(platform.quoteIdentifier(prop.fieldNames[0]!));
    if (override) {
      values.push(override.sql);
      bindings.push(...override.bindings);
    } else {
      values.push('?');
      bindings.push(value);
    }
  }
  return {
    sql: `insert into ${platform.quoteIdentifier(meta.tableName)} (${columns.join(', ')}) values (${values.join(', ')})`,
    bindings,
  };
}
