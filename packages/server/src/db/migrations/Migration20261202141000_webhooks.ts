import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks (modules/webhooks): the endpoints administrators register and the transactional outbox
 * of their deliveries.
 *
 * - `webhook_endpoint.secret`: the signing key (`whsec_…`), kept in clear because every delivery is
 *   signed with it; shown to the administrator once, when the endpoint is made.
 * - `webhook_endpoint.consecutive_failures`, `paused_at`, `pause_reason`: an endpoint that fails
 *   WEBHOOK_PAUSE_AFTER_FAILURES times in a row is paused, and the web app can show why.
 * - `webhook_delivery`: one row per event and subscribed endpoint, written in the transaction of the
 *   event. `subject_id` is the case (or measure) whose deliveries go out in `seq` order per
 *   endpoint; `next_attempt_at`, `lease_until`, `lease_token` are the relay's claim, as in the
 *   outbox. Neither the response body nor personal data is stored.
 */
export class Migration20261202141000_Webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "webhook_endpoint" (
      "id" uuid not null primary key,
      "url" text not null,
      "events" text[] not null,
      "secret" text not null,
      "api_key_id" uuid null references "api_key" ("id") on update cascade on delete set null,
      "active" boolean not null default true,
      "consecutive_failures" int not null default 0,
      "paused_at" timestamptz null,
      "pause_reason" text null,
      "created_at" timestamptz not null
    );`);
    this.addSql(`create table "webhook_delivery" (
      "id" uuid not null primary key,
      "seq" bigserial not null unique,
      "endpoint_id" uuid not null references "webhook_endpoint" ("id") on update cascade on delete cascade,
      "subject_id" uuid not null,
      "event" text not null,
      "payload" jsonb not null,
      "created_at" timestamptz not null,
      "next_attempt_at" timestamptz not null,
      "lease_until" timestamptz null,
      "lease_token" uuid null,
      "attempts" int not null default 0,
      "delivered_at" timestamptz null,
      "last_status" int null,
      "last_error" text null
    );`);
    // What is still to be sent, per endpoint and subject in order: the relay's claim reads this.
    this
      .addSql(`create index "webhook_delivery_pending_index" on "webhook_delivery" ("endpoint_id", "subject_id", "seq")
      where "delivered_at" is null;`);
    this.addSql(`create index "webhook_delivery_due_index" on "webhook_delivery" ("next_attempt_at", "seq")
      where "delivered_at" is null;`);
    // An endpoint's delivery log, newest first.
    this.addSql(`create index "webhook_delivery_log_index" on "webhook_delivery" ("endpoint_id", "seq");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery";`);
    this.addSql(`drop table if exists "webhook_endpoint";`);
  }
}
