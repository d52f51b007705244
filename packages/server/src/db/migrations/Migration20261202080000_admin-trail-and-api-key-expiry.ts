import { Migration } from '@mikro-orm/migrations';

/**
 * API keys expire (keys made before get a year from their creation, and at least 30 days from
 * now, so no integration stops on upgrade); the trail of administrative changes; the default language.
 */
export class Migration20261202080000_AdminTrailAndApiKeyExpiry extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "api_key" add column "expires_at" timestamptz null;`);
    this.addSql(
      `update "api_key" set "expires_at" = greatest("created_at" + interval '1 year', now() + interval '30 days');`,
    );
    this.addSql(`alter table "api_key" alter column "expires_at" set not null;`);

    this.addSql(`create table "admin_event" (
      "id" bigserial primary key,
      "actor_id" uuid null references "person" ("id") on update cascade on delete set null,
      "channel" text not null,
      "entity_type" text not null,
      "entity_id" text not null,
      "action" text not null,
      "changes" jsonb not null,
      "occurred_at" timestamptz not null
    );`);
    this.addSql(`create index "admin_event_occurred_at_index" on "admin_event" ("occurred_at");`);

    this.addSql(
      `alter table "organisation_settings" add column "default_language" text check ("default_language" in ('en', 'nl')) not null default 'nl';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organisation_settings" drop column "default_language";`);
    this.addSql(`drop table "admin_event";`);
    this.addSql(`alter table "api_key" drop column "expires_at";`);
  }
}
