import { Migration } from '@mikro-orm/migrations';

/**
 * Idempotency keys belong to their caller (a person or an API key): one caller's key no longer
 * answers another's retry, and two callers may pick the same key. Existing keys were unique across
 * everyone, so they stay unique when scoped to a shared legacy caller; a retry across the upgrade
 * files anew instead of replaying, which the form's one-off keys make harmless.
 */
export class Migration20261202120000_IdempotencyPerCaller extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "feedback_case" add column "idempotency_caller" text null;`);
    this.addSql(`update "feedback_case" set "idempotency_caller" = 'legacy' where "idempotency_key" is not null;`);
    this.addSql(`alter table "feedback_case" drop constraint "feedback_case_idempotency_key_unique";`);
    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_idempotency_caller_idempotency_key_unique" unique ("idempotency_caller", "idempotency_key");`,
    );
    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_idempotency_caller_check" check (("idempotency_key" is null) = ("idempotency_caller" is null));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "feedback_case" drop constraint "feedback_case_idempotency_caller_check";`);
    this.addSql(
      `alter table "feedback_case" drop constraint "feedback_case_idempotency_caller_idempotency_key_unique";`,
    );
    // Keys that two callers share cannot both stay: the later ones are cleared.
    this.addSql(`update "feedback_case" f set "idempotency_key" = null, "request_fingerprint" = null
      where exists (select 1 from "feedback_case" e where e."idempotency_key" = f."idempotency_key" and e."created_at" < f."created_at");`);
    this.addSql(
      `alter table "feedback_case" add constraint "feedback_case_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(`alter table "feedback_case" drop column "idempotency_caller";`);
  }
}
