import { Migration } from '@mikro-orm/migrations';

/**
 * Satisfaction after closure (issue 15): the organisation settings that turn it on and give the
 * web app's public address, and one question and answer per complaint (token stored hashed). The
 * link reaches the submitter in the outcome message's data (the outbox-delivery migration's column).
 */
export class Migration20261202136000_Satisfaction extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "organisation_settings" add column "ask_satisfaction" boolean not null default false, add column "public_url" text null;`,
    );
    this.addSql(`create table "satisfaction_request" (
      "id" uuid not null,
      "case_id" uuid not null,
      "token_hash" text not null,
      "asked_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "answered_at" timestamptz null,
      "score" smallint null,
      "comment" text null,
      constraint "satisfaction_request_pkey" primary key ("id"),
      constraint "satisfaction_request_case_id_unique" unique ("case_id"),
      constraint "satisfaction_request_token_hash_unique" unique ("token_hash"),
      constraint "satisfaction_request_case_id_foreign" foreign key ("case_id") references "feedback_case" ("id") on update cascade on delete cascade,
      constraint "satisfaction_request_score_check" check ("score" between 1 and 5),
      constraint "satisfaction_request_answer_check" check (("answered_at" is null) = ("score" is null))
    );`);
    // The report reads answers by when they were asked.
    this.addSql(`create index "satisfaction_request_asked_at_index" on "satisfaction_request" ("asked_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "satisfaction_request" cascade;`);
    this.addSql(`alter table "organisation_settings" drop column "ask_satisfaction", drop column "public_url";`);
  }
}
