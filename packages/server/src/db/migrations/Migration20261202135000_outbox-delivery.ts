import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox relay (modules/outbox): what each message needs to be delivered once and retried,
 * and the dev mailbox that stands in for SMTP in development.
 *
 * - `data`: the facts the templates render (registration number, dates, outcome, a satisfaction
 *   link…), so the relay renders plain text and HTML from the same template at delivery time.
 *   Rows queued before this migration keep `{}` and are sent from their stored subject and body.
 * - `recipient`: the submitter of the case, or the relationship managers (step 5). The address is
 *   looked up at delivery; the row never holds contact details.
 * - `next_attempt_at`, `lease_until`, `lease_token`: a relay claims due rows with
 *   `FOR UPDATE SKIP LOCKED` and holds them by a lease; a crashed relay's lease runs out and the
 *   row comes back. The token makes sure only the relay holding the lease marks the row.
 * - `dead_at`, `last_error`: given up after OUTBOX_MAX_ATTEMPTS, with a reason code (never text
 *   from the mail server, which may echo an address).
 */
export class Migration20261202135000_OutboxDelivery extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "outbox_message"
      add column "data" jsonb not null default '{}',
      add column "recipient" text not null default 'SUBMITTER' check ("recipient" in ('SUBMITTER', 'RELATIONSHIP_MANAGERS')),
      add column "measure_id" uuid null references "preventive_measure" ("id") on update cascade on delete cascade,
      add column "next_attempt_at" timestamptz null,
      add column "lease_until" timestamptz null,
      add column "lease_token" uuid null,
      add column "dead_at" timestamptz null,
      add column "last_error" text null,
      add column "transport" text null;`);
    this.addSql(`update "outbox_message" set "next_attempt_at" = "created_at";`);
    this.addSql(`alter table "outbox_message" alter column "next_attempt_at" set not null;`);
    // Only what is still to be sent: the relay's claim reads this index and nothing else.
    this.addSql(`create index "outbox_message_due_index" on "outbox_message" ("next_attempt_at", "created_at")
      where "sent_at" is null and "dead_at" is null;`);
    this.addSql(`create index "outbox_message_measure_id_index" on "outbox_message" ("measure_id");`);
    // A case's messages (the case page, the report's "acknowledgement sent in time").
    this.addSql(`create index "outbox_message_case_id_template_index" on "outbox_message" ("case_id", "template");`);

    this.addSql(`create table "dev_mailbox_message" (
      "id" uuid not null primary key,
      "outbox_message_id" uuid not null references "outbox_message" ("id") on update cascade on delete cascade,
      "message_id" text not null,
      "recipients" text not null,
      "subject" text not null,
      "text" text not null,
      "html" text not null,
      "delivered_at" timestamptz not null
    );`);
    this.addSql(`create index "dev_mailbox_message_delivered_at_index" on "dev_mailbox_message" ("delivered_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dev_mailbox_message";`);
    this.addSql(`drop index if exists "outbox_message_due_index";`);
    this.addSql(`drop index if exists "outbox_message_measure_id_index";`);
    this.addSql(`drop index if exists "outbox_message_case_id_template_index";`);
    this.addSql(`alter table "outbox_message"
      drop column "data", drop column "recipient", drop column "measure_id", drop column "next_attempt_at",
      drop column "lease_until", drop column "lease_token", drop column "dead_at", drop column "last_error",
      drop column "transport";`);
  }
}
